import { z } from '@hono/zod-openapi';
import { casePhases } from '../../db/schema/index.ts';
import { timelineKinds } from './overview.timeline.ts';

/** The household page payload (GET /households/{id}/overview): the OpenAPI source for the response. */
const user = z.object({ userId: z.uuid(), displayName: z.string() });
const team = z.object({ id: z.uuid(), name: z.string() });

export const HouseholdOverviewSchema = z
  .object({
    id: z.uuid(),
    municipalityCode: z.string(),
    startedOn: z.string(),
    address: z.object({
      postcode: z.string(),
      huisnummer: z.number().int(),
      huisletter: z.string().nullable(),
      toevoeging: z.string().nullable(),
      straat: z.string(),
      woonplaats: z.string(),
      wijkCode: z.string().nullable(),
      buurtCode: z.string().nullable(),
    }),
    addressLine: z.string(),
    members: z.array(
      z.object({
        id: z.uuid(),
        bsn: z.string(),
        voornamen: z.string(),
        voorvoegsel: z.string().nullable(),
        geslachtsnaam: z.string(),
        geboortedatum: z.string().nullable(),
        relation: z.string(),
        since: z.string(),
      }),
    ),
    case: z
      .object({
        id: z.uuid(),
        phase: z.enum(casePhases),
        phaseLabel: z.string(),
        openedOn: z.string(),
        lastEvaluatedOn: z.string().nullable(),
        team,
        regisseur: user.extend({ since: z.string().nullable() }).nullable(),
        pendingRegisseur: user.extend({ offeredAt: z.string().nullable() }).nullable(),
        access: z
          .boolean()
          .openapi({ description: 'the viewer works on this case (plan and deadlines shown)' }),
      })
      .nullable(),
    signals: z.array(
      z.object({
        id: z.uuid(),
        kind: z.string(),
        category: z.string(),
        categoryLabel: z.string(),
        status: z.string(),
        receivedAt: z.string(),
        deadline: z.string().nullable(),
        crisis: z.boolean(),
        team: team.nullable(),
        canOpen: z.boolean(),
      }),
    ),
    plan: z
      .object({
        caseId: z.uuid(),
        version: z.number().int().openapi({ description: '0 = nothing saved yet' }),
        savedAt: z.string().nullable(),
        savedBy: user.nullable(),
        goals: z.number().int(),
        openActions: z.number().int(),
        transitionGoals: z.number().int(),
        agreement: z
          .object({ planVersion: z.number().int(), agreedOn: z.string(), how: z.string() })
          .nullable(),
      })
      .nullable(),
    provisions: z.array(
      z.object({
        id: z.uuid(),
        law: z.string(),
        product: z.string(),
        reference: z.string().nullable(),
        status: z.string(),
        startDate: z.string(),
        endDate: z.string().nullable(),
        extent: z.string().nullable(),
        personId: z.uuid().nullable(),
        caseId: z.uuid().nullable(),
        decidedOn: z.string().nullable(),
      }),
    ),
    deadlines: z.array(
      z.object({
        id: z.uuid(),
        caseId: z.uuid(),
        kind: z.string(),
        label: z.string(),
        startedOn: z.string(),
        dueOn: z.string(),
        metOn: z.string().nullable(),
        status: z.enum(['lopend', 'risico', 'verlopen', 'gehaald', 'opgeschort']),
      }),
    ),
    timeline: z.array(
      z.object({
        at: z.string(),
        kind: z.enum(timelineKinds),
        title: z.string(),
        detail: z.string().nullable(),
        link: z.string().nullable(),
      }),
    ),
    restricted: z.boolean().openapi({ description: 'an open case exists that the viewer does not work on' }),
  })
  .openapi('HouseholdOverview');
