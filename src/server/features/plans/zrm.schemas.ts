import { z } from '@hono/zod-openapi';
import { ZRM_DOMAINS, type ZrmDomainCode } from '../../../shared/zrm.ts';
import { UserRefSchema } from './plan.schema.ts';

/**
 * A ZRM 2017 assessment: all 13 domains scored 1..5. Unknown domain codes are refused (a typo would otherwise be a
 * silently lost score); each missing or wrong score names its domain in Dutch.
 */

const score = (label: string) =>
  z
    .number({ error: `Kies bij ${label} een score van 1 tot 5` })
    .int(`Kies bij ${label} een score van 1 tot 5`)
    .min(1, `Kies bij ${label} een score van 1 tot 5`)
    .max(5, `Kies bij ${label} een score van 1 tot 5`);

const scoreShape = Object.fromEntries(ZRM_DOMAINS.map((d) => [d.code, score(d.label)])) as Record<
  ZrmDomainCode,
  ReturnType<typeof score>
>;

export const ZrmScoresSchema = z
  .strictObject(scoreShape, { error: 'Vul voor alle 13 domeinen een score in' })
  .openapi('ZrmScores');

export const NewZrmSchema = z
  .object({
    personId: z.uuid({ error: 'Kies de volwassene die u beoordeelt' }),
    assessedOn: z.iso
      .date({ error: 'Vul de datum van de beoordeling in als 2026-01-31' })
      .openapi({ example: '2026-11-20' }),
    scores: ZrmScoresSchema,
  })
  .openapi('NieuweZrm');
export type NewZrm = z.infer<typeof NewZrmSchema>;

export const ZrmAssessmentSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    assessedOn: z.string(),
    scores: z.record(z.string(), z.number().int()),
    assessedBy: UserRefSchema.nullable(),
  })
  .openapi('ZrmBeoordeling');

export const ZrmViewSchema = z
  .object({
    domains: z.array(z.object({ code: z.string(), label: z.string() })),
    scale: z.array(z.object({ score: z.number().int(), label: z.string() })),
    adults: z.array(z.object({ personId: z.string(), name: z.string() })),
    assessments: z
      .array(ZrmAssessmentSchema)
      .openapi({ description: 'Oldest first, for the trend per domain' }),
  })
  .openapi('ZrmOverzicht');
export type ZrmView = z.infer<typeof ZrmViewSchema>;
