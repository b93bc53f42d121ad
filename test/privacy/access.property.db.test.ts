import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { describeWorld } from './describe.ts';
import { createHarness, type Harness, notMounted, registeredIn } from './harness.ts';
import type { Materialized } from './materialize.ts';
import { type Actor, deadlineLaw, Oracle } from './oracle.ts';
import {
  nearby,
  PROBE_ROUTES,
  type Probe,
  type ProbeRoute,
  probesArb,
  type World,
  worldArb,
} from './world.ts';

/**
 * Issue 5 item 7: for random worlds, no actor ever receives a household, person, case, provision, deadline,
 * signal, consent, share or grant the independent oracle (oracle.ts, THE ACCESS RULES 1–6) denies, and detail
 * routes answer 200 exactly when the oracle allows. REGIE_PROPERTY_RUNS sets the number of worlds (default 1000);
 * REGIE_PROPERTY_SEED and REGIE_PROPERTY_PATH (both printed by a failure) replay it; REGIE_PROPERTY_SHRINK=no skips
 * shrinking.
 */

const RUNS = Number(process.env.REGIE_PROPERTY_RUNS ?? 1000);
const SEED = process.env.REGIE_PROPERTY_SEED ? Number(process.env.REGIE_PROPERTY_SEED) : undefined;
/** A failure lists this many problems; one missing scope condition can leak hundreds of ids. */
const MAX_PROBLEMS_SHOWN = 12;

let h: Harness;
const previous: { world: World; m: Materialized }[] = [];
const stats = {
  worlds: 0,
  probes: 0,
  answered: 0,
  idsChecked: 0,
  insertMs: 0,
  ms: new Map<ProbeRoute, { n: number; ms: number }>(),
  answeredBy: new Map<ProbeRoute, number>(),
};

before(async () => {
  h = await createHarness();
});
after(async () => {
  await h?.close();
});

type Target =
  | { kind: 'none' }
  | { kind: 'household' | 'case' | 'signal'; own: boolean; index: number; id: string }
  | { kind: 'person'; own: boolean; household: number; member: number; id: string; bsn: string };

