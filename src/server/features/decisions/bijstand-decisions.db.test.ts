import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { auditLog, provisions } from '../../db/schema/index.ts';
import { bijstandsnormBerekenen } from '../rules/rules.service.ts';

type Decision = {
  id: string;
  totaalCent: number;
  grondslag: string;
  ingangsdatum: string;
  berekening: { uitleg: { artikel: string }[]; totaalCent: number };
};

const household = (peildatum: string) => ({
  peildatum,
  aanvrager: { geboortedatum: '1980-05-01' },
  kinderenOnder18: 0,
  medebewoners: [
    {
      geboortedatum: '1990-01-01',
      relatie: 'broer-zus',
      commercieleHuur: false,
      studiefinanciering: false,
      bbl: false,
      mantelzorg: false,
    },
  ],
});

/** A household in Wijkteam Noord (WK990101..03) with its head, and one outside it. */
async function households(t: TestApp) {
  const q = (wijk: string) =>
    t.database.db.execute<{ id: string; person_id: string }>(sql`
      SELECT h.id, m.person_id FROM households h JOIN addresses a ON a.id = h.address_id
      JOIN household_members m ON m.household_id = h.id AND m.relation = 'hoofd' AND m.to_date IS NULL
      WHERE a.wijk_code = ${wijk} ORDER BY h.id LIMIT 1`);
  return { inside: (await q('WK990101')).rows[0]!, outside: (await q('WK990105')).rows[0]! };
}

describe('bijstand decisions store their calculation', () => {
  let t: TestApp;
  let h: Awaited<ReturnType<typeof households>>;
  before(async () => {
    t = await createTestApp({ households: 60 });
    h = await households(t);
  });
  after(() => t.close());

  test('a regisseur records a decision; the stored explanation is the calculation on the ingangsdatum', async () => {
    const b = await signedIn(t, 'regisseur');
    const res = await b.fetch(`/api/v1/households/${h.inside.id}/bijstandsbesluiten`, {
      method: 'POST',
      json: { personId: h.inside.person_id, ingangsdatum: '2026-01-01', huishouden: household('2025-03-01') },
    });
    assert.equal(res.status, 201, await res.clone().text());
    const decision = (await res.json()) as Decision;
    const expected = bijstandsnormBerekenen(household('2026-01-01'));
    assert.equal(decision.totaalCent, expected.totaalCent);
    assert.equal(decision.totaalCent, 100107, '50% of the 2026 couple norm (A = 2)');
    assert.deepEqual(decision.berekening, JSON.parse(JSON.stringify(expected)));
    assert.match(decision.grondslag, /art\. 22a lid 1 Participatiewet/);
    const [row] = await t.database.db.select().from(provisions).where(eq(provisions.id, decision.id));
    assert.equal(row!.status, 'toegekend');
    assert.equal(row!.amountCents, 100107);
    assert.equal(row!.decidedOn, '2026-11-23', 'decided on the (pinned) day of the request');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'provision.decide'));
    assert.deepEqual(
      audit.map((a) => a.resourceIds),
      [[decision.id]],
    );

    const list = await b.fetch(`/api/v1/households/${h.inside.id}/bijstandsbesluiten`);
    assert.equal(list.status, 200);
    const items = ((await list.json()) as { items: Decision[] }).items;
    assert.deepEqual(
      items.map((i) => i.id),
      [decision.id],
    );
    assert.equal(items[0]!.berekening.uitleg.length, decision.berekening.uitleg.length);
  });

  test('bad input is named by field, under huishouden for the calculation', async () => {
    const b = await signedIn(t, 'regisseur');
    const bad = household('2026-01-01');
    (bad.medebewoners[0] as { relatie: string }).relatie = 'buurman';
    const res = await b.fetch(`/api/v1/households/${h.inside.id}/bijstandsbesluiten`, {
      method: 'POST',
      json: { personId: h.inside.person_id, ingangsdatum: '2026-01-01', huishouden: bad },
    });
    assert.equal(res.status, 400);
    const problem = (await res.json()) as { errors: { path: string }[] };
    assert.ok(
      problem.errors.some((e) => e.path.startsWith('huishouden.medebewoners[0].relatie')),
      JSON.stringify(problem),
    );

    const stranger = await b.fetch(`/api/v1/households/${h.inside.id}/bijstandsbesluiten`, {
      method: 'POST',
      json: {
        personId: h.outside.person_id,
        ingangsdatum: '2026-01-01',
        huishouden: household('2026-01-01'),
      },
    });
    assert.equal(stranger.status, 400);
    assert.deepEqual(
      ((await stranger.json()) as { errors: { path: string }[] }).errors.map((e) => e.path),
      ['personId'],
    );
  });

  test('outside the scope is 404, other roles 403; nothing is stored', async () => {
    const count = async () =>
      (
        await t.database.db.execute(
          sql`SELECT count(*)::int AS n FROM provisions WHERE calculation IS NOT NULL`,
        )
      ).rows;
    const before = await count();
    const r = await signedIn(t, 'regisseur');
    const outside = await r.fetch(`/api/v1/households/${h.outside.id}/bijstandsbesluiten`, {
      method: 'POST',
      json: {
        personId: h.outside.person_id,
        ingangsdatum: '2026-01-01',
        huishouden: household('2026-01-01'),
      },
    });
    assert.equal(outside.status, 404);
    for (const username of ['wijkteam', 'beheerder', 'beleid']) {
      const b = await signedIn(t, username);
      const res = await b.fetch(`/api/v1/households/${h.inside.id}/bijstandsbesluiten`, {
        method: 'POST',
        json: {
          personId: h.inside.person_id,
          ingangsdatum: '2026-01-01',
          huishouden: household('2026-01-01'),
        },
      });
      assert.equal(res.status, 403, username);
    }
    assert.deepEqual(await count(), before);
    const w = await signedIn(t, 'wijkteam');
    assert.equal(
      (await w.fetch(`/api/v1/households/${h.inside.id}/bijstandsbesluiten`)).status,
      200,
      'team members read',
    );
    assert.equal((await w.fetch(`/api/v1/households/${h.outside.id}/bijstandsbesluiten`)).status, 404);
  });
});
