import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { pageOf, problems, toLimitOffset } from '../../http/pagination.ts';
import { addTeamMember, leaveTeam, listCandidates } from './case-team.service.ts';
import {
  CandidateSchema,
  CaseDetailSchema,
  CaseIdParams,
  CaseListQuery,
  CaseSummarySchema,
  LifecycleSchema,
  MemberParams,
  NewCaseSchema,
  NewTeamMemberSchema,
  OfferAnswerSchema,
  OfferParams,
  RegisseurRequestSchema,
  TransitionRequestSchema,
} from './cases.schemas.ts';
import { createCase, getCase, getLifecycle, listCases, transitionCase } from './cases.service.ts';
import {
  acceptOffer,
  assignRegisseur,
  claimCase,
  declineOffer,
  handOver,
  withdrawOffer,
} from './regisseur.service.ts';

const tags = ['Casussen'];
const security = [{ session: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
const detail = { description: 'The case after the change', content: json(CaseDetailSchema) };

/** Household cases: lifecycle, list, start, detail, phases, the regisseur and the case team. */
export function caseRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/lifecycle',
      tags,
      security,
      summary: 'The case lifecycle new cases follow: phases and allowed transitions (versioned)',
      responses: { 200: { description: 'OK', content: json(LifecycleSchema) }, ...problems(401) },
    }),
    async (c) => c.json(getLifecycle(), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'Cases I may work on (open ones unless a phase is given); the households shown are audited',
      request: { query: CaseListQuery },
      responses: {
        200: { description: 'OK', content: json(pageOf(CaseSummarySchema, 'CasusPage')) },
        ...problems(400, 401, 403),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const result = await listCases(c.get('ctx'), q, toLimitOffset(q));
      return c.json({ ...result, page: q.page, pageSize: q.pageSize }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      security,
      summary: 'Start a case for a household (409 when it already has an open case)',
      request: { body: { content: json(NewCaseSchema), required: true } },
      responses: {
        201: { description: 'Started', content: json(CaseDetailSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => c.json(await createCase(c.get('ctx'), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      security,
      summary: 'The case with its regisseur, pending handover, case team and history (audited)',
      request: { params: CaseIdParams },
      responses: { 200: { description: 'OK', content: json(CaseDetailSchema) }, ...problems(401, 403, 404) },
    }),
    async (c) => c.json(await getCase(c.get('ctx'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/transitions',
      tags,
      security,
      summary: 'Move the case to another phase (only moves its lifecycle version allows)',
      request: { params: CaseIdParams, body: { content: json(TransitionRequestSchema), required: true } },
      responses: { 200: detail, ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(await transitionCase(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/regisseur/claim',
      tags,
      security,
      summary: 'Become regisseur of a case that has none and no pending handover',
      request: { params: CaseIdParams },
      responses: { 200: detail, ...problems(401, 403, 404, 409) },
    }),
    async (c) => c.json(await claimCase(c.get('ctx'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/regisseur/assign',
      tags,
      security,
      summary: 'Team leader names the regisseur (at once without one; as a warm handover otherwise)',
      request: { params: CaseIdParams, body: { content: json(RegisseurRequestSchema), required: true } },
      responses: { 200: detail, ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(await assignRegisseur(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/regisseur/handover',
      tags,
      security,
      summary: 'Offer the case to another regisseur; the current one stays until the offer is accepted',
      request: { params: CaseIdParams, body: { content: json(RegisseurRequestSchema), required: true } },
      responses: { 200: detail, ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await handOver(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  const answers = [
    { path: 'accept', summary: 'Accept the handover: I become regisseur, the old one ends' },
    { path: 'decline', summary: 'Decline the handover: the current regisseur stays' },
    { path: 'withdraw', summary: 'Withdraw the handover (who offered it, the regisseur or the team leader)' },
  ] as const;
  for (const answer of answers) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/{id}/regisseur/offers/{offerId}/${answer.path}`,
        tags,
        security,
        summary: answer.summary,
        request: { params: OfferParams, body: { content: json(OfferAnswerSchema), required: false } },
        responses: { 200: detail, ...problems(400, 401, 403, 404, 409) },
      }),
      async (c) => {
        const { id, offerId } = c.req.valid('param');
        const ctx = c.get('ctx');
        if (answer.path === 'accept') return c.json(await acceptOffer(ctx, id, offerId), 200);
        // The body is optional: without one, the validator leaves an empty object.
        const body = c.req.valid('json') ?? {};
        if (answer.path === 'decline') return c.json(await declineOffer(ctx, id, offerId, body), 200);
        return c.json(await withdrawOffer(ctx, id, offerId, body), 200);
      },
    );
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/candidates',
      tags,
      security,
      summary: 'Professionals who may join the case team (canLead: may become regisseur)',
      request: { params: CaseIdParams },
      responses: {
        200: { description: 'OK', content: json(z.array(CandidateSchema)) },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => c.json(await listCandidates(c.get('ctx'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/team-members',
      tags,
      security,
      summary: 'Add a professional to the case team with their role and law',
      request: { params: CaseIdParams, body: { content: json(NewTeamMemberSchema), required: true } },
      responses: { 200: detail, ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await addTeamMember(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/team-members/{memberId}/leave',
      tags,
      security,
      summary: 'A member leaves the case team; their access to the case ends at once',
      request: { params: MemberParams },
      responses: { 200: detail, ...problems(401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, memberId } = c.req.valid('param');
      return c.json(await leaveTeam(c.get('ctx'), id, memberId), 200);
    },
  );

  return app;
}
