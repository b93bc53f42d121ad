CREATE TABLE "routing_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" text NOT NULL,
	"name" text NOT NULL,
	"priority" integer NOT NULL,
	"area_code" text,
	"category" text,
	"urgency" text,
	"crisis_only" boolean DEFAULT false NOT NULL,
	"team_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" text NOT NULL,
	"household_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"team_id" uuid,
	"opened_on" date NOT NULL,
	"picked_up_on" date,
	"picked_up_by" uuid,
	"closed_on" date,
	"closed_by" uuid,
	"result" text,
	"retention_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_contact_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"municipality_code" text NOT NULL,
	"soort" text NOT NULL,
	"bereikt" boolean NOT NULL,
	"datum" date NOT NULL,
	"dagdeel" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_import_errors" (
	"import_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"field" text NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "signal_import_errors_import_id_row_field_pk" PRIMARY KEY("import_id","row","field")
);
--> statement-breakpoint
CREATE TABLE "signal_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" text NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"status" text NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_new" integer DEFAULT 0 NOT NULL,
	"rows_duplicate" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"bytes_done" bigint DEFAULT 0 NOT NULL,
	"message" text,
	"started_by" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "signal_match_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"signal_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"household_id" uuid,
	"person_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by" uuid
);
--> statement-breakpoint
CREATE TABLE "signal_settings" (
	"municipality_code" text PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" text NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"source_key" text NOT NULL,
	"external_id" text,
	"partner_organisation_id" uuid,
	"partner_type" text,
	"filed_by" uuid,
	"category" text NOT NULL,
	"urgency" text DEFAULT 'normaal' NOT NULL,
	"crisis" boolean DEFAULT false NOT NULL,
	"warme_overdracht" boolean DEFAULT false NOT NULL,
	"amount_euros" integer,
	"arrears_since" date,
	"signal_date" date NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"bsn" text,
	"birth_date" date,
	"gender" text,
	"name" text,
	"postcode" text,
	"huisnummer" integer,
	"huisletter" text,
	"huisnummertoevoeging" text,
	"description" text,
	"resident_informed" boolean,
	"resident_consents" boolean,
	"status" text DEFAULT 'Nog niet opgepakt' NOT NULL,
	"match_status" text DEFAULT 'open' NOT NULL,
	"person_id" uuid,
	"household_id" uuid,
	"match" jsonb,
	"team_id" uuid,
	"routing_rule_id" uuid,
	"deadline" date,
	"case_id" uuid,
	"import_id" uuid,
	"import_row" integer,
	"request_hash" text,
	"retention_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signals_amount_check" CHECK ("signals"."amount_euros" IS NULL OR "signals"."amount_euros" >= 0),
	CONSTRAINT "signals_subject_check" CHECK ("signals"."bsn" IS NOT NULL OR "signals"."postcode" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_cases" ADD CONSTRAINT "signal_cases_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_cases" ADD CONSTRAINT "signal_cases_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_cases" ADD CONSTRAINT "signal_cases_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_cases" ADD CONSTRAINT "signal_cases_picked_up_by_users_id_fk" FOREIGN KEY ("picked_up_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_cases" ADD CONSTRAINT "signal_cases_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_contact_attempts" ADD CONSTRAINT "signal_contact_attempts_case_id_signal_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."signal_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_contact_attempts" ADD CONSTRAINT "signal_contact_attempts_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_contact_attempts" ADD CONSTRAINT "signal_contact_attempts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_import_errors" ADD CONSTRAINT "signal_import_errors_import_id_signal_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."signal_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_imports" ADD CONSTRAINT "signal_imports_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_imports" ADD CONSTRAINT "signal_imports_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_match_decisions" ADD CONSTRAINT "signal_match_decisions_signal_id_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_match_decisions" ADD CONSTRAINT "signal_match_decisions_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_match_decisions" ADD CONSTRAINT "signal_match_decisions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_match_decisions" ADD CONSTRAINT "signal_match_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_match_decisions" ADD CONSTRAINT "signal_match_decisions_undone_by_users_id_fk" FOREIGN KEY ("undone_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_settings" ADD CONSTRAINT "signal_settings_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_settings" ADD CONSTRAINT "signal_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_partner_organisation_id_organisations_id_fk" FOREIGN KEY ("partner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_case_id_signal_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."signal_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_import_id_signal_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."signal_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "routing_rules_municipality_idx" ON "routing_rules" USING btree ("municipality_code","priority");--> statement-breakpoint
CREATE INDEX "signal_cases_household_idx" ON "signal_cases" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "signal_cases_team_idx" ON "signal_cases" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "signal_cases_municipality_idx" ON "signal_cases" USING btree ("municipality_code","opened_on");--> statement-breakpoint
CREATE INDEX "signal_contact_attempts_case_idx" ON "signal_contact_attempts" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "signal_imports_municipality_idx" ON "signal_imports" USING btree ("municipality_code","started_at");--> statement-breakpoint
CREATE INDEX "signal_match_decisions_signal_idx" ON "signal_match_decisions" USING btree ("signal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signals_source_key_idx" ON "signals" USING btree ("municipality_code","source_key");--> statement-breakpoint
CREATE INDEX "signals_team_idx" ON "signals" USING btree ("team_id","status");--> statement-breakpoint
CREATE INDEX "signals_household_idx" ON "signals" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "signals_partner_idx" ON "signals" USING btree ("partner_organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "signals_case_idx" ON "signals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "signals_import_idx" ON "signals" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "signals_received_idx" ON "signals" USING btree ("municipality_code","received_at");--> statement-breakpoint
CREATE INDEX "signals_review_idx" ON "signals" USING btree ("municipality_code") WHERE "signals"."match_status" = 'te_beoordelen';