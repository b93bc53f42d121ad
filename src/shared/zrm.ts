// The Zelfredzaamheid-Matrix (ZRM 2017): 13 life domains, each scored 1..5 for the last ~30 days. Shared by the
// server (validation, plan goals, PDF) and the web app (form, trend chart). Plain data only: the web bundle imports
// this file.

export const ZRM_DOMAINS = [
  { code: 'financien', label: 'Financiën' },
  { code: 'werk_opleiding', label: 'Werk & opleiding' },
  { code: 'tijdsbesteding', label: 'Tijdsbesteding' },
  { code: 'huisvesting', label: 'Huisvesting' },
  { code: 'huiselijke_relaties', label: 'Huiselijke relaties' },
  { code: 'geestelijke_gezondheid', label: 'Geestelijke gezondheid' },
  { code: 'lichamelijke_gezondheid', label: 'Lichamelijke gezondheid' },
  { code: 'middelengebruik', label: 'Middelengebruik' },
  { code: 'basale_adl', label: 'Basale ADL' },
  { code: 'instrumentele_adl', label: 'Instrumentele ADL' },
  { code: 'sociaal_netwerk', label: 'Sociaal netwerk' },
  { code: 'maatschappelijke_participatie', label: 'Maatschappelijke participatie' },
  { code: 'justitie', label: 'Justitie' },
] as const;

export type ZrmDomainCode = (typeof ZRM_DOMAINS)[number]['code'];

export const ZRM_DOMAIN_CODES = ZRM_DOMAINS.map((d) => d.code) as [ZrmDomainCode, ...ZrmDomainCode[]];

export const ZRM_SCALE = [
  { score: 1, label: 'Acute problematiek' },
  { score: 2, label: 'Niet zelfredzaam' },
  { score: 3, label: 'Beperkt zelfredzaam' },
  { score: 4, label: 'Voldoende zelfredzaam' },
  { score: 5, label: 'Volledig zelfredzaam' },
] as const;

export type ZrmScore = (typeof ZRM_SCALE)[number]['score'];

/** A plan goal belongs to a ZRM domain or to 'overig' (a life domain the matrix does not name). */
export const GOAL_DOMAIN_CODES = [...ZRM_DOMAIN_CODES, 'overig'] as const;
export type GoalDomainCode = ZrmDomainCode | 'overig';

const LABELS: Record<string, string> = Object.fromEntries(ZRM_DOMAINS.map((d) => [d.code, d.label]));

/** Dutch label of a ZRM domain or 'overig' ("Overig"); unknown codes are shown as they are. */
export function zrmDomainLabel(code: string): string {
  if (code === 'overig') return 'Overig';
  return LABELS[code] ?? code;
}

/** Dutch label of a ZRM score (1..5). */
export function zrmScoreLabel(score: number): string {
  return ZRM_SCALE.find((s) => s.score === score)?.label ?? String(score);
}
