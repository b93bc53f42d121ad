CREATE TABLE "indicator_aggregates" (
	"municipality_code" text NOT NULL,
	"indicator_code" text NOT NULL,
	"period" text NOT NULL,
	"query_version" integer NOT NULL,
	"computed_for" date NOT NULL,
	"peil" date NOT NULL,
	"rows" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	CONSTRAINT "indicator_aggregates_municipality_code_indicator_code_period_pk" PRIMARY KEY("municipality_code","indicator_code","period")
);
--> statement-breakpoint
ALTER TABLE "indicator_aggregates" ADD CONSTRAINT "indicator_aggregates_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;