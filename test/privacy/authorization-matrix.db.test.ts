import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createSession } from '../../src/server/features/auth/sessions.ts';
import { settleImportJobs } from '../../src/server/features/signals/import/import.jobs.ts';
import { Browser, createTestApp, DEMO_PASSWORD, type TestApp } from '../helpers/app.ts';
import { type Fixture, fingerprint, fingerprintDiff, loadFixture } from './matrix-fixture.ts';

/**
 * Issue 5 item 7: every route of the app × every role (9 roles, anonymous, a partner API key): allowed or denied as
 * the access rules say, and a denied call changes nothing (fingerprint of every table but the audit trail,
 * sessions and sign-in attempts, before and after). The route list comes from the app itself: a route that is not
 * in MATRIX fails the first test, and a MATRIX entry that is not mounted is reported as a TODO.
 */

const ACTORS = [
  'regisseur',
  'wijkteam',
  'intake',
  'schuldhulp',
  'partner',
  'teamleider',
  'beleid',
  'fg',
  'beheerder',
  'anonymous',
  'apiKey',
] as const;
type ActorName = (typeof ACTORS)[number];
const USERS: ActorName[] = ACTORS.filter((a) => a !== 'anonymous' && a !== 'apiKey');
const PUBLIC: ActorName[] = [...ACTORS];
const HH_READ: ActorName[] = ['regisseur', 'wijkteam', 'intake', 'schuldhulp', 'teamleider'];
const CASE_WORK: ActorName[] = ['regisseur', 'wijkteam', 'schuldhulp', 'teamleider'];
/** The CASE TEAM of the main case plus the leader of its team (rule 1). */
const CASE_TEAM: ActorName[] = ['regisseur', 'schuldhulp', 'teamleider'];
const NOORD_SIGNALS: ActorName[] = ['regisseur', 'wijkteam', 'teamleider'];
const SIGNAL_FILE: ActorName[] = ['partner', ...HH_READ, 'apiKey'];
const REVIEW: ActorName[] = ['intake', 'schuldhulp', 'teamleider'];
const IMPORT: ActorName[] = ['intake', 'schuldhulp'];
const ROUTING: ActorName[] = ['teamleider', 'beheerder'];
const AGGREGATES: ActorName[] = ['beleid', 'teamleider', 'fg'];
const REGISTER: ActorName[] = ['fg', 'beheerder', 'beleid'];
const RETENTION: ActorName[] = ['fg', 'beheerder'];

type Ids = Fixture & {
  planContent: unknown;
  signalSettings: unknown;
  caseSettings: unknown;
  consentId: string;
  shareId: string;
  grantId: string;
  otherHouseholdId: string;
  notificationId: string;
  holdId: string;
  leaveMemberId: string;
  bsn: string;
  agreementId: string;
  /** A commitment of Gemeente Regiedam in the demo agreement: its staff see it, the other parties do not. */
  commitmentId: string;
  commitmentOwnerId: string;
};

type Spec = {
  allow: ActorName[];
  path: (f: Ids) => string;
  body?: (f: Ids) => unknown;
  raw?: { body: string; contentType: string };
  /** Puts the state the route acts on back before the calls (e.g. reopens the handover offer). */
  setup?: (f: Ids) => Promise<void>;
  /** Statuses that count as "allowed" for a GET besides 200 (e.g. a demo without imports answers 404). */
  okStatuses?: number[];
};

const today = '2026-11-23';
const reason = 'Proef van de autorisatiematrix: een reden van ruim twintig tekens';
const provisionBody = {
  law: 'wmo',
  product: 'proef-voorziening',
  startDate: '2026-11-01',
  status: 'aangevraagd',
};
const zrmScores = Object.fromEntries(
  [
    'financien',
    'werk_opleiding',
    'tijdsbesteding',
    'huisvesting',
    'huiselijke_relaties',
    'geestelijke_gezondheid',
    'lichamelijke_gezondheid',
    'middelengebruik',
    'basale_adl',
    'instrumentele_adl',
    'sociaal_netwerk',
    'maatschappelijke_participatie',
    'justitie',
  ].map((d) => [d, 3]),
);
const huishouden = {
  peildatum: '2026-12-01',
  aanvrager: { geboortedatum: '1980-01-01' },
  kinderenOnder18: 0,
  medebewoners: [],
};
const GM = 'GM9901';

