import { type SQL, sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../../../test/helpers/db.ts';
import { loadConfig } from '../../../config.ts';
import type { Ctx } from '../../../context.ts';
import type { Database } from '../../../db/client.ts';
import { syntheticBsn } from '../../../lib/bsn.ts';
import { createLogger } from '../../../logger.ts';

/**
 * A test database with a small, hand-made register and signals for the DDAS export, written straight into the
 * tables (no pipeline), so each case of the export rules is present exactly once. Synthetic data only.
 *
 * Period under test: October 2026 in GM9901. Dutch summer time ends on 25 October, so the two boundary signals
 * test both offsets: 30 Sep 23:30Z is 1 Oct 01:30 CEST (in), 31 Oct 23:30Z is 1 Nov 00:30 CET (out).
 */

export const PERIOD = { municipality: 'GM9901', from: '2026-10-01', to: '2026-10-31' } as const;
export const NOW = '2026-11-23T09:00:00.000Z';

export const BSN_HUUR = syntheticBsn(101);
export const BSN_ZORG = syntheticBsn(102);
export const BSN_OTHER_MUNICIPALITY = syntheticBsn(103);
export const BSN_BOUNDARY = syntheticBsn(104);

export type SeededIds = {
  huur: string; // BSN client, closed case
  crisis: string; // address client with toevoeging and birth date, crisis, open picked-up case
  dupA: string; // same external id as dupB, in the open case
  dupB: string;
  boundaryIn: string; // received on 1 October 01:30 Dutch time
  noPartner: string; // no partner type, no amount, no case
  boundaryOut: string; // received on 1 November 00:30 Dutch time
  zorg: string; // a zorgsignaal: never delivered
  otherMunicipality: string;
  undeliverable: string; // postcode without huisnummer
  septemberInClosedCase: string;
  closedCase: string;
  openCase: string;
  intakeCase: string;
  septemberCase: string;
};

export type ExportTestDb = {
  database: Database;
  ctx: (now?: string) => Ctx;
  ids: SeededIds;
  close: () => Promise<void>;
};

type SignalSeed = {
  municipality?: string;
  kind?: 'vroegsignaal' | 'zorgsignaal';
  externalId?: string | null;
  partnerType?: string | null;
  amount?: number | null;
  arrearsSince?: string | null;
  signalDate: string;
  receivedAt: string;
  crisis?: boolean;
  warm?: boolean;
  bsn?: string | null;
  birthDate?: string | null;
  gender?: string | null;
  postcode?: string | null;
  huisnummer?: number | null;
  huisletter?: string | null;
  toevoeging?: string | null;
  status?: string;
  caseId?: string | null;
};

export async function createExportTestDb(): Promise<ExportTestDb> {
  const database = await createTestDatabase();
  const { db } = database;
  const one = async <T extends Record<string, unknown>>(query: SQL) => (await db.execute<T>(query)).rows[0]!;

  await db.execute(
    sql`INSERT INTO municipalities (code, name) VALUES ('GM9901', 'Regiedam'), ('GM9902', 'Samenwerk')`,
  );
  const org = await one<{ id: string }>(
    sql`INSERT INTO organisations (kind, name) VALUES ('gemeente', 'Gemeente Regiedam') RETURNING id`,
  );
  const corporation = await one<{ id: string }>(
    sql`INSERT INTO organisations (kind, name) VALUES ('woningcorporatie', 'Woonstichting De Sleutel') RETURNING id`,
  );
  await db.execute(sql`INSERT INTO organisation_municipalities (organisation_id, municipality_code)
    VALUES (${org.id}, 'GM9901'), (${corporation.id}, 'GM9901')`);

  const household = async (municipality: string, postcode: string, huisnummer: number) => {
    const address = await one<{ id: string }>(sql`INSERT INTO addresses
      (municipality_code, straat, huisnummer, postcode, woonplaats)
      VALUES (${municipality}, 'Proefstraat', ${huisnummer}, ${postcode}, 'Regiedam') RETURNING id`);
    const h = await one<{ id: string }>(sql`INSERT INTO households (municipality_code, address_id, started_on)
      VALUES (${municipality}, ${address.id}, '2020-01-01') RETURNING id`);
    return h.id;
  };
  const hh1 = await household('GM9901', '9811AA', 1);
  const hh2 = await household('GM9901', '9811AA', 12);
  const hh3 = await household('GM9901', '9811AB', 3);

  const signalCase = async (c: {
    household: string;
    kind: 'vroegsignaalzaak' | 'intake';
    openedOn: string;
    pickedUpOn?: string;
    closedOn?: string;
    result?: string;
  }) =>
    (
      await one<{ id: string }>(sql`INSERT INTO signal_cases
        (municipality_code, household_id, kind, opened_on, picked_up_on, closed_on, result)
        VALUES ('GM9901', ${c.household}, ${c.kind}, ${c.openedOn}, ${c.pickedUpOn ?? null}, ${c.closedOn ?? null},
          ${c.result ?? null}) RETURNING id`)
    ).id;
  const closedCase = await signalCase({
    household: hh1,
    kind: 'vroegsignaalzaak',
    openedOn: '2026-10-02',
    pickedUpOn: '2026-10-05',
    closedOn: '2026-10-20',
    result: 'Vervolghulp en/of verwijzing financieel',
  });
  const openCase = await signalCase({
    household: hh2,
    kind: 'vroegsignaalzaak',
    openedOn: '2026-10-08',
    pickedUpOn: '2026-10-10',
  });
  const intakeCase = await signalCase({ household: hh1, kind: 'intake', openedOn: '2026-10-03' });
  const septemberCase = await signalCase({
    household: hh3,
    kind: 'vroegsignaalzaak',
    openedOn: '2026-09-10',
  });

  let n = 0;
  const signal = async (s: SignalSeed) => {
    n++;
    const row = await one<{ id: string }>(sql`INSERT INTO signals
      (municipality_code, kind, source, source_key, external_id, partner_type, category, crisis, warme_overdracht,
       amount_euros, arrears_since, signal_date, received_at, bsn, birth_date, gender, postcode, huisnummer,
       huisletter, huisnummertoevoeging, status, case_id)
      VALUES (${s.municipality ?? 'GM9901'}, ${s.kind ?? 'vroegsignaal'}, 'ddas', ${`test-${n}`},
        ${s.externalId ?? null}, ${s.partnerType ?? null},
        ${s.kind === 'zorgsignaal' ? 'zorgen_om_kinderen' : 'betalingsachterstand'}, ${s.crisis ?? false},
        ${s.warm ?? false}, ${s.amount ?? null}, ${s.arrearsSince ?? null}, ${s.signalDate}, ${s.receivedAt},
        ${s.bsn ?? null}, ${s.birthDate ?? null}, ${s.gender ?? null}, ${s.postcode ?? null}, ${s.huisnummer ?? null},
        ${s.huisletter ?? null}, ${s.toevoeging ?? null}, ${s.status ?? 'Nog niet opgepakt'}, ${s.caseId ?? null})
      RETURNING id`);
    return row.id;
  };

  const ids: SeededIds = {
    huur: await signal({
      externalId: 'HUUR-2026-0001',
      partnerType: 'Huur',
      amount: 850,
      arrearsSince: '2026-08-01',
      signalDate: '2026-10-02',
      receivedAt: '2026-10-02T08:00:00Z',
      bsn: BSN_HUUR,
      // A BSN client carries only the BSN, whatever else the partner sent.
      birthDate: '1975-03-14',
      gender: 'M',
      postcode: '9811AA',
      huisnummer: 1,
      status: 'Opgepakt',
      caseId: closedCase,
    }),
    crisis: await signal({
      partnerType: 'Energie',
      amount: 1240,
      arrearsSince: '2026-07-15',
      signalDate: '2026-10-08',
      receivedAt: '2026-10-08T10:15:00Z',
      crisis: true,
      warm: true,
      birthDate: '1980-05-17',
      gender: 'V',
      postcode: '9811 aa',
      huisnummer: 12,
      huisletter: 'A',
      toevoeging: '2',
      status: 'Opgepakt',
      caseId: openCase,
    }),
    dupA: await signal({
      externalId: 'WATER-77',
      partnerType: 'Water',
      amount: 160,
      signalDate: '2026-10-09',
      receivedAt: '2026-10-09T07:00:00Z',
      postcode: '9811AA',
      huisnummer: 12,
      caseId: openCase,
    }),
    dupB: await signal({
      externalId: 'WATER-77',
      partnerType: 'Zorg',
      amount: 300,
      signalDate: '2026-10-12',
      receivedAt: '2026-10-12T07:00:00Z',
      postcode: '9811AA',
      huisnummer: 12,
      status: 'Niet opgepakt: herhaalde melding',
      caseId: openCase,
    }),
    boundaryIn: await signal({
      externalId: 'GRENS-IN',
      partnerType: 'Zorg',
      amount: 95,
      signalDate: '2026-09-30',
      receivedAt: '2026-09-30T23:30:00Z',
      bsn: BSN_BOUNDARY,
    }),
    noPartner: await signal({
      signalDate: '2026-10-20',
      receivedAt: '2026-10-20T12:00:00Z',
      postcode: '9811AB',
      huisnummer: 3,
      huisletter: 'b',
    }),
    boundaryOut: await signal({
      externalId: 'GRENS-UIT',
      partnerType: 'Huur',
      signalDate: '2026-10-31',
      receivedAt: '2026-10-31T23:30:00Z',
      bsn: BSN_BOUNDARY,
    }),
    zorg: await signal({
      kind: 'zorgsignaal',
      externalId: 'ZORG-1',
      signalDate: '2026-10-03',
      receivedAt: '2026-10-03T09:00:00Z',
      bsn: BSN_ZORG,
      caseId: intakeCase,
    }),
    otherMunicipality: await signal({
      municipality: 'GM9902',
      externalId: 'ELDERS-1',
      partnerType: 'Huur',
      signalDate: '2026-10-05',
      receivedAt: '2026-10-05T09:00:00Z',
      bsn: BSN_OTHER_MUNICIPALITY,
    }),
    undeliverable: await signal({
      externalId: 'ZONDER-HUISNUMMER',
      partnerType: 'Energie',
      signalDate: '2026-10-06',
      receivedAt: '2026-10-06T09:00:00Z',
      postcode: '9811AC',
    }),
    septemberInClosedCase: await signal({
      externalId: 'SEPT-1',
      partnerType: 'Huur',
      signalDate: '2026-09-10',
      receivedAt: '2026-09-10T09:00:00Z',
      postcode: '9811AB',
      huisnummer: 3,
      caseId: septemberCase,
    }),
    closedCase,
    openCase,
    intakeCase,
    septemberCase,
  };

  const attempt = (caseId: string, soort: string, bereikt: boolean, datum: string, dagdeel: string | null) =>
    db.execute(sql`INSERT INTO signal_contact_attempts (case_id, municipality_code, soort, bereikt, datum, dagdeel)
      VALUES (${caseId}, 'GM9901', ${soort}, ${bereikt}, ${datum}, ${dagdeel})`);
  await attempt(closedCase, 'Huisbezoek', true, '2026-10-05', 'Middag');
  await attempt(closedCase, 'Telefoon', false, '2026-10-03', 'Ochtend');
  await attempt(closedCase, 'Brief', false, '2026-10-04', null);
  await attempt(intakeCase, 'Telefoon', true, '2026-10-04', 'Avond');

  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const log = createLogger('silent');
  const ctx = (now = NOW): Ctx => ({
    db,
    config,
    log,
    requestId: 'ddas-export-test',
    now: new Date(now),
    actor: { type: 'system', name: 'ddas-export-test' },
  });
  return { database, ctx, ids, close: () => database.close() };
}
