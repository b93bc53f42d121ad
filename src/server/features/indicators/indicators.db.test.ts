import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import type { UserActor } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import { DomainError } from '../../http/errors.ts';
import { authenticate, requestContext } from '../../http/middleware.ts';
import { domainProblem, validationProblem } from '../../http/problem.ts';
import { periodsBetween } from './indicators.periods.ts';
import { indicatorsRoutes } from './indicators.routes.ts';
import { indicatorSeries } from './indicators.service.ts';
import type { RawRow } from './indicators.suppression.ts';
import { caseloadRows, openCasesRows } from './queries/open-cases.ts';
import { signalRateRows } from './queries/signal-rate.ts';
import { stapelingRows } from './queries/stapeling.ts';
import { vroegsignaleringRows } from './queries/vroegsignalering.ts';

const GM = 'GM9901';
const TODAY = '2026-11-23'; // the test clock's day

let t: TestApp;
const ids: Record<string, string> = {};
let bsnCounter = 0;

/** A synthetic BSN in the 999xxxxxx test range that passes the 11-proof. */
function nextBsn(): string {
  for (;;) {
    const n = `999${String(100000 + bsnCounter++).slice(-6)}`;
    const digits = [...n].map(Number);
    const sum = digits.slice(0, 8).reduce((s, d, i) => s + d * (9 - i), 0) - digits[8]!;
    if (sum % 11 === 0) return n;
  }
}

async function one<T = Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<T> {
  const r = await t.database.db.execute(query);
  return r.rows[0] as T;
}

/** A household at an address in `wijk` (null: no wijk) with `members` current members. */
async function household(name: string, wijk: string | null, members = 1, endedOn: string | null = null) {
  const a = await one<{
    id: string;
  }>(sql`INSERT INTO addresses (municipality_code, straat, huisnummer, postcode,
    woonplaats, wijk_code) VALUES (${GM}, 'Teststraat', ${Object.keys(ids).length + 1}, '9810AA', 'Regiedam', ${wijk})
    RETURNING id`);
  const h = await one<{
    id: string;
  }>(sql`INSERT INTO households (municipality_code, address_id, started_on, ended_on)
    VALUES (${GM}, ${a.id}, '2020-01-01', ${endedOn}) RETURNING id`);
  for (let i = 0; i < members; i++) {
    const p = await one<{
      id: string;
    }>(sql`INSERT INTO persons (municipality_code, bsn, voornamen, geslachtsnaam)
      VALUES (${GM}, ${nextBsn()}, 'Testpersoon', ${`Achternaam-${name}`}) RETURNING id`);
    await t.database.db.execute(sql`INSERT INTO household_members (municipality_code, household_id, person_id,
      relation, from_date) VALUES (${GM}, ${h.id}, ${p.id}, 'hoofd', '2020-01-01')`);
  }
  ids[name] = h.id;
  return h.id;
}

async function provision(
  hh: string,
  law: string,
  start: string,
  end: string | null = null,
  status = 'toegekend',
) {
  await t.database.db.execute(sql`INSERT INTO provisions (municipality_code, household_id, law, product, start_date,
    end_date, status) VALUES (${GM}, ${ids[hh]}, ${law}, 'test', ${start}, ${end}, ${status})`);
}

async function kase(
  name: string,
  hh: string,
  team: 'noord' | 'zuid',
  opened: string,
  closed: string | null = null,
) {
  const c = await one<{ id: string }>(sql`INSERT INTO cases (municipality_code, household_id, team_id, phase,
    lifecycle_version, opened_on, closed_on) VALUES (${GM}, ${ids[hh]}, ${ids[team]},
    ${closed ? 'afgesloten' : 'uitvoering'}, 1, ${opened}, ${closed}) RETURNING id`);
  ids[name] = c.id;
}

async function regisseur(
  kaseName: string,
  user: string,
  status: string,
  accepted: string | null,
  ended: string | null = null,
) {
  await t.database.db.execute(sql`INSERT INTO case_regisseurs (case_id, user_id, status, accepted_at, ended_at)
    VALUES (${ids[kaseName]}, ${ids[user]}, ${status}, ${accepted}, ${ended})`);
}

