import { sql } from 'drizzle-orm';
import type { Ctx, Executor } from '../../context.ts';
import { DomainError, fieldError } from '../../http/errors.ts';
import { officerMunicipalityScope, requireCapability, todayOf } from '../access/policy.ts';
import { readAggregates, type StoredTable } from './aggregates/aggregates.store.ts';
import {
  type Breakdown,
  breakdownLabels,
  catalogue,
  findIndicator,
  type Indicator,
  type IndicatorVersion,
  versionOn,
} from './indicators.catalogue.ts';
import { computeIndicator } from './indicators.compute.ts';
import { MAX_MONTHS, type Period, periodsBetween } from './indicators.periods.ts';
import { type PublishedRow, publishTable, THRESHOLD } from './indicators.suppression.ts';

export const SUPPRESSION_TEXT =
  `Aantallen onder de ${THRESHOLD} tonen we niet (ook 0 niet): u ziet dan "< ${THRESHOLD}". Als een verborgen ` +
  'aantal terug te rekenen is uit een totaal en de andere aantallen, verbergen we nog een aantal. Percentages en ' +
  'cijfers per 1.000 inwoners tonen we alleen als teller en noemer zichtbaar zijn; een mediaan of maximum alleen ' +
  'als het aantal waarover het gaat zichtbaar is.';

export function describe(v: IndicatorVersion) {
  return {
    version: v.version,
    validFrom: v.validFrom,
    title: v.title,
    explanation: v.explanation,
    counted: v.counted,
    numerator: v.numerator,
    denominator: v.denominator,
    unit: v.unit,
    periodType: v.periodType,
    breakdowns: v.breakdowns.map((b) => ({ code: b, label: breakdownLabels[b] })),
    source: v.source,
    measures: v.measures.map((m) => ({ key: m.key, label: m.label, kind: m.kind })),
  };
}

/** The catalogue with every version of every indicator (definitions only: no data). */
export function listIndicators(ctx: Ctx) {
  requireCapability(ctx, 'population.aggregate');
  return { items: catalogue.map((i) => ({ code: i.code, versions: i.versions.map(describe) })) };
}

export type SeriesQuery = {
  municipality: string;
  from: string;
  to: string;
  breakdown?: Breakdown | undefined;
};

/** The version that applies to a period: in force on its peildatum, else the oldest one. */
export function versionFor(indicator: Indicator, day: string): IndicatorVersion {
  return versionOn(indicator, day) ?? indicator.versions[0]!;
}

/**
 * One indicator for one municipality of the actor, per period, with small cells suppressed. Without a breakdown
 * the answer is the total row of the breakdown table, so asking with and without a breakdown never shows the same
 * total suppressed in two different ways.
 */
export async function indicatorSeries(ctx: Ctx, code: string, query: SeriesQuery) {
  requireCapability(ctx, 'population.aggregate');
  const today = todayOf(ctx.now);
  const request = seriesRequest(code, query, today);
  const found = await ctx.db.execute<{
    code: string;
    name: string;
  }>(sql`SELECT m.code, m.name FROM municipalities m
    WHERE m.code = ${query.municipality} AND ${officerMunicipalityScope(ctx.actor, sql`m.code`)}`);
  const municipality = found.rows[0];
  if (!municipality)
    throw new DomainError('not_found', 'Deze gemeente is onbekend of valt buiten uw organisatie');
  return publishedSeries(ctx.db, request, municipality);
}

/** A checked request for a series: the indicator, its current version and the periods. Throws a Dutch 400/404. */
export function seriesRequest(code: string, query: Omit<SeriesQuery, 'municipality'>, today: string) {
  const indicator = findIndicator(code);
  const compute = computeIndicator[code];
  if (!indicator || !compute) throw new DomainError('not_found', 'Deze indicator bestaat niet');
  const current = versionFor(indicator, today);
  if (query.breakdown && !current.breakdowns.includes(query.breakdown)) {
    const allowed = current.breakdowns.join(', ') || 'geen';
    throw fieldError(
      'breakdown',
      `Deze indicator kan niet verdeeld worden naar ${query.breakdown}. Kan wel: ${allowed}`,
    );
  }
  if (query.to < query.from) throw fieldError('to', 'De eindmaand ligt voor de beginmaand');
  let periods: ReturnType<typeof periodsBetween>;
  try {
    periods = periodsBetween(current.periodType, query.from, query.to, today);
  } catch {
    throw fieldError('to', `Vraag hoogstens ${MAX_MONTHS} maanden tegelijk op`);
  }
  return { indicator, compute, current, periods, breakdown: query.breakdown ?? null, today };
}

/**
 * Per period of a checked request the unsuppressed table of one municipality and when it was counted: from the
 * aggregates when the job materialised it for today, else counted now (older periods, a new install, a job that
 * is switched off).
 */
export async function rawTables(
  db: Executor,
  request: ReturnType<typeof seriesRequest>,
  municipalityCode: string,
): Promise<Map<string, StoredTable>> {
  const { indicator, compute, periods, today } = request;
  const tables = await readAggregates(db, municipalityCode, indicator, periods, today);
  const missing = periods.filter((p) => !tables.has(p.period));
  if (missing.length > 0) {
    const computedAt = new Date();
    const counted = await compute({ db, municipalityCode, periods: missing, today });
    for (const p of missing) tables.set(p.period, { rows: counted.get(p.period) ?? [], computedAt });
  }
  return tables;
}

/** One period of a published series: its days, the version used, when it was counted, and the suppressed rows. */
export function publishedPeriod(
  indicator: Indicator,
  p: Period,
  computedAt: Date,
  publish: (version: IndicatorVersion) => PublishedRow[],
) {
  const version = versionFor(indicator, p.peil);
  return {
    period: p.period,
    from: p.startOn,
    to: p.endOn,
    peildatum: p.peil,
    version: version.version,
    computedAt: computedAt.toISOString(),
    rows: publish(version),
  };
}

/**
 * The suppressed series of a checked request for a municipality. The caller decides who may see it: the indicator
 * pages (population.aggregate) and the agreements (the parties see the status of their commitments).
 */
export async function publishedSeries(
  db: Executor,
  request: ReturnType<typeof seriesRequest>,
  municipality: { code: string; name: string },
) {
  const { indicator, current, periods, breakdown } = request;
  const tables = await rawTables(db, request, municipality.code);
  const series = periods.map((p) => {
    const table = tables.get(p.period);
    return publishedPeriod(indicator, p, table?.computedAt ?? new Date(), (version) => {
      const published = publishTable(version, table?.rows ?? []);
      return breakdown ? published : published.slice(0, 1);
    });
  });
  return {
    code: indicator.code,
    ...describe(current),
    municipality: { code: municipality.code, name: municipality.name },
    breakdown,
    suppression: SUPPRESSION_TEXT,
    series,
  };
}
