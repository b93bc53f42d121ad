import { z } from '@hono/zod-openapi';
import { boardKinds, MAX_ITEMS_PER_KIND } from './board.kinds.ts';

/** Request and response of GET /board: one source for validation, types and the OpenAPI document. */
export const BoardQuerySchema = z.object({
  team: z.uuid({ error: 'Kies een team uit de lijst' }).optional(),
  kind: z.enum(boardKinds, { error: 'Kies een soort uit de lijst' }).optional(),
  limit: z.coerce
    .number({ error: 'Het aantal is een heel getal' })
    .int('Het aantal is een heel getal')
    .min(1, 'Het aantal is 1 of meer')
    .max(MAX_ITEMS_PER_KIND, `Het aantal is hoogstens ${MAX_ITEMS_PER_KIND}`)
    .optional()
    .openapi({ description: `Items per soort (standaard en hoogstens ${MAX_ITEMS_PER_KIND})` }),
});

export const BoardItemSchema = z
  .object({
    kind: z.enum(boardKinds),
    householdId: z
      .uuid()
      .nullable()
      .openapi({ description: 'null for a signal not yet matched to a household' }),
    caseId: z.uuid().nullable(),
    signalId: z.uuid().nullable(),
    title: z.string(),
    todo: z.string().openapi({ description: 'Wat te doen, in gewone taal' }),
    dueOn: z.string().nullable(),
    addressLine: z.string().nullable(),
    team: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .openapi('BoardItem');

export const BoardSchema = z
  .object({
    items: z.array(BoardItemSchema),
    /** Exact counts per kind, also for kinds not asked for. */
    counts: z.record(z.enum(boardKinds), z.number().int()),
  })
  .openapi('Board');
