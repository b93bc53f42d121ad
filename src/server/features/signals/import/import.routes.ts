import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.ts';
import { DomainError } from '../../../http/errors.ts';
import { pageOf, pageQuery, problems } from '../../../http/pagination.ts';
import { MAX_UPLOAD_BYTES, receiveUpload, startImportJob } from './import.jobs.ts';
import {
  getSignalImport,
  importReport,
  listImportErrors,
  listSignalImports,
  requireImportMunicipality,
} from './import.queries.ts';
import { REPORT_HEADER, reportLine } from './import.report.ts';

const importView = z
  .object({
    id: z.uuid(),
    gemeente: z.string(),
    bestandsnaam: z.string(),
    formaat: z.enum(['ddas', 'csv']),
    status: z.enum(['bezig', 'klaar', 'mislukt']),
    gelezen: z.number().int(),
    nieuw: z.number().int(),
    dubbel: z.number().int(),
    afgekeurd: z.number().int(),
    bytesVerwerkt: z.number().int(),
    bytesTotaal: z.number().int(),
    gestartOp: z.string(),
    klaarOp: z.string().nullable(),
    melding: z.string().nullable(),
  })
  .openapi('SignaalImport');

const importError = z
  .object({ rij: z.number().int(), veld: z.string(), reden: z.string() })
  .openapi('ImportFout');

const uploadQuery = z.object({
  gemeente: z.string().regex(/^GM[0-9]{4}$/, { error: 'Gebruik een CBS-gemeentecode, zoals GM0363' }),
  bestandsnaam: z.string().trim().min(1).max(200).default('upload'),
  formaat: z
    .enum(['ddas', 'csv'])
    .optional()
    .describe('Zonder: volgens de extensie van bestandsnaam of de inhoud'),
});
const params = z.object({ id: z.uuid() });
const tags = ['Signalen importeren'];
const security = [{ session: [] }];

/** A file name safe for Content-Disposition (ASCII, no quotes or path). */
function reportFileName(name: string): string {
  const base =
    name
      .replace(/\.[^.]*$/, '')
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .slice(0, 80) || 'import';
  return `importverslag-${base}.csv`;
}

export function signalImportRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      security,
      summary:
        'Upload a DDAS v1.2 (JSON) or CSV file of a signal platform as the raw request body (application/json, text/csv or application/octet-stream); it is imported in the background',
      request: { query: uploadQuery },
      responses: {
        202: {
          description: 'Accepted; poll GET /signal-imports/{id} for progress',
          content: { 'application/json': { schema: z.object({ id: z.uuid() }) } },
        },
        ...problems(400, 401, 403, 413),
      },
    }),
    async (c) => {
      const ctx = c.get('ctx');
      const query = c.req.valid('query');
      await requireImportMunicipality(ctx, query.gemeente);
      const declared = Number(c.req.header('content-length') ?? 'NaN');
      if (declared > MAX_UPLOAD_BYTES) {
        throw new DomainError(
          'payload_too_large',
          `Het bestand is groter dan ${MAX_UPLOAD_BYTES / 2 ** 20} MiB. Splits het in kleinere bestanden.`,
        );
      }
      const upload = await receiveUpload(c.req.raw.body);
      const id = await startImportJob(ctx, upload, {
        municipality: query.gemeente,
        fileName: query.bestandsnaam,
        ...(query.formaat ? { format: query.formaat } : {}),
      });
      return c.json({ id }, 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'Import history of the municipalities of the actor’s teams, newest first',
      request: { query: pageQuery },
      responses: {
        200: {
          description: 'OK',
          content: { 'application/json': { schema: pageOf(importView, 'SignaalImports') } },
        },
        ...problems(401, 403),
      },
    }),
    async (c) => {
      const page = c.req.valid('query');
      const { items, total } = await listSignalImports(c.get('ctx'), page);
      return c.json({ items, total, page: page.page, pageSize: page.pageSize }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      security,
      summary: 'Status and progress of an import (poll for the progress bar)',
      request: { params },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: importView } } },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => c.json(await getSignalImport(c.get('ctx'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/fouten',
      tags,
      security,
      summary: 'The rejected rows of an import: row, field and Dutch reason (never the value; audited)',
      request: { params, query: pageQuery },
      responses: {
        200: {
          description: 'OK',
          content: { 'application/json': { schema: pageOf(importError, 'ImportFouten') } },
        },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => {
      const page = c.req.valid('query');
      const { items, total } = await listImportErrors(c.get('ctx'), c.req.valid('param').id, page);
      return c.json({ items, total, page: page.page, pageSize: page.pageSize }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/rapport',
      tags,
      security,
      summary: 'The whole import report as CSV (rij;veld;reden, UTF-8 with BOM; audited)',
      request: { params },
      responses: {
        200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => {
      const { run, pages } = await importReport(c.get('ctx'), c.req.valid('param').id);
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(REPORT_HEADER));
        },
        async pull(controller) {
          const next = await pages.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value.map(reportLine).join('')));
        },
      });
      return c.body(body, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${reportFileName(run.bestandsnaam)}"`,
      });
    },
  );

  return app;
}
