import { z } from '@hono/zod-openapi';
import { retentionCategoryCodes } from './register.ts';

/** Request and response schemas of the processing register: one source for validation, types and OpenAPI. */

const gemeente = z
  .string()
  .regex(/^GM\d{4}$/, 'Gebruik een CBS-gemeentecode als GM0363')
  .optional()
  .openapi({ description: 'Gemeente (zonder: de eerste gemeente van de gebruiker)', example: 'GM9901' });

export const RegisterQuerySchema = z.object({ gemeente });

export const RegisterExportQuerySchema = z.object({
  format: z.enum(['csv', 'json'], { error: 'Kies csv of json' }).default('csv'),
  gemeente,
});

const RetentionCode = z.enum(retentionCategoryCodes);

const RetentionCategorySchema = z.object({
  code: RetentionCode,
  label: z.string(),
  months: z.number().int().openapi({ description: 'De termijn die de gemeente nu gebruikt' }),
  defaultMonths: z.number().int(),
  from: z.string().openapi({ example: 'na het oppakken van het signaal' }),
  source: z.enum(['signal_settings', 'retention_terms']),
  signalSettingsKey: z.string().nullable(),
});

const DataCategorySchema = z.object({
  code: z.string(),
  label: z.string(),
  description: z.string(),
  tables: z.array(z.string()),
  law: z.string().nullable(),
  special: z.boolean().openapi({ description: 'Bijzondere persoonsgegevens (gezondheid, AVG art. 9)' }),
  retention: z.array(RetentionCode),
  retentionNote: z.string().nullable(),
});

const PurposeSchema = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  legalBases: z.array(z.string()),
  categories: z.array(z.string()),
  recipients: z.array(z.string()),
  retention: z.array(
    z.object({
      category: RetentionCode,
      label: z.string(),
      months: z.number().int(),
      defaultMonths: z.number().int(),
      from: z.string(),
    }),
  ),
  retentionNote: z.string().nullable(),
});

export const RegisterSchema = z
  .object({
    version: z.string().openapi({ example: '2026.1' }),
    validFrom: z.iso.date(),
    municipality: z.object({ code: z.string(), name: z.string() }).nullable(),
    purposes: z.array(PurposeSchema),
    categories: z.array(DataCategorySchema),
    retentionCategories: z.array(RetentionCategorySchema),
    nonPersonalTables: z.array(z.object({ table: z.string(), reason: z.string() })),
  })
  .openapi('ProcessingRegister');

export const RegisterRowSchema = z.object({
  purposeCode: z.string(),
  purpose: z.string(),
  purposeDescription: z.string(),
  legalBases: z.string(),
  categoryCode: z.string(),
  category: z.string(),
  categoryDescription: z.string(),
  law: z.string(),
  special: z.string(),
  tables: z.string(),
  recipients: z.string(),
  retention: z.string(),
});

export const RegisterExportJsonSchema = RegisterSchema.extend({
  exportedAt: z.string(),
  rows: z.array(RegisterRowSchema),
}).openapi('ProcessingRegisterExport');
