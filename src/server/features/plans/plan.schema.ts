import { z } from '@hono/zod-openapi';
import { GOAL_DOMAIN_CODES } from '../../../shared/zrm.ts';

/**
 * The integrated plan of a household (PlanContent): the situation in four free texts and the goals in the
 * resident's own words, each with actions (who does what, when). Stored as one immutable JSON row per saved
 * version (plan_versions.content); goal and action ids are uuids that stay the same across versions, so a diff
 * and a provision can point at "the same goal". Every message says in plain Dutch which field is wrong; the path
 * of the issue (goals.0.actions.1.description) tells the form where to show it.
 */

export const PLAN_TEXT_MAX = 4000;
export const ACTION_STATUSES = ['open', 'bezig', 'klaar', 'vervallen'] as const;
export const OWNER_KINDS = ['persoon', 'organisatie'] as const;
export const AGREEMENT_HOWS = ['mondeling', 'schriftelijk', 'digitaal'] as const;

const situationText = (label: string) =>
  z
    .string({ error: `Vul bij ${label} tekst in (of laat het leeg)` })
    .max(PLAN_TEXT_MAX, `${label}: hoogstens ${PLAN_TEXT_MAX} tekens`);

const datum = (label: string) =>
  z.iso
    .date({ error: `Vul de ${label} in als 2026-01-31` })
    .openapi({ description: `${label} (JJJJ-MM-DD)`, example: '2026-12-15' });

export const SituationSchema = z
  .object({
    network: situationText('Netwerk'),
    strengths: situationText('Wat gaat goed (krachten)'),
    worries: situationText('Zorgen'),
    earlierHelp: situationText('Eerdere hulp'),
  })
  .openapi('PlanSituatie');

export const ActionSchema = z
  .object({
    id: z.uuid({ error: 'De actie heeft geen geldig id' }),
    description: z
      .string({ error: 'Beschrijf de actie' })
      .trim()
      .min(1, 'Beschrijf wat er gebeurt')
      .max(1000, 'De actie is te lang: hoogstens 1000 tekens'),
    owner: z.object({
      kind: z.enum(OWNER_KINDS, { error: 'Kies wie het doet: een persoon of een organisatie' }),
      name: z
        .string({ error: 'Vul in wie het doet' })
        .trim()
        .min(1, 'Vul in wie het doet')
        .max(200, 'De naam van wie het doet is te lang: hoogstens 200 tekens'),
    }),
    dueOn: datum('datum waarop het klaar is').nullable(),
    status: z.enum(ACTION_STATUSES, { error: 'Kies de stand: open, bezig, klaar of vervallen' }),
  })
  .openapi('PlanActie');

export const GoalSchema = z
  .object({
    id: z.uuid({ error: 'Het doel heeft geen geldig id' }),
    domain: z.enum(GOAL_DOMAIN_CODES, { error: 'Kies het levensdomein van het doel' }),
    text: z
      .string({ error: 'Schrijf het doel op in de woorden van de bewoner' })
      .trim()
      .min(1, 'Schrijf het doel op in de woorden van de bewoner')
      .max(1000, 'Het doel is te lang: hoogstens 1000 tekens'),
    personId: z.uuid({ error: 'Kies een lid van het huishouden, of niemand' }).nullable(),
    transition18: z.boolean({ error: 'Geef aan of dit een doel is voor de overgang naar 18 (ja of nee)' }),
    actions: z.array(ActionSchema, { error: 'De acties ontbreken' }).max(50, 'Hoogstens 50 acties per doel'),
  })
  .openapi('PlanDoel');

