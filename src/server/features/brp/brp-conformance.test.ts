import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Persoon, PersoonBeperkt } from './brp.schemas.ts';
import { PERSOON_BEPERKT_FIELDS, PERSOON_FIELDS } from './brp-fields.ts';
import { brpResponse, deceased, type FixturePersoon, generateBrpPersonen, movedTo } from './brp-fixtures.ts';
import { type BrpTestServer, startBrpTestServer } from './brp-test-server.ts';
import { HttpBrpSource } from './http-brp-source.ts';
import { describeSchemaErrors, loadOfficialBrpSchema, officialBrpSchemaFile } from './official-brp-schema.ts';

/**
 * Conformance with the official Haal Centraal BRP Personen OpenAPI document in ../shared/reference/. That folder is
 * not part of the repository: on a clone without it, these tests are skipped with a message (npm test still passes).
 */

const official = loadOfficialBrpSchema();
const SKIP = `het officiële BRP Personen OpenAPI-document ontbreekt (${officialBrpSchemaFile().pathname}); conformiteit niet gecontroleerd`;

const base = generateBrpPersonen({ households: 25, seed: 21 });
const personen = [
  deceased(base[0]!, '2026-03-04'),
  movedTo(
    base[1]!,
    {
      officieleStraatnaam: 'Lange Laan',
      korteStraatnaam: 'Lange Laan',
      huisnummer: 12,
      huisletter: 'b',
      huisnummertoevoeging: '2-H',
      postcode: '9811AA',
      woonplaats: 'Regiedam',
    },
    '2026-01-31',
    '9901010000001234',
  ),
  ...base.slice(2),
];

function assertValid(name: string, value: unknown) {
  const v = official!;
  const errors = v.validate(name, value);
  assert.equal(errors.length, 0, `${name} (officieel):\n${describeSchemaErrors(errors)}`);
  const strict = v.validateStrict(name, value);
  assert.equal(strict.length, 0, `${name} (geen onbekende velden):\n${describeSchemaErrors(strict)}`);
}

