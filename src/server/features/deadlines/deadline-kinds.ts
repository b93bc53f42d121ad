import { type DeadlineKind, deadlineKinds } from '../../db/schema/index.ts';
import type { CaseSettings, Term } from './case-settings.ts';

export { type DeadlineKind, deadlineKinds };

/** Dutch (B1) names of the terms, as the Termijnen tab and the board show them. */
const labels: Record<DeadlineKind, string> = {
  wgs_eerste_gesprek: 'Eerste gesprek schuldhulp',
  wgs_besluit: 'Besluit schuldhulp (plan van aanpak of afwijzing)',
  wmo_onderzoek: 'Wmo-onderzoek na melding',
  wmo_beschikking: 'Wmo-beschikking na aanvraag',
  awb_beslistermijn: 'Beslissing op aanvraag (Awb)',
};

/** Only the Wgs first conversation has a shorter term for a threatening situation (Wgs art. 4 lid 2). */
export function allowsThreatening(kind: DeadlineKind): boolean {
  return kind === 'wgs_eerste_gesprek';
}

export function deadlineLabel(kind: DeadlineKind, threatening: boolean): string {
  return threatening && allowsThreatening(kind) ? `${labels[kind]} bij dreigende situatie` : labels[kind];
}

/** Which configured term a deadline of this kind uses: the municipality's value, or the law's default. */
export function termFor(settings: CaseSettings, kind: DeadlineKind, threatening: boolean): Term {
  if (kind === 'wgs_eerste_gesprek' && threatening) return settings.terms.wgs_eerste_gesprek_dreigend;
  return settings.terms[kind];
}
