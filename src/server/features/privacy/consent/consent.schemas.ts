import { z } from '@hono/zod-openapi';
import { consentMethods, provisionLaws, shareBases } from '../../../db/schema/index.ts';
import { PROCESSING_PURPOSES } from '../register/register.ts';

/**
 * Request and response schemas of consents (toestemming) and case data shares (delen per wet): one source for
 * validation, types and the OpenAPI document. Messages are Dutch (B1) and name the field, so the web form can show
 * them next to it.
 */

const uuid = (what: string) => z.uuid({ error: `Dit is geen geldig ${what}` });
const purposeCodes = PROCESSING_PURPOSES.map((p) => p.code as string);

export const PersonParams = z.object({ personId: uuid('persoons-id') });
export const ConsentParams = z.object({ id: uuid('toestemmings-id') });
export const CaseParams = z.object({ id: uuid('casus-id') });
export const ShareParams = z.object({ id: uuid('casus-id'), shareId: uuid('id van de deling') });
export const RecipientQuery = z.object({
  municipality: z
    .string({ error: 'Vul een gemeentecode in, zoals GM9901' })
    .regex(/^GM\d{4}$/, 'Vul een gemeentecode in, zoals GM9901')
    .optional()
    .openapi({ description: 'Only organisations of this municipality (one of mine)' }),
});

const date = (label: string) =>
  z.iso.date({ error: `Vul de ${label} in als 2026-01-31` }).openapi({ example: '2026-11-20' });
const method = (label: string) =>
  z.enum(consentMethods, { error: `Kies hoe ${label}: mondeling, schriftelijk of digitaal` });

const RefSchema = z.object({ id: z.uuid(), name: z.string() });
const UserRefSchema = z.object({ userId: z.uuid(), displayName: z.string() });

export const NewConsentSchema = z
  .object({
    purpose: z
      .string({ error: 'Kies het doel van de toestemming' })
      .refine((code) => purposeCodes.includes(code), 'Kies een doel uit het verwerkingsregister')
      .openapi({ enum: purposeCodes, description: 'A purpose code of the processing register' }),
    recipientOrganisationId: uuid('organisatie-id').openapi({
      description: 'The organisation that may receive the data (one of the municipality)',
    }),
    givenOn: date('datum waarop de toestemming is gegeven'),
    givenHow: method('de toestemming is gegeven'),
    note: z
      .string({ error: 'De notitie is tekst' })
      .trim()
      .max(1000, 'De notitie is te lang: hoogstens 1000 tekens')
      .nullish()
      .transform((v) => (v ? v : null)),
  })
  .openapi('NieuweToestemming');
export type NewConsent = z.infer<typeof NewConsentSchema>;

export const WithdrawalSchema = z
  .object({
    withdrawnOn: date('datum van intrekken'),
    withdrawnHow: method('de toestemming is ingetrokken'),
  })
  .openapi('ToestemmingIntrekken');
export type Withdrawal = z.infer<typeof WithdrawalSchema>;

export const ConsentSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    purpose: z.string(),
    purposeName: z.string(),
    recipient: RefSchema,
    givenOn: z.iso.date(),
    givenHow: z.enum(consentMethods),
    note: z.string().nullable(),
    recordedBy: UserRefSchema.nullable(),
    withdrawnOn: z.iso.date().nullable(),
    withdrawnHow: z.enum(consentMethods).nullable(),
    active: z.boolean(),
  })
  .openapi('Toestemming');
export type Consent = z.infer<typeof ConsentSchema>;

export const MemberConsentsSchema = z
  .object({
    personId: z.uuid(),
    name: z.string(),
    relation: z.string(),
    /** False for a former member: their consents still count for what was shared while they lived there. */
    current: z.boolean(),
    consents: z.array(ConsentSchema),
  })
  .openapi('ToestemmingenPerLid');
export type MemberConsents = z.infer<typeof MemberConsentsSchema>;

const law = z.enum(provisionLaws, {
  error: 'Kies een wet: Wmo 2015, Jeugdwet, Participatiewet of Wgs',
});

export const NewShareSchema = z
  .object({
    law: law.openapi({ description: 'The law whose data is shared (not overig: that is general data)' }),
    sharedWithLaw: law
      .nullish()
      .transform((v) => v ?? null)
      .openapi({
        description: 'Shared with case team members of this law; null for every member of the case team',
      }),
    basis: z.enum(shareBases, { error: 'Kies de grondslag: een wetsartikel of toestemming' }),
    legalBasis: z
      .string({ error: 'Het wetsartikel is tekst' })
      .trim()
      .max(200, 'Het wetsartikel is te lang: hoogstens 200 tekens')
      .nullish()
      .transform((v) => (v ? v : null))
      .openapi({ description: 'Required for wettelijke_grondslag, e.g. "Wgs art. 8d"' }),
    consentId: uuid('toestemmings-id')
      .nullish()
      .transform((v) => v ?? null)
      .openapi({ description: 'Required for toestemming: an active consent of a member of the household' }),
  })
  .openapi('NieuweDeling');
export type NewShare = z.infer<typeof NewShareSchema>;

export const ShareSchema = z
  .object({
    id: z.uuid(),
    law: z.enum(provisionLaws),
    sharedWithLaw: z.enum(provisionLaws).nullable(),
    basis: z.enum(shareBases),
    legalBasis: z.string().nullable(),
    consent: z
      .object({
        id: z.uuid(),
        personId: z.uuid(),
        personName: z.string(),
        purposeName: z.string(),
        recipient: RefSchema,
        withdrawnOn: z.iso.date().nullable(),
        active: z.boolean(),
      })
      .nullable(),
    createdBy: UserRefSchema.nullable(),
    createdAt: z.string(),
    endedAt: z.string().nullable(),
    endedBy: UserRefSchema.nullable(),
    /** Not ended, and its consent (if any) not withdrawn: only then does anyone see the data through it. */
    active: z.boolean(),
  })
  .openapi('Deling');
export type Share = z.infer<typeof ShareSchema>;

export const RecipientSchema = RefSchema.openapi('Ontvanger');
export type Recipient = z.infer<typeof RecipientSchema>;

export const PurposeSchema = z
  .object({ code: z.string(), name: z.string(), description: z.string() })
  .openapi('ToestemmingsDoel');
