import { z } from '@hono/zod-openapi';
import { isValidBsn } from '../../../../shared/bsn.ts';

/**
 * The inzage dossier (AVG art. 15): request and response schemas, one source for validation, types and the
 * OpenAPI document. The dossier holds the person's own data only: co-residents appear as a count, never by name.
 */

export const InzageQuery = z.object({
  bsn: z
    .string({ error: 'Vul het burgerservicenummer in' })
    .trim()
    .regex(/^\d{9}$/, 'Een burgerservicenummer heeft 9 cijfers')
    .refine(isValidBsn, 'Dit burgerservicenummer bestaat niet: het voldoet niet aan de elfproef')
    .openapi({
      description: 'Burgerservicenummer of the person (must pass the 11-proof)',
      example: '999990019',
    }),
});

const who = z
  .object({ name: z.string(), organisation: z.string().nullable() })
  .openapi('InzageWie', { description: 'A professional or a partner system: display name and organisation' });

const PersonSchema = z.object({
  bsn: z.string(),
  voornamen: z.string(),
  voorvoegsel: z.string().nullable(),
  geslachtsnaam: z.string(),
  name: z.string(),
  geboortedatum: z.iso.date().nullable(),
  geslacht: z.string().nullable(),
  overlijdensdatum: z.iso.date().nullable(),
});

const HouseholdSchema = z.object({
  householdId: z.uuid(),
  address: z.string(),
  relation: z.string(),
  relationLabel: z.string(),
  from: z.iso.date(),
  to: z.iso.date().nullable(),
  coResidents: z.number().int().openapi({ description: 'How many others lived there in the same period' }),
});

const SignalSchema = z.object({
  id: z.uuid(),
  about: z.enum(['persoon', 'huishouden']),
  kind: z.string(),
  kindLabel: z.string(),
  category: z.string(),
  source: z.string(),
  partnerType: z.string().nullable(),
  partnerOrganisation: z.string().nullable(),
  signalDate: z.iso.date(),
  receivedAt: z.string(),
  urgency: z.string(),
  crisis: z.boolean(),
  amountEuros: z.number().int().nullable(),
  arrearsSince: z.iso.date().nullable(),
  description: z.string().nullable(),
  status: z.string(),
  matchStatus: z.string(),
  subject: z
    .object({
      bsn: z.string().nullable(),
      name: z.string().nullable(),
      birthDate: z.string().nullable(),
      postcode: z.string().nullable(),
      huisnummer: z.number().int().nullable(),
    })
    .nullable()
    .openapi({ description: 'The person as the partner described them; only on signals about this person' }),
  retentionUntil: z.iso.date().nullable(),
});

const SignalCaseSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  kindLabel: z.string(),
  team: z.string().nullable(),
  openedOn: z.iso.date(),
  pickedUpOn: z.iso.date().nullable(),
  closedOn: z.iso.date().nullable(),
  result: z.string().nullable(),
  retentionUntil: z.iso.date().nullable(),
});

const CaseSchema = z.object({
  id: z.uuid(),
  phase: z.string(),
  phaseLabel: z.string(),
  openedOn: z.iso.date(),
  closedOn: z.iso.date().nullable(),
  team: z.string(),
  organisation: z.string(),
  regisseurs: z.array(
    z.object({
      name: z.string(),
      organisation: z.string(),
      status: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
    }),
  ),
  phases: z.array(
    z.object({
      from: z.string().nullable(),
      to: z.string(),
      toLabel: z.string(),
      at: z.string(),
      reason: z.string(),
    }),
  ),
});

const PlanSchema = z.object({
  caseId: z.uuid(),
  version: z.number().int(),
  savedAt: z.string(),
  situation: z.object({
    network: z.string(),
    strengths: z.string(),
    worries: z.string(),
    earlierHelp: z.string(),
  }),
  goals: z.array(
    z.object({
      domain: z.string(),
      domainLabel: z.string(),
      text: z.string(),
      forYou: z.boolean().openapi({ description: 'true: this person; false: the whole household' }),
      transition18: z.boolean(),
      actions: z.array(
        z.object({
          description: z.string(),
          owner: z.string(),
          dueOn: z.string().nullable(),
          status: z.string(),
        }),
      ),
    }),
  ),
  agreements: z.array(z.object({ agreedOn: z.iso.date(), how: z.string() })),
});

