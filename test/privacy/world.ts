import fc from 'fast-check';
import { ROLES, type Role } from '../../src/shared/roles.ts';

/**
 * A generated "world": one fresh municipality with organisations, teams, users, households, signals, cases, case
 * teams, provisions, deadlines, consents, data shares and break-the-glass grants. Everything refers to other parts
 * by index (not by id), so fast-check can shrink it and a failure prints a world a person can read. `normalizeWorld`
 * repairs what the database forbids (two open cases of one household, two active regisseurs, ...), so every
 * generated world can be inserted.
 */

export const LAWS = ['wmo', 'jeugdwet', 'participatiewet', 'wgs', 'overig'] as const;
export type Law = (typeof LAWS)[number];
export const PHASES = [
  'aanmelding',
  'veiligheidscheck',
  'startgesprek',
  'plan',
  'uitvoering',
  'evaluatie',
  'afgesloten',
] as const;
export type Phase = (typeof PHASES)[number];
export const REGISSEUR_STATUSES = ['aangeboden', 'actief', 'beeindigd', 'geweigerd', 'ingetrokken'] as const;
export type RegisseurStatus = (typeof REGISSEUR_STATUSES)[number];
export const LEFT_ON = ['past', 'today', 'future', 'none'] as const;
export type LeftOn = (typeof LEFT_ON)[number];
export const GRANT_STATES = ['active', 'expired', 'ended', 'future'] as const;
export type GrantState = (typeof GRANT_STATES)[number];
export const DEADLINE_KINDS = [
  'wgs_eerste_gesprek',
  'wgs_besluit',
  'wmo_onderzoek',
  'wmo_beschikking',
  'awb_beslistermijn',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const ORG_KINDS = ['gemeente', 'woningcorporatie', 'zorgaanbieder', 'schuldhulpverlening'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const TEAM_KINDS = ['wijkteam', 'loket', 'schuldhulp', 'overig'] as const;

/** Roles that combine with each other on one account (a partner or FG account has exactly one role). */
const PROFESSIONAL: readonly Role[] = [
  'regisseur',
  'wijkteam_professional',
  'intake',
  'schuldhulpverlener',
  'teamleider',
];

export type WorldUser = {
  /** An account that was deactivated: its sessions stop working, whatever its roles. */
  active: boolean;
  org: number;
  roles: Role[];
  teams: { team: number; isLeader: boolean }[];
};
export type WorldSignal = {
  household: number | null; // null: not matched (geen_match) or waiting for review (te_beoordelen)
  team: number | null;
  partnerOrg: number | null;
  pickedUp: boolean;
  review: boolean; // te_beoordelen with the household as candidate (household then is the candidate, not the match)
  /**
   * A household that was a candidate when a reviewer decided (confirmed another household, or rejected them all):
   * the product keeps the candidates in signals.match so the decision can be undone and explained.
   */
  keptCandidate: number | null;
};
export type WorldCase = {
  household: number;
  team: number;
  phase: Phase;
  regisseurs: { user: number; status: RegisseurStatus }[];
  members: { user: number; law: Law | null; leftOn: LeftOn }[];
  provisions: { law: Law; person: boolean }[];
  deadlines: DeadlineKind[];
  zrm: boolean;
  shares: {
    law: Law;
    sharedWithLaw: Law | null;
    consent: number | null; // index into consents; null = wettelijke grondslag
    ended: boolean;
  }[];
};
export type WorldConsent = { household: number; member: number; recipientOrg: number; withdrawn: boolean };
export type World = {
  orgs: OrgKind[];
  teams: { org: number; kind: (typeof TEAM_KINDS)[number]; wijken: number[] }[];
  users: WorldUser[];
  households: { wijk: number; members: number }[];
  signals: WorldSignal[];
  cases: WorldCase[];
  /** Provisions outside any case (e.g. bijstand recorded before the plan). */
  looseProvisions: { household: number; law: Law }[];
  consents: WorldConsent[];
  grants: { user: number; household: number; state: GrantState }[];
};

/** Who asks, and what: the property calls `route` as `actor` with the target picked by index. */
export const PROBE_ROUTES = [
  'households.list',
  'households.search',
  'households.detail',
  'households.overview',
  'households.bijstand',
  'cases.list',
  'cases.listClosed',
  'cases.mine',
  'cases.detail',
  'cases.provisions',
  'cases.plan',
  'cases.planVersions',
  'cases.zrm',
  'cases.deadlines',
  'cases.consents',
  'cases.planPdf',
  'caseload',
  'board',
  'signals.worklist',
  'signals.detail',
  'signals.mine',
  'reviews',
  'privacy.consents',
  'privacy.shares',
  'privacy.grantsMine',
  'privacy.grantsReview',
  'privacy.inzage',
  'privacy.inzagePdf',
  'audit',
  'reports.population',
  'reports.impact',
] as const;
export type ProbeRoute = (typeof PROBE_ROUTES)[number];
export type Probe = {
  actor: number | 'apiKey';
  route: ProbeRoute;
  target: number;
  /** Ask about an object of another (earlier) world instead: cross-world leaks. */
  foreign: boolean;
  /** Ask about an object near the actor (see `nearby`), so detail routes also reach their allowed path. */
  near: boolean;
};

/**
 * The objects a user is connected to in the world's structure, whatever the access rules say about them: cases
 * where they are named (regisseur or member, any status) or of one of their teams, those cases' households,
 * households with a signal on one of their teams or a grant of theirs, and the signals of their teams and of those
 * households. Only used to aim requests; the oracle judges the answers.
 */
export function nearby(w: World, user: number): { cases: number[]; households: number[]; signals: number[] } {
  const u = w.users[user];
  const teams = new Set((u?.teams ?? []).map((m) => m.team));
  const cases = w.cases.flatMap((c, ci) =>
    teams.has(c.team) || c.regisseurs.some((r) => r.user === user) || c.members.some((m) => m.user === user)
      ? [ci]
      : [],
  );
  const households = new Set<number>(cases.map((ci) => w.cases[ci]?.household ?? 0));
  for (const s of w.signals)
    if (s.household !== null && s.team !== null && teams.has(s.team)) households.add(s.household);
  for (const g of w.grants) if (g.user === user) households.add(g.household);
  const signals = w.signals.flatMap((s, si) =>
    (s.team !== null && teams.has(s.team)) || (s.household !== null && households.has(s.household))
      ? [si]
      : [],
  );
  return { cases, households: [...households].sort((a, b) => a - b), signals };
}

const WIJKEN = 2;

function roleSet(): fc.Arbitrary<Role[]> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ROLES).map((r) => [r]) },
    {
      weight: 1,
      arbitrary: fc
        .uniqueArray(fc.constantFrom(...PROFESSIONAL), { minLength: 2, maxLength: 2 })
        .map((r) => [...r].sort()),
    },
  );
}

