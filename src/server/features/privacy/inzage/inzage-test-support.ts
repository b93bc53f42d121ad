// A hand-made world for the inzage tests: one household in Regiedam with the person who asks (Ayşe) and a
// co-resident (Coby) whose data must never appear in Ayşe's dossier, a signal, a case with a plan, ZRM, provisions,
// a term, a consent and a break-the-glass grant; and a person with a valid BSN in Samenwerk (outside the FG's reach).
import { eq } from 'drizzle-orm';
import type { TestApp } from '../../../../../test/helpers/app.ts';
import {
  accessGrants,
  addresses,
  caseDeadlines,
  caseRegisseurs,
  cases,
  caseTransitions,
  consents,
  householdMembers,
  households,
  organisations,
  persons,
  planAgreements,
  planVersions,
  provisions,
  signals,
  teams,
  users,
  zrmAssessments,
} from '../../../db/schema/index.ts';
import { syntheticBsn } from '../../../lib/bsn.ts';

/** Far above the demo population's BSN indexes (about 2.3 per household) and the case seed's extra (90,900). */
export const BSN = {
  ayse: syntheticBsn(90_800),
  coby: syntheticBsn(90_801),
  elsewhere: syntheticBsn(90_802),
  unknown: syntheticBsn(90_803),
};

export const COBY = { voornamen: 'Coby', geslachtsnaam: 'Medebewoner' };
/** Texts that belong to Coby only: none may appear anywhere in Ayşe's dossier. */
export const COBY_SECRETS = [
  'Coby',
  'Medebewoner',
  BSN.coby,
  'Geheim doel van de medebewoner',
  'Zorgen over de medebewoner',
  'jeugdhulp-medebewoner',
];

export type InzageWorld = {
  ayseId: string;
  cobyId: string;
  householdId: string;
  caseId: string;
  signalId: string;
  provisionId: string;
  consentId: string;
};

async function idOf<T extends { id: string }>(rows: T[], what: string): Promise<string> {
  const row = rows[0];
  if (!row) throw new Error(`no ${what}`);
  return row.id;
}

