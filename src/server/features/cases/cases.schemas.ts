import { z } from '@hono/zod-openapi';
import { casePhases, provisionLaws } from '../../db/schema/index.ts';
import { pageQuery } from '../../http/pagination.ts';

/**
 * Request and response schemas of household cases (casussen), the regisseur and the case team: one source for
 * validation, types and the OpenAPI document. Messages are Dutch (B1): the web form shows them next to fields.
 */

const uuid = (what: string) => z.uuid({ error: `Dit is geen geldig ${what}` });
const phase = z.enum(casePhases, { error: 'Kies een fase van de casus' });

export const CaseIdParams = z.object({ id: uuid('casus-id') });
export const OfferParams = z.object({ id: uuid('casus-id'), offerId: uuid('overdracht-id') });
export const MemberParams = z.object({ id: uuid('casus-id'), memberId: uuid('teamlid-id') });

const reason = z
  .string({ error: 'Vul de reden in als tekst' })
  .trim()
  .max(1000, 'De reden is te lang: hoogstens 1000 tekens');
const requiredReason = reason.min(1, 'Vul een reden in');

export const UserRefSchema = z.object({ userId: z.uuid(), displayName: z.string() }).openapi('Gebruiker');
export const TeamRefSchema = z.object({ id: z.uuid(), name: z.string() }).openapi('TeamRef');
const OrganisationRefSchema = z.object({ id: z.uuid(), name: z.string() }).openapi('OrganisatieRef');

export const LifecycleSchema = z
  .object({
    version: z.number().int(),
    phases: z.array(z.object({ code: phase, label: z.string(), description: z.string() })),
    transitions: z.array(
      z.object({ from: phase, to: phase, label: z.string(), reasonRequired: z.boolean() }),
    ),
  })
  .openapi('CasusLevensloop');

export const CaseListQuery = pageQuery.extend({
  team: uuid('team-id').optional().openapi({ description: 'Only cases of this team' }),
  phase: phase.optional().openapi({
    description: 'Only cases in this phase; without it, all open cases (use afgesloten for closed ones)',
  }),
  mine: z
    .enum(['true', 'false'], { error: 'Kies true of false' })
    .optional()
    .transform((v) => v === 'true')
    .openapi({ description: 'Only cases I am regisseur of, am offered, or am in the case team of' }),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

export const CaseSummarySchema = z
  .object({
    id: z.uuid(),
    householdId: z.uuid(),
    addressLine: z.string(),
    phase,
    team: TeamRefSchema,
    regisseur: UserRefSchema.nullable(),
    openedOn: z.iso.date(),
  })
  .openapi('CasusSamenvatting');
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const NewCaseSchema = z
  .object({
    householdId: uuid('huishouden-id'),
    teamId: uuid('team-id'),
  })
  .openapi('NieuweCasus');
export type NewCase = z.infer<typeof NewCaseSchema>;

export const CaseDetailSchema = z
  .object({
    id: z.uuid(),
    municipalityCode: z.string(),
    householdId: z.uuid(),
    addressLine: z.string(),
    team: TeamRefSchema,
    phase,
    lifecycleVersion: z.number().int(),
    openedOn: z.iso.date(),
    closedOn: z.iso.date().nullable(),
    lastEvaluatedOn: z.iso.date().nullable(),
    allowedTransitions: z.array(z.object({ to: phase, label: z.string(), reasonRequired: z.boolean() })),
    regisseur: UserRefSchema.extend({ since: z.string() }).nullable(),
    pendingHandover: z
      .object({
        id: z.uuid(),
        to: UserRefSchema,
        offeredBy: UserRefSchema.nullable(),
        offeredAt: z.string(),
        reason: z.string().nullable(),
      })
      .nullable(),
    teamMembers: z.array(
      z.object({
        id: z.uuid(),
        userId: z.uuid(),
        displayName: z.string(),
        organisation: OrganisationRefSchema,
        role: z.string(),
        law: z.enum(provisionLaws).nullable(),
        joinedOn: z.iso.date(),
      }),
    ),
    transitions: z.array(
      z.object({
        from: phase.nullable(),
        to: phase,
        reason: z.string(),
        actor: UserRefSchema.nullable(),
        at: z.string(),
      }),
    ),
    viewer: z.object({
      isRegisseur: z.boolean(),
      isOffered: z.boolean(),
      canAssign: z.boolean(),
      canTransition: z.boolean(),
    }),
  })
  .openapi('Casus');
export type CaseDetail = z.infer<typeof CaseDetailSchema>;

export const TransitionRequestSchema = z
  .object({
    to: phase,
    reason: reason.optional().openapi({ description: 'Required when the move has reasonRequired' }),
  })
  .openapi('CasusFaseWijziging');
export type TransitionRequest = z.infer<typeof TransitionRequestSchema>;

export const RegisseurRequestSchema = z
  .object({
    userId: uuid('gebruikers-id').openapi({ description: 'The professional who is to become regisseur' }),
    reason: requiredReason,
  })
  .openapi('RegisseurVerzoek');
export type RegisseurRequest = z.infer<typeof RegisseurRequestSchema>;

export const OfferAnswerSchema = z.object({ reason: reason.optional() }).openapi('OverdrachtAntwoord');
export type OfferAnswer = z.infer<typeof OfferAnswerSchema>;

export const CandidateSchema = z
  .object({
    userId: z.uuid(),
    displayName: z.string(),
    organisation: OrganisationRefSchema,
    canLead: z.boolean().openapi({ description: 'Has the role regisseur, so may become regisseur' }),
  })
  .openapi('CasusKandidaat');
export type Candidate = z.infer<typeof CandidateSchema>;

export const NewTeamMemberSchema = z
  .object({
    userId: uuid('gebruikers-id'),
    role: z
      .string({ error: 'Vul de rol in, bijvoorbeeld jeugdconsulent' })
      .trim()
      .min(1, 'Vul de rol in, bijvoorbeeld jeugdconsulent')
      .max(100, 'De rol is te lang: hoogstens 100 tekens'),
    law: z
      .enum(provisionLaws, { error: 'Kies de wet: wmo, jeugdwet, participatiewet, wgs of overig' })
      .optional(),
  })
  .openapi('NieuwCasusTeamlid');
export type NewTeamMember = z.infer<typeof NewTeamMemberSchema>;

export const CaseloadQuery = z.object({
  team: uuid('team-id')
    .optional()
    .openapi({ description: 'Without it: the first team I lead, else my first team' }),
});

export const CaseloadSchema = z
  .object({
    team: TeamRefSchema,
    regisseurs: z.array(
      z.object({
        regisseur: UserRefSchema,
        openCases: z.number().int(),
        byPhase: z.record(z.string(), z.number().int()),
        overdueDeadlines: z.number().int(),
        handoversWaiting: z.number().int(),
      }),
    ),
    cases: z.array(
      CaseSummarySchema.extend({ overdueDeadlines: z.number().int(), pendingHandover: z.boolean() }),
    ),
  })
  .openapi('Caseload');
export type Caseload = z.infer<typeof CaseloadSchema>;
