import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { syntheticBsn } from '../../lib/bsn.ts';
import { verifyAuditChains } from '../audit/audit.service.ts';
import { deceased, type FixturePersoon, generateBrpPersonen, movedTo } from './brp-fixtures.ts';
import { importBrp } from './brp-import.service.ts';
import { type BrpTestDb, createBrpTestDb } from './brp-test-support.ts';

type Membership = {
  bsn: string;
  relation: string;
  fromDate: string;
  toDate: string | null;
  householdId: string;
  startedOn: string;
  endedOn: string | null;
  postcode: string;
  huisnummer: number;
};

async function memberships(t: BrpTestDb, municipality = 'GM9901'): Promise<Membership[]> {
  const { rows } =
    await t.database.db.execute<Membership>(sql`SELECT p.bsn, m.relation, m.from_date AS "fromDate",
      m.to_date AS "toDate", h.id AS "householdId", h.started_on AS "startedOn", h.ended_on AS "endedOn",
      a.postcode, a.huisnummer
    FROM household_members m JOIN persons p ON p.id = m.person_id JOIN households h ON h.id = m.household_id
    JOIN addresses a ON a.id = h.address_id
    WHERE m.municipality_code = ${municipality} ORDER BY p.bsn, m.from_date`);
  return rows;
}

function byAddress(personen: readonly FixturePersoon[]) {
  const groups = new Map<string, FixturePersoon[]>();
  for (const p of personen) {
    const key = p.verblijfplaats.adresseerbaarObjectIdentificatie;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()];
}

