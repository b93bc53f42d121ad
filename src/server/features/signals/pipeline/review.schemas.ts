import { z } from '@hono/zod-openapi';
import { pageOf, pageQuery } from '../../../http/pagination.ts';

/** OpenAPI shapes of the review queue (`/api/v1/signal-reviews`). */

const besluit = z
  .object({
    besluit: z.enum(['bevestigd', 'afgewezen']),
    householdId: z.uuid().nullable(),
    beslistOp: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('MatchBesluit');

const kandidaat = z
  .object({
    householdId: z.uuid(),
    personId: z.uuid().nullable(),
    score: z.number().min(0).max(1),
    velden: z
      .array(z.string())
      .describe('The fields that agreed: postcode, huisnummer, toevoeging, geboortedatum, naam'),
    adres: z.string(),
    naam: z.string().nullable(),
    geboortedatum: z.string().nullable(),
  })
  .openapi('MatchKandidaat');

export const reviewItem = z
  .object({
    signalId: z.uuid(),
    ontvangenOp: z.string().openapi({ format: 'date-time' }),
    categorieLabel: z.string(),
    partnerType: z.string().nullable(),
    gegevens: z
      .object({
        postcode: z.string().nullable(),
        huisnummer: z.number().int().nullable(),
        huisletter: z.string().nullable(),
        toevoeging: z.string().nullable(),
        geboortedatum: z.string().nullable(),
        naam: z.string().nullable(),
      })
      .describe('What the partner sent about the person, as sent'),
    kandidaten: z.array(kandidaat),
    besluit: besluit.nullable(),
  })
  .openapi('MatchBeoordeling');

export const reviewPage = pageOf(reviewItem, 'MatchBeoordelingPage');

export const reviewQuery = pageQuery.extend({
  status: z
    .enum(['open', 'beslist'], { message: 'Kies open of beslist' })
    .default('open')
    .describe('open: waiting for a decision; beslist: decided in the last 30 days and not undone'),
});

export const reviewParams = z.object({ signalId: z.uuid({ message: 'Onbekend signaal' }) });

export const confirmBody = z
  .object({
    householdId: z.uuid({ message: 'Kies een van de voorgestelde huishoudens' }),
    personId: z.uuid({ message: 'Kies een persoon uit het huishouden' }).optional(),
  })
  .openapi('MatchBevestigen');

export const reviewOutcome = z
  .object({
    signalId: z.uuid(),
    matchStatus: z.enum(['open', 'gematcht', 'te_beoordelen', 'geen_match']),
    status: z.string().describe('DDAS signaalstatus'),
    householdId: z.uuid().nullable(),
    besluit: besluit.nullable(),
  })
  .openapi('MatchBesluitUitkomst');
