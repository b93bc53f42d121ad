import { randomUUID } from 'node:crypto';
import { tokenHash } from '../../src/server/features/auth/tokens.ts';
import { testRangeBsns } from '../../src/server/lib/bsn.ts';
import type { World } from './world.ts';

/**
 * Turns a generated world into rows: fresh ids, its own municipality code, areas, organisations and users, so
 * worlds never interfere and an id of another world in a response is caught as a cross-world leak. The rows go in
 * as one multi-statement SQL text (one round trip per world). `registry` maps every personal id and BSN to its
 * world and readable reference ("household:2").
 */

export const NOW = new Date('2026-11-23T09:00:00.000Z');
export const TODAY = '2026-11-23';
const LEFT_ON_DATE = { past: '2026-11-01', today: TODAY, future: '2026-12-15', none: null } as const;
const HOUR = 3_600_000;

export type Materialized = {
  index: number;
  municipality: string;
  /** reference → id (or BSN for person/signal BSNs). */
  ids: Map<string, string>;
  orgIds: string[];
  teamIds: string[];
  userIds: string[];
  apiKey: string;
  apiKeyOrg: number;
  bsnOf: (h: number, m: number) => string;
  sql: string;
};

export type Registered = { world: number; ref: string };
/** Every personal id and BSN inserted by any world of this test file. */
export const registry = new Map<string, Registered>();

let worldCounter = 0;
let bsnCounter = 0;

function lit(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return `'${v.toISOString()}'`;
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return `'${s.replace(/'/g, "''")}'`;
}

class Batch {
  private readonly statements: string[] = [];
  add(table: string, columns: string[], rows: unknown[][]) {
    if (rows.length === 0) return;
    const values = rows.map((r) => `(${r.map(lit).join(', ')})`).join(',\n  ');
    this.statements.push(`INSERT INTO ${table} (${columns.join(', ')}) VALUES\n  ${values};`);
  }
  text() {
    return this.statements.join('\n');
  }
}