/** Every route of the app, in the order the calls run (mutations that move state come late). */
const MATRIX: Record<string, Spec> = {
  'GET /health': { allow: PUBLIC, path: () => '/health' },
  'GET /api/v1/openapi.json': { allow: PUBLIC, path: () => '/api/v1/openapi.json' },
  'GET /api/v1/auth/config': { allow: PUBLIC, path: () => '/api/v1/auth/config' },
  'GET /api/v1/auth/session': { allow: USERS, path: () => '/api/v1/auth/session' },
  'GET /api/v1/auth/oidc/login': {
    allow: PUBLIC,
    path: () => '/api/v1/auth/oidc/login',
    okStatuses: [404, 400],
  },
  'GET /api/v1/auth/oidc/callback': {
    allow: PUBLIC,
    path: () => '/api/v1/auth/oidc/callback?state=x&code=y',
    okStatuses: [404, 400, 302],
  },
  'GET /api/v1/me/teams': { allow: USERS, path: () => '/api/v1/me/teams' },
  'GET /api/v1/me/organisation': { allow: [...USERS, 'apiKey'], path: () => '/api/v1/me/organisation' },
  'GET /api/v1/admin/organisations': { allow: ['beheerder'], path: () => '/api/v1/admin/organisations' },
  'GET /api/v1/admin/users': { allow: ['beheerder'], path: () => '/api/v1/admin/users' },
  'GET /api/v1/admin/teams': { allow: ['beheerder'], path: () => '/api/v1/admin/teams' },
  'GET /api/v1/admin/api-keys': { allow: ['beheerder'], path: () => '/api/v1/admin/api-keys' },
  'GET /api/v1/audit': { allow: ['fg'], path: () => '/api/v1/audit' },
  'GET /api/v1/households': { allow: HH_READ, path: () => '/api/v1/households' },
  'GET /api/v1/households/:id': { allow: CASE_TEAM, path: (f) => `/api/v1/households/${f.householdId}` },
  'GET /api/v1/households/:id/overview': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/households/${f.householdId}/overview`,
  },
  'GET /api/v1/households/:householdId/bijstandsbesluiten': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/households/${f.householdId}/bijstandsbesluiten`,
  },
  'GET /api/v1/population/by-wijk': {
    allow: AGGREGATES,
    path: () => `/api/v1/population/by-wijk?municipality=${GM}`,
  },
  'GET /api/v1/rules/impact': { allow: AGGREGATES, path: () => `/api/v1/rules/impact?municipality=${GM}` },
  'GET /api/v1/indicators': { allow: AGGREGATES, path: () => '/api/v1/indicators' },
  // Every demo user works for a party of the demo agreement (gemeente, corporation, kredietbank): all see it.
  'GET /api/v1/costs': {
    allow: AGGREGATES,
    path: () => `/api/v1/costs?municipality=${GM}&year=2026&breakdown=wijk`,
  },
  'GET /api/v1/costs/csv': {
    allow: AGGREGATES,
    path: () => `/api/v1/costs/csv?municipality=${GM}&year=2026&breakdown=team`,
  },
  'GET /api/v1/tariffs': { allow: AGGREGATES, path: () => `/api/v1/tariffs?municipality=${GM}` },
  'GET /api/v1/budgets': { allow: AGGREGATES, path: () => `/api/v1/budgets?municipality=${GM}&year=2026` },
  // Organisations a provision can name as provider: case workers (the provision form) and the aggregate roles.
  'GET /api/v1/providers': { allow: [...CASE_WORK, 'beleid', 'fg'], path: () => '/api/v1/providers' },
  'GET /api/v1/agreements': { allow: USERS, path: () => '/api/v1/agreements' },
  'GET /api/v1/agreements/:id': { allow: USERS, path: (f) => `/api/v1/agreements/${f.agreementId}` },
  'GET /api/v1/agreements/:id/report.csv': {
    allow: USERS,
    path: (f) => `/api/v1/agreements/${f.agreementId}/report.csv`,
  },
  'GET /api/v1/agreements/:id/report.pdf': {
    allow: USERS,
    path: (f) => `/api/v1/agreements/${f.agreementId}/report.pdf`,
  },
  // The candidate parties, wijken and teams of the forms: for whoever may create agreements.
  'GET /api/v1/agreements/form-options': { allow: ['beleid'], path: () => '/api/v1/agreements/form-options' },
  'GET /api/v1/indicators/regions': { allow: AGGREGATES, path: () => '/api/v1/indicators/regions' },
  'GET /api/v1/indicators/:code/region': {
    allow: AGGREGATES,
    path: () => '/api/v1/indicators/stapeling/region?region=AMR99&from=2026-01&to=2026-12',
  },
  'GET /api/v1/indicators/:code/region/csv': {
    allow: AGGREGATES,
    path: () => '/api/v1/indicators/stapeling/region/csv?region=AMR99&from=2026-01&to=2026-12',
  },
  'GET /api/v1/indicators/:code': {
    allow: AGGREGATES,
    path: () => `/api/v1/indicators/stapeling?municipality=${GM}&from=2026-01&to=2026-12`,
  },
  'GET /api/v1/indicators/:code/csv': {
    allow: AGGREGATES,
    path: () => `/api/v1/indicators/stapeling/csv?municipality=${GM}&from=2026-01&to=2026-12`,
  },
  'GET /api/v1/oversight/supervisor-pack': {
    allow: AGGREGATES,
    path: () => `/api/v1/oversight/supervisor-pack?municipality=${GM}&year=2026`,
  },
  'GET /api/v1/oversight/supervisor-pack.csv': {
    allow: AGGREGATES,
    path: () => `/api/v1/oversight/supervisor-pack.csv?municipality=${GM}&year=2026`,
  },
  'POST /api/v1/rules/bijstandsnorm': {
    allow: [...USERS, 'apiKey'],
    path: () => '/api/v1/rules/bijstandsnorm',
    body: () => huishouden,
  },
  'POST /api/v1/rules/wat-als': {
    allow: [...USERS, 'apiKey'],
    path: () => '/api/v1/rules/wat-als',
    body: () => ({ huishouden, wijziging: { soort: 'verhuist', naam: 'niemand' } }),
  },
  'GET /api/v1/signals/categories': {
    allow: [...USERS, 'apiKey'],
    path: () => `/api/v1/signals/categories?gemeente=${GM}`,
  },
  'GET /api/v1/signals/mine': { allow: SIGNAL_FILE, path: () => '/api/v1/signals/mine' },
  'GET /api/v1/signals/worklist': { allow: HH_READ, path: () => '/api/v1/signals/worklist' },
  'GET /api/v1/signals/:id': { allow: NOORD_SIGNALS, path: (f) => `/api/v1/signals/${f.signalId}` },
  'GET /api/v1/signal-reviews': { allow: REVIEW, path: () => '/api/v1/signal-reviews' },
  'GET /api/v1/signal-imports': { allow: IMPORT, path: () => `/api/v1/signal-imports?gemeente=${GM}` },
  'GET /api/v1/signal-imports/:id': {
    allow: IMPORT,
    path: () => '/api/v1/signal-imports/00000000-0000-4000-8000-000000000000',
    okStatuses: [404],
  },
  'GET /api/v1/signal-imports/:id/fouten': {
    allow: IMPORT,
    path: () => '/api/v1/signal-imports/00000000-0000-4000-8000-000000000000/fouten',
    okStatuses: [404],
  },
  'GET /api/v1/signal-imports/:id/rapport': {
    allow: IMPORT,
    path: () => '/api/v1/signal-imports/00000000-0000-4000-8000-000000000000/rapport',
    okStatuses: [404],
  },
  'GET /api/v1/routing-rules': {
    allow: [...HH_READ, 'beheerder'],
    path: () => `/api/v1/routing-rules?gemeente=${GM}`,
  },
  'GET /api/v1/routing-rules/options': {
    allow: [...HH_READ, 'beheerder'],
    path: () => `/api/v1/routing-rules/options?gemeente=${GM}`,
  },
  'GET /api/v1/signal-settings/:gemeente': {
    allow: [...HH_READ, 'beheerder'],
    path: () => `/api/v1/signal-settings/${GM}`,
  },
  'GET /api/v1/board': { allow: CASE_WORK, path: () => '/api/v1/board' },
  // The lifecycle definition is public reference data (phases and their descriptions), no personal data.
  'GET /api/v1/cases/lifecycle': { allow: PUBLIC, path: () => '/api/v1/cases/lifecycle' },
  'GET /api/v1/cases': { allow: CASE_WORK, path: () => '/api/v1/cases' },
  'GET /api/v1/cases/:id': { allow: CASE_TEAM, path: (f) => `/api/v1/cases/${f.caseId}` },
  'GET /api/v1/cases/:id/candidates': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/candidates`,
  },
  'GET /api/v1/caseload': { allow: CASE_WORK, path: () => '/api/v1/caseload' },
  'GET /api/v1/cases/:id/plan': { allow: CASE_TEAM, path: (f) => `/api/v1/cases/${f.caseId}/plan` },
  'GET /api/v1/cases/:id/plan/versions': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/plan/versions`,
  },
  'GET /api/v1/cases/:id/plan/versions/:v': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/plan/versions/${f.planVersion}`,
  },
  'GET /api/v1/cases/:id/plan/diff': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/plan/diff?from=1&to=${f.planVersion}`,
  },
  'GET /api/v1/cases/:id/plan.pdf': { allow: CASE_TEAM, path: (f) => `/api/v1/cases/${f.caseId}/plan.pdf` },
  'GET /api/v1/cases/:id/zrm': { allow: CASE_TEAM, path: (f) => `/api/v1/cases/${f.caseId}/zrm` },
  'GET /api/v1/cases/:id/provisions': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/provisions`,
  },
  'GET /api/v1/cases/:caseId/deadlines': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/deadlines`,
  },
  'GET /api/v1/case-settings/:gemeentecode': {
    allow: [...CASE_WORK, 'beheerder'],
    path: () => `/api/v1/case-settings/${GM}`,
  },
  'GET /api/v1/persons/:personId/consents': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/persons/${f.personId}/consents`,
  },
  'GET /api/v1/cases/:id/consents': { allow: CASE_TEAM, path: (f) => `/api/v1/cases/${f.caseId}/consents` },
  'GET /api/v1/cases/:id/shares': { allow: CASE_TEAM, path: (f) => `/api/v1/cases/${f.caseId}/shares` },
  'GET /api/v1/organisations/recipients': {
    allow: CASE_WORK,
    path: () => '/api/v1/organisations/recipients',
  },
  'GET /api/v1/consents/purposes': { allow: CASE_WORK, path: () => '/api/v1/consents/purposes' },
  'GET /api/v1/access-grants/mine': { allow: CASE_WORK, path: () => '/api/v1/access-grants/mine' },
  'GET /api/v1/access-grants/review': {
    allow: ['fg'],
    path: () => '/api/v1/access-grants/review?status=all',
  },
  'GET /api/v1/notifications': { allow: USERS, path: () => '/api/v1/notifications' },
  'GET /api/v1/privacy/register': { allow: REGISTER, path: () => '/api/v1/privacy/register' },
  'GET /api/v1/privacy/register/export': {
    allow: REGISTER,
    path: () => '/api/v1/privacy/register/export?format=json',
  },
  'GET /api/v1/privacy/inzage': { allow: ['fg'], path: (f) => `/api/v1/privacy/inzage?bsn=${f.bsn}` },
  'GET /api/v1/privacy/inzage/pdf': { allow: ['fg'], path: (f) => `/api/v1/privacy/inzage/pdf?bsn=${f.bsn}` },
  'GET /api/v1/privacy/retention': { allow: RETENTION, path: () => '/api/v1/privacy/retention' },
  'GET /api/v1/privacy/legal-holds': { allow: RETENTION, path: () => '/api/v1/privacy/legal-holds' },
  'GET /api/v1/privacy/destructions': { allow: RETENTION, path: () => '/api/v1/privacy/destructions' },

  // Mutations. Bodies are valid, so a refusal can only come from authentication or authorisation.
  'POST /api/v1/tariffs': {
    allow: ['beleid'],
    path: () => '/api/v1/tariffs',
    // A later start each call, so the allowed call creates a tariff (201) rather than meeting an overlap (409).
    body: () => ({
      municipality: GM,
      law: 'wmo',
      product: `matrix-${Date.now()}`,
      unit: 'uur',
      priceCents: 3000,
      validFrom: '2026-01-01',
    }),
  },
  'POST /api/v1/tariffs/:id/end': {
    allow: ['beleid'],
    path: (f) => `/api/v1/tariffs/${(f as Ids & { tariffId?: string }).tariffId}/end`,
    body: () => ({ validTo: '2026-12-31' }),
    // An open demo tariff to end (the allowed call ends it; a second call would be 409, also "allowed").
    setup: async (f) => {
      const { rows } = await t.database.db.execute<{ id: string }>(sql`SELECT id FROM tariffs
        WHERE municipality_code = ${GM} AND valid_to IS NULL ORDER BY valid_from, id LIMIT 1`);
      (f as Ids & { tariffId?: string }).tariffId = rows[0]?.id ?? '00000000-0000-4000-8000-000000000000';
    },
  },
  'PUT /api/v1/budgets': {
    allow: ['beleid'],
    path: () => '/api/v1/budgets',
    body: () => ({ municipality: GM, year: 2026, law: 'wmo', amountCents: 12_345_600 }),
  },
  'POST /api/v1/agreements': {
    allow: ['beleid'],
    path: () => '/api/v1/agreements',
    body: (f) => ({ municipality: GM, title: 'Matrix', year: 2027, parties: [f.commitmentOwnerId] }),
  },
  'POST /api/v1/agreements/:id/commitments': {
    allow: ['beleid'],
    path: (f) => `/api/v1/agreements/${f.agreementId}/commitments`,
    body: (f) => ({
      theme: 'Matrix',
      ownerOrganisationId: f.commitmentOwnerId,
      description: 'Een toezegging',
      indicatorCode: 'zaken-zonder-regisseur',
      measureKey: 'zonderRegisseur',
      target: 5,
      direction: 'maximaal',
    }),
  },
  'POST /api/v1/agreements/:id/phase': {
    allow: ['beleid'],
    path: (f) => `/api/v1/agreements/${f.agreementId}/phase`,
    body: () => ({ to: 'monitoring' }),
  },
  // A commitment of the gemeente: its staff (and the overseers) may comment; the corporation and the kredietbank
  // do not see it (404).
  // Figures are entered on a commitment of source partij by the owner's staff or beleid. The demo's gemeente
  // commitment is computed by Regie, so whoever passes the access check (the gemeente's staff) gets 400 for it; the
  // other parties 404. commitment-figures.db.test.ts enters real values (and an FG of another party gets 403).
  'POST /api/v1/agreements/:id/commitments/:commitmentId/figures': {
    allow: ['regisseur', 'wijkteam', 'intake', 'teamleider', 'beleid', 'fg', 'beheerder'],
    path: (f) => `/api/v1/agreements/${f.agreementId}/commitments/${f.commitmentId}/figures`,
    body: () => ({ period: '2026-10', value: 12, source: 'Matrix' }),
  },
  'POST /api/v1/agreements/:id/commitments/:commitmentId/comments': {
    allow: ['regisseur', 'wijkteam', 'intake', 'teamleider', 'beleid', 'fg', 'beheerder'],
    path: (f) => `/api/v1/agreements/${f.agreementId}/commitments/${f.commitmentId}/comments`,
    body: () => ({ body: 'Een reactie' }),
  },
  // Changing and letting lapse: beleid only (partner and kredietbank staff do not see the gemeente's commitment: 404;
  // the gemeente's own staff and the FG lack agreement.manage: 403). The demo agreement is in monitoring by now;
  // setup reinstates the commitment, so every allowed call changes a commitment that has not lapsed (200).
  'PATCH /api/v1/agreements/:id/commitments/:commitmentId': {
    allow: ['beleid'],
    path: (f) => `/api/v1/agreements/${f.agreementId}/commitments/${f.commitmentId}`,
    body: () => ({ target: ++matrixTarget, reason }),
    setup: (f) => reinstateCommitment(f.commitmentId),
  },
  'POST /api/v1/agreements/:id/commitments/:commitmentId/withdraw': {
    allow: ['beleid'],
    path: (f) => `/api/v1/agreements/${f.agreementId}/commitments/${f.commitmentId}/withdraw`,
    body: () => ({ reason }),
    setup: (f) => reinstateCommitment(f.commitmentId),
  },
  'POST /api/v1/auth/login': {
    allow: PUBLIC,
    path: () => '/api/v1/auth/login',
    body: () => ({ username: 'beleid', password: DEMO_PASSWORD }),
  },
  'POST /api/v1/auth/logout': { allow: USERS, path: () => '/api/v1/auth/logout' },
  'POST /api/v1/admin/api-keys': {
    allow: ['beheerder'],
    path: () => '/api/v1/admin/api-keys',
    body: (f) => ({ organisationId: f.partnerOrg, name: 'Matrix' }),
  },
  'DELETE /api/v1/admin/api-keys/:id': {
    allow: ['beheerder'],
    path: (f) => `/api/v1/admin/api-keys/${f.spareApiKeyId}`,
  },
  'POST /api/v1/households/:householdId/bijstandsbesluiten': {
    allow: ['regisseur'],
    path: (f) => `/api/v1/households/${f.householdId}/bijstandsbesluiten`,
    body: (f) => ({ personId: f.adultId, ingangsdatum: '2026-12-01', huishouden }),
  },
  'POST /api/v1/signals': {
    allow: SIGNAL_FILE,
    path: () => '/api/v1/signals',
    body: (f) => ({
      gemeente: GM,
      categorie: 'betalingsachterstand',
      urgentie: 'normaal',
      bewonerGeinformeerd: true,
      bewonerStemtIn: true,
      persoon: { bsn: f.bsn },
      bedrag: 500,
    }),
  },
  'POST /api/v1/signals/:id/oppakken': {
    allow: NOORD_SIGNALS,
    path: (f) => `/api/v1/signals/${f.signalId}/oppakken`,
  },
  'POST /api/v1/signal-cases/:zaakId/contactpogingen': {
    allow: NOORD_SIGNALS,
    path: (f) => `/api/v1/signal-cases/${f.zaakId}/contactpogingen`,
    body: () => ({ soort: 'Telefoon', bereikt: false, datum: today }),
  },
  'POST /api/v1/signal-cases/:zaakId/afsluiten': {
    allow: NOORD_SIGNALS,
    path: (f) => `/api/v1/signal-cases/${f.zaakId}/afsluiten`,
    body: () => ({ resultaat: 'Definitief geen contact kunnen krijgen' }),
  },
  'POST /api/v1/signal-reviews/:signalId/afwijzen': {
    allow: REVIEW,
    path: (f) => `/api/v1/signal-reviews/${f.reviewSignalId}/afwijzen`,
  },
  'POST /api/v1/signal-reviews/:signalId/ongedaan-maken': {
    allow: REVIEW,
    path: (f) => `/api/v1/signal-reviews/${f.reviewSignalId}/ongedaan-maken`,
  },
  'POST /api/v1/signal-reviews/:signalId/bevestigen': {
    allow: REVIEW,
    path: (f) => `/api/v1/signal-reviews/${f.reviewSignalId}/bevestigen`,
    body: (f) => ({ householdId: f.otherHouseholdId }),
  },
  'POST /api/v1/signal-imports': {
    allow: IMPORT,
    path: () => `/api/v1/signal-imports?gemeente=${GM}&bestandsnaam=matrix.csv&formaat=csv`,
    raw: { body: 'bsn;bedrag\n', contentType: 'text/csv' },
  },
  'POST /api/v1/routing-rules/preview': {
    allow: ROUTING,
    path: () => '/api/v1/routing-rules/preview',
    body: (f) => ({ gemeente: GM, regel: { naam: 'Matrix', prioriteit: 999, teamId: f.teamNoord } }),
  },
  'POST /api/v1/routing-rules': {
    allow: ROUTING,
    path: () => '/api/v1/routing-rules',
    body: (f) => ({
      gemeente: GM,
      naam: 'Matrix',
      prioriteit: 998,
      categorie: 'matrix-proef',
      teamId: f.teamNoord,
    }),
  },
  'PUT /api/v1/routing-rules/:id': {
    allow: ROUTING,
    path: (f) => `/api/v1/routing-rules/${f.routingRuleId}`,
    body: (f) => ({
      gemeente: GM,
      naam: 'Matrix',
      prioriteit: 997,
      categorie: 'matrix-proef',
      teamId: f.teamNoord,
    }),
  },
  'DELETE /api/v1/routing-rules/:id': {
    allow: ROUTING,
    path: (f) => `/api/v1/routing-rules/${f.routingRuleId}`,
  },
  'PUT /api/v1/signal-settings/:gemeente': {
    allow: ROUTING,
    path: () => `/api/v1/signal-settings/${GM}`,
    body: (f) => f.signalSettings,
  },
  'PUT /api/v1/case-settings/:gemeentecode': {
    allow: ROUTING,
    path: () => `/api/v1/case-settings/${GM}`,
    body: (f) => f.caseSettings,
  },
  'POST /api/v1/cases': {
    allow: CASE_TEAM,
    path: () => '/api/v1/cases',
    body: (f) => ({ householdId: f.householdId, teamId: f.teamNoord }),
  },
  'POST /api/v1/cases/:id/transitions': {
    allow: ['regisseur', 'teamleider'],
    path: (f) => `/api/v1/cases/${f.caseId}/transitions`,
    body: () => ({ to: 'aanmelding', reason }),
  },
  'POST /api/v1/cases/:id/regisseur/claim': {
    allow: ['regisseur'],
    path: (f) => `/api/v1/cases/${f.caseId}/regisseur/claim`,
  },
  'POST /api/v1/cases/:id/regisseur/assign': {
    allow: ['teamleider'],
    path: (f) => `/api/v1/cases/${f.caseId}/regisseur/assign`,
    body: (f) => ({ userId: f.users.regisseur, reason }),
  },
  'POST /api/v1/cases/:id/team-members': {
    allow: ['regisseur', 'teamleider'],
    path: (f) => `/api/v1/cases/${f.caseId}/team-members`,
    body: (f) => ({ userId: f.users.schuldhulp, role: 'schuldhulpverlener', law: 'wgs' }),
  },
  'POST /api/v1/cases/:id/team-members/:memberId/leave': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/team-members/${f.leaveMemberId}/leave`,
  },
  'PUT /api/v1/cases/:id/plan': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/plan`,
    body: (f) => ({ baseVersion: f.planVersion, content: f.planContent }),
  },
  'POST /api/v1/cases/:id/plan/agreement': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/plan/agreement`,
    body: (f) => ({ version: f.planVersion, agreedOn: today, how: 'mondeling' }),
  },
  'POST /api/v1/cases/:id/zrm': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/zrm`,
    body: (f) => ({ personId: f.adultId, assessedOn: today, scores: zrmScores }),
  },
  'POST /api/v1/cases/:id/provisions': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/provisions`,
    body: () => provisionBody,
  },
  'PUT /api/v1/cases/:id/provisions/:pid': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/provisions/${f.provisionId}`,
    body: () => provisionBody,
  },
  'POST /api/v1/cases/:caseId/deadlines': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/deadlines`,
    body: () => ({ kind: 'wmo_onderzoek', startedOn: '2026-11-02' }),
  },
  'POST /api/v1/cases/:caseId/deadlines/:deadlineId/suspensions': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/deadlines/${f.deadlineId}/suspensions`,
    body: () => ({ from: '2026-11-20', reason }),
  },
  'POST /api/v1/cases/:caseId/deadlines/:deadlineId/suspensions/end': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/deadlines/${f.deadlineId}/suspensions/end`,
    body: () => ({ to: '2026-11-22' }),
  },
  'POST /api/v1/cases/:caseId/deadlines/:deadlineId/extension': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/deadlines/${f.deadlineId}/extension`,
    body: () => ({ amount: 2, unit: 'weken', reason }),
  },
  'POST /api/v1/cases/:caseId/deadlines/:deadlineId/met': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/cases/${f.caseId}/deadlines/${f.deadlineId}/met`,
    body: () => ({ on: today }),
  },
  'POST /api/v1/persons/:personId/consents': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/persons/${f.personId}/consents`,
    body: (f) => ({
      purpose: 'integrale_regie',
      recipientOrganisationId: f.gemeenteOrg,
      givenOn: today,
      givenHow: 'schriftelijk',
    }),
  },
  'POST /api/v1/consents/:id/withdraw': {
    allow: CASE_TEAM,
    path: (f) => `/api/v1/consents/${f.consentId}/withdraw`,
    body: () => ({ withdrawnOn: today, withdrawnHow: 'schriftelijk' }),
  },
  'POST /api/v1/cases/:id/shares': {
    allow: ['regisseur', 'teamleider'],
    path: (f) => `/api/v1/cases/${f.caseId}/shares`,
    body: () => ({
      law: 'wgs',
      sharedWithLaw: null,
      basis: 'wettelijke_grondslag',
      legalBasis: 'Wgs art. 8d',
    }),
  },
  'POST /api/v1/cases/:id/shares/:shareId/end': {
    allow: ['regisseur', 'teamleider'],
    path: (f) => `/api/v1/cases/${f.caseId}/shares/${f.shareId}/end`,
  },
  'POST /api/v1/access-grants': {
    allow: CASE_WORK,
    path: () => '/api/v1/access-grants',
    body: (f) => ({ householdId: f.otherHouseholdId, reason, hours: 1 }),
  },
  'POST /api/v1/access-grants/:id/end': {
    allow: ['regisseur'],
    path: (f) => `/api/v1/access-grants/${f.grantId}/end`,
  },
  'POST /api/v1/access-grants/:id/review': {
    allow: ['fg'],
    path: (f) => `/api/v1/access-grants/${f.grantId}/review`,
    body: () => ({ outcome: 'gerechtvaardigd', note: 'Proef' }),
  },
  'POST /api/v1/notifications/:id/read': {
    allow: ['fg'],
    path: (f) => `/api/v1/notifications/${f.notificationId}/read`,
  },
  'PUT /api/v1/privacy/retention/:category': {
    allow: RETENTION,
    path: () => `/api/v1/privacy/retention/casus_afgesloten?gemeente=${GM}`,
    body: () => ({ months: 30 }),
  },
  'POST /api/v1/privacy/legal-holds': {
    allow: RETENTION,
    path: () => '/api/v1/privacy/legal-holds',
    body: (f) => ({ householdId: f.otherHouseholdId, reason }),
  },
  'POST /api/v1/privacy/legal-holds/:id/lift': {
    allow: RETENTION,
    path: (f) => `/api/v1/privacy/legal-holds/${f.holdId}/lift`,
    body: () => ({ reason }),
  },
  'POST /api/v1/cases/:id/regisseur/handover': {
    allow: ['regisseur', 'teamleider'],
    path: (f) => `/api/v1/cases/${f.caseId}/regisseur/handover`,
    body: (f) => ({ userId: f.users.regisseur2, reason }),
  },
  'POST /api/v1/cases/:id/regisseur/offers/:offerId/decline': {
    allow: ['regisseur'],
    path: (f) => `/api/v1/cases/${f.offerCaseId}/regisseur/offers/${f.offerId}/decline`,
    setup: reopenOffer,
    body: () => ({ reason }),
  },
  'POST /api/v1/cases/:id/regisseur/offers/:offerId/accept': {
    allow: ['regisseur'],
    path: (f) => `/api/v1/cases/${f.offerCaseId}/regisseur/offers/${f.offerId}/accept`,
    setup: reopenOffer,
    body: () => ({ reason }),
  },
  'POST /api/v1/cases/:id/regisseur/offers/:offerId/withdraw': {
    allow: ['teamleider'],
    path: (f) => `/api/v1/cases/${f.offerCaseId}/regisseur/offers/${f.offerId}/withdraw`,
    setup: reopenOffer,
    body: () => ({ reason }),
  },
};

let t: TestApp;

/** The demo handover (regisseur2 actief, regisseur aangeboden) as the seed made it, before each answer route. */
async function reopenOffer(f: Ids): Promise<void> {
  // Two statements: the partial unique indexes allow one 'actief' and one 'aangeboden' row at every moment.
  await t.database.pool.query(
    "UPDATE case_regisseurs SET status = 'aangeboden', ended_at = NULL, accepted_at = NULL WHERE id = $1",
    [f.offerId],
  );
  await t.database.pool.query(
    "UPDATE case_regisseurs SET status = 'actief', ended_at = NULL WHERE case_id = $1 AND user_id = $2",
    [f.offerCaseId, f.users.regisseur2],
  );
}
let ids: Ids;
const browsers = new Map<ActorName, Browser>();
let apiKey = '';
let mounted = new Set<string>();

/** A signed-in browser without the (slow) password check: a session made directly, as a sign-in makes it. */
async function sessionBrowser(username: string): Promise<Browser> {
  const [user] = (
    await t.database.pool.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username])
  ).rows;
  if (!user) throw new Error(`no demo user ${username}`);
  const { token, csrfToken } = await createSession(
    t.database.db,
    t.config,
    user.id,
    'password',
    t.clock.now(),
  );
  const b = new Browser(t);
  b.cookie = `regie_session=${token}`;
  b.csrf = csrfToken;
  return b;
}

const USERNAMES: Record<Exclude<ActorName, 'anonymous' | 'apiKey'>, string> = {
  regisseur: 'regisseur',
  wijkteam: 'wijkteam',
  intake: 'intake',
  schuldhulp: 'schuldhulp',
  partner: 'partner',
  teamleider: 'teamleider',
  beleid: 'beleid',
  fg: 'fg',
  beheerder: 'beheerder',
};

async function call(actor: ActorName, method: string, spec: Spec): Promise<Response> {
  const path = spec.path(ids);
  const init: RequestInit & { json?: unknown } = { method };
  if (spec.raw) {
    init.body = spec.raw.body;
    init.headers = { 'content-type': spec.raw.contentType };
  } else if (spec.body) init.json = spec.body(ids);
  else if (method !== 'GET') init.json = {};
  if (actor === 'apiKey') {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${apiKey}`);
    return t.request(path, { ...init, headers });
  }
  if (actor === 'anonymous') return new Browser(t).fetch(path, init);
  // Signing out or in would end or replace the actor's own session: those calls get a session of their own.
  if (path.startsWith('/api/v1/auth/log')) return (await sessionBrowser(USERNAMES[actor])).fetch(path, init);
  const b = browsers.get(actor);
  if (!b) throw new Error(`no browser for ${actor}`);
  return b.fetch(path, init);
}

