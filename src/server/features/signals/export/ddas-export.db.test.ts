import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeSchemaErrors } from '../../brp/official-brp-schema.ts';
import {
  BSN_BOUNDARY,
  BSN_HUUR,
  BSN_OTHER_MUNICIPALITY,
  BSN_ZORG,
  createExportTestDb,
  type ExportTestDb,
  PERIOD,
} from './ddas-export.fixtures.ts';
import type { DdasVroegsignaal, DdasVroegsignaalzaak } from './ddas-export.map.ts';
import { type DdasExportInput, exportDdas } from './ddas-export.service.ts';
import type { TextSink } from './ddas-json-writer.ts';
import { loadOfficialDdasSchema, officialDdasSchemaFile } from './official-ddas-schema.ts';

/**
 * Conformance of `exportDdas` with the official DDAS v1.2 schema (../shared/reference/ddas-v1.2/), plus the rules
 * checked by hand so the test still asserts something on a clone without the reference folder.
 */

const official = loadOfficialDdasSchema();
const SKIP = `het officiële DDAS-schema ontbreekt (${officialDdasSchemaFile().pathname}); alleen de eigen controles`;

type Delivery = {
  startdatumLevering: string;
  einddatumLevering: string;
  aanleverdatumEnTijd: string;
  codeGegevensleverancier: string;
  leveringen: {
    teller: number;
    gemeentecode: string;
    aanleverendeOrganisatie: { naam: string };
    vroegsignalen: DdasVroegsignaal[];
    vroegsignaalzaken: DdasVroegsignaalzaak[];
  }[];
};

function collectingSink() {
  const writes: string[] = [];
  const sink: TextSink = { write: async (text) => void writes.push(text) };
  return { sink, writes, text: () => writes.join('') };
}

function nulls(value: unknown, path = ''): string[] {
  if (value === null) return [path];
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => nulls(v, `${path}/${k}`));
}