function pick<T>(items: T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

/**
 * The object a probe asks about: one of its own world (when `near`, one connected to the actor), or (foreign) one
 * of an earlier world.
 */
function targetOf(
  kind: 'household' | 'case' | 'signal' | 'person',
  p: Probe,
  w: World,
  m: Materialized,
): Target {
  const source = p.foreign ? pick(previous, p.target) : { world: w, m };
  const own = !p.foreign || !source;
  const { world, m: mat } = source ?? { world: w, m };
  const near = own && p.near && p.actor !== 'apiKey' ? nearby(world, p.actor) : null;
  if (kind === 'person') {
    const households =
      near && near.households.length > 0 ? near.households : world.households.map((_, hi) => hi);
    const people = households.flatMap((hi) =>
      Array.from({ length: world.households[hi]?.members ?? 0 }, (_, mi) => [hi, mi] as const),
    );
    const [hi, mi] = pick(people, p.target) ?? [0, 0];
    return {
      kind,
      own,
      household: hi,
      member: mi,
      id: mat.ids.get(`person:${hi}.${mi}`) as string,
      bsn: mat.bsnOf(hi, mi),
    };
  }
  const all = { household: world.households, case: world.cases, signal: world.signals }[kind].map(
    (_, i) => i,
  );
  const close = near ? { household: near.households, case: near.cases, signal: near.signals }[kind] : [];
  const index = pick(close.length > 0 ? close : all, p.target);
  if (index === undefined) return { kind: 'none' };
  return { kind, own, index, id: mat.ids.get(`${kind}:${index}`) as string };
}

function pathOf(p: Probe, w: World, m: Materialized): { path: string; target: Target } {
  const needs = (kind: 'household' | 'case' | 'signal' | 'person') => targetOf(kind, p, w, m);
  const idOr = (t: Target) => (t.kind === 'none' ? randomUUID() : t.id);
  switch (p.route) {
    case 'households.list':
      return { path: '/api/v1/households?pageSize=200', target: { kind: 'none' } };
    case 'households.search': {
      const t = needs('person');
      return { path: `/api/v1/households?search=${t.kind === 'person' ? t.bsn : ''}`, target: t };
    }
    case 'households.detail':
    case 'households.overview':
    case 'households.bijstand': {
      const t = needs('household');
      const suffix = {
        'households.detail': '',
        'households.overview': '/overview',
        'households.bijstand': '/bijstandsbesluiten',
      }[p.route];
      return { path: `/api/v1/households/${idOr(t)}${suffix}`, target: t };
    }
    case 'cases.list':
      return { path: '/api/v1/cases?pageSize=200', target: { kind: 'none' } };
    case 'cases.listClosed':
      return { path: '/api/v1/cases?pageSize=200&phase=afgesloten', target: { kind: 'none' } };
    case 'cases.mine':
      return { path: '/api/v1/cases?pageSize=200&mine=true', target: { kind: 'none' } };
    case 'cases.detail':
    case 'cases.provisions':
    case 'cases.plan':
    case 'cases.planVersions':
    case 'cases.zrm':
    case 'cases.deadlines':
    case 'cases.consents':
    case 'cases.planPdf':
    case 'privacy.shares': {
      const t = needs('case');
      const suffix = {
        'cases.detail': '',
        'cases.provisions': '/provisions',
        'cases.plan': '/plan',
        'cases.planVersions': '/plan/versions',
        'cases.zrm': '/zrm',
        'cases.deadlines': '/deadlines',
        'cases.consents': '/consents',
        'cases.planPdf': '/plan.pdf',
        'privacy.shares': '/shares',
      }[p.route];
      return { path: `/api/v1/cases/${idOr(t)}${suffix}`, target: t };
    }
    case 'caseload':
      return { path: '/api/v1/caseload', target: { kind: 'none' } };
    case 'board':
      return { path: '/api/v1/board', target: { kind: 'none' } };
    case 'signals.worklist':
      return { path: '/api/v1/signals/worklist?status=alle&pageSize=200', target: { kind: 'none' } };
    case 'signals.detail': {
      const t = needs('signal');
      return { path: `/api/v1/signals/${idOr(t)}`, target: t };
    }
    case 'signals.mine':
      return { path: '/api/v1/signals/mine?pageSize=200', target: { kind: 'none' } };
    case 'reviews':
      return { path: '/api/v1/signal-reviews?pageSize=200', target: { kind: 'none' } };
    case 'privacy.consents': {
      const t = needs('person');
      return { path: `/api/v1/persons/${t.kind === 'person' ? t.id : randomUUID()}/consents`, target: t };
    }
    case 'privacy.grantsMine':
      return { path: '/api/v1/access-grants/mine', target: { kind: 'none' } };
    case 'privacy.grantsReview':
      return { path: '/api/v1/access-grants/review?status=all', target: { kind: 'none' } };
    case 'privacy.inzage':
    case 'privacy.inzagePdf': {
      const t = needs('person');
      const pdf = p.route === 'privacy.inzagePdf' ? '/pdf' : '';
      return { path: `/api/v1/privacy/inzage${pdf}?bsn=${t.kind === 'person' ? t.bsn : ''}`, target: t };
    }
    case 'audit':
      return { path: '/api/v1/audit?pageSize=200', target: { kind: 'none' } };
    case 'reports.population':
    case 'reports.impact': {
      // A report of the actor's own municipality, or (foreign) of another world's.
      const source = p.foreign ? pick(previous, p.target) : undefined;
      const municipality = source ? source.m.municipality : m.municipality;
      const path = p.route === 'reports.population' ? '/api/v1/population/by-wijk' : '/api/v1/rules/impact';
      return { path: `${path}?municipality=${municipality}`, target: { kind: 'none' } };
    }
  }
}

/** Detail routes: must the answer be 200 (true), must it be refused (false), or is either fine (null)? */
function expectedOk(o: Oracle, actor: Actor, p: Probe, t: Target): boolean | null {
  if (t.kind === 'none') return null;
  const detail: Partial<Record<ProbeRoute, 'household' | 'case'>> = {
    'households.detail': 'household',
    'households.overview': 'household',
    'cases.detail': 'case',
    'cases.provisions': 'case',
    'cases.plan': 'case',
    'cases.planVersions': 'case',
    'cases.zrm': 'case',
    'cases.deadlines': 'case',
    'cases.consents': 'case',
    'cases.planPdf': 'case',
  };
  const kind = detail[p.route];
  const foreignDetail =
    !t.own &&
    (kind !== undefined ||
      ['households.bijstand', 'signals.detail', 'privacy.consents', 'privacy.shares'].includes(p.route));
  if (foreignDetail) return false;
  if (p.route === 'privacy.inzage' || p.route === 'privacy.inzagePdf') {
    // Only an FG, and only for a person of a municipality the FG's organisation serves (its own world).
    return actor.kind === 'user' && o.can(actor.user, 'privacy.inzage') && t.own;
  }
  if (!kind || t.kind !== kind) return null;
  if (actor.kind !== 'user') return false;
  return kind === 'household' ? o.householdScope(actor.user, t.index) : o.caseScope(actor.user, t.index);
}

function describeActor(w: World, actor: Actor): string {
  if (actor.kind === 'apiKey') return `partner API key of org ${actor.org} (${w.orgs[actor.org]})`;
  const u = w.users[actor.user];
  if (!u) return `user ${actor.user}`;
  const teams = u.teams.map((t) => `${t.team}${t.isLeader ? '*' : ''}`).join(',');
  return `user ${actor.user}${u.active ? '' : ' (inactive)'} [${u.roles.join('+')}] org ${u.org} teams [${teams}]`;
}

async function runProbe(
  w: World,
  m: Materialized,
  o: Oracle,
  p: Probe,
  cookies: Map<number, string>,
): Promise<string[]> {
  const actor: Actor =
    p.actor === 'apiKey' ? { kind: 'apiKey', org: m.apiKeyOrg } : { kind: 'user', user: p.actor };
  let auth: { cookie?: string; bearer?: string };
  if (actor.kind === 'apiKey') auth = { bearer: m.apiKey };
  else {
    let cookie = cookies.get(actor.user);
    if (!cookie) {
      cookie = await h.sessionCookie(m.userIds[actor.user] as string);
      cookies.set(actor.user, cookie);
    }
    auth = { cookie };
  }
  const { path, target } = pathOf(p, w, m);
  const started = performance.now();
  const res = await h.get(path, auth);
  const spent = stats.ms.get(p.route) ?? { n: 0, ms: 0 };
  stats.ms.set(p.route, { n: spent.n + 1, ms: spent.ms + performance.now() - started });
  stats.probes++;
  const who = `${describeActor(w, actor)} GET ${path.replace(/\?.*$/, '')} (${p.route}${target.kind !== 'none' && !target.own ? ', object of another world' : ''})`;
  if (notMounted(res.status, res.body)) return [`${who}: route is not mounted`];
  const problems: string[] = [];
  if (res.status >= 500)
    problems.push(`${who}: server error ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  const expect = expectedOk(o, actor, p, target);
  if (expect === true && res.status !== 200)
    problems.push(
      `${who}: MISSING — oracle allows, answer ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
    );
  if (expect === false && res.status === 200) problems.push(`${who}: LEAK — oracle denies, answer 200`);
  if (expect === false && res.status !== 200 && ![401, 403, 404].includes(res.status))
    problems.push(`${who}: refused with ${res.status}, expected 401/403/404`);
  if (res.status !== 200) return problems;
  stats.answered++;
  stats.answeredBy.set(p.route, (stats.answeredBy.get(p.route) ?? 0) + 1);

  const ownTarget =
    target.kind === 'person' && target.own
      ? { household: target.household, member: target.member }
      : target.kind === 'household' && target.own
        ? { household: target.index, member: 0 }
        : undefined;
  const allowed = o.routeRefs(actor, p.route, ownTarget);
  const found = registeredIn(res.body);
  stats.idsChecked += found.length;
  for (const f of found) {
    if (f.reg.world !== m.index) {
      problems.push(`${who}: LEAK — ${f.reg.ref} of ANOTHER world (${f.reg.world}) at ${f.where}`);
    } else if (!allowed.has(f.reg.ref)) {
      problems.push(`${who}: LEAK — ${f.reg.ref} at ${f.where} (${why(o, actor, f.reg.ref)})`);
    }
  }
  // The household list: exactly householdScope (rule 4), so an oracle that allows too much cannot hide a leak.
  if (p.route === 'households.list' && actor.kind === 'user') {
    const got = new Set(
      found
        .filter((f) => f.reg.world === m.index && f.reg.ref.startsWith('household:'))
        .map((f) => f.reg.ref),
    );
    const want = w.households.flatMap((_, hi) =>
      o.householdScope(actor.user, hi) ? [`household:${hi}`] : [],
    );
    const missing = want.filter((r) => !got.has(r));
    if (missing.length > 0)
      problems.push(`${who}: MISSING — rule 4 allows ${missing.join(', ')} but the list left them out`);
  }
  // The case's own provision and deadline lists: exactly what rule 6 allows, nothing missing either.
  if (target.kind === 'case' && target.own && actor.kind === 'user') {
    const c = w.cases[target.index];
    const exact =
      p.route === 'cases.provisions'
        ? { prefix: 'provision', expected: (c?.provisions ?? []).map((x) => x.law) }
        : p.route === 'cases.deadlines'
          ? { prefix: 'deadline', expected: (c?.deadlines ?? []).map(deadlineLaw) }
          : null;
    if (exact) {
      const want = exact.expected
        .map((law, i) =>
          o.lawVisible(actor.user, target.index, law) ? `${exact.prefix}:${target.index}.${i}` : null,
        )
        .filter((x): x is string => x !== null);
      const got = new Set(
        found.filter((f) => f.reg.ref.startsWith(`${exact.prefix}:${target.index}.`)).map((f) => f.reg.ref),
      );
      const missing = want.filter((r) => !got.has(r));
      if (missing.length > 0)
        problems.push(`${who}: MISSING — rule 6 allows ${missing.join(', ')} but they were left out`);
    }
  }
  return problems;
}

/** Which rule denies a reference, in words, for the failure message. */
function why(o: Oracle, actor: Actor, ref: string): string {
  if (actor.kind !== 'user') return 'rule 5: a partner API key sees only its own signals';
  const u = actor.user;
  const [kind, rest = ''] = ref.split(':');
  const [a = 0, b = 0] = rest.split('.').map(Number);
  const w = o.w;
  switch (kind) {
    case 'household':
    case 'person':
      return `rule 4: household ${a} not in householdScope (full ${o.householdFull(u, a)}, signal ${o.householdSignal(u, a)})`;
    case 'case':
    case 'regisseur':
    case 'member':
    case 'share':
    case 'zrm':
      return `rules 1/2: case ${a} not in caseReadScope (caseScope or a grant on household ${w.cases[a]?.household})`;
    case 'provision':
    case 'deadline': {
      const c = w.cases[a];
      const law = kind === 'provision' ? c?.provisions[b]?.law : deadlineLaw(c?.deadlines[b] ?? '');
      return o.caseRead(u, a)
        ? `rule 6: law ${law} of case ${a} not visible to this viewer`
        : `rule 2: no read access to case ${a} (caseScope or a grant on household ${c?.household})`;
    }
    case 'loose':
      return `rule 2/6: provision outside a case, law ${w.looseProvisions[a]?.law}, household ${w.looseProvisions[a]?.household}`;
    case 'signal':
    case 'signalCase':
    case 'signalBsn':
      return `rule 3: signal ${a} not in signalScope, and not part of a case the actor may read`;
    case 'consent':
      return `rule 2: consent ${a} of a household without full access`;
    case 'grant':
      return `grant ${a} is neither the actor's own nor reviewed by this FG`;
    default:
      return 'not allowed';
  }
}

test(`no actor receives what the access rules deny (${RUNS} generated worlds)`, {
  timeout: 30 * 60_000,
}, async (t) => {
  const started = Date.now();
  const arb = worldArb.chain((world) => probesArb(world).map((probes) => ({ world, probes })));
  await fc.assert(
    fc.asyncProperty(arb, async ({ world, probes }) => {
      const insertStarted = performance.now();
      const m = await h.insert(world);
      stats.insertMs += performance.now() - insertStarted;
      stats.worlds++;
      const o = new Oracle(world);
      const cookies = new Map<number, string>();
      const problems: string[] = [];
      for (const p of probes) problems.push(...(await runProbe(world, m, o, p, cookies)));
      previous.push({ world, m });
      if (previous.length > 20) previous.shift();
      if (problems.length > 0) {
        const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
        if (problems.length > shown.length) shown.push(`... and ${problems.length - shown.length} more`);
        throw new Error(`${shown.join('\n')}\n--- world ---\n${describeWorld(world)}`);
      }
    }),
    {
      numRuns: RUNS,
      seed: SEED,
      path: process.env.REGIE_PROPERTY_PATH,
      endOnFailure: process.env.REGIE_PROPERTY_SHRINK === 'no',
    },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  t.diagnostic(
    `${stats.worlds} worlds, ${stats.probes} probes, ${stats.answered} answered 200, ${stats.idsChecked} ids checked in ${seconds}s`,
  );
  const slowest = [...stats.ms.entries()]
    .map(([route, x]) => ({ route, avg: x.ms / x.n }))
    .sort((a, b) => b.avg - a.avg)
    .slice(0, 5);
  t.diagnostic(
    `inserting worlds ${(stats.insertMs / 1000).toFixed(1)}s; slowest routes (ms per call): ${slowest.map((x) => `${x.route} ${x.avg.toFixed(0)}`).join(', ')}`,
  );
  t.diagnostic(
    `answered 200 per route: ${PROBE_ROUTES.map((r) => `${r} ${stats.answeredBy.get(r) ?? 0}`).join(', ')}`,
  );
  // A route that never answers 200 only ever tests its refusal (e.g. a wrong path or query): at the default
  // number of worlds every route reaches its allowed path some ten times or more.
  if (RUNS >= 1000) {
    const silent = PROBE_ROUTES.filter((r) => !stats.answeredBy.get(r));
    assert.deepEqual(silent, [], `routes that never answered 200 in ${RUNS} worlds`);
  }
});
