import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../../../test/helpers/db.ts';
import { loadConfig } from '../../../config.ts';
import type { Ctx } from '../../../context.ts';
import type { Database } from '../../../db/client.ts';
import { syntheticBsn } from '../../../lib/bsn.ts';
import { createLogger } from '../../../logger.ts';
import { DEFAULT_SIGNAL_SETTINGS } from '../settings.ts';
import {
  addHousehold,
  addSignal,
  type CreatedHousehold,
  type MatchedSignal,
  readSignal,
  type SignalSpec,
} from './match-test-support.ts';
import { matchSignals } from './matching.ts';
import { STATUS } from './statuses.ts';

const bsn = (n: number) => syntheticBsn(1000 + n);

/** A small register in GM9901 (and a little of GM9902), one postcode per scenario. */
async function buildRegister(db: Database['db']) {
  const h: Record<string, CreatedHousehold> = {};
  const add = async (key: string, spec: Parameters<typeof addHousehold>[1]) => {
    h[key] = await addHousehold(db, spec);
    return h[key];
  };
  await add('jansen', {
    postcode: '1011AA',
    huisnummer: 1,
    members: [
      { bsn: bsn(1), voornamen: 'Anna', geslachtsnaam: 'Jansen', geboortedatum: '1980-01-01' },
      { bsn: bsn(2), voornamen: 'Piet', geslachtsnaam: 'Jansen', geboortedatum: '1978-05-05' },
    ],
  });
  await add('deceased', {
    postcode: '1011AB',
    huisnummer: 2,
    members: [
      {
        bsn: bsn(3),
        voornamen: 'Kees',
        geslachtsnaam: 'Dood',
        geboortedatum: '1940-01-01',
        overlijdensdatum: '2026-10-01',
        toDate: '2026-10-01',
      },
      { bsn: bsn(4), voornamen: 'Mies', geslachtsnaam: 'Dood', geboortedatum: '1942-01-01' },
    ],
  });
  await add('movedOut', {
    postcode: '1011AC',
    huisnummer: 3,
    members: [
      {
        bsn: bsn(5),
        voornamen: 'Mark',
        geslachtsnaam: 'Weg',
        geboortedatum: '1990-01-01',
        toDate: '2026-06-01',
      },
      { bsn: bsn(6), voornamen: 'Lisa', geslachtsnaam: 'Blijft', geboortedatum: '1991-01-01' },
    ],
  });
  await add('otherMunicipality', {
    municipality: 'GM9902',
    postcode: '2022AA',
    huisnummer: 4,
    members: [{ bsn: bsn(7), voornamen: 'Olga', geslachtsnaam: 'Elders', geboortedatum: '1970-01-01' }],
  });
  const tie = await add('tieA', {
    postcode: '1011AD',
    huisnummer: 5,
    members: [{ bsn: bsn(8), voornamen: 'Eva', geslachtsnaam: 'Smit', geboortedatum: '1990-02-02' }],
  });
  await add('tieB', {
    addressId: tie.addressId,
    members: [{ bsn: bsn(9), voornamen: 'Eva', geslachtsnaam: 'Bakker', geboortedatum: '1990-02-02' }],
  });
  const lead = await add('leadA', {
    postcode: '1011AE',
    huisnummer: 6,
    members: [
      {
        bsn: bsn(10),
        voornamen: 'Tom',
        voorvoegsel: 'de',
        geslachtsnaam: 'Boer',
        geboortedatum: '1985-03-03',
      },
    ],
  });
  await add('leadB', {
    addressId: lead.addressId,
    members: [{ bsn: bsn(11), voornamen: 'Tim', geslachtsnaam: 'Visser', geboortedatum: '1985-03-03' }],
  });
  await add('alone', {
    postcode: '1011AF',
    huisnummer: 7,
    members: [{ bsn: bsn(12), voornamen: 'Sara', geslachtsnaam: 'Alleen', geboortedatum: '1999-09-09' }],
  });
  const shared = await add('sharedA', {
    postcode: '1011AG',
    huisnummer: 8,
    members: [{ bsn: bsn(13), voornamen: 'Ali', geslachtsnaam: 'Kamer', geboortedatum: '2000-01-01' }],
  });
  await add('sharedB', {
    addressId: shared.addressId,
    members: [{ bsn: bsn(14), voornamen: 'Bo', geslachtsnaam: 'Kamer', geboortedatum: '2001-01-01' }],
  });
  // Toevoeging variants at 1011AH 10: none, A, 2, A-2, bis, 3.
  const variants: [string, string | null, string | null][] = [
    ['t10', null, null],
    ['t10A', 'A', null],
    ['t10_2', null, '2'],
    ['t10A2', 'A', '2'],
    ['t10bis', null, 'bis'],
    ['t10_3', null, '3'],
  ];
  for (const [i, [key, huisletter, toevoeging]] of variants.entries()) {
    await add(key, {
      postcode: '1011AH',
      huisnummer: 10,
      huisletter,
      toevoeging,
      members: [{ bsn: bsn(20 + i), voornamen: 'Variant', geslachtsnaam: key, geboortedatum: '1980-01-01' }],
    });
  }
  await add('vries', {
    postcode: '1011AJ',
    huisnummer: 11,
    members: [
      {
        bsn: bsn(30),
        voornamen: 'Jan',
        voorvoegsel: 'de',
        geslachtsnaam: 'Vries',
        geboortedatum: '1970-07-07',
      },
    ],
  });
  await add('vos', {
    postcode: '1011AK',
    huisnummer: 12,
    members: [
      { bsn: bsn(31), voornamen: 'Ria', geslachtsnaam: 'Vos', geboortedatum: '1960-01-01' },
      {
        bsn: bsn(32),
        voornamen: 'Bas',
        geslachtsnaam: 'Vos',
        geboortedatum: '1995-09-09',
        toDate: '2026-01-01',
      },
    ],
  });
  const ended = await add('ended', {
    postcode: '1011AL',
    huisnummer: 13,
    endedOn: '2026-01-01',
    members: [
      {
        bsn: bsn(33),
        voornamen: 'Oud',
        geslachtsnaam: 'Bewoner',
        geboortedatum: '1950-01-01',
        toDate: '2026-01-01',
      },
    ],
  });
  await add('newcomer', {
    addressId: ended.addressId,
    members: [{ bsn: bsn(34), voornamen: 'Nieuw', geslachtsnaam: 'Bewoner', geboortedatum: '1995-01-01' }],
  });
  await add('wrongBirth', {
    postcode: '1011AM',
    huisnummer: 14,
    members: [{ bsn: bsn(35), voornamen: 'Henk', geslachtsnaam: 'Anders', geboortedatum: '1950-01-01' }],
  });
  const samenwerk = await add('samenwerkA', {
    municipality: 'GM9902',
    postcode: '2022AB',
    huisnummer: 5,
    members: [{ bsn: bsn(40), voornamen: 'Ab', geslachtsnaam: 'Twee', geboortedatum: '1980-01-01' }],
  });
  await add('samenwerkB', {
    municipality: 'GM9902',
    addressId: samenwerk.addressId,
    members: [{ bsn: bsn(41), voornamen: 'Bea', geslachtsnaam: 'Twee', geboortedatum: '1981-01-01' }],
  });
  return h;
}