async function plan(kaseName: string, savedAt: string) {
  await t.database.db.execute(sql`INSERT INTO plan_versions (case_id, version, content, saved_at)
    VALUES (${ids[kaseName]}, 1, '{}'::jsonb, ${savedAt})`);
}

async function signal(
  key: string,
  receivedAt: string,
  org: string | null,
  extra: { caseName?: string; deadline?: string } = {},
) {
  await t.database.db.execute(sql`INSERT INTO signals (municipality_code, kind, source, source_key,
    partner_organisation_id, category, signal_date, received_at, postcode, deadline, case_id)
    VALUES (${GM}, 'vroegsignaal', 'formulier', ${key}, ${org ? ids[org] : null}, 'betalingsachterstand',
      ${receivedAt.slice(0, 10)}, ${receivedAt}, '9810AA', ${extra.deadline ?? null},
      ${extra.caseName ? ids[extra.caseName] : null})`);
}

async function signalCase(name: string, hh: string, opened: string, kind = 'vroegsignaalzaak') {
  const c = await one<{
    id: string;
  }>(sql`INSERT INTO signal_cases (municipality_code, household_id, kind, opened_on)
    VALUES (${GM}, ${ids[hh]}, ${kind}, ${opened}) RETURNING id`);
  ids[name] = c.id;
}

async function attempt(caseName: string, datum: string, bereikt: boolean) {
  await t.database.db.execute(sql`INSERT INTO signal_contact_attempts (case_id, municipality_code, soort, bereikt,
    datum) VALUES (${ids[caseName]}, ${GM}, 'telefoon', ${bereikt}, ${datum})`);
}

async function actor(username: string): Promise<UserActor> {
  const u = await one<{ id: string; organisation_id: string; display_name: string; roles: string[] }>(sql`
    SELECT u.id, u.organisation_id, u.display_name, array_agg(r.role) AS roles FROM users u
    JOIN user_roles r ON r.user_id = u.id WHERE u.username = ${username} GROUP BY u.id`);
  return {
    type: 'user',
    userId: u.id,
    username,
    displayName: u.display_name,
    roles: u.roles as UserActor['roles'],
    organisationId: u.organisation_id,
    sessionId: null,
  };
}

const input = (type: 'maand' | 'halfjaar', from: string, to: string) => ({
  db: t.database.db,
  municipalityCode: GM,
  periods: periodsBetween(type, from, to, TODAY),
  today: TODAY,
});

const row = (table: RawRow[] | undefined, code: string | null) => {
  const found = table?.find((r) => (r.breakdown?.code ?? null) === code);
  assert.ok(found, `row ${code}`);
  return found.values;
};