describe('regie import brp: the household register from BRP data', () => {
  let t: BrpTestDb;
  const personen = generateBrpPersonen({ households: 40, seed: 7 });
  const households = byAddress(personen);
  /** The BRP as it stands after the previous test (a later import must not undo an earlier move). */
  let current: FixturePersoon[] = personen;

  before(async () => {
    t = await createBrpTestDb();
  });
  after(() => t.close());

  test('import: persons, addresses, households and memberships with relations from partners and kinderen', async () => {
    const report = await importBrp(t.ctx(), personen, { municipality: 'GM9901', batchSize: 7 });
    assert.equal(report.gelezen, personen.length);
    assert.equal(report.verwerkt, personen.length);
    assert.deepEqual(report.fouten, []);
    assert.equal(report.totaal.personenNieuw, personen.length);
    assert.equal(report.totaal.adressenNieuw, households.length);
    assert.equal(report.totaal.huishoudensNieuw, households.length);
    assert.equal(report.totaal.lidmaatschappenGestart, personen.length);
    assert.equal(await t.count('persons'), personen.length);
    assert.equal(await t.count('addresses'), households.length);
    assert.equal(await t.count('households'), households.length);

    const rows = await memberships(t);
    assert.equal(rows.length, personen.length);
    const byBsn = new Map(rows.map((r) => [r.bsn, r]));
    for (const group of households) {
      const members = group.map((p) => byBsn.get(p.burgerservicenummer)!);
      assert.equal(new Set(members.map((m) => m.householdId)).size, 1, 'one household per address');
      assert.equal(members.filter((m) => m.relation === 'hoofd').length, 1, 'exactly one hoofd');
      for (const p of group) {
        const m = byBsn.get(p.burgerservicenummer)!;
        assert.equal(
          m.fromDate,
          p.verblijfplaats.datumVan.datum,
          'membership starts at datum aanvang adreshouding',
        );
        assert.equal(m.toDate, null);
        if (p.ouders?.length) assert.equal(m.relation, 'kind');
        if (p.partners?.length) assert.ok(['hoofd', 'partner'].includes(m.relation));
        if (!p.partners?.length && !p.ouders?.length && !p.kinderen?.length && group.length > 1) {
          assert.ok(['hoofd', 'overig'].includes(m.relation), 'housemates without links');
        }
      }
      const earliest = group.map((p) => p.verblijfplaats.datumVan.datum).sort()[0];
      assert.equal(members[0]!.startedOn, earliest);
    }
    const family = households.find(
      (g) => g.some((p) => p.ouders?.length) && g.some((p) => p.partners?.length),
    );
    assert.ok(family, 'the fixture has a family with children');
    assert.deepEqual(
      family.map((p) => byBsn.get(p.burgerservicenummer)!.relation).sort(),
      ['hoofd', 'partner', ...family.slice(2).map(() => 'kind')].sort(),
    );

    const audit = await t.auditRows('brp.import');
    assert.ok(audit.length >= 2);
    const summary = audit.at(-1)!;
    assert.equal(summary.details.stap, 'samenvatting');
    assert.equal(summary.municipalityCode, 'GM9901');
    assert.equal(summary.details.personenNieuw, personen.length);
    assert.equal(summary.details.gewijzigd, true);
    const batchRows = audit.slice(0, -1);
    assert.ok(batchRows.every((r) => r.details.stap === 'verwerking' && r.resourceIds.length > 0));
    assert.equal(
      batchRows.reduce((n, r) => n + (r.details.lidmaatschappenGestart as number), 0),
      personen.length,
    );
    const auditText = JSON.stringify(audit);
    for (const p of personen.slice(0, 10)) {
      assert.ok(!auditText.includes(p.burgerservicenummer), 'no BSN in the audit log');
      assert.ok(!auditText.includes(p.naam.geslachtsnaam), 'no names in the audit log');
    }
    assert.equal((await verifyAuditChains(t.database.db)).ok, true);
  });

  test('importing the same data again changes nothing and adds only one summary audit row', async () => {
    const before = await t.snapshot();
    const auditBefore = await t.count('audit_log');
    const report = await importBrp(t.ctx('2026-11-24T09:00:00.000Z'), personen, {
      municipality: 'GM9901',
      batchSize: 7,
    });
    assert.equal(report.gewijzigd, false);
    assert.equal(report.ongewijzigd, personen.length);
    assert.equal(await t.snapshot(), before);
    assert.equal(await t.count('audit_log'), auditBefore + 1);
    const last = (await t.auditRows('brp.import')).at(-1)!;
    assert.equal(last.details.stap, 'samenvatting');
    assert.equal(last.details.gewijzigd, false);
    assert.equal(last.details.records, personen.length);
  });

  test('a move ends the old membership the day before datumVan and starts a new one; an empty household ends', async () => {
    const family = households.find((g) => g.length >= 3 && g.some((p) => p.partners?.length))!;
    const single = households.find((g) => g.length === 1)!;
    const target = households.find((g) => g !== family && g !== single && g.length >= 2)!;
    const leaver = family.find((p) => p.partners?.length)!; // a parent leaves the family for a new address
    const mover = single[0]!; // a single person moves in with another household
    const changed = personen.map((p) => {
      if (p === leaver) {
        return movedTo(
          p,
          {
            ...p.verblijfplaats.verblijfadres,
            officieleStraatnaam: 'Nieuwe Gracht',
            korteStraatnaam: 'Nieuwe Gracht',
            huisnummer: 999,
            postcode: '9819ZZ',
          },
          '2026-06-01',
          '9901010999999999',
        );
      }
      if (p === mover) {
        const there = target[0]!.verblijfplaats;
        return movedTo(p, there.verblijfadres, '2026-07-01', there.adresseerbaarObjectIdentificatie);
      }
      return p;
    });
    current = changed;
    const report = await importBrp(t.ctx(), changed, { municipality: 'GM9901', batchSize: 5 });
    assert.equal(report.totaal.lidmaatschappenBeeindigd, 2);
    assert.equal(report.totaal.lidmaatschappenGestart, 2);
    assert.equal(report.totaal.huishoudensNieuw, 1);
    assert.equal(report.totaal.huishoudensBeeindigd, 1);
    assert.equal(report.totaal.adressenNieuw, 1);

    const rows = await memberships(t);
    const leaverRows = rows.filter((r) => r.bsn === leaver.burgerservicenummer);
    assert.equal(leaverRows.length, 2);
    assert.equal(leaverRows[0]!.toDate, '2026-05-31');
    assert.deepEqual(
      [leaverRows[1]!.fromDate, leaverRows[1]!.toDate, leaverRows[1]!.postcode, leaverRows[1]!.relation],
      ['2026-06-01', null, '9819ZZ', 'hoofd'],
    );
    assert.equal(leaverRows[1]!.startedOn, '2026-06-01');
    const familyNow = rows.filter(
      (r) => family.some((p) => p.burgerservicenummer === r.bsn) && r.bsn !== leaver.burgerservicenummer,
    );
    assert.ok(
      familyNow.every((r) => r.toDate === null && r.endedOn === null),
      'the rest of the family stays',
    );
    assert.equal(familyNow.filter((r) => r.relation === 'hoofd').length, 1, 'the family still has one hoofd');

    const moverRows = rows.filter((r) => r.bsn === mover.burgerservicenummer);
    assert.equal(moverRows[0]!.toDate, '2026-06-30');
    assert.equal(moverRows[0]!.endedOn, '2026-06-30', 'the household of one ended when its member left');
    const targetHousehold = rows.find((r) => r.bsn === target[0]!.burgerservicenummer)!.householdId;
    assert.deepEqual(
      [moverRows[1]!.householdId, moverRows[1]!.fromDate, moverRows[1]!.relation],
      [targetHousehold, '2026-07-01', 'overig'],
      'joins the household at the new address',
    );

    const before = await t.snapshot();
    const again = await importBrp(t.ctx(), changed, { municipality: 'GM9901', batchSize: 3 });
    assert.equal(again.gewijzigd, false);
    assert.equal(await t.snapshot(), before, 'a move imported twice is applied once');
  });

  test('a death sets overlijdensdatum and ends the membership; the last death ends the household', async () => {
    const couple = households.find((g) => g.length === 2 && g.every((p) => p.partners?.length))!;
    const [first, second] = couple as [FixturePersoon, FixturePersoon];
    const step1 = current.map((p) => (p === first ? deceased(p, '2026-09-10') : p));
    const r1 = await importBrp(t.ctx(), step1, { municipality: 'GM9901' });
    assert.equal(r1.totaal.overlijdensVerwerkt, 1);
    assert.equal(r1.totaal.lidmaatschappenBeeindigd, 1);
    assert.equal(r1.totaal.huishoudensBeeindigd, 0);
    let rows = await memberships(t);
    const firstRow = rows.find((r) => r.bsn === first.burgerservicenummer)!;
    assert.equal(firstRow.toDate, '2026-09-10');
    const secondRow = rows.find((r) => r.bsn === second.burgerservicenummer)!;
    assert.deepEqual([secondRow.toDate, secondRow.endedOn, secondRow.relation], [null, null, 'hoofd']);
    const { rows: dead } = await t.database.db.execute<{ overlijdensdatum: string }>(
      sql`SELECT overlijdensdatum FROM persons WHERE bsn = ${first.burgerservicenummer} AND municipality_code = 'GM9901'`,
    );
    assert.equal(dead[0]!.overlijdensdatum, '2026-09-10');

    const step2 = step1.map((p) => (p === second ? deceased(p, '2026-10-02') : p));
    current = step2;
    const r2 = await importBrp(t.ctx(), step2, { municipality: 'GM9901' });
    assert.equal(r2.totaal.huishoudensBeeindigd, 1);
    rows = await memberships(t);
    assert.equal(rows.find((r) => r.bsn === second.burgerservicenummer)!.endedOn, '2026-10-02');
    assert.equal((await importBrp(t.ctx(), step2, { municipality: 'GM9901' })).gewijzigd, false);
  });

  test('bad records are reported with index and field in Dutch and skipped; good ones are kept', async () => {
    const good = generateBrpPersonen({ households: 3, seed: 99, firstBsnIndex: 70_000 });
    const base = good[0]!;
    const bsn = base.burgerservicenummer;
    const wrongCheckDigit = bsn.slice(0, 8) + String((Number(bsn[8]) + 1) % 10);
    const noPostcode = structuredClone(good[1]!);
    delete (noPostcode.verblijfplaats.verblijfadres as { postcode?: string }).postcode;
    const input: unknown[] = [
      ...good,
      { ...structuredClone(base), burgerservicenummer: wrongCheckDigit },
      { ...noPostcode, burgerservicenummer: syntheticBsn(70_500) },
      {
        ...structuredClone(base),
        burgerservicenummer: syntheticBsn(70_501),
        geboorte: { datum: { type: 'Datum', datum: '2023-02-30', langFormaat: 'x' } },
      },
      {
        ...structuredClone(base),
        burgerservicenummer: syntheticBsn(70_502),
        verblijfplaats: { type: 'Woonboot' },
      },
      42,
      structuredClone(base),
      { ...structuredClone(base), burgerservicenummer: syntheticBsn(70_503), naam: { voornamen: 'Kees' } },
      { ...structuredClone(base), burgerservicenummer: '12345' },
    ];
    const before = await t.count('persons');
    const report = await importBrp(t.ctx(), input, { municipality: 'GM9901' });
    const n = good.length;
    const errors = report.fouten.map((f) => `${f.index} ${f.veld}: ${f.melding}`);
    assert.deepEqual(errors, [
      `${n} burgerservicenummer: Het burgerservicenummer voldoet niet aan de elfproef.`,
      `${n + 1} verblijfplaats.verblijfadres.postcode: Dit deel van het adres ontbreekt; zonder kan Regie het huishouden niet vinden.`,
      `${n + 2} geboorte.datum.datum: Dit is geen bestaande datum (verwacht JJJJ-MM-DD).`,
      `${n + 3} verblijfplaats.type: Onbekend type; toegestaan: Adres, VerblijfplaatsBuitenland, VerblijfplaatsOnbekend, Locatie.`,
      `${n + 4} (persoon): Dit veld heeft een verkeerde soort waarde; verwacht: een object { … }.`,
      `${n + 5} burgerservicenummer: Deze persoon staat al eerder in het bestand (personen[0]); dit record is overgeslagen.`,
      `${n + 6} naam.geslachtsnaam: De geslachtsnaam ontbreekt.`,
      `${n + 7} burgerservicenummer: De waarde moet uit 9 cijfers bestaan.`,
    ]);
    assert.equal(report.verwerkt, n);
    assert.equal(await t.count('persons'), before + n, 'the good records are kept, the bad ones are not');
    const summary = (await t.auditRows('brp.import')).at(-1)!;
    assert.equal(summary.details.fouten, 8);
    assert.ok(!JSON.stringify(report.fouten).includes(wrongCheckDigit), 'messages do not repeat the BSN');
  });

  test('leaving for another municipality or abroad ends the membership; persons not in the register are skipped', async () => {
    const [a, b] = households
      .filter((g) => g.length === 1 && !g[0]!.overlijden)
      .slice(1, 3)
      .map((g) => g[0]!) as [FixturePersoon, FixturePersoon];
    const elsewhere = generateBrpPersonen({
      households: 1,
      seed: 5,
      firstBsnIndex: 71_000,
      municipalityCode: 'GM9902',
      municipalityName: 'Samenwerk',
    });
    const input = [
      {
        ...structuredClone(a),
        gemeenteVanInschrijving: { code: '9902', omschrijving: 'Samenwerk' },
        datumInschrijvingInGemeente: { type: 'Datum', datum: '2026-08-15', langFormaat: '15 augustus 2026' },
      },
      {
        ...structuredClone(b),
        verblijfplaats: {
          type: 'VerblijfplaatsBuitenland',
          datumVan: { type: 'Datum', datum: '2026-03-01', langFormaat: '1 maart 2026' },
        },
      },
      ...elsewhere,
    ];
    const report = await importBrp(t.ctx(), input, { municipality: 'GM9901' });
    assert.equal(report.andereGemeente, elsewhere.length);
    assert.equal(report.totaal.lidmaatschappenBeeindigd, 2);
    assert.equal(report.totaal.huishoudensBeeindigd, 2);
    const rows = await memberships(t);
    assert.equal(rows.find((r) => r.bsn === a.burgerservicenummer)!.toDate, '2026-08-14');
    assert.equal(rows.find((r) => r.bsn === b.burgerservicenummer)!.toDate, '2026-02-28');
    assert.equal(rows.filter((r) => elsewhere.some((p) => p.burgerservicenummer === r.bsn)).length, 0);
  });

  test('without --municipality each person goes to the register of gemeenteVanInschrijving; unknown ones are errors', async () => {
    const samenwerk = generateBrpPersonen({
      households: 2,
      seed: 11,
      firstBsnIndex: 72_000,
      municipalityCode: 'GM9902',
      municipalityName: 'Samenwerk',
    });
    const unknown = {
      ...structuredClone(samenwerk[0]!),
      burgerservicenummer: syntheticBsn(72_900),
      gemeenteVanInschrijving: { code: '0999', omschrijving: 'Nergens' },
    };
    const report = await importBrp(t.ctx(), [...samenwerk, unknown]);
    assert.deepEqual(Object.keys(report.perGemeente), ['GM9902']);
    assert.equal(report.perGemeente.GM9902!.personenNieuw, samenwerk.length);
    assert.deepEqual(
      report.fouten.map((f) => [f.index, f.veld, f.melding]),
      [[samenwerk.length, 'gemeenteVanInschrijving.code', 'Gemeente GM0999 is niet bekend in Regie.']],
    );
    assert.equal((await memberships(t, 'GM9902')).length, samenwerk.length);
    const summary = (await t.auditRows('brp.import')).at(-1)!;
    assert.equal(summary.municipalityCode, 'GM9902');
  });

  test('a new address takes the wijk and buurt of the register addresses with the same postcode', async () => {
    await t.database.db.execute(sql`INSERT INTO addresses (municipality_code, straat, huisnummer, postcode, woonplaats,
      wijk_code, buurt_code) VALUES ('GM9901', 'Bestaandelaan', 1, '9812QQ', 'Regiedam', 'WK990101', 'BU99010102')`);
    const [p] = generateBrpPersonen({ households: 1, seed: 3, firstBsnIndex: 73_000 });
    const here = movedTo(
      p!,
      { ...p!.verblijfplaats.verblijfadres, postcode: '9812QQ', huisnummer: 7 },
      '2026-01-01',
      '9901010000000777',
    );
    const report = await importBrp(t.ctx(), [here], { municipality: 'GM9901' });
    assert.equal(report.totaal.adressenNieuw, 1);
    assert.equal(report.totaal.adressenZonderWijk, 0);
    const { rows } = await t.database.db.execute<{
      wijk_code: string;
      buurt_code: string;
      adresseerbaar_object_id: string;
    }>(
      sql`SELECT wijk_code, buurt_code, adresseerbaar_object_id FROM addresses WHERE postcode = '9812QQ' AND huisnummer = 7`,
    );
    assert.deepEqual(rows, [
      { wijk_code: 'WK990101', buurt_code: 'BU99010102', adresseerbaar_object_id: '9901010000000777' },
    ]);
  });

  test('an unknown --municipality stops before anything is read or written', async () => {
    const before = await t.count('audit_log');
    await assert.rejects(
      importBrp(t.ctx(), personen, { municipality: 'GM0001' }),
      /Gemeente GM0001 is niet bekend in Regie/,
    );
    assert.equal(await t.count('audit_log'), before);
  });
});