const nat = (max: number) => fc.nat({ max });

export const worldArb: fc.Arbitrary<World> = fc
  .record({
    orgCount: fc.integer({ min: 1, max: 3 }),
    teamCount: fc.integer({ min: 1, max: 3 }),
    userCount: fc.integer({ min: 1, max: 6 }),
    householdCount: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ orgCount, teamCount, userCount, householdCount }) => {
    const org = nat(orgCount - 1);
    const team = nat(teamCount - 1);
    const user = nat(userCount - 1);
    const household = nat(householdCount - 1);
    const law = fc.constantFrom(...LAWS);
    const caseArb = fc.record({
      household,
      team,
      phase: fc.constantFrom(...PHASES),
      regisseurs: fc.array(fc.record({ user, status: fc.constantFrom(...REGISSEUR_STATUSES) }), {
        maxLength: 2,
      }),
      members: fc.array(
        fc.record({ user, law: fc.option(law, { nil: null }), leftOn: fc.constantFrom(...LEFT_ON) }),
        { maxLength: 3 },
      ),
      provisions: fc.array(fc.record({ law, person: fc.boolean() }), { maxLength: 3 }),
      deadlines: fc.array(fc.constantFrom(...DEADLINE_KINDS), { maxLength: 2 }),
      zrm: fc.boolean(),
      shares: fc.array(
        fc.record({
          law,
          sharedWithLaw: fc.option(law, { nil: null }),
          consent: fc.option(nat(3), { nil: null }),
          ended: fc.boolean(),
        }),
        { maxLength: 2 },
      ),
    });
    return fc.record({
      orgs: fc
        .array(fc.constantFrom(...ORG_KINDS), { minLength: orgCount - 1, maxLength: orgCount - 1 })
        .map((rest): OrgKind[] => ['gemeente', ...rest]),
      teams: fc.array(
        fc.record({
          org,
          kind: fc.constantFrom(...TEAM_KINDS),
          wijken: fc.uniqueArray(nat(WIJKEN - 1), { maxLength: WIJKEN }),
        }),
        { minLength: teamCount, maxLength: teamCount },
      ),
      users: fc.array(
        fc.record({
          active: fc.nat({ max: 9 }).map((n) => n !== 0),
          org,
          roles: roleSet(),
          teams: fc.uniqueArray(fc.record({ team, isLeader: fc.boolean() }), {
            maxLength: 2,
            selector: (m) => m.team,
          }),
        }),
        { minLength: userCount, maxLength: userCount },
      ),
      households: fc.array(fc.record({ wijk: nat(WIJKEN - 1), members: fc.integer({ min: 1, max: 3 }) }), {
        minLength: householdCount,
        maxLength: householdCount,
      }),
      signals: fc.array(
        fc.record({
          household: fc.option(household, { nil: null }),
          team: fc.option(team, { nil: null }),
          partnerOrg: fc.option(org, { nil: null }),
          pickedUp: fc.boolean(),
          review: fc.boolean(),
          keptCandidate: fc.option(household, { nil: null, freq: 3 }),
        }),
        { maxLength: 4 },
      ),
      cases: fc.array(caseArb, { maxLength: 3 }),
      looseProvisions: fc.array(fc.record({ household, law }), { maxLength: 2 }),
      consents: fc.array(
        fc.record({ household, member: nat(2), recipientOrg: org, withdrawn: fc.boolean() }),
        { maxLength: 3 },
      ),
      grants: fc.array(fc.record({ user, household, state: fc.constantFrom(...GRANT_STATES) }), {
        maxLength: 2,
      }),
    });
  })
  .map(normalizeWorld);