before(async () => {
  t = await createTestApp({ households: 0 });
  const db = t.database.db;
  for (const [key, name] of [
    ['noord', 'Wijkteam Noord'],
    ['zuid', 'Wijkteam Zuid'],
  ] as const) {
    ids[key] = (await one<{ id: string }>(sql`SELECT id FROM teams WHERE name = ${name}`)).id;
  }
  for (const [key, name] of [
    ['sleutel', 'Woonstichting De Sleutel'],
    ['energie', 'Energie Samen'],
  ] as const) {
    ids[key] = (await one<{ id: string }>(sql`SELECT id FROM organisations WHERE name = ${name}`)).id;
  }
  for (const u of ['regisseur', 'wijkteam']) {
    ids[u] = (await one<{ id: string }>(sql`SELECT id FROM users WHERE username = ${u}`)).id;
  }
  void db;

  // Stapeling. Peildatum H1: 2026-06-30.
  await household('h1', 'WK990101'); // Wmo only
  await household('h2', 'WK990101', 2); // Jeugd en Wmo; open case, accepted regisseur, plan
  await household('h3', 'WK990101'); // three laws; case with regisseur but no plan
  await household('h4', 'WK990101'); // P-wet; the Wmo is only applied for
  await household('h5', 'WK990101'); // Jeugd; the P-wet ended the day before the peildatum; a Wgs provision
  await household('h6', null); // P-wet en Wmo, no wijk; case with a regisseur only offered, and a plan
  await household('h7', 'WK990102'); // Wmo from 2026-07-01: only in H2
  await household('gone', 'WK990102', 1, '2025-12-31'); // ended household: not an inhabitant
  await provision('h1', 'wmo', '2025-01-01');
  await provision('h2', 'jeugdwet', '2025-06-01');
  await provision('h2', 'wmo', '2026-01-01', '2026-12-31');
  await provision('h3', 'jeugdwet', '2024-01-01');
  await provision('h3', 'participatiewet', '2024-01-01');
  await provision('h3', 'wmo', '2026-06-30', '2026-06-30'); // its one day is the peildatum: counts
  await provision('h4', 'participatiewet', '2025-01-01');
  await provision('h4', 'wmo', '2026-01-01', null, 'aangevraagd');
  await provision('h5', 'jeugdwet', '2025-01-01');
  await provision('h5', 'participatiewet', '2025-01-01', '2026-06-29');
  await provision('h5', 'wgs', '2025-01-01');
  await provision('h6', 'participatiewet', '2025-01-01');
  await provision('h6', 'wmo', '2025-01-01');
  await provision('h7', 'wmo', '2026-07-01');

  // Cases. June (peildatum 2026-06-30) and May (2026-05-31).
  await kase('c2', 'h2', 'noord', '2026-02-01');
  await regisseur('c2', 'regisseur', 'actief', '2026-03-01T10:00:00Z');
  await plan('c2', '2026-04-01T10:00:00Z');
  await kase('c3', 'h3', 'noord', '2026-01-10');
  await regisseur('c3', 'regisseur', 'actief', '2026-01-15T10:00:00Z');
  await kase('c6', 'h6', 'zuid', '2026-05-01');
  await regisseur('c6', 'wijkteam', 'aangeboden', null);
  await plan('c6', '2026-05-10T10:00:00Z');
  await kase('c8', 'h1', 'zuid', '2026-01-01', '2026-06-30'); // closed on the peildatum: not open that day
  await kase('c9', 'h4', 'noord', '2026-07-15'); // opened after June
  await kase('c10', 'h5', 'zuid', '2026-03-01');
  await regisseur('c10', 'wijkteam', 'beeindigd', '2026-03-02T10:00:00Z', '2026-06-10T10:00:00Z');

  // Signals per 1,000 inhabitants, August 2026 (summer time: 22:30 UTC is 00:30 the next day in Regiedam).
  await signal('s1', '2026-07-31T22:30:00Z', 'sleutel'); // 1 August in the Netherlands
  await signal('s2', '2026-08-10T09:00:00Z', 'sleutel');
  await signal('s3', '2026-08-20T09:00:00Z', 'sleutel');
  await signal('s4', '2026-08-21T09:00:00Z', 'energie');
  await signal('s5', '2026-08-22T09:00:00Z', null);
  await signal('s6', '2026-08-23T09:00:00Z', null);
  await signal('s7', '2026-08-31T22:30:00Z', null); // 1 September in the Netherlands
  await signal('s8', '2026-07-31T21:30:00Z', 'energie'); // 31 July 23:30 in the Netherlands

  // Vroegsignalering, October 2026; today is 2026-11-23.
  await signalCase('z1', 'h1', '2026-10-01');
  await signal('z1a', '2026-10-01T08:00:00Z', null, { caseName: 'z1', deadline: '2026-10-15' });
  await attempt('z1', '2026-10-05', false);
  await attempt('z1', '2026-10-08', true);
  await signalCase('z2', 'h2', '2026-10-05');
  await signal('z2a', '2026-10-05T08:00:00Z', null, { caseName: 'z2', deadline: '2026-10-08' });
  await attempt('z2', '2026-10-12', true);
  await signalCase('z3', 'h3', '2026-10-20');
  await signal('z3a', '2026-10-20T08:00:00Z', null, { caseName: 'z3', deadline: '2026-11-03' });
  await signalCase('z4', 'h4', '2026-10-28');
  await signal('z4a', '2026-10-28T08:00:00Z', null, { caseName: 'z4', deadline: '2026-11-30' });
  await signalCase('z5', 'h5', '2026-10-10');
  await signal('z5a', '2026-10-10T08:00:00Z', null, { caseName: 'z5', deadline: '2026-10-24' });
  await signal('z5b', '2026-10-11T08:00:00Z', null, { caseName: 'z5', deadline: '2026-10-15' }); // crisis: earlier
  await attempt('z5', '2026-10-20', false);
  await signalCase('z6', 'h6', '2026-10-02', 'intake'); // not a vroegsignaalzaak
  await attempt('z6', '2026-10-03', true);
  await signalCase('z7', 'h7', '2026-09-30'); // September
  await attempt('z7', '2026-10-01', true);
});

