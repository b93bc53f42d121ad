import { z } from '@hono/zod-openapi';
import {
  agreementPhases,
  commitmentBreakdowns,
  commitmentChangeKinds,
  commitmentSources,
  figurePeriodTypes,
  targetDirections,
} from '../../db/schema/index.ts';

const isoDate = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Gebruik voor ${field} een datum als 2026-07-01`)
    .openapi({ example: '2026-07-01' });

export const AgreementIdParam = z.object({
  id: z.uuid('Dit is geen geldige afspraak').openapi({ param: { name: 'id', in: 'path' } }),
});
export const CommitmentParams = AgreementIdParam.extend({
  commitmentId: z
    .uuid('Dit is geen geldige toezegging')
    .openapi({ param: { name: 'commitmentId', in: 'path' } }),
});

export const NewAgreementSchema = z
  .object({
    municipality: z.string().regex(/^GM\d{4}$/, 'Gebruik een CBS-gemeentecode als GM0363'),
    title: z
      .string()
      .trim()
      .min(3, 'Geef de afspraak een titel van minstens 3 tekens')
      .max(200, 'De titel is te lang (hoogstens 200 tekens)'),
    year: z
      .number({ error: 'Vul een jaar in' })
      .int('Vul een jaar in')
      .min(2000, 'Vul een jaar vanaf 2000 in')
      .max(2100, 'Vul een jaar tot 2100 in'),
    parties: z
      .array(z.uuid('Kies een organisatie uit de lijst'))
      .min(1, 'Kies minstens één partij')
      .max(30, 'Hoogstens 30 partijen'),
    schedule: z.partialRecord(z.enum(agreementPhases), isoDate('de planning')).optional(),
  })
  .openapi('NewAgreement');

export const NewCommitmentSchema = z
  .object({
    theme: z
      .string()
      .trim()
      .min(2, 'Vul een thema in')
      .max(100, 'Het thema is te lang (hoogstens 100 tekens)'),
    ownerOrganisationId: z.uuid('Kies de partij die de toezegging doet'),
    description: z
      .string()
      .trim()
      .min(5, 'Beschrijf de toezegging in minstens 5 tekens')
      .max(1000, 'De beschrijving is te lang (hoogstens 1000 tekens)'),
    indicatorCode: z.string().min(1, 'Kies een indicator'),
    measureKey: z.string().min(1, 'Kies wat van de indicator telt'),
    target: z.number({ error: 'Vul een doel in (een getal)' }).finite('Vul een doel in (een getal)'),
    direction: z.enum(targetDirections, { error: 'Kies minimaal of maximaal' }),
    breakdown: z
      .object({
        kind: z.enum(commitmentBreakdowns, { error: 'Kies wijk, soort organisatie of team' }),
        code: z.string().trim().min(1, 'Kies de wijk, de soort organisatie of het team').max(100),
      })
      .nullable()
      .optional()
      .describe('The part of the municipality the target is about; absent or null: the whole municipality'),
    source: z
      .enum(commitmentSources, { error: 'Kies of Regie het cijfer berekent of de partij het aanlevert' })
      .optional()
      .describe(
        'indicator (default): computed by Regie; partij: a figure of the catalogue the owner supplies',
      ),
    periodType: z
      .enum(figurePeriodTypes, { error: 'Kies per maand of per halfjaar' })
      .optional()
      .describe('For source partij: how often the party supplies the figure'),
  })
  .openapi('NewCommitment');

const reason = z
  .string({ error: 'Leg uit waarom (minstens 10 tekens)' })
  .trim()
  .min(10, 'Leg in minstens 10 tekens uit waarom')
  .max(1000, 'De reden is te lang (hoogstens 1000 tekens)')
  .describe('Why: shown to every party and in the year report');

/** New terms for a commitment: only the fields given change; the reason is required. */
export const CommitmentChangeSchema = z
  .object({
    theme: NewCommitmentSchema.shape.theme.optional(),
    description: NewCommitmentSchema.shape.description.optional(),
    target: NewCommitmentSchema.shape.target.optional(),
    direction: NewCommitmentSchema.shape.direction.optional(),
    reason,
  })
  .openapi('CommitmentChange');

export const CommitmentWithdrawalSchema = z.object({ reason }).openapi('CommitmentWithdrawal');

export const NewFigureSchema = z
  .object({
    period: z
      .string({ error: 'Kies een periode' })
      .regex(/^\d{4}-(0[1-9]|1[0-2]|H[12])$/, 'Kies een periode als 2026-03 of 2026-H1'),
    value: z
      .number({ error: 'Vul een aantal in (een heel getal)' })
      .int('Vul een aantal in (een heel getal)')
      .min(0, 'Een aantal is 0 of meer')
      .max(1_000_000, 'Dit aantal is te groot'),
    source: z
      .string({ error: 'Vul de bron in' })
      .trim()
      .min(3, 'Vul de bron in: waar komt het cijfer vandaan? (minstens 3 tekens)')
      .max(300, 'De bron is te lang (hoogstens 300 tekens)'),
    corrects: z
      .uuid('Dit is geen geldige waarde')
      .optional()
      .describe(
        'The current value of the period this corrects; required when the period has a value (else 409)',
      ),
  })
  .openapi('NewCommitmentFigure');

export const PhaseChangeSchema = z
  .object({
    from: z
      .enum(agreementPhases)
      .optional()
      .describe('The phase the viewer saw; when the agreement has moved on since, the answer is 409'),
    to: z.enum(agreementPhases, { error: 'Kies een fase van de cyclus' }),
    note: z.string().trim().max(1000, 'De toelichting is te lang (hoogstens 1000 tekens)').optional(),
  })
  .openapi('AgreementPhaseChange');

export const NewCommentSchema = z
  .object({
    body: z
      .string()
      .trim()
      .min(1, 'Schrijf een reactie')
      .max(2000, 'De reactie is te lang (hoogstens 2000 tekens)'),
  })
  .openapi('NewCommitmentComment');

const CommitmentTerms = z.object({
  theme: z.string(),
  description: z.string(),
  target: z.number(),
  direction: z.enum(targetDirections),
});

const Organisation = z.object({ id: z.string(), name: z.string(), kind: z.string() });

const Status = z
  .object({
    state: z.enum(['op_koers', 'achter', 'niet_te_tonen', 'geen_gegevens', 'vervallen']),
    label: z.string(),
    value: z.number().nullable().describe('The published value the status rests on; null when suppressed'),
    period: z.string().nullable(),
  })
  .openapi('CommitmentStatus');

export const CommitmentSchema = z
  .object({
    id: z.string(),
    theme: z.string(),
    owner: Organisation,
    description: z.string(),
    indicator: z.object({ code: z.string(), title: z.string(), measure: z.string(), kind: z.string() }),
    target: z.number(),
    direction: z.enum(targetDirections),
    breakdown: z
      .object({ kind: z.enum(commitmentBreakdowns), code: z.string(), label: z.string() })
      .nullable(),
    status: Status,
    source: z.enum(commitmentSources),
    periodType: z.enum(figurePeriodTypes).nullable(),
    /** For source partij: the current value of each period, oldest first; "< 10" (value null) unless the viewer's
     * organisation owns the commitment or entered the value. */
    figures: z.array(
      z.object({
        id: z.string(),
        period: z.string(),
        value: z.number().nullable(),
        suppressed: z.boolean(),
        source: z.string(),
        organisation: z.string(),
        enteredBy: z.string(),
        enteredAt: z.string(),
        corrections: z.number().int().describe('How many earlier values of this period it replaced'),
      }),
    ),
    canEnterFigures: z
      .boolean()
      .describe('Staff of the owning organisation, or the managing beleidsmedewerker'),
    /** The periods of the agreement's year that have begun: what can be entered now. */
    openPeriods: z.array(z.string()),
    canComment: z.boolean().describe('Staff of the owning organisation, or the managing beleidsmedewerker'),
    withdrawnOn: z
      .string()
      .nullable()
      .describe('The day the commitment lapsed (vervallen); null while it holds'),
    withdrawnReason: z.string().nullable(),
    canAmend: z
      .boolean()
      .describe('The managing beleidsmedewerker, before evaluatie, while the commitment has not lapsed'),
    changes: z
      .array(
        z.object({
          kind: z.enum(commitmentChangeKinds),
          on: z.string().describe('The day of the change'),
          reason: z.string(),
          by: z.string().describe('The employee who made it, as comments name their author'),
          organisation: z.string(),
          previous: CommitmentTerms,
          next: CommitmentTerms.describe('The terms after the change (unchanged for vervallen)'),
        }),
      )
      .describe('Every change after the commitment was made, oldest first'),
    comments: z.array(
      z.object({
        id: z.string(),
        organisation: z.string(),
        author: z.string(),
        body: z.string(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi('Commitment');

export const AgreementSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    year: z.number().int(),
    municipality: z.object({ code: z.string(), name: z.string() }),
    phase: z.enum(agreementPhases),
    parties: z.array(Organisation),
    commitments: z.number().int().describe('Commitments the viewer sees'),
  })
  .openapi('AgreementSummary');

export const AgreementListSchema = z
  .object({ items: z.array(AgreementSummarySchema) })
  .openapi('AgreementList');

export const AgreementSchema = AgreementSummarySchema.extend({
  schedule: z.partialRecord(z.enum(agreementPhases), z.string()),
  phaseChanges: z.array(
    z.object({
      from: z.enum(agreementPhases).nullable(),
      to: z.enum(agreementPhases),
      on: z.string(),
      note: z.string().nullable(),
      by: z.string().nullable(),
    }),
  ),
  commitments: z.array(CommitmentSchema),
  /** Only the commitments of the viewer's own organisation are listed (a party, not an overseer). */
  ownOnly: z.boolean(),
  canManage: z.boolean(),
  suppression: z.string(),
}).openapi('Agreement');

const NamedOption = z.object({ code: z.string(), name: z.string() });

export const AgreementOptionsSchema = z
  .object({
    municipalities: z.array(
      NamedOption.extend({
        organisations: z.array(Organisation),
        wijken: z.array(NamedOption),
        teams: z.array(NamedOption),
      }),
    ),
    partnerTypes: z.array(z.string()),
    partnerFigures: z.array(
      z.object({ code: z.string(), title: z.string(), measure: z.string(), explanation: z.string() }),
    ),
  })
  .openapi('AgreementFormOptions');

export type NewFigure = z.infer<typeof NewFigureSchema>;
export type NewAgreement = z.infer<typeof NewAgreementSchema>;
export type NewCommitment = z.infer<typeof NewCommitmentSchema>;
export type CommitmentChange = z.infer<typeof CommitmentChangeSchema>;
export type CommitmentWithdrawal = z.infer<typeof CommitmentWithdrawalSchema>;
export type PhaseChange = z.infer<typeof PhaseChangeSchema>;
export type Agreement = z.infer<typeof AgreementSchema>;