export async function buildInzageWorld(t: TestApp): Promise<InzageWorld> {
  const db = t.database.db;
  const userId = async (username: string) =>
    idOf(await db.select({ id: users.id }).from(users).where(eq(users.username, username)), username);
  const orgId = async (name: string) =>
    idOf(
      await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)),
      name,
    );
  const rana = await userId('regisseur');
  const wout = await userId('wijkteam');
  const noord = await idOf(
    await db.select({ id: teams.id }).from(teams).where(eq(teams.name, 'Wijkteam Noord')),
    'Wijkteam Noord',
  );
  const corporatie = await orgId('Woonstichting De Sleutel');
  const kredietbank = await orgId('Kredietbank Delta');

  const [address] = await db
    .insert(addresses)
    .values({
      municipalityCode: 'GM9901',
      straat: 'Şahinlaan',
      huisnummer: 7,
      huisletter: 'b',
      postcode: '9811ZZ',
      woonplaats: 'Regiedam',
    })
    .returning({ id: addresses.id });
  const [household] = await db
    .insert(households)
    .values({ municipalityCode: 'GM9901', addressId: address!.id, startedOn: '2020-01-01' })
    .returning({ id: households.id });
  const householdId = household!.id;
  const [ayse, coby] = await db
    .insert(persons)
    .values([
      {
        municipalityCode: 'GM9901',
        bsn: BSN.ayse,
        voornamen: 'Ayşe',
        geslachtsnaam: 'Yılmaz',
        geboortedatum: '1988-04-12',
        geslacht: 'V',
      },
      { municipalityCode: 'GM9901', bsn: BSN.coby, ...COBY, geboortedatum: '2012-09-01', geslacht: 'M' },
    ])
    .returning({ id: persons.id });
  const ayseId = ayse!.id;
  const cobyId = coby!.id;
  await db.insert(householdMembers).values([
    { municipalityCode: 'GM9901', householdId, personId: ayseId, relation: 'hoofd', fromDate: '2020-01-01' },
    { municipalityCode: 'GM9901', householdId, personId: cobyId, relation: 'kind', fromDate: '2020-01-01' },
  ]);

  // Someone with a valid BSN in Samenwerk: the Regiedam FG may not find them.
  const [otherAddress] = await db
    .insert(addresses)
    .values({
      municipalityCode: 'GM9902',
      straat: 'Elders',
      huisnummer: 1,
      postcode: '9921AA',
      woonplaats: 'Samenwerk',
    })
    .returning({ id: addresses.id });
  await db
    .insert(households)
    .values({ municipalityCode: 'GM9902', addressId: otherAddress!.id, startedOn: '2021-01-01' });
  await db.insert(persons).values({
    municipalityCode: 'GM9902',
    bsn: BSN.elsewhere,
    voornamen: 'Eva',
    geslachtsnaam: 'Elders',
    geboortedatum: '1970-01-01',
  });

  const signalBase = {
    municipalityCode: 'GM9901',
    kind: 'vroegsignaal' as const,
    source: 'formulier' as const,
    partnerOrganisationId: corporatie,
    partnerType: 'Huur',
    filedBy: null,
    category: 'betalingsachterstand',
    signalDate: '2026-10-01',
    receivedAt: new Date('2026-10-01T08:00:00Z'),
    status: 'Opgepakt',
    matchStatus: 'gematcht' as const,
    householdId,
  };
  const [signal] = await db
    .insert(signals)
    .values([
      {
        ...signalBase,
        sourceKey: 'form:inzage-ayse',
        amountEuros: 850,
        bsn: BSN.ayse,
        name: 'A. Yılmaz',
        description: 'Huurachterstand van twee maanden',
        personId: ayseId,
      },
    ])
    .returning({ id: signals.id });
  await db.insert(signals).values({
    ...signalBase,
    kind: 'zorgsignaal',
    category: 'zorg',
    sourceKey: 'form:inzage-coby',
    bsn: BSN.coby,
    name: 'Coby Medebewoner',
    description: 'Zorgen over de medebewoner',
    personId: cobyId,
  });

  const [c] = await db
    .insert(cases)
    .values({
      municipalityCode: 'GM9901',
      householdId,
      teamId: noord,
      phase: 'plan',
      lifecycleVersion: 1,
      openedOn: '2026-10-05',
    })
    .returning({ id: cases.id });
  const caseId = c!.id;
  await db.insert(caseRegisseurs).values({
    caseId,
    userId: rana,
    status: 'actief',
    acceptedAt: new Date('2026-10-05T10:00:00Z'),
  });
  await db.insert(caseTransitions).values({
    caseId,
    fromPhase: null,
    toPhase: 'aanmelding',
    lifecycleVersion: 1,
    reason: 'Casus gestart',
    actorId: rana,
    at: new Date('2026-10-05T10:00:00Z'),
  });
  const goal = (id: string, text: string, personId: string | null) => ({
    id,
    domain: 'financien',
    text,
    personId,
    transition18: false,
    actions: [
      {
        id: id.replace(/^1/, '2'),
        description: `Actie bij ${text}`,
        owner: { kind: 'organisatie', name: 'Kredietbank Delta' },
        dueOn: '2026-12-15',
        status: 'open',
      },
    ],
  });
  await db.insert(planVersions).values({
    caseId,
    version: 1,
    content: {
      situation: { network: 'Zus woont dichtbij', strengths: 'Werkt graag', worries: '', earlierHelp: '' },
      goals: [
        goal('11111111-1111-4111-8111-111111111111', 'Ik wil mijn huur weer betalen', ayseId),
        goal('11111111-1111-4111-8111-222222222222', 'Geheim doel van de medebewoner', cobyId),
        goal('11111111-1111-4111-8111-333333333333', 'Samen rust in huis', null),
      ],
    },
    savedBy: rana,
    savedAt: new Date('2026-10-20T09:00:00Z'),
  });
  await db.insert(planAgreements).values({
    caseId,
    planVersion: 1,
    agreedOn: '2026-10-21',
    how: 'mondeling',
    recordedBy: rana,
    recordedAt: new Date('2026-10-21T09:00:00Z'),
  });
  await db.insert(zrmAssessments).values([
    {
      caseId,
      personId: ayseId,
      assessedOn: '2026-10-15',
      scores: { financien: 2, huisvesting: 3 },
      assessedBy: rana,
    },
    { caseId, personId: cobyId, assessedOn: '2026-10-15', scores: { financien: 5 }, assessedBy: rana },
  ]);
  const [provision] = await db
    .insert(provisions)
    .values([
      {
        municipalityCode: 'GM9901',
        householdId,
        personId: ayseId,
        law: 'wgs',
        product: 'schuldhulpverlening',
        startDate: '2026-11-01',
        status: 'toegekend',
        decidedOn: '2026-10-30',
        decidedBy: rana,
        legalBasis: 'art. 4 Wgs',
        caseId,
      },
    ])
    .returning({ id: provisions.id });
  await db.insert(provisions).values({
    municipalityCode: 'GM9901',
    householdId,
    personId: cobyId,
    law: 'jeugdwet',
    product: 'jeugdhulp-medebewoner',
    startDate: '2026-11-01',
    status: 'toegekend',
    caseId,
  });
  await db.insert(caseDeadlines).values({
    caseId,
    municipalityCode: 'GM9901',
    kind: 'wgs_eerste_gesprek',
    startedOn: '2026-10-05',
    dueOn: '2026-11-02',
    basis: { rule: 'Wgs art. 4 lid 1', amount: 4, unit: 'weeks' },
    metOn: '2026-10-20',
  });
  const [consent] = await db
    .insert(consents)
    .values({
      municipalityCode: 'GM9901',
      personId: ayseId,
      purpose: 'schuldhulpverlening',
      recipientOrganisationId: kredietbank,
      givenOn: '2026-10-21',
      givenHow: 'schriftelijk',
      recordedBy: rana,
      recordedAt: new Date('2026-10-21T09:00:00Z'),
    })
    .returning({ id: consents.id });
  await db.insert(accessGrants).values({
    municipalityCode: 'GM9901',
    userId: wout,
    householdId,
    reason: 'Crisis in het weekend: de regisseur is niet bereikbaar',
    grantedAt: new Date('2026-11-01T20:00:00Z'),
    expiresAt: new Date('2026-11-02T00:00:00Z'),
  });
  return {
    ayseId,
    cobyId,
    householdId,
    caseId,
    signalId: signal!.id,
    provisionId: provision!.id,
    consentId: consent!.id,
  };
}
