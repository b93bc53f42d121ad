import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Ctx, inTransaction, type Tx } from '../../../context.ts';
import { dateInAmsterdam, type IsoDate } from '../../../lib/dates.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import { destroyExpiredSignals } from '../../signals/pipeline/retention.ts';
import type { RetentionCategoryCode } from '../register/register.ts';
import { expiredBefore, ruleText } from './cutoff.ts';
import { destroyExpiredHouseholdCases } from './household-cases.ts';
import { byCode, loadRetentionTerms } from './terms.ts';

/**
 * What a destruction record counts: the retention categories of the processing register, plus withdrawn consents
 * (they follow the closed-case term once the person has no case data left).
 */
export type DestructionCategory = RetentionCategoryCode | 'toestemming_ingetrokken';

export type MunicipalityDestruction = {
  municipalityCode: string;
  counts: Record<DestructionCategory, number>;
  /** Rows removed per table (counts only). */
  rows: Record<string, number>;
};

export type DestructionRun = {
  runId: string;
  ranAt: string;
  today: IsoDate;
  municipalities: MunicipalityDestruction[];
};

/**
 * The daily destruction run: for every municipality, in one transaction each, delete what is past its retention
 * term everywhere it is stored, skip what is under an active legal hold, and write one destruction record per
 * category (with zero counts too: the records are the proof that the run took place and which rule and cutoff
 * applied, and housekeeping reads the last run from them) and one audit row with counts only. Nothing here holds
 * ids or personal data. A second run on the same day destroys nothing and records zeros. The audit log is never
 * touched: it is the proof of who looked at what.
 */
export async function runDestruction(ctx: Ctx): Promise<DestructionRun> {
  const runId = randomUUID();
  const today = dateInAmsterdam(ctx.now);
  const { rows } = await ctx.db.execute<{ code: string }>(sql`SELECT code FROM municipalities ORDER BY code`);
  const municipalities: MunicipalityDestruction[] = [];
  for (const { code } of rows) {
    municipalities.push(await inTransaction(ctx, (tx) => destroyMunicipality(ctx, tx, runId, code, today)));
  }
  return { runId, ranAt: ctx.now.toISOString(), today, municipalities };
}

async function destroyMunicipality(
  ctx: Ctx,
  tx: Tx,
  runId: string,
  municipalityCode: string,
  today: IsoDate,
): Promise<MunicipalityDestruction> {
  // Two app servers may run housekeeping at once: the second waits here and then finds nothing left.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`regie.retention.${municipalityCode}`}))`);
  const terms = byCode(await loadRetentionTerms(tx, municipalityCode));
  const closedCaseCutoff = expiredBefore(today, terms.casus_afgesloten.months);

  const signals = await destroyExpiredSignals(tx, municipalityCode, today);
  const cases = await destroyExpiredHouseholdCases(tx, municipalityCode, {
    closedCase: closedCaseCutoff,
    jeugdwet: expiredBefore(today, terms.jeugdwet_dossier.months),
  });
  const imports = await destroyImportReports(
    tx,
    municipalityCode,
    expiredBefore(today, terms.importverslag.months),
  );
  const consents = await destroyWithdrawnConsents(tx, municipalityCode, closedCaseCutoff);

  const counts: Record<DestructionCategory, number> = {
    signaal_niet_gekoppeld: signals.unmatched,
    signaal_niet_opgepakt: signals.notPickedUp,
    signaal_opgepakt: signals.pickedUp,
    vroegsignaalzaak_afgesloten: signals.closedCases,
    casus_afgesloten: cases.cases,
    jeugdwet_dossier: cases.jeugdwetCases,
    importverslag: imports.reports,
    toestemming_ingetrokken: consents,
  };
  const rows: Record<string, number> = {
    signals: signals.unmatched + signals.notPickedUp + signals.pickedUp,
    signal_match_decisions: signals.matchDecisions,
    signal_cases: signals.closedCases,
    signal_contact_attempts: signals.contactAttempts,
    ...cases.rows,
    signal_imports: imports.reports,
    signal_import_errors: imports.errors,
    signals_unlinked_from_import: imports.unlinked,
    consents,
  };
  const rules: Record<DestructionCategory, string> = {
    ...(Object.fromEntries(Object.values(terms).map((t) => [t.code, ruleText(t.months, t.from)])) as Record<
      RetentionCategoryCode,
      string
    >),
    toestemming_ingetrokken: `${ruleText(terms.casus_afgesloten.months, 'na intrekking')}, als er geen casus meer is`,
  };
  const ranAt = ctx.now.toISOString();
  for (const category of Object.keys(counts) as DestructionCategory[]) {
    await tx.execute(sql`
      INSERT INTO destruction_records (run_id, municipality_code, category, count, rule, cutoff, ran_at)
      VALUES (${runId}, ${municipalityCode}, ${category}, ${counts[category]}, ${rules[category]},
        ${today}::date, ${ranAt}::timestamptz)`);
  }
  await appendAudit(ctx, tx, {
    action: 'retention.destroy',
    resourceType: 'destruction_run',
    resourceIds: [runId],
    municipalityCode,
    details: { vernietigd: counts, rijen: rows, bewaardTot: today },
  });
  return { municipalityCode, counts, rows };
}

/**
 * Import reports (the run and its rejected rows, which hold the raw row data) whose import ended before the
 * cutoff. Signals keep their own term; their link to the report is cleared, not the signal.
 */
async function destroyImportReports(tx: Tx, municipalityCode: string, cutoff: IsoDate) {
  const doomed = sql`SELECT i.id FROM signal_imports i WHERE i.municipality_code = ${municipalityCode}
    AND (coalesce(i.finished_at, i.started_at) AT TIME ZONE 'Europe/Amsterdam')::date < ${cutoff}::date`;
  const errors = await tx.execute(sql`DELETE FROM signal_import_errors WHERE import_id IN (${doomed})`);
  const unlinked = await tx.execute(
    sql`UPDATE signals SET import_id = NULL, import_row = NULL WHERE import_id IN (${doomed})`,
  );
  const reports = await tx.execute(sql`DELETE FROM signal_imports WHERE id IN (${doomed})`);
  return { reports: reports.rowCount ?? 0, errors: errors.rowCount ?? 0, unlinked: unlinked.rowCount ?? 0 };
}

/**
 * Withdrawn consents, withdrawn before the cutoff, of persons with no case data left (no case of a household they
 * are or were a member of, no ZRM, no provision of a plan) and not under a legal hold. A consent still given is
 * never destroyed: it is the resident's own decision and ends only when they withdraw it.
 */
async function destroyWithdrawnConsents(tx: Tx, municipalityCode: string, cutoff: IsoDate): Promise<number> {
  const result = await tx.execute(sql`
    DELETE FROM consents k
    WHERE k.municipality_code = ${municipalityCode} AND k.withdrawn_on < ${cutoff}::date
      AND NOT EXISTS (SELECT 1 FROM household_members hm JOIN cases c ON c.household_id = hm.household_id
        WHERE hm.person_id = k.person_id)
      AND NOT EXISTS (SELECT 1 FROM zrm_assessments z WHERE z.person_id = k.person_id)
      AND NOT EXISTS (SELECT 1 FROM provisions p WHERE p.person_id = k.person_id AND p.case_id IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM household_members hm JOIN legal_holds h ON h.household_id = hm.household_id
        WHERE hm.person_id = k.person_id AND h.lifted_at IS NULL)`);
  return result.rowCount ?? 0;
}
