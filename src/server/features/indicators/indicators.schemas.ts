import { z } from '@hono/zod-openapi';
import { MAX_MONTHS } from './indicators.periods.ts';

const month = (field: string) =>
  z
    .string({ error: `${field} is verplicht` })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, `Gebruik voor ${field} een maand als 2026-01`)
    .openapi({ example: '2026-01' });

export const SeriesQuerySchema = z.object({
  municipality: z
    .string({ error: 'municipality is verplicht' })
    .regex(/^GM\d{4}$/, 'Gebruik voor municipality een CBS-gemeentecode als GM0363')
    .openapi({ example: 'GM9901' }),
  from: month('from'),
  to: month('to'),
  breakdown: z
    .enum(['wijk', 'partnertype', 'team', 'huishoudtype'], {
      error: 'Kies voor breakdown wijk, partnertype, team of huishoudtype',
    })
    .optional(),
});

export const CodeParamSchema = z.object({
  code: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/, 'Gebruik een code uit de catalogus, zoals stapeling')
    .openapi({ param: { name: 'code', in: 'path' }, example: 'stapeling' }),
});

const Definition = {
  version: z.number().int(),
  validFrom: z.string().describe('First day this version applies (YYYY-MM-DD)'),
  title: z.string(),
  explanation: z.string(),
  counted: z.string(),
  numerator: z.string().nullable(),
  denominator: z.string().nullable(),
  unit: z.string(),
  periodType: z.enum(['maand', 'halfjaar']),
  breakdowns: z.array(z.object({ code: z.string(), label: z.string() })),
  source: z.string(),
  measures: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      kind: z.enum(['aantal', 'aandeel', 'per1000', 'mediaan', 'maximum']),
    }),
  ),
};

export const CatalogueSchema = z
  .object({ items: z.array(z.object({ code: z.string(), versions: z.array(z.object(Definition)) })) })
  .openapi('IndicatorCatalogue');

const CellSchema = z
  .object({
    value: z
      .number()
      .nullable()
      .describe('null when suppressed ("< 10") or when there is nothing to divide by'),
    suppressed: z.boolean(),
  })
  .openapi('IndicatorCell');

export const SeriesSchema = z
  .object({
    code: z.string(),
    ...Definition,
    municipality: z.object({ code: z.string(), name: z.string() }),
    breakdown: z.enum(['wijk', 'partnertype', 'team', 'huishoudtype']).nullable(),
    suppression: z.string().describe('The suppression rules in Dutch, for under a table or chart'),
    series: z.array(
      z.object({
        period: z.string().describe('2026-01 (maand) or 2026-H1 (halfjaar)'),
        from: z.string(),
        to: z.string(),
        peildatum: z
          .string()
          .describe('The day stocks are counted on: the last day, or today while the period runs'),
        version: z.number().int(),
        computedAt: z
          .string()
          .describe(
            'When these figures were counted (ISO 8601): at the last refresh of the aggregates, or now when the ' +
              'period was counted for this request',
          ),
        rows: z.array(
          z.object({
            breakdown: z
              .object({ code: z.string(), label: z.string() })
              .nullable()
              .describe('null: the municipality as a whole (always the first row)'),
            cells: z.record(z.string(), CellSchema),
          }),
        ),
      }),
    ),
  })
  .openapi('IndicatorSeries');

export const RegionListSchema = z
  .object({ items: z.array(z.object({ code: z.string(), name: z.string(), kind: z.string() })) })
  .openapi('IndicatorRegions');

export const RegionQuerySchema = z.object({
  region: z
    .string({ error: 'region is verplicht' })
    .regex(/^[A-Za-z0-9-]{1,20}$/, 'Gebruik voor region de code van een regio, zoals AMR99')
    .openapi({ example: 'AMR99' }),
  from: month('from'),
  to: month('to'),
});

export const RegionSeriesSchema = SeriesSchema.omit({ municipality: true, breakdown: true })
  .extend({
    region: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
    municipalities: z.array(z.object({ code: z.string(), name: z.string() })),
    breakdown: z.literal('gemeente').describe('The rows after the region are its municipalities'),
    note: z.string().describe('How the region row is made from its municipalities, in Dutch'),
  })
  .openapi('IndicatorRegionSeries');

export const RANGE_TEXT = `Hoogstens ${MAX_MONTHS} maanden per vraag`;
