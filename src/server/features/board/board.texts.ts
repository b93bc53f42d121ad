import { type DeadlineKind, type ProvisionLaw, provisionLaws } from '../../db/schema/index.ts';
import { formatDutchDate } from '../../lib/dates.ts';
import { deadlineLabel } from '../deadlines/deadline-kinds.ts';
import type { BoardKind } from './board.kinds.ts';

const LAW_LABELS: Record<ProvisionLaw, string> = {
  wmo: 'Wmo',
  jeugdwet: 'Jeugdwet',
  participatiewet: 'Participatiewet',
  wgs: 'schuldhulp (Wgs)',
  overig: 'overig',
};

/** "Wmo, Jeugdwet en Participatiewet": in the usual order of the laws, whatever order they came in. */
export function lawList(laws: readonly string[]): string {
  const rank = (law: string) => provisionLaws.indexOf(law as ProvisionLaw);
  const labels = [...laws]
    .sort((a, b) => rank(a) - rank(b))
    .map((law) => LAW_LABELS[law as ProvisionLaw] ?? law);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} en ${labels.at(-1)}`;
}

/** What the board knows about one item, per kind: the facts the title and the "wat te doen" text are made of. */
export type ItemFacts =
  | {
      kind: 'signaal_niet_opgepakt';
      category: string;
      crisis: boolean;
      matched: boolean;
      dueOn: string | null;
    }
  | {
      kind: 'geen_regisseur';
      openedOn: string;
      offeredTo: string | null;
      offeredOn: string | null;
    }
  | {
      kind: 'termijn_risico' | 'termijn_verlopen';
      deadlineKind: DeadlineKind;
      threatening: boolean;
      dueOn: string;
    }
  | { kind: 'geen_gedeeld_plan'; laws: string[]; hasCase: boolean }
  | { kind: 'overgang_18'; firstName: string; turns18On: string; hasCase: boolean }
  | { kind: 'niet_geevalueerd'; since: string; dueOn: string };

/** The title (what is wrong) and the todo (what to do about it), in plain Dutch (B1). */
export function describe(facts: ItemFacts): { title: string; todo: string } {
  switch (facts.kind) {
    case 'signaal_niet_opgepakt': {
      const what = facts.crisis ? `Crisissignaal '${facts.category}'` : `Signaal '${facts.category}'`;
      const term = facts.dueOn ? ` De termijn was ${formatDutchDate(facts.dueOn)}.` : '';
      return {
        title: `${what} is niet op tijd opgepakt`,
        todo: facts.matched
          ? `Pak het signaal vandaag op en neem contact op met het huishouden, of sluit het af met een reden.${term}`
          : `Koppel het signaal eerst aan een huishouden (beoordelen) en pak het daarna op.${term}`,
      };
    }
    case 'geen_regisseur':
      return {
        title: 'Casus zonder regisseur',
        todo: facts.offeredTo
          ? `${facts.offeredTo} is gevraagd om regisseur te worden${
              facts.offeredOn ? ` (op ${formatDutchDate(facts.offeredOn)})` : ''
            }, maar heeft nog niet geantwoord. Vraag om een antwoord of wijs iemand anders aan.`
          : `Deze casus heeft sinds ${formatDutchDate(facts.openedOn)} geen regisseur. Wijs een regisseur aan.`,
      };
    case 'termijn_verlopen':
      return {
        title: `Termijn '${deadlineLabel(facts.deadlineKind, facts.threatening)}' is verlopen`,
        todo: `De termijn liep af op ${formatDutchDate(facts.dueOn)}. Doe het zo snel mogelijk en leg vast wanneer het gedaan is. Bel of schrijf het huishouden dat het later is.`,
      };
    case 'termijn_risico':
      return {
        title: `Termijn '${deadlineLabel(facts.deadlineKind, facts.threatening)}' loopt bijna af`,
        todo: `De termijn loopt af op ${formatDutchDate(facts.dueOn)}. Zorg dat het op tijd gebeurt. Lukt dat niet, verleng of schort de termijn dan op met een reden.`,
      };
    case 'geen_gedeeld_plan':
      return {
        title: `Hulp via ${lawList(facts.laws)}, maar geen gedeeld plan`,
        todo: facts.hasCase
          ? 'Maak in de casus samen met het huishouden één plan voor alle hulp.'
          : 'Start een casus voor dit huishouden en maak samen één plan voor alle hulp.',
      };
    case 'overgang_18':
      return {
        title: `${facts.firstName} wordt 18 op ${formatDutchDate(facts.turns18On)}`,
        todo: facts.hasCase
          ? `Zet in het plan een doel voor de overgang naar 18 jaar (18-/18+): welke hulp loopt door, wat moet ${facts.firstName} zelf regelen?`
          : `Start een casus en maak met ${facts.firstName} een plan met een doel voor de overgang naar 18 jaar (18-/18+).`,
      };
    case 'niet_geevalueerd':
      return {
        title: `Plan niet geëvalueerd sinds ${formatDutchDate(facts.since)}`,
        todo: `De evaluatie had op ${formatDutchDate(facts.dueOn)} moeten zijn. Plan een evaluatiegesprek met het huishouden.`,
      };
  }
}

export const KIND_LABELS: Record<BoardKind, string> = {
  signaal_niet_opgepakt: 'Signaal niet op tijd opgepakt',
  geen_regisseur: 'Casus zonder regisseur',
  termijn_verlopen: 'Termijn verlopen',
  termijn_risico: 'Termijn loopt bijna af',
  geen_gedeeld_plan: 'Meer wetten, geen gedeeld plan',
  overgang_18: 'Jongere wordt 18',
  niet_geevalueerd: 'Plan niet geëvalueerd',
};
