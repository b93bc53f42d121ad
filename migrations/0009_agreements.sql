CREATE TABLE "agreement_parties" (
	"agreement_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "agreement_parties_agreement_id_organisation_id_pk" PRIMARY KEY("agreement_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "agreement_phase_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"from_phase" text,
	"to_phase" text NOT NULL,
	"occurred_on" date NOT NULL,
	"note" text,
	"changed_by" uuid,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" text NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"phase" text DEFAULT 'bod' NOT NULL,
	"schedule" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "agreements_year_check" CHECK ("agreements"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "commitment_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "commitment_comments_body_check" CHECK (char_length("commitment_comments"."body") BETWEEN 1 AND 2000)
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"theme" text NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"description" text NOT NULL,
	"indicator_code" text NOT NULL,
	"measure_key" text NOT NULL,
	"target" double precision NOT NULL,
	"direction" text NOT NULL,
	"breakdown" text,
	"breakdown_code" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "commitments_breakdown_check" CHECK (("commitments"."breakdown" IS NULL) = ("commitments"."breakdown_code" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_phase_changes" ADD CONSTRAINT "agreement_phase_changes_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_phase_changes" ADD CONSTRAINT "agreement_phase_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_comments" ADD CONSTRAINT "commitment_comments_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_comments" ADD CONSTRAINT "commitment_comments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_comments" ADD CONSTRAINT "commitment_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_parties_org_idx" ON "agreement_parties" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "agreement_phase_changes_agreement_idx" ON "agreement_phase_changes" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "agreements_municipality_idx" ON "agreements" USING btree ("municipality_code","year");--> statement-breakpoint
CREATE INDEX "commitment_comments_commitment_idx" ON "commitment_comments" USING btree ("commitment_id");--> statement-breakpoint
CREATE INDEX "commitments_agreement_idx" ON "commitments" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "commitments_owner_idx" ON "commitments" USING btree ("owner_organisation_id");