async function post(url: string, body: unknown, apiKey = 'test-sleutel') {
  const res = await fetch(`${url}/personen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-api-key': apiKey },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as unknown };
}

describe('conformance with the official BRP Personen OpenAPI (../shared/reference/brp-personen/openapi.json)', () => {
  let server: BrpTestServer;
  before(async () => {
    server = await startBrpTestServer({ personen });
  });
  after(() => server.close());

  test('(a) the answers of our BRP test server validate against the official PersonenQueryResponse', async (t) => {
    if (!official) return t.skip(SKIP);
    const bsns = personen.slice(0, 20).map((p) => p.burgerservicenummer);
    for (const fields of [
      PERSOON_FIELDS,
      ['naam', 'geboorte', 'verblijfplaats.verblijfadres'],
      ['burgerservicenummer'],
    ]) {
      const { status, json } = await post(server.url, {
        type: 'RaadpleegMetBurgerservicenummer',
        fields,
        burgerservicenummer: bsns,
      });
      assert.equal(status, 200);
      assert.equal((json as { personen: unknown[] }).personen.length, 20);
      assertValid('PersonenQueryResponse', json);
    }
    const { verblijfadres } = personen[1]!.verblijfplaats;
    const byAddress = await post(server.url, {
      type: 'ZoekMetPostcodeEnHuisnummer',
      fields: PERSOON_BEPERKT_FIELDS,
      postcode: verblijfadres.postcode,
      huisnummer: verblijfadres.huisnummer,
      inclusiefOverledenPersonen: true,
    });
    assert.equal((byAddress.json as { personen: unknown[] }).personen.length, 1);
    assertValid('PersonenQueryResponse', byAddress.json);
  });

  test('(a) problem answers validate against the official Foutbericht and BadRequestFoutbericht', async (t) => {
    if (!official) return t.skip(SKIP);
    const bad = await post(server.url, {
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: ['999990019'],
    });
    assert.equal(bad.status, 400);
    assertValid('BadRequestFoutbericht', bad.json);
    const badField = await post(server.url, {
      type: 'RaadpleegMetBurgerservicenummer',
      fields: ['rni'],
      burgerservicenummer: ['999990019'],
    });
    assert.equal(badField.status, 400);
    assertValid('BadRequestFoutbericht', badField.json);
    const unauthorised = await post(
      server.url,
      { type: 'RaadpleegMetBurgerservicenummer', fields: ['naam'], burgerservicenummer: ['999990019'] },
      'x',
    );
    assert.equal(unauthorised.status, 401);
    assertValid('Foutbericht', unauthorised.json);
    for (const status of [403, 429, 500, 503]) {
      server.failNext(status);
      const failed = await post(server.url, {
        type: 'RaadpleegMetBurgerservicenummer',
        fields: ['naam'],
        burgerservicenummer: ['999990019'],
      });
      assert.equal(failed.status, status);
      assertValid('Foutbericht', failed.json);
    }
  });

  test('(a) a synthetic import file (what regie import brp reads) validates as an official response', (t) => {
    if (!official) return t.skip(SKIP);
    assertValid('PersonenQueryResponse', brpResponse(personen));
  });

  test('(b) every request HttpBrpSource sends validates against the official PersonenQuery', async (t) => {
    if (!official) return t.skip(SKIP);
    server.received.length = 0;
    const brp = new HttpBrpSource({
      baseUrl: server.url,
      apiKey: 'test-sleutel',
      gemeenteVanInschrijving: 'GM9901',
    });
    await brp.findByBsn(personen.slice(0, 25).map((p) => p.burgerservicenummer));
    await brp.findByBsn(
      [personen[0]!.burgerservicenummer],
      ['naam.voornamen', 'partners.burgerservicenummer'],
    );
    await brp.findByAddress({
      postcode: '9811 AA',
      huisnummer: 12,
      huisletter: 'b',
      huisnummertoevoeging: '2-H',
      inclusiefOverledenPersonen: true,
    });
    await brp.findByAddress({ postcode: '9811AA', huisnummer: 12 });
    assert.equal(server.received.length, 5);
    for (const { body } of server.received) assertValid('PersonenQuery', body);
    assert.equal(
      (server.received[0]!.body as { gemeenteVanInschrijving: string }).gemeenteVanInschrijving,
      '9901',
    );
  });

  test("Regie's own zod schema uses only official names and keeps every field it declares", (t) => {
    if (!official) return t.skip(SKIP);
    const datum = { type: 'Datum', datum: '2001-02-03', langFormaat: '3 februari 2001' };
    const naam = {
      voornamen: 'Test Persoon',
      voorvoegsel: 'van',
      geslachtsnaam: 'Synthetisch',
      voorletters: 'T.P.',
    };
    const full = {
      burgerservicenummer: '999990019',
      naam,
      geboorte: { datum },
      geslacht: { code: 'O', omschrijving: 'onbekend' },
      overlijden: { datum: { type: 'JaarMaandDatum', jaar: 2026, maand: 2, langFormaat: 'februari 2026' } },
      verblijfplaats: {
        type: 'Adres',
        datumVan: datum,
        datumIngangGeldigheid: { type: 'JaarDatum', jaar: 2001, langFormaat: '2001' },
        adresseerbaarObjectIdentificatie: '9901010000000001',
        nummeraanduidingIdentificatie: '9901200000000001',
        functieAdres: { code: 'W', omschrijving: 'woonadres' },
        verblijfadres: {
          officieleStraatnaam: 'Proefstraat',
          korteStraatnaam: 'Proefstraat',
          huisnummer: 1,
          huisletter: 'a',
          huisnummertoevoeging: 'bis',
          postcode: '9810 AB',
          woonplaats: 'Regiedam',
        },
      },
      gemeenteVanInschrijving: { code: '9901', omschrijving: 'Regiedam' },
      datumInschrijvingInGemeente: { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' },
      geheimhoudingPersoonsgegevens: true,
      partners: [
        {
          burgerservicenummer: '999990020',
          naam,
          soortVerbintenis: { code: 'H', omschrijving: 'huwelijk' },
          aangaanHuwelijkPartnerschap: { datum },
          ontbindingHuwelijkPartnerschap: { datum },
        },
      ],
      kinderen: [{ burgerservicenummer: '999990021', naam }],
      ouders: [{ burgerservicenummer: '999990022', ouderAanduiding: '1', naam }],
    };
    assertValid('Persoon', full);
    assert.deepEqual(Persoon.parse(full), full, 'every field in the example is one Regie declares');
    for (const verblijfplaats of [
      { type: 'VerblijfplaatsBuitenland', datumVan: datum },
      { type: 'VerblijfplaatsOnbekend', datumVan: datum },
      { type: 'Locatie', datumVan: datum },
    ]) {
      assertValid('Persoon', { verblijfplaats });
      assert.deepEqual(Persoon.parse({ verblijfplaats }), { verblijfplaats });
    }
    const beperkt = {
      burgerservicenummer: '999990019',
      naam,
      geboorte: { datum },
      geslacht: { code: 'V', omschrijving: 'vrouw' },
      leeftijd: 25,
      geheimhoudingPersoonsgegevens: false,
      adressering: { adresregel1: 'Proefstraat 1 a bis', adresregel2: '9810 AB  REGIEDAM' },
    };
    assertValid('PersoonBeperkt', beperkt);
    assert.deepEqual(PersoonBeperkt.parse(beperkt), beperkt);
  });

  test('the official validator is not vacuous: wrong answers and requests fail', (t) => {
    if (!official) return t.skip(SKIP);
    const mutate = (change: (p: FixturePersoon) => void) => {
      const copy = structuredClone(personen[2]!);
      change(copy);
      return brpResponse([copy]);
    };
    const wrong = [
      mutate((p) => {
        p.verblijfplaats.verblijfadres.postcode = '0810AB';
      }),
      mutate((p) => {
        p.geboorte.datum = {
          type: 'Datum',
          langFormaat: '1 mei 2000',
        } as FixturePersoon['geboorte']['datum'];
      }),
      mutate((p) => {
        p.verblijfplaats.type = 'Woonboot' as 'Adres';
      }),
      mutate((p) => {
        p.burgerservicenummer = 999990019 as unknown as string;
      }),
    ];
    for (const value of wrong)
      assert.ok(official.validate('PersonenQueryResponse', value).length > 0, JSON.stringify(value));
    const typo = mutate((p) => {
      (p.naam as Record<string, string>).geslachtnaam = p.naam.geslachtsnaam;
    });
    assert.equal(
      official.validate('PersonenQueryResponse', typo).length,
      0,
      'the official schema allows extra fields…',
    );
    assert.ok(
      official.validateStrict('PersonenQueryResponse', typo).length > 0,
      '…the strict check does not',
    );
    for (const request of [
      { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999990019'] },
      { type: 'RaadpleegMetBurgerservicenummer', fields: [], burgerservicenummer: ['999990019'] },
      { type: 'ZoekMetPostcodeEnHuisnummer', fields: ['naam'], postcode: '9810AB' },
      { type: 'ZoekOpIets', fields: ['naam'] },
    ]) {
      assert.ok(official.validate('PersonenQuery', request).length > 0, JSON.stringify(request));
    }
  });

  test('without the reference folder the loader answers null, so these tests skip instead of failing', () => {
    assert.equal(loadOfficialBrpSchema(new URL('file:///nonexistent/brp-personen/openapi.json')), null);
  });
});
