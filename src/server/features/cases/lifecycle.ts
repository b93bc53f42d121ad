import type { CasePhase } from '../../db/schema/index.ts';

/**
 * The case lifecycle as data: which phases a household's case goes through and which moves between them are
 * allowed. Handlers never decide this themselves; they ask `allowedTransitions`. A case records the version it
 * started with (cases.lifecycle_version) and keeps following that version, so a later change of the definition
 * never strands a running case in a phase or move that no longer exists. Add a new version next to the old ones;
 * never edit a version that cases already follow.
 */

export type PhaseDefinition = { code: CasePhase; label: string; description: string };
export type TransitionDefinition = {
  from: CasePhase;
  to: CasePhase;
  label: string;
  /** Moving back, closing and reopening need a reason: the audit trail must say why. */
  reasonRequired: boolean;
};
export type LifecycleDefinition = {
  version: number;
  phases: PhaseDefinition[];
  transitions: TransitionDefinition[];
};

const PHASES_V1: PhaseDefinition[] = [
  {
    code: 'aanmelding',
    label: 'Aanmelding',
    description: 'Er is een signaal of vraag over het huishouden. Het team bekijkt wie de casus oppakt.',
  },
  {
    code: 'veiligheidscheck',
    label: 'Veiligheids- en basiszorgcheck',
    description:
      'Is iedereen veilig en zijn wonen, inkomen en zorg voor nu geregeld? Eerst dat, dan de rest.',
  },
  {
    code: 'startgesprek',
    label: 'Startgesprek',
    description: 'Het eerste gesprek met het huishouden: wat speelt er, wat willen zij zelf bereiken?',
  },
  {
    code: 'plan',
    label: 'Plan',
    description: 'Samen met het huishouden één plan maken: doelen in hun eigen woorden en wie wat doet.',
  },
  {
    code: 'uitvoering',
    label: 'Uitvoering',
    description: 'Iedereen doet wat in het plan staat. De regisseur houdt het overzicht.',
  },
  {
    code: 'evaluatie',
    label: 'Evaluatie',
    description: 'Samen kijken of de doelen gehaald zijn: het plan bijstellen, doorgaan of afsluiten.',
  },
  {
    code: 'afgesloten',
    label: 'Afgesloten',
    description: 'De casus is klaar. Is er opnieuw hulp nodig, dan kan de casus weer worden geopend.',
  },
];

const OPEN_PHASES_V1: CasePhase[] = [
  'aanmelding',
  'veiligheidscheck',
  'startgesprek',
  'plan',
  'uitvoering',
  'evaluatie',
];

const TRANSITIONS_V1: TransitionDefinition[] = [
  // Forward, one step at a time: no reason needed, the phase itself says why.
  { from: 'aanmelding', to: 'veiligheidscheck', label: 'Start de veiligheidscheck', reasonRequired: false },
  {
    from: 'veiligheidscheck',
    to: 'startgesprek',
    label: 'Door naar het startgesprek',
    reasonRequired: false,
  },
  { from: 'startgesprek', to: 'plan', label: 'Door naar het plan', reasonRequired: false },
  { from: 'plan', to: 'uitvoering', label: 'Start de uitvoering', reasonRequired: false },
  { from: 'uitvoering', to: 'evaluatie', label: 'Start de evaluatie', reasonRequired: false },
  // Back: always with a reason.
  { from: 'veiligheidscheck', to: 'aanmelding', label: 'Terug naar aanmelding', reasonRequired: true },
  {
    from: 'startgesprek',
    to: 'veiligheidscheck',
    label: 'Terug naar de veiligheidscheck',
    reasonRequired: true,
  },
  { from: 'plan', to: 'startgesprek', label: 'Terug naar het startgesprek', reasonRequired: true },
  { from: 'uitvoering', to: 'plan', label: 'Plan bijstellen', reasonRequired: true },
  { from: 'evaluatie', to: 'plan', label: 'Plan bijstellen', reasonRequired: true },
  { from: 'evaluatie', to: 'uitvoering', label: 'Doorgaan met de uitvoering', reasonRequired: true },
  // Closing is possible from every open phase (the household moves, refuses help, the goals are met).
  ...OPEN_PHASES_V1.map(
    (from): TransitionDefinition => ({
      from,
      to: 'afgesloten',
      label: 'Casus afsluiten',
      reasonRequired: true,
    }),
  ),
  { from: 'afgesloten', to: 'aanmelding', label: 'Casus heropenen', reasonRequired: true },
];

/** Every version ever used. A case follows the version it started with. */
export const LIFECYCLE_DEFINITIONS: ReadonlyMap<number, LifecycleDefinition> = new Map([
  [1, { version: 1, phases: PHASES_V1, transitions: TRANSITIONS_V1 }],
]);

/** The version new cases start with. */
export const CURRENT_LIFECYCLE_VERSION = 1;

export function lifecycleDefinition(version: number = CURRENT_LIFECYCLE_VERSION): LifecycleDefinition {
  const definition = LIFECYCLE_DEFINITIONS.get(version);
  // A version in the database that the code does not know is a deployment error, not user input.
  if (!definition) throw new Error(`unknown case lifecycle version ${version}`);
  return definition;
}

/** The moves a case in `phase` may make under `definition`. */
export function allowedTransitions(
  definition: LifecycleDefinition,
  phase: CasePhase,
): TransitionDefinition[] {
  return definition.transitions.filter((t) => t.from === phase);
}

/** The move from `from` to `to`, or null when the definition does not allow it. */
export function findTransition(
  definition: LifecycleDefinition,
  from: CasePhase,
  to: CasePhase,
): TransitionDefinition | null {
  return definition.transitions.find((t) => t.from === from && t.to === to) ?? null;
}

export function phaseLabel(definition: LifecycleDefinition, phase: CasePhase): string {
  return definition.phases.find((p) => p.code === phase)?.label ?? phase;
}
