import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import {
  auditLog,
  householdMembers,
  organisations,
  persons,
  provisions,
  users,
} from '../../db/schema/index.ts';
import { stableUuid } from '../../db/stable-uuid.ts';
import { ageOn } from '../../lib/dates.ts';
import { verifyAuditChains } from '../audit/audit.service.ts';
import { DEMO_PASSWORD } from '../seed/demo.ts';
import { seedProvisions } from '../seed/provisions.ts';
import { createUser } from '../users/users.service.ts';
import { calculateBijstandsnorm } from './bijstandsnorm.ts';
import type { RawFigures } from './impact.figures.ts';
import type { ImpactRapport } from './impact.schemas.ts';
import { computeImpactFigures } from './impact.service.ts';
import { withCostSharerAge } from './impact.variants.ts';
import { defaultRuleParameters } from './rule-parameters.ts';
import type { Medebewoner } from './rules.schemas.ts';

const PEILDATUM = '2026-11-23'; // the test clock's day
const GM = 'GM9901';

/**
 * An oracle written separately from the service: it reads whole tables with the query builder, selects and
 * builds in plain JS, checks "affected" against the age rule of art. 19a/22a directly, and adds up by itself.
 * Only the norm amounts come from the calculation (tested to the cent in bijstandsnorm.test.ts).
 */
async function oracle(t: TestApp, peildatum: string) {
  const db = t.database.db;
  const provisionRows = await db.select().from(provisions);
  const memberRows = await db
    .select({
      householdId: householdMembers.householdId,
      personId: householdMembers.personId,
      relation: householdMembers.relation,
      fromDate: householdMembers.fromDate,
      toDate: householdMembers.toDate,
      birth: persons.geboortedatum,
      death: persons.overlijdensdatum,
    })
    .from(householdMembers)
    .innerJoin(persons, eq(persons.id, householdMembers.personId));
  const params = defaultRuleParameters();
  const params21 = withCostSharerAge(params, 21);

  const claims = new Map<string, (typeof provisionRows)[number]>();
  for (const p of provisionRows) {
    const active =
      p.municipalityCode === GM &&
      p.law === 'participatiewet' &&
      p.product === 'algemene-bijstand' &&
      p.status === 'toegekend' &&
      p.startDate <= peildatum &&
      (p.endDate === null || p.endDate >= peildatum);
    if (!active) continue;
    const current = claims.get(p.householdId);
    if (
      !current ||
      p.startDate < current.startDate ||
      (p.startDate === current.startDate && p.id < current.id)
    ) {
      claims.set(p.householdId, p);
    }
  }

  const figures = {
    households: 0,
    affected: 0,
    notAffected: 0,
    notComputed: 0,
    reductionCent: 0,
    classes: new Array(9).fill(0) as number[],
    aClasses: [0, 0, 0, 0],
    v21: { affected: 0, changed: 0, costCent: 0, reductionCent: 0 },
    none: { affected: 0, changed: 0, costCent: 0, reductionCent: 0 },
  };
  for (const [householdId, claim] of claims) {
    figures.households++;
    const living = memberRows.filter(
      (m) =>
        m.householdId === householdId &&
        m.fromDate <= peildatum &&
        (m.toDate === null || m.toDate >= peildatum) &&
        (m.death === null || m.death >= peildatum),
    );
    const claimant = living.find((m) =>
      claim.personId ? m.personId === claim.personId : m.relation === 'hoofd',
    );
    if (!claimant || living.some((m) => m.birth === null)) {
      figures.notComputed++;
      continue;
    }
    const partner =
      claimant.relation === 'hoofd'
        ? living.find((m) => m.relation === 'partner')
        : claimant.relation === 'partner'
          ? living.find((m) => m.relation === 'hoofd')
          : undefined;
    const age = (birth: string) => ageOn(birth, peildatum);
    const others = living.filter((m) => m !== claimant && m !== partner);
    const isDependant = (m: (typeof others)[number]) =>
      m.relation === 'kind' && age(m.birth!) < 18 && ['hoofd', 'partner'].includes(claimant.relation);
    const housemates: Medebewoner[] = others
      .filter((m) => !isDependant(m))
      .map((m) => ({
        geboortedatum: m.birth!,
        relatie: m.relation === 'kind' ? 'kind' : 'geen-familie',
        commercieleHuur: false,
        studiefinanciering: false,
        bbl: false,
        mantelzorg: false,
      }));
    const input = {
      peildatum,
      aanvrager: { geboortedatum: claimant.birth! },
      ...(partner ? { partner: { geboortedatum: partner.birth! } } : {}),
      kinderenOnder18: others.filter(isDependant).length,
      medebewoners: housemates,
    };
    let now: ReturnType<typeof calculateBijstandsnorm>;
    try {
      now = calculateBijstandsnorm(input, params);
    } catch {
      figures.notComputed++;
      continue;
    }
    const without = calculateBijstandsnorm({ ...input, medebewoners: [] }, params).totaalCent;
    const v21 = calculateBijstandsnorm(input, params21);

    // Art. 19a / 22a directly: a housemate of 27 or older counts, and the rule needs a claimant or spouse of 21+.
    const sharers = housemates.filter((h) => age(h.geboortedatum) >= 27).length;
    const adultsOfClaim = [claimant, partner].filter((p) => p && age(p.birth!) >= 21).length;
    const applied = sharers > 0 && adultsOfClaim > 0;
    assert.equal(now.kostendelersnormToegepast, applied, `affected by the age rule (${householdId})`);

    const reduction = without - now.totaalCent;
    figures.reductionCent += reduction;
    if (applied) {
      figures.affected++;
      figures.classes[reduction < 0 ? 0 : Math.min(8, 1 + Math.floor(reduction / 10_000))]!++;
      const a = sharers + Math.max(1, adultsOfClaim);
      assert.equal(now.kostendelers, a);
      figures.aClasses[Math.min(a, 5) - 2]!++;
    } else {
      figures.notAffected++;
    }
    if (v21.kostendelersnormToegepast) figures.v21.affected++;
    if (v21.totaalCent !== now.totaalCent) figures.v21.changed++;
    figures.v21.costCent += v21.totaalCent - now.totaalCent;
    figures.v21.reductionCent += without - v21.totaalCent;
    if (without !== now.totaalCent) figures.none.changed++;
    figures.none.costCent += without - now.totaalCent;
  }
  return figures;
}