/** Every scenario as one signal; all of them are matched in one batch, across both municipalities. */
const scenarios = {
  bsnCurrent: { bsn: bsn(1) },
  bsnDeceased: { bsn: bsn(3) },
  bsnMovedOut: { bsn: bsn(5) },
  bsnUnknown: { bsn: bsn(99) },
  bsnOfOtherMunicipality: { bsn: bsn(7) },
  bsnInOtherMunicipality: { municipality: 'GM9902', bsn: bsn(7) },
  bsnUnknownWaiting: { municipality: 'GM9902', bsn: bsn(98) },
  tie: { postcode: '1011AD', huisnummer: 5, birthDate: '1990-02-02' },
  leadByName: { postcode: '1011AE', huisnummer: 6, birthDate: '1985-03-03', name: 'Tom de Boer' },
  addressOnlyAlone: { postcode: '1011AF', huisnummer: 7 },
  postcodeWritten: { postcode: '1011 af', huisnummer: 7 },
  addressOnlyShared: { postcode: '1011AG', huisnummer: 8 },
  letterAndAddition: { postcode: '1011AH', huisnummer: 10, huisletter: 'A', toevoeging: '2' },
  combinedToevoeging: { postcode: '1011AH', huisnummer: 10, toevoeging: 'a-2' },
  swappedToevoeging: { postcode: '1011AH', huisnummer: 10, toevoeging: '2 A' },
  bis: { postcode: '1011AH', huisnummer: 10, toevoeging: ' BIS' },
  letterOnly: { postcode: '1011AH', huisnummer: 10, huisletter: 'a' },
  unknownToevoeging: { postcode: '1011AH', huisnummer: 10, toevoeging: 'B' },
  noToevoeging: { postcode: '1011AH', huisnummer: 10 },
  nameOnly: { postcode: '1011AJ', huisnummer: 11, name: 'Jan de Vries' },
  movedOutBirth: { postcode: '1011AK', huisnummer: 12, birthDate: '1995-09-09' },
  endedHousehold: { postcode: '1011AL', huisnummer: 13 },
  wrongBirth: { postcode: '1011AM', huisnummer: 14, birthDate: '1951-01-01' },
  unknownAddress: { postcode: '9999ZZ', huisnummer: 1 },
  belowReviewWaiting: { municipality: 'GM9902', postcode: '2022AB', huisnummer: 5 },
} satisfies Record<string, SignalSpec>;

