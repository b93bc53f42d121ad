// The pure parts of the ZRM tab: assessments of one adult oldest first, the rows of the history table (one row per
// domain, one column per assessment) and the points of the trend chart. The table and the chart share the numbers.
import type { ZrmAssessment, ZrmDomain } from '../../../api/plans.ts';

export interface TrendPoint {
  domain: string;
  date: Date;
  assessedOn: string;
  score: number;
}

export interface HistoryRow {
  code: string;
  label: string;
  /** Score per assessment id; missing when that assessment has no score for the domain. */
  scores: Record<string, number | undefined>;
}

/** One adult's assessments, oldest first (ties keep the server's order). */
export function assessmentsOf(assessments: readonly ZrmAssessment[], personId: string): ZrmAssessment[] {
  return assessments
    .filter((a) => a.personId === personId)
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.assessedOn.localeCompare(y.a.assessedOn) || x.i - y.i)
    .map(({ a }) => a);
}

export function historyRows(
  domains: readonly ZrmDomain[],
  assessments: readonly ZrmAssessment[],
): HistoryRow[] {
  return domains.map((domain) => ({
    code: domain.code,
    label: domain.label,
    scores: Object.fromEntries(assessments.map((a) => [a.id, a.scores[domain.code]])),
  }));
}

export function trendPoints(
  domains: readonly ZrmDomain[],
  assessments: readonly ZrmAssessment[],
): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const domain of domains) {
    for (const a of assessments) {
      const score = a.scores[domain.code];
      if (typeof score !== 'number') continue;
      points.push({
        domain: domain.label,
        date: new Date(`${a.assessedOn}T12:00:00Z`),
        assessedOn: a.assessedOn,
        score,
      });
    }
  }
  return points;
}

/** The form's field id for one domain of one adult's new assessment. */
export function zrmFieldId(personId: string, field: string): string {
  return `zrm-${personId}-${field}`;
}

/** Missing date or score → {field id → Dutch message}, in the order of the form. */
export function validateZrm(
  personId: string,
  assessedOn: string,
  scores: Record<string, string>,
  domains: readonly ZrmDomain[],
  texts: { dateRequired: string; scoreRequired: (label: string) => string },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!assessedOn) errors[zrmFieldId(personId, 'assessedOn')] = texts.dateRequired;
  for (const domain of domains) {
    const value = Number(scores[domain.code]);
    if (!Number.isInteger(value) || value < 1 || value > 5)
      errors[zrmFieldId(personId, domain.code)] = texts.scoreRequired(domain.label);
  }
  return errors;
}