function comparable(raw: RawFigures) {
  return {
    households: raw.households,
    affected: raw.affected,
    notAffected: raw.notAffected,
    notComputed: raw.notComputed,
    reductionCent: raw.reductionCent,
    classes: raw.reductionClasses,
    aClasses: raw.aClasses,
    v21: raw.variants[0],
    none: raw.variants[1],
  };
}

describe('impact report of the kostendelersnorm', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp({ households: 3000 });
    const db = t.database.db;
    // Households without bijstand, for provisions that must not count (or count differently).
    const free = (
      await db.execute<{ id: string; hoofd: string; partner: string | null; overig: boolean }>(sql`
        SELECT h.id,
          (SELECT m.person_id FROM household_members m WHERE m.household_id = h.id AND m.relation = 'hoofd') AS hoofd,
          (SELECT m.person_id FROM household_members m WHERE m.household_id = h.id AND m.relation = 'partner') AS partner,
          EXISTS (SELECT 1 FROM household_members m WHERE m.household_id = h.id AND m.relation = 'overig') AS overig
        FROM households h
        WHERE NOT EXISTS (SELECT 1 FROM provisions p WHERE p.household_id = h.id)
        ORDER BY h.id`)
    ).rows;
    const plain = free.filter((h) => !h.overig);
    const base = { municipalityCode: GM, law: 'participatiewet' as const, product: 'algemene-bijstand' };
    const add = (h: (typeof free)[number], values: Partial<typeof provisions.$inferInsert>) =>
      db.insert(provisions).values({
        ...base,
        householdId: h.id,
        personId: h.hoofd,
        startDate: '2024-01-01',
        status: 'toegekend',
        ...values,
      });
    await add(plain[0]!, { status: 'beeindigd', endDate: '2025-12-31' });
    await add(plain[1]!, { endDate: '2026-10-31' }); // ended before the peildatum, active on 2026-06-01
    await add(plain[2]!, { startDate: '2026-12-01' }); // starts after the peildatum
    await add(plain[3]!, { law: 'wmo', product: 'huishoudelijke-ondersteuning' });
    await add(plain[4]!, { status: 'afgewezen', endDate: '2024-01-01' });
    await add(plain[5]!, { product: 'bijzondere-bijstand' });
    await add(plain[6]!, { status: 'aangevraagd' });
    await add(plain[7]!, { endDate: PEILDATUM }); // the end date is the last day: active on the peildatum
    await add(plain[plain.length - 1]!, { startDate: PEILDATUM }); // active from its first day
    // The partner claims: the hoofd becomes the partner of the claim.
    for (const h of plain
      .slice(8)
      .filter((x) => x.partner)
      .slice(0, 3))
      await add(h, { personId: h.partner });
    // Shared homes where the provision names nobody: the hoofd claims.
    for (const h of free.filter((x) => x.overig).slice(0, 6)) await add(h, { personId: null });

    const bijstand = (
      await db.execute<{ household_id: string; person_id: string }>(sql`
        SELECT household_id, person_id FROM provisions
        WHERE law = 'participatiewet' AND product = 'algemene-bijstand' AND status = 'toegekend'
          AND start_date <= '2025-01-01' AND end_date IS NULL AND person_id IS NOT NULL
        ORDER BY household_id`)
    ).rows;
    // A second active bijstand provision in one household: still one household.
    await db.insert(provisions).values({
      ...base,
      householdId: bijstand[0]!.household_id,
      personId: bijstand[0]!.person_id,
      startDate: '2026-01-01',
      status: 'toegekend',
    });
    // Two active bijstand provisions in a couple's home: the earliest started decides who claims. Here an adult
    // child claimed first, so the parents are the child's housemates (and cost-sharers), not a couple on bijstand.
    const couplesWithAdultChild = (
      await db.execute<{ id: string; hoofd: string; kind: string }>(sql`
        SELECT h.id, hm.person_id AS hoofd, k.person_id AS kind
        FROM households h
        JOIN household_members hm ON hm.household_id = h.id AND hm.relation = 'hoofd'
        JOIN household_members k ON k.household_id = h.id AND k.relation = 'kind'
        JOIN persons kp ON kp.id = k.person_id AND kp.geboortedatum <= '2005-01-01'
        WHERE EXISTS (SELECT 1 FROM household_members m WHERE m.household_id = h.id AND m.relation = 'partner')
          AND NOT EXISTS (SELECT 1 FROM provisions p WHERE p.household_id = h.id)
        ORDER BY h.id LIMIT 3`)
    ).rows;
    assert.ok(couplesWithAdultChild.length > 0);
    for (const h of couplesWithAdultChild) {
      await db.insert(provisions).values([
        { ...base, householdId: h.id, personId: h.hoofd, startDate: '2024-01-01', status: 'toegekend' },
        { ...base, householdId: h.id, personId: h.kind, startDate: '2023-01-01', status: 'toegekend' },
      ]);
    }
    // A housemate who died before the peildatum no longer lives there.
    await db.execute(sql`UPDATE persons SET overlijdensdatum = '2026-02-02' WHERE id = (
      SELECT m.person_id FROM household_members m JOIN provisions p ON p.household_id = m.household_id
      WHERE m.relation = 'overig' AND p.law = 'participatiewet'
      ORDER BY m.person_id LIMIT 1)`);
    // Boundaries: the end date of a membership and a date of death are days the person still lives there. Two
    // shared homes on bijstand whose adult housemate leaves (or dies) on the peildatum itself: still affected.
    const sharedHomes = (
      await db.execute<{ person_id: string }>(sql`
        SELECT DISTINCT ON (p.household_id) m.person_id FROM provisions p
        JOIN household_members m ON m.household_id = p.household_id AND m.relation = 'overig'
        JOIN persons pe ON pe.id = m.person_id AND pe.geboortedatum < '1990-01-01'
        WHERE p.law = 'participatiewet' AND p.status = 'toegekend' AND p.person_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM household_members o WHERE o.household_id = p.household_id
            AND o.relation = 'overig' AND o.person_id <> m.person_id)
        ORDER BY p.household_id DESC, m.person_id LIMIT 2`)
    ).rows;
    assert.equal(sharedHomes.length, 2);
    await db.execute(
      sql`UPDATE household_members SET to_date = ${PEILDATUM} WHERE person_id = ${sharedHomes[0]!.person_id}`,
    );
    await db.execute(
      sql`UPDATE persons SET overlijdensdatum = ${PEILDATUM} WHERE id = ${sharedHomes[1]!.person_id}`,
    );
    // An unknown birth date; a claimant who moved out; a housemate who moved out.
    await db.execute(sql`UPDATE persons SET geboortedatum = NULL WHERE id = ${bijstand[1]!.person_id}`);
    await db.execute(
      sql`UPDATE household_members SET to_date = '2026-03-01' WHERE person_id = ${bijstand[2]!.person_id}`,
    );
    await db.execute(sql`UPDATE household_members SET to_date = '2026-06-01'
      WHERE relation = 'overig' AND household_id = (
        SELECT p.household_id FROM provisions p JOIN household_members m ON m.household_id = p.household_id
        WHERE m.relation = 'overig' AND p.law = 'participatiewet' AND p.person_id IS NOT NULL
        ORDER BY p.household_id LIMIT 1)`);
  });
  after(() => t.close());

  test('the seed gives a deterministic ~5% of the demo households a bijstand provision for the head', async () => {
    const { rows } = await t.database.db.execute<{
      n: number;
      heads: number;
      open: number;
      households: number;
    }>(sql`
      SELECT count(*)::int AS n,
        count(*) FILTER (WHERE m.relation = 'hoofd')::int AS heads,
        count(*) FILTER (WHERE p.status = 'toegekend' AND p.end_date IS NULL AND p.municipality_code = h.municipality_code)::int AS open,
        (SELECT count(*)::int FROM households) AS households
      FROM provisions p
      JOIN households h ON h.id = p.household_id
      JOIN household_members m ON m.person_id = p.person_id AND m.household_id = p.household_id
      WHERE p.id = ${stableUuid(sql`p.household_id::text || ':participatiewet:algemene-bijstand'`)}`);
    const { n, heads, open, households } = rows[0]!;
    assert.ok(n / households > 0.04 && n / households < 0.065, `share ${n / households}`);
    assert.equal(heads, n);
    assert.equal(open, n);
    assert.equal(await seedProvisions(t.database.db, [GM]), 0, 'seeding again adds nothing');
  });

  for (const peildatum of [PEILDATUM, '2026-06-01']) {
    test(`the figures equal an independent oracle (peildatum ${peildatum})`, async () => {
      const expected = await oracle(t, peildatum);
      const { raw } = await computeImpactFigures(t.database.db, [GM], peildatum, {}, defaultRuleParameters());
      assert.deepEqual(comparable(raw), expected);
      assert.equal(raw.notComputedByReason['geboortedatum-onbekend'] >= 1, true);
      assert.equal(raw.notComputedByReason['aanvrager-niet-in-huishouden'] >= 1, true);
      assert.ok(expected.affected >= 20, 'enough affected households to see figures');
      // Small batches give the same figures as one batch (keyset paging loses and repeats nothing).
      const paged = await computeImpactFigures(t.database.db, [GM], peildatum, { batchSize: 7 });
      assert.deepEqual(paged.raw, raw);
    });
  }

  test('the published report: totals as the oracle, small cells suppressed and not derivable', async () => {
    const expected = await oracle(t, PEILDATUM);
    const b = await signedIn(t, 'beleid');
    const res = await b.fetch(`/api/v1/rules/impact?municipality=${GM}&peildatum=${PEILDATUM}`);
    assert.equal(res.status, 200);
    const text = await res.text();
    assert.doesNotMatch(text, /\b999\d{6}\b/, 'no BSN');
    assert.doesNotMatch(
      text,
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
      'no person or household id',
    );
    const r = JSON.parse(text) as ImpactRapport;
    assert.deepEqual(r.gemeenten, [{ code: GM, naam: 'Regiedam' }]);
    assert.equal(r.kostendelerLeeftijd, 27);
    assert.equal(r.normentabel.id, 'participatiewet-normen-2026-07-01');
    assert.deepEqual(r.huishoudensMetBijstand, { aantal: expected.households, suppressed: false });
    assert.deepEqual(r.getroffen, { aantal: expected.affected, suppressed: false });
    assert.deepEqual(r.verlaging, {
      perMaandCent: expected.reductionCent,
      perJaarCent: expected.reductionCent * 12,
      suppressed: false,
    });
    assert.equal(r.gemiddeldeVerlagingPerMaandCent, Math.round(expected.reductionCent / expected.affected));

    const groups: [number | null, { aantal: number | null; suppressed: boolean }[], number[]][] = [
      [
        r.huishoudensMetBijstand.aantal,
        [r.getroffen, r.nietGetroffen, r.nietBerekend],
        [expected.affected, expected.notAffected, expected.notComputed],
      ],
      [r.getroffen.aantal, r.verdeling, expected.classes],
      [r.getroffen.aantal, r.naarKostendelers, expected.aClasses],
    ];
    for (const [total, cells, truth] of groups) {
      let hidden = 0;
      cells.forEach((cell, i) => {
        assert.equal(cell.suppressed, cell.aantal === null);
        if (cell.aantal === null) hidden += truth[i]!;
        else {
          assert.equal(cell.aantal, truth[i]);
          assert.ok(cell.aantal >= 10);
        }
      });
      if (total !== null && cells.some((c) => c.aantal === null)) {
        assert.ok(hidden >= 10, 'the hidden cells of a group hold at least 10 households together');
      }
    }
    assert.ok(
      r.verdeling.some((c) => c.suppressed),
      'this population has small classes',
    );
    assert.equal(r.verdeling.length, 9);

    const [v21, none] = r.varianten;
    assert.equal(v21?.id, 'kostendelerleeftijd-21');
    assert.equal(none?.id, 'geen-kostendelersnorm');
    for (const [variant, truth] of [
      [v21!, expected.v21],
      [none!, expected.none],
    ] as const) {
      if (variant.getroffen.aantal !== null) {
        assert.equal(variant.getroffen.aantal, truth.affected);
        const d = Math.abs(truth.affected - expected.affected);
        assert.ok(d === 0 || d >= 10);
      }
      if (variant.huishoudensMetAndereNorm.aantal !== null) {
        assert.equal(variant.huishoudensMetAndereNorm.aantal, truth.changed);
        assert.deepEqual(variant.kosten, {
          perMaandCent: truth.costCent,
          perJaarCent: truth.costCent * 12,
          suppressed: false,
        });
      } else {
        assert.equal(variant.kosten.perMaandCent, null);
      }
    }
    assert.deepEqual(none?.getroffen, { aantal: null, suppressed: true }, 'zero is a small count too');
    assert.equal(
      none?.kosten.perMaandCent,
      expected.reductionCent,
      'no kostendelersnorm costs exactly the reduction',
    );
    assert.ok(r.aannames.some((a) => a.includes('bovengrens')));
  });

  test('an extra variant by query: another cost-sharer age', async () => {
    const b = await signedIn(t, 'teamleider');
    const res = await b.fetch(`/api/v1/rules/impact?municipality=${GM}&kostendelerLeeftijd=23`);
    assert.equal(res.status, 200);
    const r = (await res.json()) as ImpactRapport;
    assert.equal(r.peildatum, PEILDATUM, "default peildatum: today's date in Amsterdam");
    assert.deepEqual(
      r.varianten.map((v) => v.id),
      ['kostendelerleeftijd-21', 'kostendelerleeftijd-23', 'geen-kostendelersnorm'],
    );
  });

  test('bad query: Dutch 400 naming the field', async () => {
    const b = await signedIn(t, 'beleid');
    for (const [query, path, message] of [
      ['municipality=9901', 'municipality', /CBS-gemeentecode/],
      [`municipality=${GM}&peildatum=23-11-2026`, 'peildatum', /JJJJ-MM-DD/],
      [
        `municipality=${GM}&peildatum=2024-06-01`,
        'peildatum',
        /Voor de peildatum 1-6-2024 zijn geen bijstandsnormen/,
      ],
      [`municipality=${GM}&kostendelerLeeftijd=12`, 'kostendelerLeeftijd', /minimaal 18/],
    ] as const) {
      const res = await b.fetch(`/api/v1/rules/impact?${query}`);
      assert.equal(res.status, 400, query);
      const problem = (await res.json()) as { errors: { path: string; message: string }[] };
      assert.equal(problem.errors[0]?.path, path, query);
      assert.match(problem.errors[0]?.message ?? '', message, query);
    }
  });

  test('access: beleid, teamleider and fg of the municipality; not regisseur or beheerder; not another municipality', async () => {
    const count = async () =>
      (
        await t.database.db
          .select({ n: sql<number>`count(*)::int` })
          .from(auditLog)
          .where(eq(auditLog.action, 'rules.impact'))
      )[0]!.n;
    const before = await count();
    for (const username of ['beleid', 'teamleider', 'fg']) {
      const b = await signedIn(t, username);
      assert.equal((await b.fetch(`/api/v1/rules/impact?municipality=${GM}`)).status, 200, username);
    }
    assert.equal(await count(), before + 3);
    for (const username of ['regisseur', 'beheerder', 'intake', 'partner', 'schuldhulp']) {
      const b = await signedIn(t, username);
      const res = await b.fetch(`/api/v1/rules/impact?municipality=${GM}`);
      assert.equal(res.status, 403, username);
    }
    const beleid = await signedIn(t, 'beleid');
    assert.equal((await beleid.fetch('/api/v1/rules/impact?municipality=GM9902')).status, 404);
    assert.equal((await beleid.fetch('/api/v1/rules/impact?municipality=GM0001')).status, 404);
    assert.equal((await t.request(`/api/v1/rules/impact?municipality=${GM}`)).status, 401);
    assert.equal(await count(), before + 3, 'a denied request leaves no audit row');
  });

  test('a client council member with an aggregate role sees the report of the council’s municipality', async () => {
    const [council] = await t.database.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.kind, 'clientenraad'));
    await createUser(t.ctx(), {
      username: 'raadslid',
      displayName: 'Rik Raadslid',
      organisationId: council!.id,
      roles: ['beleidsmedewerker'],
      password: DEMO_PASSWORD,
    });
    await createUser(t.ctx(), {
      username: 'raadslid2',
      displayName: 'Roos Raadslid',
      organisationId: council!.id,
      roles: ['partner_medewerker'],
      password: DEMO_PASSWORD,
    });
    const member = await signedIn(t, 'raadslid');
    assert.equal((await member.fetch(`/api/v1/rules/impact?municipality=${GM}`)).status, 200);
    assert.equal((await member.fetch('/api/v1/rules/impact?municipality=GM9902')).status, 404);
    const other = await signedIn(t, 'raadslid2');
    assert.equal((await other.fetch(`/api/v1/rules/impact?municipality=${GM}`)).status, 403);
  });

  test('the report is audited as an aggregate read of the municipality, in its chain', async () => {
    const b = await signedIn(t, 'beleid');
    const res = await b.fetch(`/api/v1/rules/impact?municipality=${GM}&peildatum=2026-06-01`);
    assert.equal(res.status, 200);
    const requestId = res.headers.get('x-request-id');
    const [beleid] = await t.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, 'beleid'));
    const [row] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'rules.impact'), eq(auditLog.requestId, requestId ?? '')));
    assert.ok(row, 'audit row for this request');
    assert.equal(row.resourceType, 'municipality');
    assert.deepEqual(row.resourceIds, [GM]);
    assert.equal(row.municipalityCode, GM);
    assert.equal(row.chainKey, GM);
    assert.equal(row.actorType, 'user');
    assert.equal(row.actorId, beleid!.id);
    assert.deepEqual(row.details, {
      aggregaat: true,
      peildatum: '2026-06-01',
      gemeenten: [GM],
      varianten: ['kostendelerleeftijd-21', 'geen-kostendelersnorm'],
    });
    assert.equal((await verifyAuditChains(t.database.db)).ok, true);
  });
});