async function json(res: Response): Promise<Record<string, unknown>> {
  return (await res.json()) as Record<string, unknown>;
}

before(async () => {
  t = await createTestApp();
  for (const [actor, username] of Object.entries(USERNAMES))
    browsers.set(actor as ActorName, await sessionBrowser(username));
  const fixture = await loadFixture(t);
  const admin = browsers.get('beheerder') as Browser;
  const regisseur = browsers.get('regisseur') as Browser;
  const fg = browsers.get('fg') as Browser;
  const keyRes = await admin.fetch('/api/v1/admin/api-keys', {
    method: 'POST',
    json: { organisationId: fixture.partnerOrg, name: 'Matrix partner' },
  });
  apiKey = String((await json(keyRes)).key);
  const spare = await admin.fetch('/api/v1/admin/api-keys', {
    method: 'POST',
    json: { organisationId: fixture.partnerOrg, name: 'Matrix reserve' },
  });
  fixture.spareApiKeyId = String((await json(spare)).id);
  const q = async <T>(text: string, params: unknown[] = []) =>
    (await t.database.pool.query(text, params)).rows as T[];
  const [other] = await q<{ id: string }>(
    `SELECT h.id FROM households h WHERE h.municipality_code = 'GM9901' AND h.id <> $1
       AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.household_id = h.id) ORDER BY h.id LIMIT 1`,
    [fixture.householdId],
  );
  const [bsnRow] = await q<{ bsn: string }>('SELECT bsn FROM persons WHERE id = $1', [fixture.personId]);
  // A case team member who can leave without changing who may see the main case (regisseur2 is no actor here).
  const [leave] = await q<{ id: string }>(
    `INSERT INTO case_team_members (case_id, user_id, organisation_id, role, law, joined_on)
     SELECT $1, u.id, u.organisation_id, 'consulent', 'wmo', '2026-11-01' FROM users u WHERE u.username = 'regisseur2'
     RETURNING id`,
    [fixture.caseId],
  );
  let deadlineId = fixture.deadlineId;
  if (!deadlineId) {
    const res = await regisseur.fetch(`/api/v1/cases/${fixture.caseId}/deadlines`, {
      method: 'POST',
      json: { kind: 'wgs_besluit', startedOn: '2026-11-02' },
    });
    deadlineId = String((await json(res)).id);
  }
  const plan = await json(await regisseur.fetch(`/api/v1/cases/${fixture.caseId}/plan`));
  const signalSettings = await json(await admin.fetch(`/api/v1/signal-settings/${GM}`));
  const caseSettings = await json(await admin.fetch(`/api/v1/case-settings/${GM}`));
  const consent = await json(
    await regisseur.fetch(`/api/v1/persons/${fixture.personId}/consents`, {
      method: 'POST',
      json: {
        purpose: 'integrale_regie',
        recipientOrganisationId: fixture.gemeenteOrg,
        givenOn: today,
        givenHow: 'mondeling',
      },
    }),
  );
  const share = await json(
    await regisseur.fetch(`/api/v1/cases/${fixture.caseId}/shares`, {
      method: 'POST',
      json: {
        law: 'wmo',
        sharedWithLaw: 'wgs',
        basis: 'wettelijke_grondslag',
        legalBasis: 'Wmo 2015 art. 5.2.1',
      },
    }),
  );
  const grant = await json(
    await regisseur.fetch('/api/v1/access-grants', {
      method: 'POST',
      json: { householdId: other?.id, reason, hours: 2 },
    }),
  );
  const notifications = await json(await fg.fetch('/api/v1/notifications'));
  const hold = await json(
    await fg.fetch('/api/v1/privacy/legal-holds', {
      method: 'POST',
      json: { householdId: other?.id, reason },
    }),
  );
  const items = (notifications.items as { id: string }[] | undefined) ?? [];
  ids = {
    ...fixture,
    deadlineId,
    planContent: (plan as { content?: unknown }).content,
    signalSettings: (signalSettings as { settings?: unknown }).settings ?? signalSettings,
    caseSettings: (caseSettings as { settings?: unknown }).settings ?? caseSettings,
    consentId: String(consent.id),
    shareId: String(share.id),
    grantId: String(grant.id),
    otherHouseholdId: other?.id ?? '',
    notificationId: items[0]?.id ?? '00000000-0000-4000-8000-000000000000',
    holdId: String(hold.id),
    leaveMemberId: leave?.id ?? '',
    bsn: bsnRow?.bsn ?? '',
    ...(await agreementIds()),
  };
  mounted = new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
});

