import { sql } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../../context.ts';
import type { PageQuery } from '../../../http/pagination.ts';
import { requireCapability } from '../../access/policy.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import { storeSignalSettings } from '../../signals/pipeline/signal-settings.service.ts';
import { loadSignalSettings } from '../../signals/settings.ts';
import {
  findRetentionCategory,
  type RetentionCategoryCode,
  retentionCategoryCodes,
} from '../register/register.ts';
import { retentionMunicipality } from './municipality.ts';
import type { DestructionPage, RetentionTermsView } from './retention.schemas.ts';
import { loadRetentionTerms } from './terms.ts';

/** The destruction categories that are not retention categories of the register, with their label. */
const EXTRA_LABELS: Record<string, string> = { toestemming_ingetrokken: 'Ingetrokken toestemming' };

function view(
  municipality: { code: string; name: string },
  terms: Awaited<ReturnType<typeof loadRetentionTerms>>,
): RetentionTermsView {
  return {
    municipality,
    categories: terms.map((t) => ({
      code: t.code,
      label: t.label,
      months: t.months,
      defaultMonths: t.defaultMonths,
      from: t.from,
      source: t.source,
    })),
  };
}

/** Records in the register's order of categories, extra categories after them. */
function order(category: string): number {
  const i = (retentionCategoryCodes as readonly string[]).indexOf(category);
  return i === -1 ? retentionCategoryCodes.length : i;
}

/** The terms in force per retention category for one municipality. Configuration: no personal data. */
export async function getRetentionTerms(ctx: Ctx, gemeente?: string): Promise<RetentionTermsView> {
  requireCapability(ctx, 'retention.manage');
  const municipality = await retentionMunicipality(ctx, ctx.db, gemeente);
  return view(municipality, await loadRetentionTerms(ctx.db, municipality.code));
}

/**
 * Sets one category's term. The signal terms are part of the signal settings and are stored through the same
 * writer as /instellingen (so both pages always show the same value); the others in retention_terms. Audited with
 * the old and the new value. A new signal term counts for signals from their next step (filed, picked up,
 * closed): each signal keeps the date it got. The other terms count at the next destruction run.
 */
export async function putRetentionTerm(
  ctx: Ctx,
  category: RetentionCategoryCode,
  months: number,
  gemeente?: string,
): Promise<RetentionTermsView> {
  requireCapability(ctx, 'retention.manage');
  const def = findRetentionCategory(category);
  if (!def) throw new Error(`unknown retention category ${category}`); // the schema admits only known codes
  return inTransaction(ctx, async (tx) => {
    const municipality = await retentionMunicipality(ctx, tx, gemeente);
    const before = (await loadRetentionTerms(tx, municipality.code)).find((t) => t.code === category)!;
    if (def.signalSettingsKey) {
      const settings = await loadSignalSettings(tx, municipality.code);
      await storeSignalSettings(ctx, tx, municipality.code, {
        ...settings,
        retentionMonths: { ...settings.retentionMonths, [def.signalSettingsKey]: months },
      });
    } else {
      await tx.execute(sql`
        INSERT INTO retention_terms (municipality_code, category, months, updated_by, updated_at)
        VALUES (${municipality.code}, ${category}, ${months},
          ${ctx.actor?.type === 'user' ? ctx.actor.userId : null}, ${ctx.now.toISOString()}::timestamptz)
        ON CONFLICT (municipality_code, category) DO UPDATE SET months = EXCLUDED.months,
          updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`);
    }
    await appendAudit(ctx, tx, {
      action: 'retention-term.update',
      resourceType: 'retention_term',
      resourceIds: [category],
      municipalityCode: municipality.code,
      details: { categorie: category, was: before.months, wordt: months },
    });
    return view(municipality, await loadRetentionTerms(tx, municipality.code));
  });
}

/** The destruction runs of one municipality, newest first, with the count per category (no personal data). */
export async function listDestructions(
  ctx: Ctx,
  query: PageQuery & { gemeente?: string },
): Promise<DestructionPage> {
  requireCapability(ctx, 'retention.manage');
  const municipality = await retentionMunicipality(ctx, ctx.db, query.gemeente);
  const offset = (query.page - 1) * query.pageSize;
  const { rows } = await ctx.db.execute<{
    run_id: string;
    ran_at: string;
    cutoff: string;
    categories: { category: string; count: number; rule: string }[];
    total_runs: number;
  }>(sql`
    WITH runs AS (
      SELECT run_id, max(ran_at) AS ran_at, max(cutoff) AS cutoff,
        jsonb_agg(jsonb_build_object('category', category, 'count', count, 'rule', rule) ORDER BY category) AS categories
      FROM destruction_records WHERE municipality_code = ${municipality.code} GROUP BY run_id)
    SELECT run_id, to_char(ran_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ran_at, cutoff::text AS cutoff,
      categories, (count(*) OVER ())::int AS total_runs
    FROM runs ORDER BY ran_at DESC, run_id LIMIT ${query.pageSize} OFFSET ${offset}`);
  let total = rows[0]?.total_runs ?? 0;
  if (rows.length === 0 && offset > 0) {
    const counted = await ctx.db.execute<{ n: number }>(sql`
      SELECT count(DISTINCT run_id)::int AS n FROM destruction_records WHERE municipality_code = ${municipality.code}`);
    total = counted.rows[0]?.n ?? 0;
  }
  return {
    municipality,
    items: rows.map((r) => ({
      runId: r.run_id,
      ranAt: r.ran_at,
      cutoff: r.cutoff,
      total: r.categories.reduce((sum, c) => sum + c.count, 0),
      categories: r.categories
        .map((c) => ({
          ...c,
          label: findRetentionCategory(c.category)?.label ?? EXTRA_LABELS[c.category] ?? c.category,
        }))
        .sort((a, b) => order(a.category) - order(b.category)),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
