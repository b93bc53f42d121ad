import { z } from '@hono/zod-openapi';
import { costLaws, costUnits } from '../../db/schema/index.ts';
import { costBreakdowns } from './costs.query.ts';

const municipality = z
  .string({ error: 'Kies een gemeente' })
  .regex(/^GM\d{4}$/, 'Gebruik voor de gemeente een CBS-gemeentecode als GM0363')
  .openapi({ example: 'GM9901' });

const year = z.coerce
  .number({ error: 'Vul een jaar in als 2026' })
  .int('Vul een jaar in als 2026')
  .min(2000, 'Kies een jaar vanaf 2000')
  .max(2100, 'Kies een jaar tot en met 2100')
  .openapi({ example: 2026 });

const law = z.enum(costLaws, { error: 'Kies de wet: Wmo, Jeugdwet, Participatiewet of Wgs' });

const day = (label: string) =>
  z.iso.date({ error: `Vul de ${label} in als 2026-01-31` }).openapi({ example: '2026-01-01' });

export const CostQuerySchema = z.object({
  municipality,
  year,
  breakdown: z
    .enum(costBreakdowns, { error: 'Kies voor de verdeling wet, wijk, team of aanbieder' })
    .default('wet'),
});
export type CostQuery = z.infer<typeof CostQuerySchema>;

const CellSchema = z
  .object({
    value: z.number().nullable().describe('null when suppressed: shown as "< 10"'),
    suppressed: z.boolean(),
  })
  .openapi('CostCell');

const RowSchema = z
  .object({
    breakdown: z.object({ code: z.string(), label: z.string() }).nullable(),
    cells: z
      .record(z.string(), CellSchema)
      .describe('households, committed, realised, forecast (cents), zonderTarief (provisions)'),
  })
  .openapi('CostRow');

export const CostOverviewSchema = z
  .object({
    municipality: z.object({ code: z.string(), name: z.string() }),
    year: z.number().int(),
    breakdown: z.enum(costBreakdowns),
    breakdownLabel: z.string(),
    basis: z.object({
      yearStart: z.string(),
      yearEnd: z.string(),
      realisedTo: z.string(),
      windowFrom: z.string(),
      windowTo: z.string(),
      remainingMonths: z.number().int(),
    }),
    measures: z.array(z.object({ key: z.string(), label: z.string(), kind: z.enum(['aantal', 'bedrag']) })),
    total: RowSchema.extend({ budgetCents: z.number().int().nullable() }),
    laws: z.array(
      z.object({
        law: z.enum(costLaws),
        label: z.string(),
        budgetCents: z.number().int().nullable().describe('Policy figure: never suppressed'),
        total: RowSchema,
        rows: z.array(RowSchema),
      }),
    ),
    explanation: z.array(z.object({ term: z.string(), text: z.string() })),
    suppression: z.string(),
  })
  .openapi('CostOverview');
export type CostOverview = z.infer<typeof CostOverviewSchema>;

export const TariffSchema = z
  .object({
    id: z.string(),
    municipality: z.string(),
    law: z.enum(costLaws),
    product: z.string(),
    unit: z.enum(costUnits),
    priceCents: z.number().int(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    createdAt: z.string(),
    endedAt: z.string().nullable(),
  })
  .openapi('Tarief');
export type Tariff = z.infer<typeof TariffSchema>;

export const TariffListSchema = z.object({ items: z.array(TariffSchema) }).openapi('Tarieven');

export const MunicipalityQuerySchema = z.object({ municipality });

export const NewTariffSchema = z
  .object({
    municipality,
    law,
    product: z
      .string({ error: 'Vul de productcode in, zoals huishoudelijke-ondersteuning' })
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'Gebruik voor het product kleine letters, cijfers en streepjes'),
    unit: z.enum(costUnits, { error: 'Kies de eenheid: uur, dagdeel, etmaal, stuk, week of maand' }),
    priceCents: z
      .number({ error: 'Vul de prijs in centen in' })
      .int('Vul de prijs in hele centen in')
      .min(0, 'De prijs kan niet negatief zijn')
      .max(100_000_000, 'De prijs is te hoog: hoogstens 1 miljoen euro per eenheid'),
    validFrom: day('begindatum'),
    validTo: day('einddatum')
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((t, check) => {
    if (t.validTo && t.validTo < t.validFrom)
      check.addIssue({ code: 'custom', path: ['validTo'], message: 'De einddatum ligt vóór de begindatum' });
  })
  .openapi('NieuwTarief');
export type NewTariff = z.infer<typeof NewTariffSchema>;

export const EndTariffSchema = z.object({ validTo: day('laatste dag') }).openapi('TariefBeeindigen');

export const TariffIdParam = z.object({
  id: z.uuid({ error: 'Dit is geen geldig tarief-id' }).openapi({ param: { name: 'id', in: 'path' } }),
});

export const BudgetQuerySchema = z.object({ municipality, year });

export const BudgetSchema = z
  .object({
    law: z.enum(costLaws),
    label: z.string(),
    amountCents: z.number().int().nullable(),
    updatedAt: z.string().nullable(),
  })
  .openapi('Budget');

export const BudgetListSchema = z
  .object({ municipality: z.string(), year: z.number().int(), items: z.array(BudgetSchema) })
  .openapi('Budgetten');

export const PutBudgetSchema = z
  .object({
    municipality,
    year,
    law,
    amountCents: z
      .number({ error: 'Vul het bedrag in centen in' })
      .int('Vul het bedrag in hele centen in')
      .min(0, 'Het budget kan niet negatief zijn')
      .max(1_000_000_000_000, 'Het budget is te hoog: hoogstens 10 miljard euro'),
  })
  .openapi('BudgetInvoer');
export type PutBudget = z.infer<typeof PutBudgetSchema>;

export const ProviderListSchema = z
  .object({ items: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })) })
  .openapi('Aanbieders');
