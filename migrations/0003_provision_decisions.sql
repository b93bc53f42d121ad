ALTER TABLE "provisions" ADD COLUMN "decided_on" date;--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "decided_by" uuid;--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "legal_basis" text;--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "amount_cents" integer;--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "calculation" jsonb;--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;