import { sql } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../../context.ts';
import { DomainError } from '../../../http/errors.ts';
import { dateInAmsterdam, daysInMonth, type IsoDate } from '../../../lib/dates.ts';
import { requireCapability } from '../../access/policy.ts';
import { loadSignalSettings } from '../settings.ts';
import { configMunicipality } from './config-scope.ts';
import { receivedDate } from './deadlines.ts';
import {
  firstMatchingRule,
  listedRules,
  rankedRules,
  signalAddressJoins,
  signalBuurt,
  signalWijk,
  storedRules,
} from './routing.ts';
import { type RuleInput, ruleInScope, validateRule } from './routing-rules.service.ts';

export type PreviewInput = {
  gemeente: string;
  regel: Omit<RuleInput, 'gemeente'>;
  vervangtRegelId?: string | undefined;
};

export type Preview = {
  periode: { van: IsoDate; tot: IsoDate };
  totaal: number;
  gewijzigd: number;
  /** Per team (teamId null: "niet gerouteerd"): signals it gets now and with the proposed rule. */
  perTeam: { teamId: string | null; teamNaam: string; nu: number; met: number }[];
};

/** The last full calendar month before `today`. */
export function lastFullMonth(today: IsoDate): { van: IsoDate; tot: IsoDate } {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7)) - 1;
  if (month === 0) {
    year--;
    month = 12;
  }
  const ym = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  return { van: `${ym}-01`, tot: `${ym}-${String(daysInMonth(year, month)).padStart(2, '0')}` };
}

export const NOT_ROUTED = 'Niet gerouteerd';

/**
 * Where last month's signals would have gone: each signal of the municipality received in the last full calendar
 * month is routed under the active rules and under the active rules with the proposed rule added (or replacing
 * `vervangtRegelId`), with the same evaluation as the pipeline. Counts per team only; no personal data leaves.
 */
export async function previewRule(ctx: Ctx, input: PreviewInput): Promise<Preview> {
  requireCapability(ctx, 'routing.manage');
  return inTransaction(ctx, async (tx) => {
    const municipality = await configMunicipality(ctx, tx, input.gemeente);
    const rule: RuleInput = { ...input.regel, gemeente: municipality.code };
    await validateRule(tx, municipality.code, rule);
    let createdAt = ctx.now;
    if (input.vervangtRegelId) {
      const replaced = await ruleInScope(ctx, tx, input.vervangtRegelId);
      if (replaced.municipality_code !== municipality.code) {
        throw new DomainError('validation', 'De vervangen regel hoort bij een andere gemeente', [
          { path: 'vervangtRegelId', message: 'Kies een regel van deze gemeente' },
        ]);
      }
      createdAt = new Date(replaced.created_at);
    }
    const periode = lastFullMonth(dateInAmsterdam(ctx.now));
    const settings = await loadSignalSettings(tx, municipality.code);
    const crisisCategories = settings.categories.filter((c) => c.crisis).map((c) => c.code);
    const proposed = listedRules([
      {
        id: input.vervangtRegelId ?? '00000000-0000-0000-0000-000000000000',
        priority: rule.prioriteit,
        areaCode: rule.gebiedCode ?? null,
        category: rule.categorie ?? null,
        urgency: rule.urgentie ?? null,
        crisisOnly: rule.alleenCrisis ?? false,
        teamId: rule.teamId,
        createdAt,
      },
    ]);
    const { rows } = await tx.execute<{
      team_id: string | null;
      team_name: string | null;
      nu: number;
      met: number;
      totaal: number;
      gewijzigd: number;
    }>(sql`
      WITH current_rules AS (${rankedRules(storedRules(municipality.code))}),
      proposed_rules AS (${rankedRules(sql`${storedRules(municipality.code, input.vervangtRegelId)} UNION ALL ${proposed}`)}),
      subject AS (
        SELECT s.category, s.urgency, s.crisis OR s.category = ANY(${sql.param(crisisCategories)}::text[]) AS crisis,
          ${signalWijk} AS wijk_code, ${signalBuurt} AS buurt_code
        FROM signals s ${signalAddressJoins('s')}
        WHERE s.municipality_code = ${municipality.code}
          AND ${receivedDate('s')} BETWEEN ${periode.van}::date AND ${periode.tot}::date
      ),
      routed AS (
        SELECT nu.team_id AS nu_team, met.team_id AS met_team FROM subject x
        ${firstMatchingRule('current_rules', 'x', 'nu')}
        ${firstMatchingRule('proposed_rules', 'x', 'met')}
      ),
      per_team AS (
        SELECT team_id, sum(nu)::int AS nu, sum(met)::int AS met FROM (
          SELECT nu_team AS team_id, 1 AS nu, 0 AS met FROM routed
          UNION ALL SELECT met_team, 0, 1 FROM routed) c
        GROUP BY team_id
      )
      SELECT p.team_id, t.name AS team_name, p.nu, p.met,
        (SELECT count(*)::int FROM routed) AS totaal,
        (SELECT count(*)::int FROM routed WHERE nu_team IS DISTINCT FROM met_team) AS gewijzigd
      FROM per_team p LEFT JOIN teams t ON t.id = p.team_id
      ORDER BY t.name NULLS LAST, p.team_id`);
    const perTeam = rows.map((r) => ({
      teamId: r.team_id,
      teamNaam: r.team_name ?? NOT_ROUTED,
      nu: r.nu,
      met: r.met,
    }));
    if (!perTeam.some((p) => p.teamId === rule.teamId)) {
      const { rows: team } = await tx.execute<{ name: string }>(
        sql`SELECT name FROM teams WHERE id = ${rule.teamId}`,
      );
      perTeam.push({ teamId: rule.teamId, teamNaam: team[0]?.name ?? '', nu: 0, met: 0 });
    }
    return { periode, totaal: rows[0]?.totaal ?? 0, gewijzigd: rows[0]?.gewijzigd ?? 0, perTeam };
  });
}