export const PlanContentSchema = z
  .object({
    situation: SituationSchema,
    goals: z.array(GoalSchema, { error: 'De doelen ontbreken' }).max(100, 'Hoogstens 100 doelen in een plan'),
  })
  .superRefine((content, check) => {
    // Ids identify a goal or action across versions: a copy would make the diff and provisions ambiguous.
    const seen = new Set<string>();
    content.goals.forEach((goal, g) => {
      if (seen.has(goal.id)) {
        check.addIssue({
          code: 'custom',
          path: ['goals', g, 'id'],
          message: 'Dit doel staat twee keer in het plan',
        });
      }
      seen.add(goal.id);
      goal.actions.forEach((action, a) => {
        if (seen.has(action.id)) {
          check.addIssue({
            code: 'custom',
            path: ['goals', g, 'actions', a, 'id'],
            message: 'Deze actie staat twee keer in het plan',
          });
        }
        seen.add(action.id);
      });
    });
  })
  .openapi('PlanInhoud');
export type PlanContent = z.infer<typeof PlanContentSchema>;
export type PlanGoal = PlanContent['goals'][number];
export type PlanAction = PlanGoal['actions'][number];

export const EMPTY_PLAN: PlanContent = {
  situation: { network: '', strengths: '', worries: '', earlierHelp: '' },
  goals: [],
};

export const UserRefSchema = z.object({ userId: z.string(), displayName: z.string() }).openapi('Gebruiker');

export const AgreementSchema = z
  .object({
    planVersion: z.number().int(),
    agreedOn: z.string(),
    how: z.enum(AGREEMENT_HOWS),
    note: z.string().nullable(),
  })
  .openapi('PlanInstemming');

export const PlanMemberSchema = z
  .object({
    personId: z.string(),
    name: z.string(),
    geboortedatum: z.string().nullable(),
    relation: z.string(),
    adult: z.boolean(),
  })
  .openapi('PlanLid');

export const PlanViewSchema = z
  .object({
    version: z.number().int().openapi({ description: '0 = nothing saved yet' }),
    content: PlanContentSchema,
    savedAt: z.string().nullable(),
    savedBy: UserRefSchema.nullable(),
    agreement: AgreementSchema.nullable().openapi({
      description:
        'The latest agreement to this version or an earlier one; planVersion < version means older',
    }),
    members: z.array(PlanMemberSchema),
  })
  .openapi('PlanWeergave');
export type PlanView = z.infer<typeof PlanViewSchema>;

export const SavePlanSchema = z
  .object({
    baseVersion: z
      .number({ error: 'De versie waarop u verder werkte ontbreekt' })
      .int('De versie is een heel getal')
      .min(0, 'De versie is 0 of hoger'),
    content: PlanContentSchema,
  })
  .openapi('PlanOpslaan');

export const PlanVersionItemSchema = z
  .object({ version: z.number().int(), savedAt: z.string(), savedBy: UserRefSchema.nullable() })
  .openapi('PlanVersie');

export const PlanChangeSchema = z
  .object({
    path: z.string(),
    label: z.string(),
    change: z.enum(['toegevoegd', 'verwijderd', 'gewijzigd']),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
  })
  .openapi('PlanWijziging');

export const PlanDiffSchema = z
  .object({ from: z.number().int(), to: z.number().int(), changes: z.array(PlanChangeSchema) })
  .openapi('PlanVerschil');

export const DiffQuerySchema = z.object({
  from: z.coerce
    .number({ error: 'Kies de oude versie (from)' })
    .int('De versie is een heel getal')
    .min(0, 'De versie is 0 of hoger'),
  to: z.coerce
    .number({ error: 'Kies de nieuwe versie (to)' })
    .int('De versie is een heel getal')
    .min(1, 'De versie is 1 of hoger'),
});

export const NewAgreementSchema = z
  .object({
    version: z
      .number({ error: 'Kies de versie van het plan' })
      .int('De versie is een heel getal')
      .min(1, 'Kies een opgeslagen versie'),
    agreedOn: datum('datum van instemming'),
    how: z.enum(AGREEMENT_HOWS, {
      error: 'Kies hoe de bewoner instemde: mondeling, schriftelijk of digitaal',
    }),
    note: z
      .string({ error: 'De toelichting is tekst' })
      .trim()
      .max(1000, 'De toelichting is te lang: hoogstens 1000 tekens')
      .optional(),
  })
  .openapi('NieuweInstemming');
export type NewAgreement = z.infer<typeof NewAgreementSchema>;
