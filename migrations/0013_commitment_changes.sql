CREATE TABLE "commitment_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"previous" jsonb NOT NULL,
	"changed_by" uuid NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "commitment_changes_reason_check" CHECK (char_length("commitment_changes"."reason") BETWEEN 10 AND 1000)
);
--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "withdrawn_on" date;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "commitment_changes" ADD CONSTRAINT "commitment_changes_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_changes" ADD CONSTRAINT "commitment_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "commitment_changes_seq_uq" ON "commitment_changes" USING btree ("commitment_id","seq");--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_withdrawn_check" CHECK (("commitments"."withdrawn_on" IS NULL) = ("commitments"."withdrawn_reason" IS NULL));