export function materialize(w: World, secret: string): Materialized {
  const index = ++worldCounter;
  // GM1001.. : four digits, so wijk codes (WK + 6 digits) stay valid; the demo's GM9901/GM9902 are never reached.
  const number = 1000 + index;
  if (number >= 9900)
    throw new Error('too many worlds for one database (max 8899): lower REGIE_PROPERTY_RUNS');
  const muni = `GM${number}`;
  const ids = new Map<string, string>();
  const id = (ref: string) => {
    const value = randomUUID();
    ids.set(ref, value);
    registry.set(value, { world: index, ref });
    return value;
  };
  const bsns = testRangeBsns();
  const nextBsn = () => {
    const bsn = bsns[bsnCounter++ % bsns.length] as string;
    return bsn;
  };
  const b = new Batch();
  const wijk = (i: number) => `WK${number}${String(i + 1).padStart(2, '0')}`;

  b.add('municipalities', ['code', 'name'], [[muni, `Proefgemeente ${number}`]]);
  b.add(
    'areas',
    ['code', 'kind', 'name', 'municipality_code'],
    [0, 1].map((i) => [wijk(i), 'wijk', `Wijk ${i + 1}`, muni]),
  );
  const orgIds = w.orgs.map(() => randomUUID());
  b.add(
    'organisations',
    ['id', 'kind', 'name', 'created_at'],
    w.orgs.map((k, i) => [orgIds[i], k, `Organisatie ${index}.${i}`, NOW]),
  );
  b.add(
    'organisation_municipalities',
    ['organisation_id', 'municipality_code'],
    orgIds.map((o) => [o, muni]),
  );
  const teamIds = w.teams.map(() => randomUUID());
  b.add(
    'teams',
    ['id', 'organisation_id', 'name', 'kind'],
    w.teams.map((t, i) => [teamIds[i], orgIds[t.org], `Team ${index}.${i}`, t.kind]),
  );
  b.add(
    'team_municipalities',
    ['team_id', 'municipality_code'],
    teamIds.map((t) => [t, muni]),
  );
  b.add(
    'team_areas',
    ['team_id', 'area_code', 'municipality_code'],
    w.teams.flatMap((t, i) => t.wijken.map((k) => [teamIds[i], wijk(k), muni])),
  );
  const userIds = w.users.map(() => randomUUID());
  b.add(
    'users',
    ['id', 'username', 'display_name', 'organisation_id', 'active', 'created_at'],
    w.users.map((u, i) => [
      userIds[i],
      `proof-${index}-${i}`,
      `Medewerker ${index}.${i}`,
      orgIds[u.org],
      u.active,
      NOW,
    ]),
  );
  b.add(
    'user_roles',
    ['user_id', 'role'],
    w.users.flatMap((u, i) => u.roles.map((r) => [userIds[i], r])),
  );
  b.add(
    'team_members',
    ['team_id', 'user_id', 'is_leader'],
    w.users.flatMap((u, i) => u.teams.map((m) => [teamIds[m.team], userIds[i], m.isLeader])),
  );

  // Households, their addresses and members.
  const personBsn: string[][] = [];
  const addressRows: unknown[][] = [];
  const personRows: unknown[][] = [];
  const householdRows: unknown[][] = [];
  const memberRows: unknown[][] = [];
  w.households.forEach((hh, h) => {
    const addressId = randomUUID();
    const householdId = id(`household:${h}`);
    const postcode = `${number}${String.fromCharCode(65 + h)}A`;
    addressRows.push([addressId, muni, 'Proefstraat', h + 1, postcode, 'Proefdorp', wijk(hh.wijk)]);
    householdRows.push([householdId, muni, addressId, '2020-01-01']);
    personBsn[h] = [];
    for (let m = 0; m < hh.members; m++) {
      const personId = id(`person:${h}.${m}`);
      const bsn = nextBsn();
      registry.set(bsn, { world: index, ref: `person:${h}.${m}` });
      (personBsn[h] as string[]).push(bsn);
      const born = m < 2 ? `198${m}-04-0${m + 1}` : '2015-05-05';
      personRows.push([personId, muni, bsn, `Voornaam${m}`, `Proef${index}x${h}`, born]);
      memberRows.push([
        randomUUID(),
        muni,
        householdId,
        personId,
        ['hoofd', 'partner', 'kind'][m],
        '2020-01-01',
      ]);
    }
  });
  const personId = (h: number, m: number) => ids.get(`person:${h}.${m}`) ?? null;
  b.add(
    'addresses',
    ['id', 'municipality_code', 'straat', 'huisnummer', 'postcode', 'woonplaats', 'wijk_code'],
    addressRows,
  );
  b.add('households', ['id', 'municipality_code', 'address_id', 'started_on'], householdRows);
  b.add(
    'persons',
    ['id', 'municipality_code', 'bsn', 'voornamen', 'geslachtsnaam', 'geboortedatum'],
    personRows,
  );
  b.add(
    'household_members',
    ['id', 'municipality_code', 'household_id', 'person_id', 'relation', 'from_date'],
    memberRows,
  );

  // Cases and everything of a case.
  const caseRows: unknown[][] = [];
  const regisseurRows: unknown[][] = [];
  const memberRowsCase: unknown[][] = [];
  const provisionRows: unknown[][] = [];
  const deadlineRows: unknown[][] = [];
  const zrmRows: unknown[][] = [];
  const shareRows: unknown[][] = [];
  const provisionRow = (ref: string, h: number, law: string, caseId: string | null, forPerson: boolean) => {
    const bijstand = law === 'participatiewet';
    provisionRows.push([
      id(ref),
      muni,
      ids.get(`household:${h}`),
      forPerson ? personId(h, 0) : null,
      law,
      bijstand ? 'algemene-bijstand' : `product-${law}`,
      '2026-03-01',
      'toegekend',
      bijstand ? '2026-02-20' : null,
      bijstand ? 'art. 21 onderdeel b Participatiewet' : null,
      bijstand ? 120000 : null,
      bijstand ? {} : null,
      caseId,
      law === 'overig' ? 'Zvw wijkverpleging' : null,
      NOW,
    ]);
  };
  // Consents first: shares refer to them.
  const consentRows = w.consents.map((k, i) => [
    id(`consent:${i}`),
    muni,
    personId(k.household, k.member),
    'integrale_regie',
    orgIds[k.recipientOrg],
    '2026-09-01',
    'schriftelijk',
    NOW,
    k.withdrawn ? '2026-11-01' : null,
    k.withdrawn ? 'schriftelijk' : null,
    k.withdrawn ? new Date(NOW.getTime() - 24 * HOUR) : null,
  ]);
  w.cases.forEach((c, ci) => {
    const caseId = id(`case:${ci}`);
    const closed = c.phase === 'afgesloten';
    caseRows.push([
      caseId,
      muni,
      ids.get(`household:${c.household}`),
      teamIds[c.team],
      c.phase,
      1,
      '2026-01-10',
      closed ? '2026-06-01' : null,
    ]);
    c.regisseurs.forEach((r, i) => {
      regisseurRows.push([id(`regisseur:${ci}.${i}`), caseId, userIds[r.user], r.status, NOW, NOW]);
    });
    c.members.forEach((m, i) => {
      memberRowsCase.push([
        id(`member:${ci}.${i}`),
        caseId,
        userIds[m.user],
        orgIds[w.users[m.user]?.org ?? 0],
        'consulent',
        m.law,
        '2026-02-01',
        LEFT_ON_DATE[m.leftOn],
      ]);
    });
    c.provisions.forEach((p, i) => {
      provisionRow(`provision:${ci}.${i}`, c.household, p.law, caseId, p.person);
    });
    c.deadlines.forEach((k, i) => {
      deadlineRows.push([
        id(`deadline:${ci}.${i}`),
        caseId,
        muni,
        k,
        '2026-11-01',
        '2026-12-01',
        { rule: 'Proefregel', amount: 30, unit: 'dagen', explanation: 'Proef', threatening: false },
      ]);
    });
    if (c.zrm) {
      zrmRows.push([id(`zrm:${ci}`), caseId, personId(c.household, 0), '2026-10-01', { financien: 3 }, NOW]);
    }
    c.shares.forEach((s, i) => {
      const consentId = s.consent === null ? null : ids.get(`consent:${s.consent}`);
      shareRows.push([
        id(`share:${ci}.${i}`),
        caseId,
        s.law,
        s.sharedWithLaw,
        consentId ? 'toestemming' : 'wettelijke_grondslag',
        consentId ? null : 'Wgs art. 8d',
        consentId,
        NOW,
        s.ended ? NOW : null,
      ]);
    });
  });
  w.looseProvisions.forEach((p, i) => {
    provisionRow(`loose:${i}`, p.household, p.law, null, true);
  });

  // Signals (a picked-up one has its vroegsignaalzaak, part of the household's open case if there is one).
  const signalRows: unknown[][] = [];
  const signalCaseRows: unknown[][] = [];
  w.signals.forEach((s, si) => {
    const signalId = id(`signal:${si}`);
    const matched = s.household !== null && !s.review;
    const pickedUp = matched && s.pickedUp && s.team !== null;
    let caseId: string | null = null;
    if (pickedUp && s.household !== null) {
      caseId = id(`signalCase:${si}`);
      const openCase = w.cases.findIndex((c) => c.household === s.household && c.phase !== 'afgesloten');
      signalCaseRows.push([
        caseId,
        muni,
        ids.get(`household:${s.household}`),
        'vroegsignaalzaak',
        teamIds[s.team as number],
        '2026-11-02',
        '2026-11-03',
        openCase >= 0 ? ids.get(`case:${openCase}`) : null,
      ]);
    }
    let bsn: string;
    if (s.household !== null && !s.review) bsn = personBsnOf(personBsn, s.household, 0);
    else {
      bsn = nextBsn();
      registry.set(bsn, { world: index, ref: `signalBsn:${si}` });
      ids.set(`signalBsn:${si}`, bsn);
    }
    const candidateOf = (hh: number) => ({
      householdId: ids.get(`household:${hh}`),
      personId: personId(hh, 0),
      score: 0.7,
      fields: ['postcode', 'huisnummer'],
    });
    let candidate: unknown = null;
    if (s.review && s.household !== null)
      candidate = { method: 'adres', fields: ['adres'], score: 0.7, candidates: [candidateOf(s.household)] };
    else if (s.keptCandidate !== null)
      // A reviewer's decision keeps every candidate: the chosen household (when confirmed) and the others.
      candidate = matched
        ? {
            method: 'handmatig',
            fields: ['postcode', 'huisnummer'],
            score: 0.7,
            candidates: [candidateOf(s.household as number), candidateOf(s.keptCandidate)],
          }
        : { method: 'handmatig', fields: [], score: 0, candidates: [candidateOf(s.keptCandidate)] };
    else if (matched) candidate = { method: 'bsn', fields: ['bsn'], score: 1 };
    signalRows.push([
      signalId,
      muni,
      'vroegsignaal',
      'api',
      `proof:${signalId}`,
      s.partnerOrg === null ? null : orgIds[s.partnerOrg],
      'betalingsachterstand',
      '2026-11-01',
      new Date(NOW.getTime() - 48 * HOUR),
      bsn,
      pickedUp ? 'Opgepakt' : 'Nog niet opgepakt',
      s.review ? 'te_beoordelen' : matched ? 'gematcht' : 'geen_match',
      matched ? personId(s.household as number, 0) : null,
      matched ? ids.get(`household:${s.household}`) : null,
      candidate,
      s.team === null ? null : teamIds[s.team],
      '2026-11-27',
      caseId,
    ]);
  });

  b.add(
    'cases',
    [
      'id',
      'municipality_code',
      'household_id',
      'team_id',
      'phase',
      'lifecycle_version',
      'opened_on',
      'closed_on',
    ],
    caseRows,
  );
  b.add(
    'case_regisseurs',
    ['id', 'case_id', 'user_id', 'status', 'offered_at', 'accepted_at'],
    regisseurRows,
  );
  b.add(
    'case_team_members',
    ['id', 'case_id', 'user_id', 'organisation_id', 'role', 'law', 'joined_on', 'left_on'],
    memberRowsCase,
  );
  b.add(
    'provisions',
    [
      'id',
      'municipality_code',
      'household_id',
      'person_id',
      'law',
      'product',
      'start_date',
      'status',
      'decided_on',
      'legal_basis',
      'amount_cents',
      'calculation',
      'case_id',
      'reference',
      'created_at',
    ],
    provisionRows,
  );
  b.add(
    'case_deadlines',
    ['id', 'case_id', 'municipality_code', 'kind', 'started_on', 'due_on', 'basis'],
    deadlineRows,
  );
  b.add('zrm_assessments', ['id', 'case_id', 'person_id', 'assessed_on', 'scores', 'created_at'], zrmRows);
  b.add(
    'consents',
    [
      'id',
      'municipality_code',
      'person_id',
      'purpose',
      'recipient_organisation_id',
      'given_on',
      'given_how',
      'recorded_at',
      'withdrawn_on',
      'withdrawn_how',
      'withdrawn_at',
    ],
    consentRows,
  );
  b.add(
    'case_data_shares',
    [
      'id',
      'case_id',
      'law',
      'shared_with_law',
      'basis',
      'legal_basis',
      'consent_id',
      'created_at',
      'ended_at',
    ],
    shareRows,
  );
  b.add(
    'signal_cases',
    [
      'id',
      'municipality_code',
      'household_id',
      'kind',
      'team_id',
      'opened_on',
      'picked_up_on',
      'household_case_id',
    ],
    signalCaseRows,
  );
  b.add(
    'signals',
    [
      'id',
      'municipality_code',
      'kind',
      'source',
      'source_key',
      'partner_organisation_id',
      'category',
      'signal_date',
      'received_at',
      'bsn',
      'status',
      'match_status',
      'person_id',
      'household_id',
      'match',
      'team_id',
      'deadline',
      'case_id',
    ],
    signalRows,
  );
  const grantWindow = {
    active: [-1, 3, null],
    expired: [-10, -6, null],
    ended: [-1, 3, -0.5],
    future: [1, 5, null],
  } as const;
  b.add(
    'access_grants',
    ['id', 'municipality_code', 'user_id', 'household_id', 'reason', 'granted_at', 'expires_at', 'ended_at'],
    w.grants.map((g, gi) => {
      const [from, to, ended] = grantWindow[g.state];
      const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);
      return [
        id(`grant:${gi}`),
        muni,
        userIds[g.user],
        ids.get(`household:${g.household}`),
        'Proef: noodtoegang voor een dringende melding',
        at(from),
        at(to),
        ended === null ? null : at(ended),
      ];
    }),
  );

  // A partner API key of the world's last organisation.
  const apiKeyOrg = w.orgs.length - 1;
  const prefix = `p${String(index).padStart(11, '0')}`;
  const apiKey = `rgk_${prefix}_${'k'.repeat(43)}`;
  b.add(
    'api_keys',
    ['id', 'organisation_id', 'name', 'prefix', 'key_hash', 'created_at'],
    [[randomUUID(), orgIds[apiKeyOrg], 'Proefsleutel', prefix, tokenHash(secret, apiKey), NOW]],
  );

  return {
    index,
    municipality: muni,
    ids,
    orgIds,
    teamIds,
    userIds,
    apiKey,
    apiKeyOrg,
    bsnOf: (h, m) => personBsnOf(personBsn, h, m),
    sql: b.text(),
  };
}

function personBsnOf(table: string[][], h: number, m: number): string {
  const bsn = table[h]?.[m];
  if (!bsn) throw new Error(`no BSN for person ${h}.${m}`);
  return bsn;
}
