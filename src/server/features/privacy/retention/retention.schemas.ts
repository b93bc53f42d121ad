import { z } from '@hono/zod-openapi';
import { pageQuery } from '../../../http/pagination.ts';
import { retentionCategoryCodes } from '../register/register.ts';

/**
 * Request and response schemas of retention terms, legal holds and destruction records: no personal data of
 * residents anywhere (ids of cases and households only, as the FG types them). Messages are Dutch (B1).
 */

const uuid = (what: string) => z.uuid({ error: `Dit is geen geldig ${what}` });

export const MunicipalityQuery = z.object({
  gemeente: z
    .string()
    .regex(/^GM\d{4}$/, 'Gebruik een CBS-gemeentecode als GM0363')
    .optional()
    .openapi({ description: 'The municipality; without it, that of the organisation of the signed-in user' }),
});

const MunicipalitySchema = z.object({ code: z.string(), name: z.string() }).openapi('GemeenteRef');
const UserRefSchema = z.object({ userId: z.uuid(), displayName: z.string() }).openapi('MedewerkerRef');

export const RetentionCategorySchema = z
  .object({
    code: z.enum(retentionCategoryCodes),
    label: z.string(),
    months: z.number().int(),
    defaultMonths: z.number().int(),
    from: z.string().openapi({ description: 'When the term starts counting, in words' }),
    source: z.enum(['signal_settings', 'retention_terms']),
  })
  .openapi('Bewaartermijn');

export const RetentionTermsSchema = z
  .object({ municipality: MunicipalitySchema, categories: z.array(RetentionCategorySchema) })
  .openapi('Bewaartermijnen');

export const CategoryParams = z.object({
  category: z.enum(retentionCategoryCodes, { error: 'Deze categorie bestaat niet' }),
});

export const TermBodySchema = z
  .object({
    months: z
      .number({ error: 'Vul het aantal maanden in als getal' })
      .int('Vul een heel aantal maanden in')
      .min(1, 'De termijn is minstens 1 maand')
      .max(1200, 'De termijn is hoogstens 1200 maanden (100 jaar)'),
  })
  .openapi('BewaartermijnWijzigen');

const reason = z
  .string({ error: 'Vul de reden in als tekst' })
  .trim()
  .min(10, 'Vul een reden in van minstens 10 tekens')
  .max(1000, 'De reden is te lang: hoogstens 1000 tekens');

export const PlaceHoldBodySchema = z
  .object({
    caseId: uuid('casus-id').optional(),
    householdId: uuid('huishouden-id').optional(),
    reason,
  })
  .openapi('BlokkadeOpleggen');

export const LiftHoldBodySchema = z.object({ reason }).openapi('BlokkadeOpheffen');
export const HoldParams = z.object({ id: uuid('blokkade-id') });

export const HoldListQuery = MunicipalityQuery.extend({
  status: z.enum(['actief', 'alle'], { error: 'Kies actief of alle' }).default('actief'),
});

export const LegalHoldSchema = z
  .object({
    id: z.uuid(),
    municipalityCode: z.string(),
    caseId: z.uuid().nullable(),
    householdId: z.uuid().nullable(),
    reason: z.string(),
    placedBy: UserRefSchema.nullable(),
    placedAt: z.iso.datetime(),
    liftedBy: UserRefSchema.nullable(),
    liftedAt: z.iso.datetime().nullable(),
    liftReason: z.string().nullable(),
    active: z.boolean(),
  })
  .openapi('Blokkade');

export const LegalHoldListSchema = z
  .object({ municipality: MunicipalitySchema, items: z.array(LegalHoldSchema) })
  .openapi('Blokkades');

export const DestructionQuery = pageQuery.extend(MunicipalityQuery.shape);

export const DestructionRunSchema = z
  .object({
    runId: z.uuid(),
    ranAt: z.iso.datetime(),
    cutoff: z.iso.date().openapi({ description: 'Data whose term ended before this day was destroyed' }),
    total: z.number().int(),
    categories: z.array(
      z.object({ category: z.string(), label: z.string(), count: z.number().int(), rule: z.string() }),
    ),
  })
  .openapi('Vernietigingsronde');

export const DestructionPageSchema = z
  .object({
    municipality: MunicipalitySchema,
    items: z.array(DestructionRunSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('Vernietigingen');

export type RetentionTermsView = z.infer<typeof RetentionTermsSchema>;
export type LegalHoldView = z.infer<typeof LegalHoldSchema>;
export type DestructionPage = z.infer<typeof DestructionPageSchema>;
