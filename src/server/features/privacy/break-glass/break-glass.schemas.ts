import { z } from '@hono/zod-openapi';
import { accessReviewStatuses } from '../../../db/schema/index.ts';
import { pageQuery } from '../../../http/pagination.ts';

/**
 * Request and response schemas of break-the-glass (noodtoegang) and the FG's review of it: one source for
 * validation, types and the OpenAPI document. Messages are Dutch (B1): the web form shows them next to fields.
 */

/** A reason shorter than this says nothing the FG can check ("spoed", "nodig"). */
export const MIN_REASON_LENGTH = 20;
export const MAX_REASON_LENGTH = 2000;
/** Hours a grant may last; the default is a working morning. */
export const MIN_HOURS = 1;
export const MAX_HOURS = 24;
export const DEFAULT_HOURS = 4;

const uuid = (what: string) => z.uuid({ error: `Dit is geen geldig ${what}` });

export const GrantIdParams = z.object({ id: uuid('noodtoegang-id') });

export const NewGrantSchema = z
  .object({
    householdId: uuid('huishouden-id')
      .optional()
      .openapi({ description: 'The household, when its id is known' }),
    bsn: z
      .string({ error: 'Vul het BSN in als tekst' })
      .trim()
      .optional()
      .openapi({ description: 'BSN of a current member (must pass the 11-proof)', example: '999990019' }),
    postcode: z
      .string({ error: 'Vul de postcode in als tekst' })
      .trim()
      .optional()
      .openapi({ example: '9811 AB' }),
    huisnummer: z
      .number({ error: 'Vul het huisnummer in als getal' })
      .int('Vul het huisnummer in als heel getal')
      .min(1, 'Vul een huisnummer van 1 of hoger in')
      .max(99999, 'Dit huisnummer bestaat niet')
      .optional()
      .openapi({ example: 12 }),
    toevoeging: z
      .string({ error: 'Vul de toevoeging in als tekst' })
      .trim()
      .max(10, 'De toevoeging is te lang')
      .optional()
      .openapi({ description: 'Huisletter and/or huisnummertoevoeging, e.g. "a", "2", "a-2"', example: 'a' }),
    reason: z
      .string({ error: 'Vul de reden in' })
      .trim()
      .min(MIN_REASON_LENGTH, `Schrijf de reden in minstens ${MIN_REASON_LENGTH} tekens`)
      .max(MAX_REASON_LENGTH, `De reden is te lang: hoogstens ${MAX_REASON_LENGTH} tekens`),
    hours: z
      .number({ error: 'Kies hoeveel uur u toegang nodig heeft' })
      .int('Kies een heel aantal uren')
      .min(MIN_HOURS, `Kies minstens ${MIN_HOURS} uur`)
      .max(MAX_HOURS, `Kies hoogstens ${MAX_HOURS} uur`)
      .default(DEFAULT_HOURS),
  })
  .openapi('NieuweNoodtoegang');
export type NewGrant = z.infer<typeof NewGrantSchema>;

export const GrantCreatedSchema = z
  .object({ id: z.uuid(), householdId: z.uuid(), expiresAt: z.iso.datetime() })
  .openapi('NoodtoegangGegeven');
export type GrantCreated = z.infer<typeof GrantCreatedSchema>;

export const MyGrantSchema = z
  .object({
    id: z.uuid(),
    householdId: z.uuid(),
    addressLine: z.string(),
    reason: z.string(),
    grantedAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    endedAt: z.iso.datetime().nullable(),
    active: z.boolean(),
    reviewStatus: z.enum(accessReviewStatuses),
  })
  .openapi('MijnNoodtoegang');
export type MyGrant = z.infer<typeof MyGrantSchema>;

export const MyGrantsSchema = z
  .object({ active: z.array(MyGrantSchema), recent: z.array(MyGrantSchema) })
  .openapi('MijnNoodtoegangen');
export type MyGrants = z.infer<typeof MyGrantsSchema>;

export const ReviewQuery = pageQuery.extend({
  status: z
    .enum(['open', 'all'], { error: 'Kies open of all' })
    .default('open')
    .openapi({ description: 'open: not reviewed yet; all: every grant' }),
});
export type ReviewQuery = z.infer<typeof ReviewQuery>;

export const reviewOutcomes = ['gerechtvaardigd', 'onterecht'] as const;

export const ReviewItemSchema = z
  .object({
    id: z.uuid(),
    user: z.object({ userId: z.uuid(), displayName: z.string(), organisation: z.string() }),
    householdId: z.uuid(),
    municipalityCode: z.string(),
    reason: z.string(),
    grantedAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    endedAt: z.iso.datetime().nullable(),
    active: z.boolean(),
    /** Audit rows by the user on this household during the grant: what they looked at. */
    views: z.number().int(),
    review: z.object({
      status: z.enum(accessReviewStatuses),
      reviewedBy: z.object({ userId: z.uuid(), displayName: z.string() }).nullable(),
      reviewedAt: z.iso.datetime().nullable(),
      note: z.string().nullable(),
    }),
  })
  .openapi('NoodtoegangBeoordeling');
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const ReviewRequestSchema = z
  .object({
    outcome: z.enum(reviewOutcomes, { error: 'Kies gerechtvaardigd of onterecht' }),
    note: z
      .string({ error: 'Vul de toelichting in als tekst' })
      .trim()
      .max(MAX_REASON_LENGTH, `De toelichting is te lang: hoogstens ${MAX_REASON_LENGTH} tekens`)
      .optional(),
  })
  .openapi('NoodtoegangOordeel');
export type ReviewRequest = z.infer<typeof ReviewRequestSchema>;
