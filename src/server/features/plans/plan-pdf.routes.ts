import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { download } from '../../http/download.ts';
import type { AppEnv } from '../../http/env.ts';
import { problems } from '../../http/pagination.ts';
import { caseParams, security, tags } from './plan-http.ts';
import { planPdf } from './plan-print.ts';

/** The printable plan ("Ons plan") as a PDF download. */
export function planPdfRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/plan.pdf',
      tags,
      security,
      summary: 'The plan for the household in plain Dutch (B1), as a PDF',
      request: { params: caseParams },
      responses: {
        200: {
          description: 'PDF',
          content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const pdf = await planPdf(c.get('ctx'), id);
      // The file name carries no personal data: only the first part of the case id.
      return download(c, { body: new Uint8Array(pdf), fileName: `plan-${id.slice(0, 8)}.pdf` }, 'pdf');
    },
  );

  return app;
}
