import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { syntheticBsn } from '../../lib/bsn.ts';
import { BrpError } from './brp-errors.ts';
import { applyFields, PERSOON_BEPERKT_FIELDS, PERSOON_FIELDS } from './brp-fields.ts';
import { deceased, generateBrpPersonen } from './brp-fixtures.ts';
import { type BrpTestServer, startBrpTestServer } from './brp-test-server.ts';
import { HttpBrpSource } from './http-brp-source.ts';

const personen = generateBrpPersonen({ households: 30, seed: 3 });
const dead = deceased(personen[1]!, '2026-02-02');
const data = [personen[0]!, dead, ...personen.slice(2)];

async function rejectsWith(promise: Promise<unknown>, code: BrpError['code'], message: RegExp) {
  await assert.rejects(promise, (err: Error) => {
    assert.ok(err instanceof BrpError, String(err));
    assert.equal(err.code, code);
    assert.match(err.message, message);
    return true;
  });
}

describe('HttpBrpSource against a local BRP Personen stand-in', () => {
  let server: BrpTestServer;
  let brp: HttpBrpSource;
  before(async () => {
    server = await startBrpTestServer({ personen: data, apiKey: 'geheim-123' });
    brp = new HttpBrpSource({ baseUrl: server.url, apiKey: 'geheim-123', timeoutMs: 2000 });
  });
  after(() => server.close());

  test('findByBsn: POST /personen with type, the mandatory fields and the API key; answers in the official format', async () => {
    server.received.length = 0;
    const wanted = [data[0]!.burgerservicenummer, dead.burgerservicenummer, syntheticBsn(89_999)];
    const found = await brp.findByBsn(wanted);
    assert.deepEqual(
      found.map((p) => p.burgerservicenummer),
      [data[0]!.burgerservicenummer, dead.burgerservicenummer],
      'an unknown BSN is simply absent',
    );
    const first = found[0]!;
    const expected = applyFields(
      data[0]! as unknown as Record<string, unknown>,
      PERSOON_FIELDS,
    ) as (typeof data)[0];
    assert.deepEqual(first.naam, expected.naam);
    assert.deepEqual(first.verblijfplaats, expected.verblijfplaats);
    assert.deepEqual(first.gemeenteVanInschrijving, expected.gemeenteVanInschrijving);
    assert.deepEqual(found[1]!.overlijden, {
      datum: { type: 'Datum', datum: '2026-02-02', langFormaat: '2 februari 2026' },
    });

    assert.equal(server.received.length, 1);
    const [request] = server.received;
    assert.equal(request!.headers['x-api-key'], 'geheim-123');
    assert.match(String(request!.headers['content-type']), /^application\/json/);
    assert.deepEqual(request!.body, {
      type: 'RaadpleegMetBurgerservicenummer',
      fields: [...PERSOON_FIELDS],
      burgerservicenummer: wanted,
    });
  });

  test('more than 20 BSNs are asked in several requests (the official maximum per request)', async () => {
    server.received.length = 0;
    const bsns = data.slice(0, 45).map((p) => p.burgerservicenummer);
    const found = await brp.findByBsn([...bsns, bsns[0]!]);
    assert.equal(found.length, bsns.length);
    assert.deepEqual(
      server.received.map((r) => (r.body as { burgerservicenummer: string[] }).burgerservicenummer.length),
      [20, 20, 5],
    );
    server.received.length = 0;
    assert.deepEqual(await brp.findByBsn([]), []);
    assert.equal(server.received.length, 0, 'nothing to ask, no request');
  });

  test('findByAddress: ZoekMetPostcodeEnHuisnummer answers PersoonBeperkt, without the deceased unless asked', async () => {
    server.received.length = 0;
    const { postcode, huisnummer } = dead.verblijfplaats.verblijfadres;
    const atAddress = data.filter(
      (p) =>
        p.verblijfplaats.verblijfadres.postcode === postcode &&
        p.verblijfplaats.verblijfadres.huisnummer === huisnummer,
    );
    const living = await brp.findByAddress({ postcode, huisnummer });
    assert.deepEqual(
      living.map((p) => p.burgerservicenummer).sort(),
      atAddress
        .filter((p) => !p.overlijden)
        .map((p) => p.burgerservicenummer)
        .sort(),
    );
    assert.ok(living.every((p) => typeof p.leeftijd === 'number' && p.adressering?.adresregel1));
    const all = await brp.findByAddress({ postcode, huisnummer, inclusiefOverledenPersonen: true });
    assert.equal(all.length, atAddress.length);
    assert.deepEqual(server.received[0]!.body, {
      type: 'ZoekMetPostcodeEnHuisnummer',
      fields: [...PERSOON_BEPERKT_FIELDS],
      postcode,
      huisnummer,
    });
    assert.equal(
      (server.received[1]!.body as { inclusiefOverledenPersonen: boolean }).inclusiefOverledenPersonen,
      true,
    );
  });

  test('fields: only what is asked comes back', async () => {
    const [p] = await brp.findByBsn(
      [data[0]!.burgerservicenummer],
      ['naam.geslachtsnaam', 'verblijfplaats.verblijfadres.postcode'],
    );
    assert.deepEqual(p, {
      naam: { geslachtsnaam: data[0]!.naam.geslachtsnaam },
      verblijfplaats: {
        type: 'Adres',
        verblijfadres: { postcode: data[0]!.verblijfplaats.verblijfadres.postcode },
      },
    });
  });

  test('problem responses become Dutch errors with status and the BRP code', async () => {
    const other = new HttpBrpSource({ baseUrl: server.url, apiKey: 'verkeerd' });
    await rejectsWith(
      other.findByBsn([data[0]!.burgerservicenummer]),
      'unauthenticated',
      /^De BRP herkent de API-sleutel van Regie niet \(HTTP 401\)\. Melding van de BRP: Niet correct geauthenticeerd\. BRP-code authentication\. Controleer de ingestelde sleutel\.$/,
    );
    await rejectsWith(
      brp.findByBsn([data[0]!.burgerservicenummer], ['geheimhoudingPersoonsgegevens']),
      'bad_request',
      /niet geaccepteerd \(HTTP 400\)\. Fout in: fields: Parameter bevat een niet bestaande of niet toegestane veldnaam\./,
    );
    const cases: [number, BrpError['code'], RegExp][] = [
      [403, 'forbidden', /geen toestemming van de BRP .*\(HTTP 403\)/],
      [429, 'rate_limited', /te veel vragen .*\(HTTP 429\)/],
      [
        500,
        'unavailable',
        /tijdelijk niet beschikbaar \(HTTP 500\)\. Melding van de BRP: Interne server fout/,
      ],
      [
        503,
        'unavailable',
        /tijdelijk niet beschikbaar \(HTTP 503\).*BRP-code notAvailable\. Probeer het later opnieuw\.$/,
      ],
      [404, 'unexpected_status', /onverwacht antwoord \(HTTP 404\)/],
    ];
    for (const [status, code, message] of cases) {
      server.failNext(status);
      await rejectsWith(brp.findByBsn([data[0]!.burgerservicenummer]), code, message);
    }
  });

  test('a question that breaks the official rules is not sent', async () => {
    server.received.length = 0;
    await rejectsWith(
      brp.findByBsn(['12345']),
      'invalid_query',
      /^Regie heeft de vraag niet aan de BRP gesteld, .*\. Fout in: burgerservicenummer\[0\]: moet uit 9 cijfers bestaan\.$/,
    );
    await rejectsWith(brp.findByBsn([data[0]!.burgerservicenummer], []), 'invalid_query', /Fout in: fields/);
    await rejectsWith(
      brp.findByAddress({ postcode: '0123AB', huisnummer: 1 }),
      'invalid_query',
      /Fout in: postcode: moet de vorm 1234AB hebben/,
    );
    assert.equal(server.received.length, 0);
  });

  test('answers that are not in the official format are refused', async () => {
    server.answerNextRaw('dit is geen json');
    await rejectsWith(brp.findByBsn([data[0]!.burgerservicenummer]), 'invalid_response', /geen JSON/);
    server.answerNextRaw(
      JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', personen: [{ burgerservicenummer: '12' }] }),
    );
    await rejectsWith(
      brp.findByBsn([data[0]!.burgerservicenummer]),
      'invalid_response',
      /Afwijkend in: personen\[0\]\.burgerservicenummer/,
    );
    server.answerNextRaw(JSON.stringify({ type: 'ZoekMetPostcodeEnHuisnummer', personen: [] }));
    await rejectsWith(
      brp.findByBsn([data[0]!.burgerservicenummer]),
      'invalid_response',
      /Afwijkend in: type/,
    );
  });

  test('a slow BRP times out; an unreachable one says so', async () => {
    const impatient = new HttpBrpSource({ baseUrl: server.url, apiKey: 'geheim-123', timeoutMs: 100 });
    server.delayNext(1000);
    await rejectsWith(
      impatient.findByBsn([data[0]!.burgerservicenummer]),
      'timeout',
      /niet op tijd antwoord\. Geen antwoord binnen 0,1 s\. Probeer het later opnieuw\.$/,
    );

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const gone = new HttpBrpSource({ baseUrl: `http://127.0.0.1:${port}/`, apiKey: 'x', timeoutMs: 2000 });
    await rejectsWith(
      gone.findByBsn([data[0]!.burgerservicenummer]),
      'unreachable',
      /niet bereikbaar\. Netwerkfout ECONNREFUSED/,
    );
  });

  test('the API key header can be configured (e.g. Authorization for a gateway)', async () => {
    const gateway = await startBrpTestServer({
      personen: data,
      apiKey: 'Bearer abc',
      apiKeyHeader: 'Authorization',
    });
    try {
      const client = new HttpBrpSource({
        baseUrl: `${gateway.url}/`,
        apiKey: 'Bearer abc',
        apiKeyHeader: 'Authorization',
      });
      assert.equal((await client.findByBsn([data[0]!.burgerservicenummer])).length, 1);
      assert.equal(gateway.received[0]!.headers.authorization, 'Bearer abc');
    } finally {
      await gateway.close();
    }
  });
});
