CREATE TABLE "case_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"municipality_code" text NOT NULL,
	"kind" text NOT NULL,
	"started_on" date NOT NULL,
	"due_on" date NOT NULL,
	"basis" jsonb NOT NULL,
	"suspensions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extension" jsonb,
	"met_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_regisseurs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text NOT NULL,
	"offered_by" uuid,
	"offered_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"reason" text,
	CONSTRAINT "case_regisseurs_status_check" CHECK ("case_regisseurs"."status" IN ('aangeboden', 'actief', 'beeindigd', 'geweigerd', 'ingetrokken'))
);
--> statement-breakpoint
CREATE TABLE "case_settings" (
	"municipality_code" text PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "case_team_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"law" text,
	"joined_on" date NOT NULL,
	"left_on" date,
	"added_by" uuid
);
--> statement-breakpoint
CREATE TABLE "case_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_phase" text,
	"to_phase" text NOT NULL,
	"lifecycle_version" integer NOT NULL,
	"reason" text NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" text NOT NULL,
	"household_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"phase" text DEFAULT 'aanmelding' NOT NULL,
	"lifecycle_version" integer NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"last_evaluated_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_phase_check" CHECK ("cases"."phase" IN ('aanmelding', 'veiligheidscheck', 'startgesprek', 'plan', 'uitvoering', 'evaluatie', 'afgesloten')),
	CONSTRAINT "cases_closed_check" CHECK (("cases"."phase" = 'afgesloten') = ("cases"."closed_on" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "plan_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"plan_version" integer NOT NULL,
	"agreed_on" date NOT NULL,
	"how" text NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"saved_by" uuid,
	"saved_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zrm_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"scores" jsonb NOT NULL,
	"assessed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "extent" text;--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "reference" text;--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "goal_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "signal_cases" ADD COLUMN "household_case_id" uuid;--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_regisseurs" ADD CONSTRAINT "case_regisseurs_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_regisseurs" ADD CONSTRAINT "case_regisseurs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_regisseurs" ADD CONSTRAINT "case_regisseurs_offered_by_users_id_fk" FOREIGN KEY ("offered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_settings" ADD CONSTRAINT "case_settings_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_settings" ADD CONSTRAINT "case_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team_members" ADD CONSTRAINT "case_team_members_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team_members" ADD CONSTRAINT "case_team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team_members" ADD CONSTRAINT "case_team_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team_members" ADD CONSTRAINT "case_team_members_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_transitions" ADD CONSTRAINT "case_transitions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_transitions" ADD CONSTRAINT "case_transitions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_agreements" ADD CONSTRAINT "plan_agreements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_agreements" ADD CONSTRAINT "plan_agreements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrm_assessments" ADD CONSTRAINT "zrm_assessments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrm_assessments" ADD CONSTRAINT "zrm_assessments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrm_assessments" ADD CONSTRAINT "zrm_assessments_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_deadlines_case_idx" ON "case_deadlines" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_deadlines_due_idx" ON "case_deadlines" USING btree ("municipality_code","due_on") WHERE "case_deadlines"."met_on" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "case_regisseurs_one_active_idx" ON "case_regisseurs" USING btree ("case_id") WHERE "case_regisseurs"."status" = 'actief';--> statement-breakpoint
CREATE UNIQUE INDEX "case_regisseurs_one_offer_idx" ON "case_regisseurs" USING btree ("case_id") WHERE "case_regisseurs"."status" = 'aangeboden';--> statement-breakpoint
CREATE INDEX "case_regisseurs_user_idx" ON "case_regisseurs" USING btree ("user_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "case_team_members_active_idx" ON "case_team_members" USING btree ("case_id","user_id") WHERE "case_team_members"."left_on" IS NULL;--> statement-breakpoint
CREATE INDEX "case_team_members_user_idx" ON "case_team_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "case_transitions_case_idx" ON "case_transitions" USING btree ("case_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_one_open_per_household_idx" ON "cases" USING btree ("household_id") WHERE "cases"."phase" <> 'afgesloten';--> statement-breakpoint
CREATE INDEX "cases_team_idx" ON "cases" USING btree ("team_id","phase");--> statement-breakpoint
CREATE INDEX "cases_municipality_idx" ON "cases" USING btree ("municipality_code","phase");--> statement-breakpoint
CREATE INDEX "plan_agreements_case_idx" ON "plan_agreements" USING btree ("case_id","plan_version");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_case_version_idx" ON "plan_versions" USING btree ("case_id","version");--> statement-breakpoint
CREATE INDEX "zrm_assessments_person_idx" ON "zrm_assessments" USING btree ("person_id","assessed_on");--> statement-breakpoint
CREATE INDEX "zrm_assessments_case_idx" ON "zrm_assessments" USING btree ("case_id");--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_cases" ADD CONSTRAINT "signal_cases_household_case_id_cases_id_fk" FOREIGN KEY ("household_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "provisions_case_idx" ON "provisions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "signal_cases_household_case_idx" ON "signal_cases" USING btree ("household_case_id");