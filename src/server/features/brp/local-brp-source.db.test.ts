import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { syntheticBsn } from '../../lib/bsn.ts';
import { ageOn } from '../../lib/dates.ts';
import { applyFields, PERSOON_FIELDS } from './brp-fields.ts';
import { deceased, type FixturePersoon, generateBrpPersonen, movedTo } from './brp-fixtures.ts';
import { importBrp } from './brp-import.service.ts';
import { type BrpTestDb, createBrpTestDb } from './brp-test-support.ts';
import { LocalBrpSource } from './local-brp-source.ts';
import { describeSchemaErrors, loadOfficialBrpSchema, officialBrpSchemaFile } from './official-brp-schema.ts';

/** What the local register can answer of a person: everything Regie imports except relatives and datumInschrijving. */
const REGISTER_FIELDS = PERSOON_FIELDS.filter(
  (f) => !/^(partners|kinderen|ouders|datumInschrijvingInGemeente)/.test(f),
);

describe('LocalBrpSource answers from the register what was imported, in the BRP format', () => {
  let t: BrpTestDb;
  const base = generateBrpPersonen({ households: 20, seed: 31 });
  const withLetter = movedTo(
    base[0]!,
    {
      officieleStraatnaam: 'Kade',
      korteStraatnaam: 'Kade',
      huisnummer: 5,
      huisletter: 'A',
      huisnummertoevoeging: '1',
      postcode: '9813KL',
      woonplaats: 'Regiedam',
    },
    '2025-04-01',
    '9901010000005555',
  );
  const neighbour = movedTo(
    base[1]!,
    {
      officieleStraatnaam: 'Kade',
      korteStraatnaam: 'Kade',
      huisnummer: 5,
      huisletter: 'B',
      postcode: '9813KL',
      woonplaats: 'Regiedam',
    },
    '2025-05-01',
    '9901010000005556',
  );
  const dead = deceased(base[2]!, '2026-01-15');
  const personen: FixturePersoon[] = [withLetter, neighbour, dead, ...base.slice(3)];

  before(async () => {
    t = await createBrpTestDb();
    // First alive, then the death: the register keeps where the person last lived.
    await importBrp(
      t.ctx(),
      personen.map((p) => (p === dead ? base[2]! : p)),
      { municipality: 'GM9901' },
    );
    await importBrp(t.ctx(), personen, { municipality: 'GM9901' });
  });
  after(() => t.close());

  test('findByBsn: the imported persons as the BRP would give them; unknown BSNs are absent', async () => {
    const brp = new LocalBrpSource(t.ctx(), 'GM9901');
    const living = personen.filter((p) => !p.overlijden);
    const found = await brp.findByBsn([...living.map((p) => p.burgerservicenummer), syntheticBsn(88_888)]);
    assert.equal(found.length, living.length);
    const byBsn = new Map(found.map((p) => [p.burgerservicenummer, p]));
    for (const p of living) {
      const expected = applyFields(p as unknown as Record<string, unknown>, REGISTER_FIELDS);
      assert.deepEqual(byBsn.get(p.burgerservicenummer), expected);
    }
    const [gone] = await brp.findByBsn([dead.burgerservicenummer]);
    assert.deepEqual(gone!.overlijden, {
      datum: { type: 'Datum', datum: '2026-01-15', langFormaat: '15 januari 2026' },
    });
    assert.equal(gone!.verblijfplaats, undefined, 'no current address after death');
  });

  test('findByBsn honours fields and the municipality', async () => {
    const [p] = await new LocalBrpSource(t.ctx(), 'GM9901').findByBsn(
      [withLetter.burgerservicenummer],
      ['naam.geslachtsnaam', 'verblijfplaats.verblijfadres.huisletter'],
    );
    assert.deepEqual(p, {
      naam: { geslachtsnaam: withLetter.naam.geslachtsnaam },
      verblijfplaats: { type: 'Adres', verblijfadres: { huisletter: 'A' } },
    });
    assert.deepEqual(
      await new LocalBrpSource(t.ctx(), 'GM9902').findByBsn([withLetter.burgerservicenummer]),
      [],
    );
  });

  test('findByAddress: residents at postcode and huisnummer; huisletter and toevoeging narrow it; deceased only when asked', async () => {
    const brp = new LocalBrpSource(t.ctx(), 'GM9901');
    const both = await brp.findByAddress({ postcode: '9813 kl', huisnummer: 5 });
    assert.deepEqual(
      both.map((p) => p.burgerservicenummer).sort(),
      [withLetter.burgerservicenummer, neighbour.burgerservicenummer].sort(),
    );
    const a = await brp.findByAddress({
      postcode: '9813KL',
      huisnummer: 5,
      huisletter: 'a',
      huisnummertoevoeging: '1',
    });
    assert.deepEqual(
      a.map((p) => p.burgerservicenummer),
      [withLetter.burgerservicenummer],
    );
    assert.deepEqual(a[0]!.adressering, { adresregel1: 'Kade 5 A 1', adresregel2: '9813 KL  REGIEDAM' });
    assert.equal(a[0]!.leeftijd, ageOn(withLetter.geboorte.datum.datum, '2026-11-23'));

    const { postcode, huisnummer } = dead.verblijfplaats.verblijfadres;
    const withoutDead = await brp.findByAddress({ postcode, huisnummer });
    assert.ok(!withoutDead.some((p) => p.burgerservicenummer === dead.burgerservicenummer));
    const withDead = await brp.findByAddress({ postcode, huisnummer, inclusiefOverledenPersonen: true });
    assert.ok(withDead.some((p) => p.burgerservicenummer === dead.burgerservicenummer));
  });

  test('every answer is audited as a read of personal data, with the ids (also an empty one)', async () => {
    const before = (await t.auditRows('person.read')).length;
    const brp = new LocalBrpSource(t.ctx(), 'GM9901');
    await brp.findByBsn([withLetter.burgerservicenummer, neighbour.burgerservicenummer]);
    await brp.findByBsn([syntheticBsn(88_888)]);
    const rows = (await t.auditRows('person.read')).slice(before);
    assert.equal(rows.length, 2);
    assert.equal(rows[0]!.municipalityCode, 'GM9901');
    assert.equal(rows[0]!.resourceIds.length, 2);
    assert.equal(rows[0]!.details.bron, 'brp-lokaal');
    assert.deepEqual(rows[1]!.resourceIds, []);
  });

  test('its answers validate against the official BRP Personen schema', async (t2) => {
    const official = loadOfficialBrpSchema();
    if (!official) {
      t2.skip(`het officiële BRP Personen OpenAPI-document ontbreekt (${officialBrpSchemaFile().pathname})`);
      return;
    }
    const brp = new LocalBrpSource(t.ctx(), 'GM9901');
    const answers = [
      {
        type: 'RaadpleegMetBurgerservicenummer',
        personen: await brp.findByBsn(personen.map((p) => p.burgerservicenummer)),
      },
      {
        type: 'ZoekMetPostcodeEnHuisnummer',
        personen: await brp.findByAddress({ postcode: '9813KL', huisnummer: 5 }),
      },
    ];
    for (const answer of answers) {
      const lenient = official.validate('PersonenQueryResponse', answer);
      const strict = official.validateStrict('PersonenQueryResponse', answer);
      assert.equal(lenient.length + strict.length, 0, describeSchemaErrors([...lenient, ...strict]));
    }
  });
});
