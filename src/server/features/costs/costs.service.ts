import { sql } from 'drizzle-orm';
import type { Ctx, Executor } from '../../context.ts';
import { type CostLaw, costLaws } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { officerMunicipalityScope, requireCapability, todayOf } from '../access/policy.ts';
import { THRESHOLD } from '../indicators/indicators.suppression.ts';
import { forecastBasis } from './costs.formulas.ts';
import { COST_TABLE, publishCosts } from './costs.publish.ts';
import { breakdownValues, type CostBreakdown, costRows } from './costs.query.ts';
import type { CostOverview, CostQuery } from './costs.schemas.ts';

export const BREAKDOWN_LABELS: Record<CostBreakdown, string> = {
  wet: 'Wet',
  wijk: 'Wijk',
  team: 'Team',
  aanbieder: 'Aanbieder',
};

export const COST_SUPPRESSION_TEXT =
  `Aantallen huishoudens en voorzieningen onder de ${THRESHOLD} tonen we niet (ook 0 niet): u ziet dan ` +
  `"< ${THRESHOLD}". Een bedrag tonen we alleen als het aantal huishoudens erbij zichtbaar is. Als een verborgen ` +
  'aantal terug te rekenen is uit een totaal en de andere aantallen, verbergen we nog een aantal. Budgetten zijn ' +
  'beleidscijfers: die tonen we altijd.';

/** The definitions the page and the CSV show with the figures (Dutch, B1). */
export const COST_EXPLANATION: { term: string; text: string }[] = [
  {
    term: 'Vastgelegd',
    text:
      'Wat de besluiten (beschikkingen) in het jaar kosten: omvang × tarief × de dagen van de voorziening in het ' +
      'jaar. Per week: × dagen / 7. Per maand: × dagen × 12 / 365. In totaal: één keer, in het jaar van de ' +
      'begindatum. Het tarief is het tarief dat gold op de begindatum van de voorziening.',
  },
  {
    term: 'Gerealiseerd',
    text:
      'Hetzelfde, maar alleen over de dagen tot en met vandaag. Dit is "volgens beschikking": Regie krijgt geen ' +
      'declaraties of facturen van aanbieders, dus dit is wat de besluiten tot nu toe kosten, niet wat betaald is.',
  },
  {
    term: 'Prognose',
    text:
      'Vastgelegd in het jaar, plus de verwachte instroom: wat de besluiten die in de laatste 3 volle maanden ' +
      'begonnen gemiddeld per maand toevoegden, komt elke resterende volle maand opnieuw bij en loopt door tot het ' +
      'einde van het jaar. Alleen voor het lopende jaar; voor andere jaren is de prognose gelijk aan vastgelegd.',
  },
  {
    term: 'Zonder tarief',
    text:
      'Voorzieningen met een omvang, maar zonder tarief voor dat product en die eenheid op de begindatum. Die ' +
      'tellen niet mee in de bedragen: voeg een tarief toe.',
  },
  {
    term: 'Bijstand',
    text: 'Bijstand (Participatiewet) heeft geen tarief: het bedrag per maand uit het besluit telt.',
  },
];

/** The municipality, when it is one of the actor's (else 404: its existence does not leak). */
export async function ownMunicipality(ctx: Ctx, db: Executor, code: string) {
  const found = await db.execute<{
    code: string;
    name: string;
  }>(sql`SELECT m.code, m.name FROM municipalities m
    WHERE m.code = ${code} AND ${officerMunicipalityScope(ctx.actor, sql`m.code`)}`);
  const municipality = found.rows[0];
  if (!municipality)
    throw new DomainError('not_found', 'Deze gemeente is onbekend of valt buiten uw organisatie');
  return municipality;
}

export async function budgetsOf(db: Executor, municipalityCode: string, year: number) {
  const rows = await db.execute<{ law: CostLaw; amount_cents: string; updated_at: Date | string }>(sql`
    SELECT law, amount_cents, updated_at FROM budgets WHERE municipality_code = ${municipalityCode} AND year = ${year}`);
  return new Map(
    rows.rows.map((r) => [r.law, { amountCents: Number(r.amount_cents), updatedAt: r.updated_at }]),
  );
}

/**
 * Cost control of one municipality and year (population.aggregate, the actor's municipalities): per law the
 * committed, realised and forecast cost with the number of households, the budget, and the provisions without a
 * tariff; with a breakdown per wijk, team or provider. Small cells suppressed (costs.publish.ts). No audit row:
 * no person is read.
 */
export async function costOverview(ctx: Ctx, query: CostQuery): Promise<CostOverview> {
  requireCapability(ctx, 'population.aggregate');
  const municipality = await ownMunicipality(ctx, ctx.db, query.municipality);
  const basis = forecastBasis(query.year, todayOf(ctx.now));
  const [rows, values, budgets] = [
    await costRows(ctx.db, municipality.code, query.breakdown, basis),
    await breakdownValues(ctx.db, municipality.code, query.breakdown),
    await budgetsOf(ctx.db, municipality.code, query.year),
  ];
  const published = publishCosts(rows, values, query.breakdown !== 'wet');
  const budgetList = costLaws.map((law) => budgets.get(law)?.amountCents ?? null);
  const known = budgetList.filter((b): b is number => b !== null);
  return {
    municipality,
    year: query.year,
    breakdown: query.breakdown,
    breakdownLabel: BREAKDOWN_LABELS[query.breakdown],
    basis: {
      yearStart: basis.yearStart,
      yearEnd: basis.yearEnd,
      realisedTo: basis.realisedTo,
      windowFrom: basis.windowFrom,
      windowTo: basis.windowTo,
      remainingMonths: basis.remainingMonths,
    },
    measures: COST_TABLE.measures.map((m) => ({
      key: m.key,
      label: m.label,
      kind: m.kind === 'bedrag' ? 'bedrag' : 'aantal',
    })),
    total: { ...published.total, budgetCents: known.length > 0 ? known.reduce((s, b) => s + b, 0) : null },
    laws: published.laws.map((l, i) => ({ ...l, budgetCents: budgetList[i] ?? null })),
    explanation: COST_EXPLANATION,
    suppression: COST_SUPPRESSION_TEXT,
  };
}
