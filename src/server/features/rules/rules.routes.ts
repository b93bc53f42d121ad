import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { DomainError } from '../../http/errors.ts';
import { problems } from '../../http/pagination.ts';
import { ImpactQuerySchema, ImpactRapportSchema } from './impact.schemas.ts';
import { impactReport } from './impact.service.ts';
import { invalidField, invalidInput } from './invalid-input.ts';
import { fieldErrors, parseInput } from './parse-input.ts';
import {
  BijstandsnormInvoerSchema,
  BijstandsnormResultaatSchema,
  WatAlsInvoerSchema,
  WatAlsResultaatSchema,
} from './rules.schemas.ts';
import { bijstandsnormBerekenen, watAlsBerekenen } from './rules.service.ts';

/**
 * Law as code over HTTP: the same use cases as `regie rules …` and the calculator page, so all three answer the same.
 *
 * The two calculations are pure: they read no personal data from the register and store nothing, so they are not
 * audited (the audit log records reads of personal data and mutations; a calculation on data the caller typed in is
 * neither). Any signed-in actor may use them (a session or a partner API key).
 *
 * Bad input answers 400 problem+json with `errors: [{ path, message }]`: exactly the Dutch field messages of the
 * rules feature (parse-input.ts), the ones the CLI prints, not zod's generic ones.
 */

const tags = ['Wet als code'];
const security: Record<string, string[]>[] = [{ session: [] }, { apiKey: [] }];

/** A pure calculation still needs a signed-in caller: the API is not an open calculator for the internet. */
const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('ctx').actor) throw new DomainError('unauthenticated');
  await next();
};

/** The body must be JSON; unreadable JSON gets the same Dutch message as on the command line. */
const jsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.-]+\+)?json\b/i.test(type)) {
    throw invalidField('(invoer)', 'Stuur de invoer als JSON, met de header Content-Type: application/json.');
  }
  try {
    await c.req.json(); // cached by Hono for the validator
  } catch (error) {
    throw invalidField('(invoer)', `De JSON kan niet gelezen worden: ${(error as Error).message}`);
  }
  await next();
};

/**
 * The validation hook of the two calculations. On a failed body check it re-parses the raw body (the validator hands
 * it over as `data`, also on failure) with the rules' own parser, which throws the Dutch field errors the CLI prints.
 */
function rulesValidation(schema: z.ZodType, result: { success: boolean; error?: unknown }): undefined {
  if (result.success) return undefined;
  parseInput(schema, (result as { data?: unknown }).data);
  // Not reached (the parser above throws); should the two ever disagree, still answer with field errors.
  throw invalidInput(fieldErrors((result.error as z.ZodError).issues));
}

export function rulesRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/bijstandsnorm',
      tags,
      security,
      summary: 'De bijstandsnorm van een huishouden op een peildatum, met uitleg per artikel',
      description:
        'Dezelfde berekening als `regie rules bijstandsnorm` en de rekenhulp. Niets wordt opgeslagen of gelezen uit het register.',
      middleware: [signedIn, jsonBody],
      request: {
        body: { required: true, content: { 'application/json': { schema: BijstandsnormInvoerSchema } } },
      },
      responses: {
        200: {
          description: 'De norm',
          content: { 'application/json': { schema: BijstandsnormResultaatSchema } },
        },
        ...problems(400, 401, 403),
      },
    }),
    (c) => c.json(bijstandsnormBerekenen(c.req.valid('json')), 200),
    (result) => rulesValidation(BijstandsnormInvoerSchema, result),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/wat-als',
      tags,
      security,
      summary: 'Wat als iemand uit huis gaat of erbij komt wonen: de norm nu en straks, met het verschil',
      description:
        'Dezelfde berekening als `regie rules wat-als`. Niets wordt opgeslagen of gelezen uit het register.',
      middleware: [signedIn, jsonBody],
      request: {
        body: { required: true, content: { 'application/json': { schema: WatAlsInvoerSchema } } },
      },
      responses: {
        200: {
          description: 'Nu en straks',
          content: { 'application/json': { schema: WatAlsResultaatSchema } },
        },
        ...problems(400, 401, 403),
      },
    }),
    (c) => c.json(watAlsBerekenen(c.req.valid('json')), 200),
    (result) => rulesValidation(WatAlsInvoerSchema, result),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/impact',
      tags,
      security: [{ session: [] }],
      summary:
        'Impactrapport kostendelersnorm: getroffen bijstandshuishoudens, verlaging en beleidsvarianten',
      description:
        'Alleen totalen; aantallen onder 10 huishoudens zijn onderdrukt. Voor beleidsmedewerker, teamleider en FG, voor ' +
        'de gemeenten van de eigen organisatie. Elke aanvraag wordt vastgelegd in het auditlog.',
      request: { query: ImpactQuerySchema },
      responses: {
        200: { description: 'Het rapport', content: { 'application/json': { schema: ImpactRapportSchema } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await impactReport(c.get('ctx'), {
          municipalities: [q.municipality],
          peildatum: q.peildatum,
          kostendelerLeeftijd: q.kostendelerLeeftijd,
        }),
        200,
      );
    },
  );
  return app;
}
