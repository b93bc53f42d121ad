CREATE TABLE "provisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" text NOT NULL,
	"household_id" uuid NOT NULL,
	"person_id" uuid,
	"law" text NOT NULL,
	"product" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provisions_law_check" CHECK ("provisions"."law" IN ('wmo', 'jeugdwet', 'participatiewet', 'wgs', 'overig')),
	CONSTRAINT "provisions_status_check" CHECK ("provisions"."status" IN ('aangevraagd', 'toegekend', 'beeindigd', 'afgewezen')),
	CONSTRAINT "provisions_period_check" CHECK ("provisions"."end_date" IS NULL OR "provisions"."end_date" >= "provisions"."start_date")
);
--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "provisions_law_product_status_idx" ON "provisions" USING btree ("law","product","status");--> statement-breakpoint
CREATE INDEX "provisions_household_idx" ON "provisions" USING btree ("household_id");