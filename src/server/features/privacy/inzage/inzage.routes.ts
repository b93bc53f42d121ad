import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { download } from '../../../http/download.ts';
import type { AppEnv } from '../../../http/env.ts';
import { problems } from '../../../http/pagination.ts';
import { DossierSchema } from './inzage.schemas.ts';
import { compileDossier } from './inzage.service.ts';
import { inzageDocument } from './inzage-document.ts';
import { renderInzagePdf } from './inzage-pdf.ts';

const tags = ['Privacy'];
const security = [{ session: [] }];
// Parsed by the service (parseBsn) so a bad BSN is the same Dutch 400 for JSON and PDF; here only documented.
const query = z.object({
  bsn: z
    .string()
    .optional()
    .openapi({ description: 'Burgerservicenummer (9 digits, 11-proof)', example: '999990019' }),
});

/** The inzage dossier (AVG art. 15) for the FG: JSON and PDF. Mounted under /privacy/inzage. */
export function inzageRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'Everything Regie holds about one person, with purposes, recipients and the access log (FG)',
      request: { query },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: DossierSchema } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await compileDossier(c.get('ctx'), c.req.valid('query').bsn), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/pdf',
      tags,
      security,
      summary: 'The inzage dossier as a PDF in plain Dutch (B1), for the resident',
      request: { query },
      responses: {
        200: {
          description: 'PDF',
          content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const ctx = c.get('ctx');
      const dossier = await compileDossier(ctx, c.req.valid('query').bsn, 'pdf');
      const pdf = await renderInzagePdf(inzageDocument(dossier), ctx.now);
      // The file name carries no personal data: only the day it was made.
      return download(c, { body: new Uint8Array(pdf), fileName: `inzage-${dossier.compiledOn}.pdf` }, 'pdf');
    },
  );

  return app;
}
