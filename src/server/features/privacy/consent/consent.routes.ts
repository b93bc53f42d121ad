import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.ts';
import { problems } from '../../../http/pagination.ts';
import { listCaseConsents } from './case-consents.service.ts';
import {
  CaseParams,
  ConsentParams,
  ConsentSchema,
  MemberConsentsSchema,
  NewConsentSchema,
  NewShareSchema,
  PersonParams,
  PurposeSchema,
  RecipientQuery,
  RecipientSchema,
  ShareParams,
  ShareSchema,
  WithdrawalSchema,
} from './consent.schemas.ts';
import { listPersonConsents, recordConsent, withdrawConsent } from './consent.service.ts';
import { listPurposes, listRecipients } from './recipients.service.ts';
import { createShare, endShare, listShares } from './shares.service.ts';

const tags = ['Toestemming en delen'];
const security = [{ session: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

/**
 * Consents per person, purpose and recipient; case data shares per law; the recipients for the consent form.
 * Mounted at the API root because the resources live under /persons, /consents, /cases and /organisations.
 */
export function consentRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/persons/{personId}/consents',
      tags,
      security,
      summary: "A person's consents, withdrawn ones included (audited)",
      request: { params: PersonParams },
      responses: {
        200: { description: 'OK', content: json(z.array(ConsentSchema)) },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => c.json(await listPersonConsents(c.get('ctx'), c.req.valid('param').personId), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/persons/{personId}/consents',
      tags,
      security,
      summary: 'Record a consent for one purpose and one recipient organisation',
      request: { params: PersonParams, body: { content: json(NewConsentSchema), required: true } },
      responses: {
        201: { description: 'Recorded', content: json(ConsentSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(await recordConsent(c.get('ctx'), c.req.valid('param').personId, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/consents/{id}/withdraw',
      tags,
      security,
      summary: 'Withdraw a consent (never deleted); sharing that relies on it stops at once',
      request: { params: ConsentParams, body: { content: json(WithdrawalSchema), required: true } },
      responses: {
        200: { description: 'Withdrawn', content: json(ConsentSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(await withdrawConsent(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/cases/{id}/consents',
      tags,
      security,
      summary: 'The household members of a case (present and former) with their consents (audited)',
      request: { params: CaseParams },
      responses: {
        200: { description: 'OK', content: json(z.array(MemberConsentsSchema)) },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => c.json(await listCaseConsents(c.get('ctx'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/cases/{id}/shares',
      tags,
      security,
      summary: "The case's data shares per law, ended ones included (audited)",
      request: { params: CaseParams },
      responses: {
        200: { description: 'OK', content: json(z.array(ShareSchema)) },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => c.json(await listShares(c.get('ctx'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/shares',
      tags,
      security,
      summary: "Share one law's data of the case with another law, on a legal basis or a consent",
      request: { params: CaseParams, body: { content: json(NewShareSchema), required: true } },
      responses: {
        201: { description: 'Shared', content: json(ShareSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => c.json(await createShare(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/shares/{shareId}/end',
      tags,
      security,
      summary: 'Stop a share (regisseur or team leader)',
      request: { params: ShareParams },
      responses: {
        200: { description: 'Ended', content: json(ShareSchema) },
        ...problems(401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { id, shareId } = c.req.valid('param');
      return c.json(await endShare(c.get('ctx'), id, shareId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/organisations/recipients',
      tags,
      security,
      summary: 'Organisations of my municipalities that may receive data on a consent',
      request: { query: RecipientQuery },
      responses: {
        200: { description: 'OK', content: json(z.array(RecipientSchema)) },
        ...problems(400, 401, 403),
      },
    }),
    async (c) => c.json(await listRecipients(c.get('ctx'), c.req.valid('query').municipality), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/consents/purposes',
      tags,
      security,
      summary: 'The purposes of the processing register a consent can be for (no personal data)',
      responses: { 200: { description: 'OK', content: json(z.array(PurposeSchema)) }, ...problems(401, 403) },
    }),
    (c) => c.json(listPurposes(c.get('ctx')), 200),
  );

  return app;
}
