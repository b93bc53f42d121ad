import { z } from '@hono/zod-openapi';

export const PackQuerySchema = z.object({
  municipality: z
    .string({ error: 'municipality is verplicht' })
    .regex(/^GM\d{4}$/, 'Gebruik voor municipality een CBS-gemeentecode als GM0363')
    .openapi({ example: 'GM9901' }),
  year: z.coerce
    .number({ error: 'Gebruik voor year een jaartal als 2026' })
    .int('Gebruik voor year een jaartal als 2026')
    .min(2015, 'Gebruik voor year een jaartal vanaf 2015')
    .max(2100, 'Gebruik voor year een jaartal als 2026')
    .openapi({ example: 2026 }),
});

const CellSchema = z.object({
  value: z
    .number()
    .nullable()
    .describe('null when suppressed ("< 10") or when there is nothing to divide by'),
  suppressed: z.boolean(),
});

export const SupervisorPackSchema = z
  .object({
    municipality: z.object({ code: z.string(), name: z.string() }),
    year: z.number().int(),
    madeOn: z.string().describe('The day the pack was made (YYYY-MM-DD, Europe/Amsterdam)'),
    personalData: z.literal('geen persoonsgegevens'),
    tables: z.array(
      z.object({
        key: z.string(),
        question: z.string().describe('The supervisor question this table answers, in Dutch'),
        indicator: z.string().describe('The catalogue code of the indicator behind the figures'),
        rowLabel: z.string().describe('What the row label is: Huishoudtype or Gebied'),
        columns: z.array(
          z.object({
            key: z.string(),
            label: z.string(),
            kind: z.enum(['aantal', 'aandeel', 'per1000', 'mediaan', 'maximum']),
          }),
        ),
        rows: z.array(
          z.object({
            halfYear: z.string().describe('2026-H1'),
            period: z.string().describe('2026-H1, or a month (2026-06) for monthly indicators'),
            peildatum: z.string(),
            version: z.number().int().describe('The definition version used for this period'),
            label: z.string().describe('The municipality, or a household type'),
            cells: z.record(z.string(), CellSchema),
          }),
        ),
      }),
    ),
    definitions: z.array(
      z.object({
        code: z.string(),
        version: z.number().int(),
        validFrom: z.string(),
        title: z.string(),
        explanation: z.string(),
        counted: z.string(),
        numerator: z.string().nullable(),
        denominator: z.string().nullable(),
        unit: z.string(),
        source: z.string(),
      }),
    ),
    suppression: z.string(),
  })
  .openapi('SupervisorPack');
