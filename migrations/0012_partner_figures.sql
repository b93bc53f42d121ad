CREATE TABLE "commitment_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" integer NOT NULL,
	"source" text NOT NULL,
	"supersedes_id" uuid,
	"organisation_id" uuid NOT NULL,
	"entered_by" uuid NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "commitment_figures_value_check" CHECK ("commitment_figures"."value" >= 0),
	CONSTRAINT "commitment_figures_source_check" CHECK (char_length("commitment_figures"."source") BETWEEN 3 AND 300),
	CONSTRAINT "commitment_figures_period_check" CHECK ("commitment_figures"."period" ~ '^[0-9]{4}-(0[1-9]|1[0-2]|H[12])$')
);
--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "source" text DEFAULT 'indicator' NOT NULL;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "period_type" text;--> statement-breakpoint
ALTER TABLE "commitment_figures" ADD CONSTRAINT "commitment_figures_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_figures" ADD CONSTRAINT "commitment_figures_supersedes_id_commitment_figures_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."commitment_figures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_figures" ADD CONSTRAINT "commitment_figures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_figures" ADD CONSTRAINT "commitment_figures_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitment_figures_commitment_idx" ON "commitment_figures" USING btree ("commitment_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "commitment_figures_first_uq" ON "commitment_figures" USING btree ("commitment_id","period") WHERE "commitment_figures"."supersedes_id" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "commitment_figures_supersedes_uq" ON "commitment_figures" USING btree ("supersedes_id");--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_source_check" CHECK (("commitments"."source" = 'partij') = ("commitments"."period_type" IS NOT NULL) AND ("commitments"."source" = 'indicator' OR "commitments"."breakdown" IS NULL));--> statement-breakpoint
-- A supplied figure is never changed in place: a correction is a new row that supersedes it (history stays).
CREATE FUNCTION "commitment_figures_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'commitment_figures is append-only: enter a correction as a new row';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "commitment_figures_no_update" BEFORE UPDATE ON "commitment_figures"
  FOR EACH ROW EXECUTE FUNCTION "commitment_figures_append_only"();