/** A new target for every call, so each allowed change is a change (the same target again is refused). */
let matrixTarget = 1000;

/** The matrix's commitment as if it never lapsed, so the change and withdraw routes can act on it again. */
async function reinstateCommitment(commitmentId: string) {
  await t.database.db.execute(
    sql`UPDATE commitments SET withdrawn_on = NULL, withdrawn_reason = NULL WHERE id = ${commitmentId}`,
  );
}

async function agreementIds() {
  const { rows } = await t.database.db.execute<{ agreement: string; commitment: string; owner: string }>(
    sql`SELECT c.agreement_id AS agreement, c.id AS commitment, c.owner_organisation_id AS owner
      FROM commitments c JOIN organisations o ON o.id = c.owner_organisation_id
      WHERE o.name = 'Gemeente Regiedam' ORDER BY c.created_at, c.id LIMIT 1`,
  );
  const row = rows[0]!;
  return { agreementId: row.agreement, commitmentId: row.commitment, commitmentOwnerId: row.owner };
}

after(async () => {
  await t?.close();
});

test('every route of the app is in the authorisation matrix', () => {
  const missing = [...mounted].filter((r) => !(r in MATRIX)).sort();
  assert.deepEqual(
    missing,
    [],
    `routes without an entry in MATRIX (add them with the roles that may call them):\n${missing.join('\n')}`,
  );
});