describe('matching signals to households', () => {
  let database: Database;
  let ctx: Ctx;
  let h: Record<string, CreatedHousehold>;
  const ids: Record<string, string> = {};
  const result: Record<string, MatchedSignal> = {};
  let alreadyMatched: string;
  const hid = (key: string) => h[key]!.householdId;

  before(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await db.execute(
      sql`INSERT INTO municipalities (code, name) VALUES ('GM9901', 'Regiedam'), ('GM9902', 'Samenwerk')`,
    );
    // Samenwerk keeps unmatched signals pending and sends nothing under 0.6 to review.
    const samenwerk = { ...DEFAULT_SIGNAL_SETTINGS, noMatch: 'wachten', reviewMinScore: 0.6 };
    await db.execute(sql`INSERT INTO signal_settings (municipality_code, settings)
      VALUES ('GM9902', ${JSON.stringify(samenwerk)}::jsonb)`);
    ctx = {
      db,
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
      log: createLogger('silent'),
      requestId: 'matching-test',
      now: new Date('2026-11-23T09:00:00Z'),
      actor: { type: 'system', name: 'matching-test' },
    };
    h = await buildRegister(db);
    for (const [key, spec] of Object.entries(scenarios)) ids[key] = await addSignal(db, spec);
    alreadyMatched = await addSignal(db, { bsn: bsn(1) });
    await db.execute(
      sql`UPDATE signals SET match_status = 'gematcht', status = 'Opgepakt' WHERE id = ${alreadyMatched}`,
    );
    await matchSignals(ctx, db, [...Object.values(ids), alreadyMatched]);
    for (const [key, id] of Object.entries(ids)) result[key] = await readSignal(db, id);
  });
  after(() => database.close());

  test('BSN: a current resident is matched to person and household with score 1', () => {
    const s = result.bsnCurrent!;
    assert.equal(s.matchStatus, 'gematcht');
    assert.equal(s.householdId, hid('jansen'));
    assert.equal(s.personId, h.jansen!.personIds[0]);
    assert.deepEqual(s.match, { method: 'bsn', fields: ['bsn'], score: 1 });
    assert.equal(s.status, STATUS.waiting);
  });

  test('BSN: a deceased resident is matched to the last household, with status "Inwoner is overleden"', () => {
    const s = result.bsnDeceased!;
    assert.equal(s.matchStatus, 'gematcht');
    assert.equal(s.personId, h.deceased!.personIds[0]);
    assert.equal(s.householdId, hid('deceased'));
    assert.equal(s.status, STATUS.deceased);
  });

  test('BSN: moved out, unknown, or only known in another municipality is no match, "geen inwoner"', () => {
    for (const key of ['bsnMovedOut', 'bsnUnknown', 'bsnOfOtherMunicipality']) {
      const s = result[key]!;
      assert.equal(s.matchStatus, 'geen_match', key);
      assert.equal(s.status, STATUS.notResident, key);
      assert.equal(s.householdId, null, key);
      assert.equal(s.personId, null, key);
      assert.equal(s.match, null, key);
    }
  });

  test('BSN: the same BSN in its own municipality matches there (one batch, two municipalities)', () => {
    const s = result.bsnInOtherMunicipality!;
    assert.equal(s.matchStatus, 'gematcht');
    assert.equal(s.householdId, hid('otherMunicipality'));
  });

  test('no match with noMatch "wachten" leaves the signal pending', () => {
    for (const key of ['bsnUnknownWaiting', 'belowReviewWaiting']) {
      const s = result[key]!;
      assert.equal(s.matchStatus, 'geen_match', key);
      assert.equal(s.status, STATUS.waiting, key);
    }
  });

  test('address + birth date: a tie between two households goes to review with both candidates', () => {
    const s = result.tie!;
    assert.equal(s.matchStatus, 'te_beoordelen');
    assert.equal(s.householdId, null);
    assert.equal(s.match?.method, 'adres');
    assert.equal(s.match?.score, 0.8);
    const candidates = s.match?.candidates ?? [];
    assert.deepEqual(new Set(candidates.map((c) => c.householdId)), new Set([hid('tieA'), hid('tieB')]));
    for (const c of candidates) {
      assert.equal(c.score, 0.8);
      assert.deepEqual(c.fields, ['postcode', 'huisnummer', 'geboortedatum']);
      assert.ok(c.personId, 'the person whose birth date agreed');
    }
  });

  test('address + birth date + name: a clear lead is matched with the fields that agreed', () => {
    const s = result.leadByName!;
    assert.equal(s.matchStatus, 'gematcht');
    assert.equal(s.householdId, hid('leadA'));
    assert.equal(s.personId, h.leadA!.personIds[0]);
    assert.deepEqual(s.match, {
      method: 'adres',
      fields: ['postcode', 'huisnummer', 'geboortedatum', 'naam'],
      score: 1,
    });
  });

  test('address only: the only household at the address is matched without a person', () => {
    for (const key of ['addressOnlyAlone', 'postcodeWritten']) {
      const s = result[key]!;
      assert.equal(s.matchStatus, 'gematcht', key);
      assert.equal(s.householdId, hid('alone'), key);
      assert.equal(s.personId, null, key);
      assert.deepEqual(s.match, { method: 'adres', fields: ['postcode', 'huisnummer'], score: 0.8 }, key);
    }
  });

  test('address only: two households at one address go to review at 0.5', () => {
    const s = result.addressOnlyShared!;
    assert.equal(s.matchStatus, 'te_beoordelen');
    assert.deepEqual(
      s.match?.candidates?.map((c) => [c.score, c.personId]),
      [
        [0.5, null],
        [0.5, null],
      ],
    );
  });

  test('toevoeging: letter and addition in any spelling find the one address', () => {
    for (const key of ['letterAndAddition', 'combinedToevoeging', 'swappedToevoeging']) {
      const s = result[key]!;
      assert.equal(s.matchStatus, 'gematcht', key);
      assert.equal(s.householdId, hid('t10A2'), key);
      assert.deepEqual(s.match?.fields, ['postcode', 'huisnummer', 'toevoeging'], key);
    }
    assert.equal(result.bis!.householdId, hid('t10bis'));
  });

  test('toevoeging: a letter alone agrees with every address with that letter; review', () => {
    const s = result.letterOnly!;
    assert.equal(s.matchStatus, 'te_beoordelen');
    assert.deepEqual(
      new Set(s.match?.candidates?.map((c) => c.householdId)),
      new Set([hid('t10A'), hid('t10A2')]),
    );
  });

  test('toevoeging: an unknown toevoeging is no match; none given lists the top 5 of 6 addresses', () => {
    assert.equal(result.unknownToevoeging!.matchStatus, 'geen_match');
    assert.equal(result.unknownToevoeging!.status, STATUS.notResident);
    const s = result.noToevoeging!;
    assert.equal(s.matchStatus, 'te_beoordelen');
    assert.equal(s.match?.candidates?.length, 5);
    assert.ok(s.match?.candidates?.every((c) => c.score === 0.8));
  });

  test('name only: 0.5 + 0.2 × similarity, below the auto score, goes to review with the person', () => {
    const s = result.nameOnly!;
    assert.equal(s.matchStatus, 'te_beoordelen');
    assert.equal(s.match?.score, 0.7);
    assert.deepEqual(s.match?.candidates, [
      {
        householdId: hid('vries'),
        personId: h.vries!.personIds[0],
        score: 0.7,
        fields: ['postcode', 'huisnummer', 'naam'],
      },
    ]);
  });

  test('a member who moved out and an ended household do not count', () => {
    const movedOut = result.movedOutBirth!;
    assert.equal(movedOut.matchStatus, 'te_beoordelen');
    assert.deepEqual(movedOut.match?.candidates, [
      { householdId: hid('vos'), personId: null, score: 0.5, fields: ['postcode', 'huisnummer'] },
    ]);
    const ended = result.endedHousehold!;
    assert.equal(ended.matchStatus, 'gematcht', 'the new household is the only one at the address');
    assert.equal(ended.householdId, hid('newcomer'));
  });

  test('a birth date that differs leaves only the address: review; an unknown address: no match', () => {
    assert.equal(result.wrongBirth!.matchStatus, 'te_beoordelen');
    assert.equal(result.wrongBirth!.match?.score, 0.5);
    assert.equal(result.unknownAddress!.matchStatus, 'geen_match');
  });

  test('only open signals are touched; matching again changes nothing', async () => {
    const untouched = await readSignal(database.db, alreadyMatched);
    assert.equal(untouched.status, 'Opgepakt');
    assert.equal(untouched.match, null);
    const before = JSON.stringify(result);
    await matchSignals(ctx, database.db, Object.values(ids));
    const again: Record<string, MatchedSignal> = {};
    for (const [key, id] of Object.entries(ids)) again[key] = await readSignal(database.db, id);
    assert.equal(JSON.stringify(again), before);
  });
});
