CREATE TABLE "budgets" (
	"municipality_code" text NOT NULL,
	"law" text NOT NULL,
	"year" integer NOT NULL,
	"amount_cents" bigint NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "budgets_municipality_code_law_year_pk" PRIMARY KEY("municipality_code","law","year"),
	CONSTRAINT "budgets_law_check" CHECK ("budgets"."law" IN ('wmo', 'jeugdwet', 'participatiewet', 'wgs')),
	CONSTRAINT "budgets_year_check" CHECK ("budgets"."year" BETWEEN 2000 AND 2100),
	CONSTRAINT "budgets_amount_check" CHECK ("budgets"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "tariffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" text NOT NULL,
	"law" text NOT NULL,
	"product" text NOT NULL,
	"unit" text NOT NULL,
	"price_cents" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"ended_by" uuid,
	"ended_at" timestamp with time zone,
	CONSTRAINT "tariffs_law_check" CHECK ("tariffs"."law" IN ('wmo', 'jeugdwet', 'participatiewet', 'wgs')),
	CONSTRAINT "tariffs_unit_check" CHECK ("tariffs"."unit" IN ('uur', 'dagdeel', 'etmaal', 'stuk', 'week', 'maand')),
	CONSTRAINT "tariffs_price_check" CHECK ("tariffs"."price_cents" >= 0),
	CONSTRAINT "tariffs_period_check" CHECK ("tariffs"."valid_to" IS NULL OR "tariffs"."valid_to" >= "tariffs"."valid_from")
);
--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "extent_quantity" numeric(10, 2);--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "extent_unit" text;--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "extent_per" text;--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "provider_id" uuid;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariffs" ADD CONSTRAINT "tariffs_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariffs" ADD CONSTRAINT "tariffs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariffs" ADD CONSTRAINT "tariffs_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tariffs_lookup_idx" ON "tariffs" USING btree ("municipality_code","law","product","valid_from");--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_provider_id_organisations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "provisions_provider_idx" ON "provisions" USING btree ("provider_id");--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_extent_check" CHECK (("provisions"."extent_quantity" IS NULL) = ("provisions"."extent_unit" IS NULL) AND ("provisions"."extent_unit" IS NULL) = ("provisions"."extent_per" IS NULL)
        AND ("provisions"."extent_quantity" IS NULL OR "provisions"."extent_quantity" > 0)
        AND ("provisions"."extent_unit" IS NULL OR "provisions"."extent_unit" IN ('uur', 'dagdeel', 'etmaal', 'stuk', 'week', 'maand'))
        AND ("provisions"."extent_per" IS NULL OR "provisions"."extent_per" IN ('week', 'maand', 'totaal')));