/**
 * Repairs what the schema forbids, deterministically (so shrinking stays stable): one open case per household
 * (later ones are closed), one 'actief' and one 'aangeboden' regisseur per case, one open membership per user and
 * case, member indexes within the household, a share's consent is of the case's household; and what the product never
 * produces (a signal waiting for review on a worklist).
 */
export function normalizeWorld(w: World): World {
  const openCaseOf = new Set<number>();
  const cases = w.cases.map((c) => {
    let phase = c.phase;
    if (phase !== 'afgesloten') {
      if (openCaseOf.has(c.household)) phase = 'afgesloten';
      else openCaseOf.add(c.household);
    }
    const seenStatus = new Set<RegisseurStatus>();
    const regisseurs = c.regisseurs.map((r) => {
      if (r.status !== 'actief' && r.status !== 'aangeboden') return r;
      if (seenStatus.has(r.status)) return { ...r, status: 'beeindigd' as const };
      seenStatus.add(r.status);
      return r;
    });
    const openMember = new Set<number>();
    const members = c.members.map((m) => {
      if (m.leftOn !== 'none') return m;
      if (openMember.has(m.user)) return { ...m, leftOn: 'past' as const };
      openMember.add(m.user);
      return m;
    });
    // A share rests on a consent of someone of the case's household (shares.service.ts consentUsable): the
    // generated index picks one of that household's consents, or none.
    const ownConsents = w.consents.flatMap((k, ki) => (k.household === c.household ? [ki] : []));
    const shares = c.shares.map((s) =>
      s.consent === null
        ? s
        : { ...s, consent: ownConsents[s.consent % Math.max(ownConsents.length, 1)] ?? null },
    );
    return { ...c, phase, regisseurs, members, shares };
  });
  const consents = w.consents.map((k) => ({
    ...k,
    member: Math.min(k.member, (w.households[k.household]?.members ?? 1) - 1),
  }));
  // A signal waiting for review is matched to no household, so it is neither routed nor picked up (the pipeline
  // routes only 'gematcht' and 'geen_match'; undoing a decision clears the team).
  const signals = w.signals.map((s) => {
    if (s.household === null) return { ...s, review: false };
    if (s.review) return { ...s, team: null, pickedUp: false, keptCandidate: null };
    return s;
  });
  return { ...w, cases, consents, signals };
}

/**
 * A few requests per world. Most come from users who work with households or the FG (they can receive the most, so
 * the most that they should not); every role still asks, and now and then the partner API key.
 */
export const probesArb = (w: World): fc.Arbitrary<Probe[]> => {
  const professionals = w.users.flatMap((u, i) =>
    u.roles.some((r) => PROFESSIONAL.includes(r) || r === 'fg') ? [i] : [],
  );
  const anyUser = fc.nat({ max: w.users.length - 1 });
  const actor: fc.Arbitrary<number | 'apiKey'> = fc.oneof(
    {
      weight: professionals.length > 0 ? 6 : 0,
      arbitrary: fc.constantFrom(...(professionals.length > 0 ? professionals : [0])),
    },
    { weight: 3, arbitrary: anyUser },
    { weight: 1, arbitrary: fc.constant('apiKey' as const) },
  );
  return fc.array(
    fc.record({
      actor,
      route: fc.constantFrom(...PROBE_ROUTES),
      target: fc.nat({ max: 7 }),
      foreign: fc.nat({ max: 4 }).map((n) => n === 0),
      near: fc.boolean(),
    }),
    { minLength: 4, maxLength: 12 },
  );
};
