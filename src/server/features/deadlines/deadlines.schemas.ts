import { z } from '@hono/zod-openapi';
import { deadlineKinds } from '../../db/schema/index.ts';
import { CaseSettingsSchema } from './case-settings.ts';

/**
 * Request and response schemas of the case deadlines and the case settings: one source for validation, types and
 * the OpenAPI document. Messages are Dutch (B1) and name the field, because the web forms show them next to it.
 */

const datum = (label: string) =>
  z.iso
    .date({ error: `Vul de ${label} in als 2026-01-31` })
    .openapi({ description: `${label} (JJJJ-MM-DD)`, example: '2026-11-23' });

const reden = z
  .string({ error: 'Vul de reden in' })
  .trim()
  .min(1, 'Vul de reden in')
  .max(500, 'De reden is te lang: hoogstens 500 tekens');

const unit = z.enum(['werkdagen', 'dagen', 'weken'], { error: 'Kies werkdagen, dagen of weken' });

export const DeadlineKindSchema = z
  .enum(deadlineKinds, { error: 'Kies een soort termijn uit de lijst' })
  .openapi({ description: 'Soort termijn', example: 'wgs_eerste_gesprek' });

export const CaseParamsSchema = z.object({ caseId: z.uuid({ error: 'Dit is geen geldig casus-id' }) });
export const DeadlineParamsSchema = CaseParamsSchema.extend({
  deadlineId: z.uuid({ error: 'Dit is geen geldig termijn-id' }),
});
export const MunicipalityParamsSchema = z.object({
  gemeentecode: z.string().regex(/^GM\d{4}$/, 'Gebruik een CBS-gemeentecode als GM0363'),
});

export const SuspensionSchema = z
  .object({
    from: datum('eerste dag van de opschorting'),
    to: datum('dag waarop de termijn weer loopt').nullable(),
    reason: z.string(),
  })
  .openapi('TermijnOpschorting');

export const ExtensionSchema = z
  .object({
    amount: z
      .number({ error: 'Vul de verlenging in als een heel getal' })
      .int('Vul de verlenging in als een heel getal')
      .min(1, 'De verlenging is minstens 1')
      .max(52, 'De verlenging is hoogstens 52'),
    unit,
    reason: reden,
  })
  .openapi('TermijnVerlenging');

export const DeadlineSchema = z
  .object({
    id: z.uuid(),
    kind: DeadlineKindSchema,
    label: z.string(),
    startedOn: z.string(),
    dueOn: z.string(),
    basis: z.object({
      rule: z.string(),
      amount: z.number().int(),
      unit,
      explanation: z.string().openapi({ description: 'Hoe de uiterlijke datum is berekend (B1)' }),
    }),
    suspensions: z.array(SuspensionSchema),
    extension: ExtensionSchema.nullable(),
    metOn: z.string().nullable(),
    status: z.enum(['lopend', 'risico', 'verlopen', 'gehaald', 'opgeschort']),
  })
  .openapi('Termijn');
export type DeadlineView = z.infer<typeof DeadlineSchema>;

export const NewDeadlineSchema = z
  .object({
    kind: DeadlineKindSchema,
    startedOn: datum('startdatum'),
    threatening: z
      .boolean({ error: 'Geef aan of er een dreigende situatie is (ja of nee)' })
      .optional()
      .openapi({
        description: 'Dreigende situatie (Wgs art. 4 lid 2): alleen bij het eerste gesprek schuldhulp',
      }),
  })
  .openapi('NieuweTermijn');
export type NewDeadline = z.infer<typeof NewDeadlineSchema>;

export const NewSuspensionSchema = z
  .object({
    from: datum('eerste dag van de opschorting'),
    to: datum('dag waarop de termijn weer loopt').optional(),
    reason: reden,
  })
  .openapi('NieuweOpschorting');
export type NewSuspension = z.infer<typeof NewSuspensionSchema>;

export const EndSuspensionSchema = z
  .object({ to: datum('dag waarop de termijn weer loopt') })
  .openapi('OpschortingBeeindigen');

export const MetSchema = z.object({ on: datum('datum waarop het gebeurd is') }).openapi('TermijnGehaald');

export const CaseSettingsBodySchema = CaseSettingsSchema.openapi('CasusInstellingen');
