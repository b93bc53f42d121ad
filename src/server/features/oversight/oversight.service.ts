import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { DomainError, fieldError } from '../../http/errors.ts';
import { officerMunicipalityScope, requireCapability, todayOf } from '../access/policy.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { Breakdown } from '../indicators/indicators.catalogue.ts';
import { publishedSeries, SUPPRESSION_TEXT, seriesRequest } from '../indicators/indicators.service.ts';
import { definitionsOf, lastOfEachHalfYear, type PackTable, packTable } from './oversight.pack.ts';

export const NO_PERSONAL_DATA = 'geen persoonsgegevens' as const;

export type PackQuery = { municipality: string; year: number };

/**
 * The questions of Toezicht Sociaal Domein on coherence around one household, each answered by one indicator of
 * the catalogue. `stock`: counted per month on a peildatum, so the pack shows the last month of each half-year.
 */
const QUESTIONS: {
  key: string;
  question: string;
  code: string;
  breakdown?: Breakdown;
  rowLabel: string;
  stock?: boolean;
}[] = [
  {
    key: 'samenhang',
    question:
      'Per soort huishouden: hoeveel wetten, één plan en één regisseur, en hoe lang duurt het tot een plan en tot ' +
      'een besluit over hulp?',
    code: 'samenhang-huishoudtype',
    breakdown: 'huishoudtype',
    rowLabel: 'Huishoudtype',
  },
  {
    key: 'stapeling',
    question: 'Hoeveel huishoudens krijgen hulp onder meer dan één wet, en in welke combinatie?',
    code: 'stapeling',
    rowLabel: 'Gebied',
  },
  {
    key: 'zonder-regisseur',
    question: 'Hoeveel open zaken hebben (nog) geen regisseur die de rol heeft aangenomen?',
    code: 'zaken-zonder-regisseur',
    rowLabel: 'Gebied',
    stock: true,
  },
  {
    key: 'caseload',
    question: 'Hoeveel zaken heeft een regisseur?',
    code: 'caseload-regisseur',
    rowLabel: 'Gebied',
    stock: true,
  },
  {
    key: 'vroegsignalering',
    question: 'Bereiken we bewoners na een vroegsignaal, en binnen de termijn?',
    code: 'vroegsignalering',
    rowLabel: 'Gebied',
  },
];

/**
 * The supervisor pack of one municipality of the actor for one year: per question a table of published
 * (suppressed) figures, per half-year, with the definitions and versions used. Every figure goes through the same
 * seriesRequest + publishedSeries as the indicator page, so the pack never shows a cell the page hides. One audit
 * row per export: who, which municipality, which year (no figures, no persons).
 */
export async function supervisorPack(ctx: Ctx, query: PackQuery, format: 'json' | 'csv') {
  requireCapability(ctx, 'population.aggregate');
  const today = todayOf(ctx.now);
  if (query.year > Number(today.slice(0, 4))) throw fieldError('year', 'Dit jaar is nog niet begonnen');
  const found = await ctx.db.execute<{ code: string; name: string }>(sql`SELECT m.code, m.name
    FROM municipalities m WHERE m.code = ${query.municipality} AND ${officerMunicipalityScope(ctx.actor, sql`m.code`)}`);
  const municipality = found.rows[0];
  if (!municipality)
    throw new DomainError('not_found', 'Deze gemeente is onbekend of valt buiten uw organisatie');

  const range = { from: `${query.year}-01`, to: `${query.year}-12` };
  const tables: PackTable[] = [];
  for (const q of QUESTIONS) {
    const request = seriesRequest(q.code, { ...range, breakdown: q.breakdown }, today);
    const series = await publishedSeries(ctx.db, request, municipality);
    const periods = q.stock ? lastOfEachHalfYear(series.series) : series.series;
    tables.push(packTable(q.key, q.question, series, periods, q.rowLabel));
  }

  await appendAudit(ctx, ctx.db, {
    action: 'oversight.supervisor_pack',
    resourceType: 'municipality',
    resourceIds: [municipality.code],
    municipalityCode: municipality.code,
    details: { aggregaat: true, jaar: query.year, formaat: format },
  });
  return {
    municipality: { code: municipality.code, name: municipality.name },
    year: query.year,
    madeOn: today,
    personalData: NO_PERSONAL_DATA,
    tables,
    definitions: definitionsOf(tables),
    suppression: SUPPRESSION_TEXT,
  };
}

export type SupervisorPack = Awaited<ReturnType<typeof supervisorPack>>;
