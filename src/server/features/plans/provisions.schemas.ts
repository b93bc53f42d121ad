import { z } from '@hono/zod-openapi';
import { costUnits, extentPers, provisionLaws, provisionStatuses } from '../../db/schema/index.ts';

/**
 * A provision (voorziening) in the plan: under which law, what, for whom, the decision (date, period, extent,
 * legal basis article, status) and the goals it serves. PUT sends the whole provision again (no partial update),
 * so the same checks run on create and update.
 */

export const LAW_LABELS: Record<(typeof provisionLaws)[number], string> = {
  wmo: 'Wmo 2015',
  jeugdwet: 'Jeugdwet',
  participatiewet: 'Participatiewet',
  wgs: 'Wet gemeentelijke schuldhulpverlening',
  overig: 'Overig',
};

export const STATUS_LABELS: Record<(typeof provisionStatuses)[number], string> = {
  aangevraagd: 'aangevraagd',
  toegekend: 'toegekend',
  beeindigd: 'beëindigd',
  afgewezen: 'afgewezen',
};

const datum = (label: string) =>
  z.iso.date({ error: `Vul de ${label} in als 2026-01-31` }).openapi({ example: '2026-12-01' });

const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} is tekst` })
    .trim()
    .max(max, `${label} is te lang: hoogstens ${max} tekens`)
    .nullish()
    .transform((v) => (v ? v : null));

export const ProvisionInputSchema = z
  .object({
    law: z.enum(provisionLaws, { error: 'Kies de wet: Wmo 2015, Jeugdwet, Participatiewet, Wgs of overig' }),
    product: z
      .string({ error: 'Vul in welke voorziening het is' })
      .trim()
      .min(1, 'Vul in welke voorziening het is')
      .max(200, 'De naam van de voorziening is te lang: hoogstens 200 tekens'),
    reference: optionalText('De verwijzing', 200),
    personId: z
      .uuid({ error: 'Kies een lid van het huishouden, of niemand' })
      .nullish()
      .transform((v) => v ?? null),
    startDate: datum('begindatum'),
    endDate: datum('einddatum')
      .nullish()
      .transform((v) => v ?? null),
    extent: optionalText('De omvang', 200),
    status: z.enum(provisionStatuses, {
      error: 'Kies de status: aangevraagd, toegekend, beëindigd of afgewezen',
    }),
    decidedOn: datum('datum van het besluit')
      .nullish()
      .transform((v) => v ?? null),
    legalBasis: optionalText('Het wetsartikel', 500),
    goalIds: z
      .array(z.uuid({ error: 'Kies een doel uit het plan' }), { error: 'Kies de doelen uit het plan' })
      .max(100, 'Hoogstens 100 doelen')
      .default([]),
    // The extent for cost control (all three or none): 3 (quantity) uur (unit) per week (per).
    extentQuantity: z
      .number({ error: 'Vul de hoeveelheid in als getal, zoals 3 of 2,5' })
      .positive('De hoeveelheid moet groter zijn dan 0')
      .max(99_999_999, 'De hoeveelheid is te groot')
      .refine((n) => Math.round(n * 100) === n * 100, 'Gebruik voor de hoeveelheid hoogstens 2 decimalen')
      .nullish()
      .transform((v) => v ?? null),
    extentUnit: z
      .enum(costUnits, { error: 'Kies de eenheid: uur, dagdeel, etmaal, stuk, week of maand' })
      .nullish()
      .transform((v) => v ?? null),
    extentPer: z
      .enum(extentPers, { error: 'Kies per week, per maand of in totaal' })
      .nullish()
      .transform((v) => v ?? null),
    providerId: z
      .uuid({ error: 'Kies een aanbieder uit de lijst, of geen' })
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((p, check) => {
    const extent = { extentQuantity: p.extentQuantity, extentUnit: p.extentUnit, extentPer: p.extentPer };
    const given = Object.values(extent).filter((v) => v !== null).length;
    if (given > 0 && given < 3) {
      const missing: Record<keyof typeof extent, string> = {
        extentQuantity: 'Vul ook de hoeveelheid in, of laat de omvang voor de kosten helemaal leeg',
        extentUnit: 'Kies ook de eenheid, of laat de omvang voor de kosten helemaal leeg',
        extentPer:
          'Kies ook per week, per maand of in totaal, of laat de omvang voor de kosten helemaal leeg',
      };
      for (const [key, value] of Object.entries(extent)) {
        if (value === null)
          check.addIssue({ code: 'custom', path: [key], message: missing[key as keyof typeof extent] });
      }
    }
    if (p.law === 'overig' && !p.reference) {
      check.addIssue({
        code: 'custom',
        path: ['reference'],
        message: 'Vul bij "overig" in onder welke regeling het valt (bijvoorbeeld "Zvw wijkverpleging")',
      });
    }
    if (p.endDate && p.endDate < p.startDate) {
      check.addIssue({ code: 'custom', path: ['endDate'], message: 'De einddatum ligt vóór de begindatum' });
    }
    if ((p.status === 'toegekend' || p.status === 'afgewezen') && !p.decidedOn) {
      check.addIssue({
        code: 'custom',
        path: ['decidedOn'],
        message: 'Vul de datum van het besluit in: de voorziening is toegekend of afgewezen',
      });
    }
    if (p.status === 'beeindigd' && !p.endDate) {
      check.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'Vul de einddatum in: de voorziening is beëindigd',
      });
    }
    if (new Set(p.goalIds).size !== p.goalIds.length) {
      check.addIssue({
        code: 'custom',
        path: ['goalIds'],
        message: 'Elk doel mag maar één keer gekozen worden',
      });
    }
  })
  .openapi('VoorzieningInvoer');
export type ProvisionInput = z.infer<typeof ProvisionInputSchema>;

export const ProvisionSchema = z
  .object({
    id: z.string(),
    law: z.enum(provisionLaws),
    product: z.string(),
    reference: z.string().nullable(),
    personId: z.string().nullable(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    extent: z.string().nullable(),
    status: z.enum(provisionStatuses),
    decidedOn: z.string().nullable(),
    legalBasis: z.string().nullable(),
    goalIds: z.array(z.string()),
    extentQuantity: z.number().nullable(),
    extentUnit: z.enum(costUnits).nullable(),
    extentPer: z.enum(extentPers).nullable(),
    providerId: z.string().nullable(),
  })
  .openapi('Voorziening');
export type Provision = z.infer<typeof ProvisionSchema>;
