import { z } from '@hono/zod-openapi';

/** What every route of the plans feature shares in the OpenAPI document: tag, session security, the case id. */
export const tags = ['Plan'];
export const security = [{ session: [] }];
export const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
export const caseParams = z.object({ id: z.uuid({ error: 'Dit is geen geldig casus-id' }) });