const ZrmSchema = z.object({
  caseId: z.uuid(),
  assessedOn: z.iso.date(),
  scores: z.array(
    z.object({ domain: z.string(), label: z.string(), score: z.number().int(), scoreLabel: z.string() }),
  ),
});

const ProvisionSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid().nullable(),
  law: z.string(),
  lawLabel: z.string(),
  product: z.string(),
  reference: z.string().nullable(),
  forYou: z.boolean(),
  status: z.string(),
  startDate: z.iso.date(),
  endDate: z.iso.date().nullable(),
  extent: z.string().nullable(),
  decision: z
    .object({
      decidedOn: z.iso.date(),
      decidedBy: z.string().nullable(),
      legalBasis: z.string().nullable(),
      amountCents: z.number().int().nullable(),
    })
    .nullable(),
  calculation: z.record(z.string(), z.unknown()).nullable().openapi({
    description: 'The stored calculation behind the decision; only on provisions for this person',
  }),
});

const DeadlineSchema = z.object({
  caseId: z.uuid(),
  kind: z.string(),
  label: z.string(),
  startedOn: z.iso.date(),
  dueOn: z.iso.date(),
  metOn: z.iso.date().nullable(),
  rule: z.string().nullable(),
});

const ConsentSchema = z.object({
  id: z.uuid(),
  purpose: z.string(),
  purposeName: z.string(),
  recipient: z.string(),
  givenOn: z.iso.date(),
  givenHow: z.string(),
  note: z.string().nullable(),
  withdrawnOn: z.iso.date().nullable(),
  withdrawnHow: z.string().nullable(),
  active: z.boolean(),
});

const AccessGrantSchema = z.object({
  who,
  grantedAt: z.string(),
  expiresAt: z.string(),
  endedAt: z.string().nullable(),
  reason: z.string(),
  reviewStatus: z.string(),
});

const AccessLogEntrySchema = z.object({
  at: z.string(),
  who: who.nullable(),
  actorType: z.enum(['user', 'api_key', 'system']),
  action: z.string(),
  description: z.string(),
});

const ProcessingSchema = z.object({
  category: z.string(),
  label: z.string(),
  description: z.string(),
  purposes: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      legalBases: z.array(z.string()),
      recipients: z.array(z.string()),
    }),
  ),
  retention: z.array(z.object({ label: z.string(), months: z.number().int(), from: z.string() })),
  retentionNote: z.string().nullable(),
});

export const DossierSchema = z
  .object({
    compiledAt: z.string(),
    compiledOn: z.iso.date(),
    municipalities: z.array(z.object({ code: z.string(), name: z.string() })),
    person: PersonSchema,
    households: z.array(HouseholdSchema),
    signals: z.array(SignalSchema),
    signalCases: z.array(SignalCaseSchema),
    cases: z.array(CaseSchema),
    plans: z.array(PlanSchema),
    zrm: z.array(ZrmSchema),
    provisions: z.array(ProvisionSchema),
    deadlines: z.array(DeadlineSchema),
    consents: z.array(ConsentSchema),
    accessGrants: z.array(AccessGrantSchema),
    accessLog: z.array(AccessLogEntrySchema),
    processing: z.array(ProcessingSchema),
  })
  .openapi('InzageDossier');

export type Dossier = z.infer<typeof DossierSchema>;
export type DossierPerson = Dossier['person'];
export type DossierHousehold = Dossier['households'][number];
export type DossierSignal = Dossier['signals'][number];
export type DossierSignalCase = Dossier['signalCases'][number];
export type DossierCase = Dossier['cases'][number];
export type DossierPlan = Dossier['plans'][number];
export type DossierZrm = Dossier['zrm'][number];
export type DossierProvision = Dossier['provisions'][number];
export type DossierDeadline = Dossier['deadlines'][number];
export type DossierConsent = Dossier['consents'][number];
export type DossierAccessGrant = Dossier['accessGrants'][number];
export type DossierAccessLogEntry = Dossier['accessLog'][number];
export type DossierProcessing = Dossier['processing'][number];