after(async () => {
  await t.close();
});

describe('indicator computations on a hand-made data set', () => {
  test('stapeling (CBS): by number of laws, by combination, and one plan with one regisseur', async () => {
    const tables = await stapelingRows(input('halfjaar', '2026-01', '2026-12'));
    const h1 = tables.get('2026-H1');
    assert.deepEqual(row(h1, null), {
      huishoudens: 6,
      wetten1: 3,
      wetten2: 2,
      wetten3: 1,
      alleenJeugd: 1,
      alleenPwet: 1,
      alleenWmo: 1,
      jeugdPwet: 0,
      jeugdWmo: 1,
      pwetWmo: 1,
      wetten2plus: 3,
      eenPlanEenRegisseur: 1,
      zonderPlanOfRegisseur: 2,
    });
    assert.deepEqual(row(h1, 'WK990101'), {
      huishoudens: 5,
      wetten1: 3,
      wetten2: 1,
      wetten3: 1,
      alleenJeugd: 1,
      alleenPwet: 1,
      alleenWmo: 1,
      jeugdPwet: 0,
      jeugdWmo: 1,
      pwetWmo: 0,
      wetten2plus: 2,
      eenPlanEenRegisseur: 1,
      zonderPlanOfRegisseur: 1,
    });
    assert.equal(row(h1, 'onbekend').pwetWmo, 1);
    assert.equal(row(h1, 'WK990102').huishoudens, 0, 'a wijk without households is listed with 0');
    // H2 is counted on today (2026-11-23): h7's Wmo started; h3's one-day Wmo is over (2 laws now).
    const h2 = row(tables.get('2026-H2'), null);
    assert.equal(h2.huishoudens, 7);
    assert.equal(h2.alleenWmo, 2);
    assert.equal(h2.wetten3, 0);
    assert.equal(h2.jeugdPwet, 1);
  });

  test('open cases without an accepted regisseur, per owning team', async () => {
    const tables = await openCasesRows(input('maand', '2026-05', '2026-06'));
    assert.deepEqual(row(tables.get('2026-06'), null), { openZaken: 4, metRegisseur: 2, zonderRegisseur: 2 });
    assert.deepEqual(row(tables.get('2026-06'), ids.noord!), {
      openZaken: 2,
      metRegisseur: 2,
      zonderRegisseur: 0,
    });
    assert.deepEqual(row(tables.get('2026-06'), ids.zuid!), {
      openZaken: 2,
      metRegisseur: 0,
      zonderRegisseur: 2,
    });
    assert.deepEqual(row(tables.get('2026-05'), null), { openZaken: 5, metRegisseur: 3, zonderRegisseur: 2 });
  });

  test('caseload per regisseur: median and maximum, per team and overall', async () => {
    const tables = await caseloadRows(input('maand', '2026-05', '2026-06'));
    const may = row(tables.get('2026-05'), null);
    assert.equal(may.regisseurs, 2);
    assert.equal(may.mediaanCaseload, 1.5);
    assert.equal(may.maximumCaseload, 2);
    const june = row(tables.get('2026-06'), ids.noord!);
    assert.deepEqual([june.regisseurs, june.mediaanCaseload, june.maximumCaseload], [1, 2, 2]);
    assert.equal(row(tables.get('2026-06'), ids.zuid!).regisseurs, 0);
  });

  test('signals per month by partner type, with inhabitants', async () => {
    const tables = await signalRateRows(input('maand', '2026-08', '2026-08'));
    const aug = tables.get('2026-08');
    assert.deepEqual(row(aug, null), { signalen: 6, inwoners: 8 });
    assert.equal(row(aug, 'woningcorporatie').signalen, 3);
    assert.equal(row(aug, 'energieleverancier').signalen, 1);
    assert.equal(row(aug, 'onbekend').signalen, 2);
    assert.equal(row(aug, 'zorgverzekeraar').signalen, 0);
  });

  test('vroegsignalering: bereik, median days to first contact, first contact within the term', async () => {
    const tables = await vroegsignaleringRows(input('maand', '2026-10', '2026-10'));
    assert.deepEqual(row(tables.get('2026-10'), null), {
      zaken: 5,
      bereikt: 2,
      nietBereikt: 3,
      gecontacteerd: 3,
      nietGecontacteerd: 2,
      mediaanDagenTotContact: 7,
      beoordeeld: 4,
      binnenTermijn: 1,
      buitenTermijn: 3,
      termijnLoopt: 1,
    });
  });
});

