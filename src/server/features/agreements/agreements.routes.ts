import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { download } from '../../http/download.ts';
import type { AppEnv } from '../../http/env.ts';
import { problems } from '../../http/pagination.ts';
import { changeCommitment, withdrawCommitment } from './agreements.amend.ts';
import { agreementFormOptions } from './agreements.options.ts';
import { getAgreement, listAgreements } from './agreements.read.ts';
import { agreementReportCsv } from './agreements.report.ts';
import { agreementReportPdf } from './agreements.report-pdf.ts';
import {
  AgreementIdParam,
  AgreementListSchema,
  AgreementOptionsSchema,
  AgreementSchema,
  CommitmentChangeSchema,
  CommitmentParams,
  CommitmentWithdrawalSchema,
  NewAgreementSchema,
  NewCommentSchema,
  NewCommitmentSchema,
  NewFigureSchema,
  PhaseChangeSchema,
} from './agreements.schemas.ts';
import { addComment, addCommitment, changePhase, createAgreement } from './agreements.write.ts';
import { enterFigure } from './commitment-figures.ts';

const tags = ['Prestatieafspraken'];
const security = [{ session: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
const agreement = { description: 'The agreement as the viewer sees it', content: json(AgreementSchema) };

/** Prestatieafspraken: agreements, their commitments with live status, the yearly cycle, and the parties' comments. */
export function agreementsRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'The agreements the viewer oversees or is a party to',
      responses: { 200: { description: 'OK', content: json(AgreementListSchema) }, ...problems(401, 403) },
    }),
    async (c) => c.json(await listAgreements(c.get('ctx')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      security,
      summary: 'A new agreement (beleidsmedewerker), in phase bod',
      request: { body: { content: json(NewAgreementSchema), required: true } },
      responses: { 201: agreement, ...problems(400, 401, 403) },
    }),
    async (c) => c.json(await createAgreement(c.get('ctx'), c.req.valid('json')), 201),
  );

  // Before /{id}: a fixed path, not an agreement id.
  app.openapi(
    createRoute({
      method: 'get',
      path: '/form-options',
      tags,
      security,
      summary:
        'What the agreement and commitment forms offer (beleidsmedewerker): per municipality the organisations ' +
        'working there, its wijken and teams; the kinds of organisation; the figures a party can supply',
      responses: { 200: { description: 'OK', content: json(AgreementOptionsSchema) }, ...problems(401, 403) },
    }),
    async (c) => c.json(await agreementFormOptions(c.get('ctx')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      security,
      summary: 'One agreement; a party sees only its own commitments, each with its live status',
      request: { params: AgreementIdParam },
      responses: { 200: agreement, ...problems(400, 401, 403, 404) },
    }),
    async (c) => c.json(await getAgreement(c.get('ctx'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/commitments',
      tags,
      security,
      summary: 'A commitment of a party on an indicator (beleidsmedewerker)',
      request: { params: AgreementIdParam, body: { content: json(NewCommitmentSchema), required: true } },
      responses: { 201: agreement, ...problems(400, 401, 403, 404) },
    }),
    async (c) => c.json(await addCommitment(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/phase',
      tags,
      security,
      summary: 'Move the agreement one step in the yearly cycle (back only with a reason)',
      request: { params: AgreementIdParam, body: { content: json(PhaseChangeSchema), required: true } },
      responses: { 200: agreement, ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await changePhase(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/commitments/{commitmentId}/comments',
      tags,
      security,
      summary: 'A comment on a commitment the viewer sees',
      request: { params: CommitmentParams, body: { content: json(NewCommentSchema), required: true } },
      responses: { 201: agreement, ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      const { id, commitmentId } = c.req.valid('param');
      return c.json(await addComment(c.get('ctx'), id, commitmentId, c.req.valid('json').body), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/commitments/{commitmentId}/figures',
      tags,
      security,
      summary:
        'A value for a period of a figure the owning party supplies (its staff or the beleidsmedewerker); a ' +
        'correction names the value it corrects and supersedes it',
      request: { params: CommitmentParams, body: { content: json(NewFigureSchema), required: true } },
      responses: { 201: agreement, ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, commitmentId } = c.req.valid('param');
      return c.json(await enterFigure(c.get('ctx'), id, commitmentId, c.req.valid('json')), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/{id}/commitments/{commitmentId}',
      tags,
      security,
      summary:
        'New terms for a commitment (beleidsmedewerker), with a reason; the replaced values are kept in its ' +
        'history. Not once the agreement is in evaluatie, nor after the commitment lapsed (409)',
      request: { params: CommitmentParams, body: { content: json(CommitmentChangeSchema), required: true } },
      responses: { 200: agreement, ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, commitmentId } = c.req.valid('param');
      return c.json(await changeCommitment(c.get('ctx'), id, commitmentId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/commitments/{commitmentId}/withdraw',
      tags,
      security,
      summary:
        'The commitment lapses from today (beleidsmedewerker), with a reason; it stays in the agreement with ' +
        'status vervallen. Not once the agreement is in evaluatie, nor twice (409)',
      request: {
        params: CommitmentParams,
        body: { content: json(CommitmentWithdrawalSchema), required: true },
      },
      responses: { 200: agreement, ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, commitmentId } = c.req.valid('param');
      return c.json(await withdrawCommitment(c.get('ctx'), id, commitmentId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/report.pdf',
      tags,
      security,
      summary: 'The year report for the council as a PDF: the same commitments and figures as the CSV',
      request: { params: AgreementIdParam },
      responses: {
        200: {
          description: 'PDF',
          content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const file = await agreementReportPdf(c.get('ctx'), c.req.valid('param').id);
      return download(c, { body: new Uint8Array(file.body), fileName: file.fileName }, 'pdf');
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/report.csv',
      tags,
      security,
      summary: 'The year report: one row per commitment the viewer sees, with target and live status (CSV)',
      request: { params: AgreementIdParam },
      responses: {
        200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const file = await agreementReportCsv(c.get('ctx'), c.req.valid('param').id);
      return download(c, file);
    },
  );

  return app;
}