describe('regie export ddas: the CBS delivery (DDAS v1.2 Uitwisselmodel)', () => {
  let t: ExportTestDb;
  let delivery: Delivery;
  let raw: string;
  let writes: number;

  const run = async (input: Partial<DdasExportInput> = {}) => {
    const out = collectingSink();
    const report = await exportDdas(t.ctx(), { ...PERIOD, batchSize: 2, ...input }, out.sink);
    return { report, text: out.text(), writes: out.writes.length };
  };

  before(async () => {
    t = await createExportTestDb();
    const result = await run();
    raw = result.text;
    writes = result.writes;
    delivery = JSON.parse(raw) as Delivery;
    assert.deepEqual(result.report, {
      gemeentecode: 'GM9901',
      van: '2026-10-01',
      tot: '2026-10-31',
      vroegsignalen: 6,
      vroegsignaalzaken: 2,
      overgeslagen: 1,
    });
  });
  after(() => t.close());

  const signal = (id: string) => delivery.leveringen[0]!.vroegsignalen.filter((s) => s.ID === id);

  test('validates against the official schema (json_schema_Uitwisselmodel.json, ajv 2020 with formats)', (c) => {
    if (!official) return c.skip(SKIP);
    const errors = official.validate(delivery);
    assert.equal(errors.length, 0, describeSchemaErrors(errors));
  });

  test('header and the one levering', () => {
    const { leveringen, ...header } = delivery;
    assert.deepEqual(header, {
      startdatumLevering: '2026-10-01',
      einddatumLevering: '2026-10-31',
      aanleverdatumEnTijd: '2026-11-23T09:00:00Z',
      codeGegevensleverancier: 'Regie',
    });
    assert.equal(leveringen.length, 1);
    const [levering] = leveringen;
    assert.equal(levering!.teller, 1);
    assert.equal(levering!.gemeentecode, 'GM9901');
    assert.deepEqual(levering!.aanleverendeOrganisatie, { naam: 'Gemeente Regiedam' });
    assert.deepEqual(nulls(delivery), [], 'optional members are left out, never null');
  });

  test('the period: vroegsignalen received from 1 October 00:00 up to 1 November 00:00 Dutch time', () => {
    const ids = delivery.leveringen[0]!.vroegsignalen.map((s) => s.ID).sort();
    assert.deepEqual(
      ids,
      ['GRENS-IN', 'HUUR-2026-0001', 'WATER-77', 'WATER-77', t.ids.crisis, t.ids.noPartner].sort(),
    );
    for (const outside of ['GRENS-UIT', 'ZORG-1', 'ELDERS-1', 'SEPT-1', 'ZONDER-HUISNUMMER', t.ids.zorg]) {
      assert.equal(signal(outside).length, 0, `${outside} is not delivered`);
    }
    assert.ok(!raw.includes(BSN_ZORG), 'the zorgsignaal is not in the file in any form');
    assert.ok(!raw.includes(BSN_OTHER_MUNICIPALITY), 'nothing of another municipality');
  });

  test('a BSN client holds only the BSN; the other members of the signal are as stored', () => {
    assert.deepEqual(signal('HUUR-2026-0001'), [
      {
        ID: 'HUUR-2026-0001',
        status: 'Opgepakt',
        signaalpartner: { type: 'Huur' },
        bedrag: 850,
        ontstaansdatum: '2026-08-01',
        signaaldatum: '2026-10-02',
        crisissignaal: false,
        warmeOverdracht: false,
        client: { burgerservicenummer: BSN_HUUR },
      },
    ]);
    assert.deepEqual(signal('GRENS-IN')[0]!.client, { burgerservicenummer: BSN_BOUNDARY });
  });

  test('an address client: postcode, huisnummer, toevoeging from letter + toevoeging, birth date, gender', () => {
    assert.deepEqual(signal(t.ids.crisis), [
      {
        ID: t.ids.crisis,
        status: 'Opgepakt',
        signaalpartner: { type: 'Energie' },
        bedrag: 1240,
        ontstaansdatum: '2026-07-15',
        signaaldatum: '2026-10-08',
        crisissignaal: true,
        warmeOverdracht: true,
        client: {
          postcode: '9811AA',
          huisnummer: '12',
          huisnummertoevoeging: 'A-2',
          geboortedatum: '1980-05-17',
          geslachtsaanduiding: 'Vrouw',
        },
      },
    ]);
  });

  test('a signal without partner type or amount: signaalpartner stays (required), empty; no bedrag', () => {
    assert.deepEqual(signal(t.ids.noPartner), [
      {
        ID: t.ids.noPartner,
        status: 'Nog niet opgepakt',
        signaalpartner: {},
        signaaldatum: '2026-10-20',
        crisissignaal: false,
        warmeOverdracht: false,
        client: { postcode: '9811AB', huisnummer: '3', huisnummertoevoeging: 'b' },
      },
    ]);
  });

  test('vroegsignaalzaken: the closed case with result and contact attempts, the picked-up open case', () => {
    const zaken = delivery.leveringen[0]!.vroegsignaalzaken;
    assert.equal(zaken.length, 2, 'the intake case and the September case are not delivered');
    const closed = zaken.find((z) => z.resultaat !== undefined);
    const open = zaken.find((z) => z.resultaat === undefined);
    assert.deepEqual(closed, {
      resultaat: 'Vervolghulp en/of verwijzing financieel',
      matchingsdatum: '2026-10-02',
      datumOpgepakt: '2026-10-05',
      startdatumMatchingperiode: '2026-10-01',
      einddatumMatchingperiode: '2026-10-31',
      vroegsignalen: [{ ID: 'HUUR-2026-0001' }],
      contactpogingen: [
        { soort: 'Telefoon', bereikt: false, datum: '2026-10-03', dagdeel: 'Ochtend' },
        { soort: 'Brief', bereikt: false, datum: '2026-10-04' },
        { soort: 'Huisbezoek', bereikt: true, datum: '2026-10-05', dagdeel: 'Middag' },
      ],
    });
    assert.deepEqual(open, {
      matchingsdatum: '2026-10-08',
      datumOpgepakt: '2026-10-10',
      startdatumMatchingperiode: '2026-10-01',
      einddatumMatchingperiode: '2026-10-31',
      // In the order received; the two signals with the same partner id are referred to once (uniqueItems).
      vroegsignalen: [{ ID: t.ids.crisis }, { ID: 'WATER-77' }],
      contactpogingen: [],
    });
  });

  test('written incrementally: one write per item, not one string at the end', () => {
    assert.ok(writes >= 6 + 2 + 2, `${writes} writes`);
    assert.equal(raw.split('\n').length, 6 + 2 + 7, 'one item per line');
  });

  test('the export is audited: counts and period, no personal data', async () => {
    const { rows } = await t.database.db.execute<{
      municipalityCode: string;
      resourceIds: string[];
      details: Record<string, unknown>;
    }>(sql`SELECT municipality_code AS "municipalityCode", resource_ids AS "resourceIds", details
      FROM audit_log WHERE action = 'signal.export' ORDER BY id`);
    assert.ok(rows.length >= 1);
    assert.deepEqual(rows[0], {
      municipalityCode: 'GM9901',
      resourceIds: [],
      details: {
        formaat: 'DDAS v1.2',
        van: '2026-10-01',
        tot: '2026-10-31',
        vroegsignalen: 6,
        vroegsignaalzaken: 2,
        overgeslagen: 1,
      },
    });
  });

  test('the same delivery whatever the batch size (keyset pages do not skip or repeat)', async () => {
    for (const batchSize of [1, 3, 1000]) {
      const again = await run({ batchSize });
      assert.equal(again.text, raw, `batch size ${batchSize}`);
    }
  });

  test('--organisation-name replaces the default; an empty period is still a valid delivery', async (c) => {
    const named = JSON.parse((await run({ organisationName: 'Kredietbank Delta' })).text) as Delivery;
    assert.deepEqual(named.leveringen[0]!.aanleverendeOrganisatie, { naam: 'Kredietbank Delta' });
    const empty = await run({ from: '2025-01-01', to: '2025-01-31' });
    const parsed = JSON.parse(empty.text) as Delivery;
    assert.deepEqual(parsed.leveringen[0]!.vroegsignalen, []);
    assert.deepEqual(parsed.leveringen[0]!.vroegsignaalzaken, []);
    const samenwerk = JSON.parse((await run({ municipality: 'GM9902' })).text) as Delivery;
    assert.deepEqual(samenwerk.leveringen[0]!.aanleverendeOrganisatie, { naam: 'Gemeente Samenwerk' });
    assert.deepEqual(
      samenwerk.leveringen[0]!.vroegsignalen.map((s) => s.ID),
      ['ELDERS-1'],
    );
    if (!official) return c.skip(SKIP);
    for (const d of [named, parsed, samenwerk]) {
      assert.deepEqual(official.validate(d), []);
    }
  });

  test('refused before anything is read: bad dates, a period the wrong way round, unknown municipality, no system actor', async () => {
    const refused = async (input: Partial<DdasExportInput>, message: RegExp) => {
      const out = collectingSink();
      await assert.rejects(exportDdas(t.ctx(), { ...PERIOD, ...input }, out.sink), message);
      assert.equal(out.writes.length, 0);
    };
    await refused({ from: '2026-02-30' }, /--from moet een bestaande datum zijn/);
    await refused({ to: '31-10-2026' }, /--to moet een bestaande datum zijn/);
    await refused({ from: '2026-11-01' }, /--from \(2026-11-01\) ligt na --to \(2026-10-31\)/);
    await refused({ municipality: 'GM0001' }, /Gemeente GM0001 is niet bekend in Regie/);
    const userCtx = {
      ...t.ctx(),
      actor: {
        type: 'user' as const,
        userId: '00000000-0000-0000-0000-000000000001',
        username: 'beleid',
        displayName: 'Bart Beleid',
        roles: ['beleidsmedewerker' as const],
        organisationId: '00000000-0000-0000-0000-000000000002',
        sessionId: null,
      },
    };
    await assert.rejects(exportDdas(userCtx, PERIOD, collectingSink().sink), { code: 'forbidden' });
  });

  test('the validator is not vacuous: the mistakes the export avoids are caught', (c) => {
    if (!official) return c.skip(SKIP);
    const wrong = (change: (d: Delivery) => void) => {
      const copy = structuredClone(delivery);
      change(copy);
      return official.validate(copy).length > 0;
    };
    const huur = (d: Delivery) => d.leveringen[0]!.vroegsignalen.find((s) => s.ID === 'HUUR-2026-0001')!;
    assert.ok(
      wrong((d) => Object.assign(huur(d).client, { postcode: '9811AA' })),
      'BSN plus address',
    );
    assert.ok(
      wrong((d) => Object.assign(huur(d), { bedrag: null })),
      'null for an optional member',
    );
    assert.ok(
      wrong((d) => Object.assign(huur(d), { signaalpartner: undefined })),
      'no signaalpartner',
    );
    assert.ok(
      wrong((d) => Object.assign(d.leveringen[0]!.vroegsignaalzaken[0]!, { vroegsignalen: [] })),
      'minItems',
    );
    assert.ok(
      wrong((d) => Object.assign(d, { aanleverdatumEnTijd: '2026-11-23 09:00' })),
      'date-time format',
    );
    assert.ok(
      wrong((d) => Object.assign(huur(d), { status: 'Afgehandeld' })),
      'status outside the enum',
    );
  });
});