describe('every route × every role', () => {
  for (const [route, spec] of Object.entries(MATRIX)) {
    const [method = 'GET'] = route.split(' ');
    test(route, async (ctx) => {
      if (!mounted.has(route)) {
        ctx.todo(`route not mounted yet: ${route}`);
        return;
      }
      const denied = ACTORS.filter((a) => !spec.allow.includes(a));
      const failures: string[] = [];
      await spec.setup?.(ids);
      const before = await fingerprint(t);
      for (const actor of denied) {
        const res = await call(actor, method, spec);
        if (![401, 403, 404].includes(res.status))
          failures.push(
            `${actor}: expected denied (401/403/404), got ${res.status} ${(await res.text()).slice(0, 160)}`,
          );
      }
      const changed = fingerprintDiff(before, await fingerprint(t));
      if (changed.length > 0) failures.push(`denied calls changed tables: ${changed.join(', ')}`);
      for (const actor of spec.allow) {
        await spec.setup?.(ids);
        const res = await call(actor, method, spec);
        const ok =
          method === 'GET'
            ? res.status === 200 || (spec.okStatuses ?? []).includes(res.status)
            : res.status < 500 && ![401, 403, 404].includes(res.status);
        if (!ok)
          failures.push(`${actor}: expected allowed, got ${res.status} ${(await res.text()).slice(0, 160)}`);
      }
      // Work an allowed call left running (an upload's import job) must end here, or its writes would show up in
      // the next route's fingerprint as a change by a denied call.
      await settleImportJobs();
      assert.deepEqual(failures, [], `${route}\n${failures.join('\n')}`);
    });
  }
});