describe('published indicators: suppression and access', () => {
  const query = { municipality: GM, from: '2026-01', to: '2026-06' };

  test('small cells are hidden in the service answer, and so are shares built on them', async () => {
    const ctx = t.ctx(await actor('beleid'));
    const answer = await indicatorSeries(ctx, 'stapeling', { ...query, breakdown: 'wijk' });
    const [h1] = answer.series;
    assert.equal(h1?.period, '2026-H1');
    for (const r of h1!.rows) {
      for (const [key, cell] of Object.entries(r.cells)) {
        assert.deepEqual(cell, { value: null, suppressed: true }, `${r.breakdown?.code ?? 'totaal'} ${key}`);
      }
    }
    const signals = await indicatorSeries(ctx, 'signalen-per-1000-inwoners', {
      ...query,
      from: '2026-08',
      to: '2026-08',
    });
    assert.deepEqual(signals.series[0]?.rows[0]?.cells.signalenPer1000, { value: null, suppressed: true });
    assert.equal(signals.series[0]?.rows.length, 1, 'without a breakdown only the total row');
  });

  test('a beleidsmedewerker may read its own municipality; another municipality is not found', async () => {
    const ctx = t.ctx(await actor('beleid'));
    const answer = await indicatorSeries(ctx, 'zaken-zonder-regisseur', query);
    assert.equal(answer.municipality.code, GM);
    assert.equal(answer.series.length, 6);
    await assert.rejects(
      indicatorSeries(ctx, 'zaken-zonder-regisseur', { ...query, municipality: 'GM9902' }),
      (e: unknown) => e instanceof DomainError && e.code === 'not_found',
    );
  });

  test('a regisseur and a partner are refused before anything is read', async () => {
    for (const username of ['regisseur', 'partner']) {
      const ctx = t.ctx(await actor(username));
      await assert.rejects(
        indicatorSeries(ctx, 'stapeling', query),
        (e: unknown) => e instanceof DomainError && e.code === 'forbidden',
      );
    }
  });

  describe('over HTTP', () => {
    let app: OpenAPIHono<AppEnv>;
    before(() => {
      const deps = { db: t.database.db, config: t.config, log: t.ctx().log, clock: t.clock.now };
      app = new OpenAPIHono<AppEnv>({
        defaultHook: (result, c) => (result.success ? undefined : validationProblem(c, result.error)),
      });
      app.use('*', requestContext(deps));
      app.use('*', authenticate(deps));
      app.onError((err, c) => {
        if (err instanceof DomainError) return domainProblem(c, err);
        throw err;
      });
      app.route('/api/v1/indicators', indicatorsRoutes());
    });
    const get = async (username: string | null, path: string) => {
      const headers = new Headers();
      if (username) headers.set('cookie', (await signedIn(t, username)).cookie);
      return app.request(`http://localhost/api/v1/indicators${path}`, { headers });
    };

    test('the catalogue lists every indicator with its versions', async () => {
      const res = await get('beleid', '');
      assert.equal(res.status, 200);
      const body = (await res.json()) as { items: { code: string; versions: { version: number }[] }[] };
      assert.deepEqual(
        body.items.map((i) => i.code),
        [
          'stapeling',
          'zaken-zonder-regisseur',
          'signalen-per-1000-inwoners',
          'vroegsignalering',
          'caseload-regisseur',
          'samenhang-huishoudtype',
          'hulp-geaccepteerd',
          'zrm-verbetering',
          'overgang-18',
        ],
      );
      assert.ok(body.items.every((i) => i.versions[0]?.version === 1));
    });

    test('status codes: 200 own, 404 other municipality, 403 regisseur and partner, 401 without session', async () => {
      const q = '?municipality=GM9901&from=2026-01&to=2026-06&breakdown=team';
      assert.equal((await get('beleid', `/zaken-zonder-regisseur${q}`)).status, 200);
      assert.equal((await get('teamleider', `/zaken-zonder-regisseur${q}`)).status, 200);
      assert.equal(
        (await get('beleid', `/zaken-zonder-regisseur${q.replace('GM9901', 'GM9902')}`)).status,
        404,
      );
      assert.equal((await get('regisseur', `/zaken-zonder-regisseur${q}`)).status, 403);
      assert.equal((await get('partner', `/zaken-zonder-regisseur${q}`)).status, 403);
      assert.equal((await get(null, `/zaken-zonder-regisseur${q}`)).status, 401);
      assert.equal((await get('beleid', `/bestaat-niet${q}`)).status, 404);
    });

    test('bad input gets a Dutch message naming the field', async () => {
      const bad = await get('beleid', '/stapeling?municipality=9901&from=2026-13&to=2026-06');
      assert.equal(bad.status, 400);
      const text = await bad.text();
      assert.match(text, /municipality/);
      assert.match(text, /from/);
      const wrongBreakdown = await get(
        'beleid',
        '/stapeling?municipality=GM9901&from=2026-01&to=2026-06&breakdown=team',
      );
      assert.equal(wrongBreakdown.status, 400);
      assert.match(await wrongBreakdown.text(), /breakdown/);
      const tooLong = await get('beleid', '/stapeling?municipality=GM9901&from=2020-01&to=2026-06');
      assert.equal(tooLong.status, 400);
      assert.match(await tooLong.text(), /to/);
    });

    test('the answer holds no person data: no household ids, BSNs or names', async () => {
      const people = await t.database.db.execute<{ bsn: string; geslachtsnaam: string }>(
        sql`SELECT bsn, geslachtsnaam FROM persons`,
      );
      for (const code of [
        'stapeling',
        'zaken-zonder-regisseur',
        'signalen-per-1000-inwoners',
        'vroegsignalering',
        'caseload-regisseur',
        'samenhang-huishoudtype',
        'hulp-geaccepteerd',
        'zrm-verbetering',
        'overgang-18',
      ]) {
        const breakdown =
          {
            stapeling: '&breakdown=wijk',
            'signalen-per-1000-inwoners': '&breakdown=partnertype',
            'samenhang-huishoudtype': '&breakdown=huishoudtype',
          }[code] ?? '';
        const res = await get('beleid', `/${code}?municipality=GM9901&from=2026-01&to=2026-11${breakdown}`);
        assert.equal(res.status, 200, code);
        const text = await res.text();
        for (const id of Object.values(ids)) {
          if (id === ids.noord || id === ids.zuid) continue; // team ids are the team breakdown's codes
          assert.ok(!text.includes(id), `${code} holds an id`);
        }
        for (const p of people.rows) {
          assert.ok(!text.includes(p.bsn) && !text.includes(p.geslachtsnaam), `${code} holds person data`);
        }
      }
    });
  });
});
