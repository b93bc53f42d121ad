CREATE INDEX "case_regisseurs_case_idx" ON "case_regisseurs" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "cases_household_idx" ON "cases" USING btree ("household_id");