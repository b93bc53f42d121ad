import { sql } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../context.ts';
import { type SignalKind, type SignalSource, signals } from '../../db/schema/index.ts';
import { syntheticBsn } from '../../lib/bsn.ts';
import { processSignals } from '../signals/pipeline/process.ts';
import { ARREARS_CATEGORY } from '../signals/settings.ts';
import { Prng } from './prng.ts';

const MUNICIPALITY = 'GM9901';
const SEED = 20261124;

type Resident = {
  bsn: string;
  geboortedatum: string | null;
  voornamen: string;
  voorvoegsel: string | null;
  geslachtsnaam: string;
  geslacht: 'M' | 'V' | 'O' | null;
  postcode: string;
  huisnummer: number;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
};

/** What a partner worried about, in the words a corporation would use (synthetic). */
const careWorries: [string, string][] = [
  ['vervuiling-woning', 'Bij reparatie van de cv gezien dat de woning sterk vervuild is.'],
  ['zorgen-om-kinderen', 'Buren melden dat de kinderen vaak laat nog alleen buiten zijn.'],
  ['verward-gedrag', 'Bewoner reageerde bij het huisbezoek verward en wist niet welke dag het was.'],
  ['eenzaamheid', 'Oudere bewoner heeft weinig contact; post stapelt zich op.'],
  ['overlast', 'Herhaalde klachten over geluidsoverlast in de nacht.'],
];

const partnerTypes = ['Energie', 'Water', 'Zorg', 'Huur'] as const;

/**
 * Demo signals for Regiedam (GM9901): the routing rules of the demo and about sixty deterministic signals over the
 * last two months, run through the pipeline like every other way in, so the worklists and the review queue are not
 * empty when the demo starts. Residents are the heads of the synthetic population in BSN order (the population is
 * itself deterministic); all data is synthetic. The mix: DDAS-like arrears with BSN (some crisis, some repeats of the
 * same partner), arrears with only an address (some clear, some for review), eviction and end-of-supply crises, care
 * signals filed by Woonstichting De Sleutel, and a few signals about people who do not live in Regiedam.
 */
export async function seedDemoSignals(ctx: Ctx): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const { rows: ids } = await tx.execute<{
      noord: string;
      zuid: string;
      loket: string;
      schuldhulp: string;
      corporatie: string;
      partner: string | null;
    }>(sql`
      SELECT (SELECT id FROM teams WHERE name = 'Wijkteam Noord') AS noord,
        (SELECT id FROM teams WHERE name = 'Wijkteam Zuid') AS zuid,
        (SELECT id FROM teams WHERE name = 'Loket Sociaal Domein') AS loket,
        (SELECT id FROM teams WHERE name LIKE 'Schuldhulp Delta%' ORDER BY name LIMIT 1) AS schuldhulp,
        (SELECT id FROM organisations WHERE name = 'Woonstichting De Sleutel') AS corporatie,
        (SELECT id FROM users WHERE username = 'partner') AS partner`);
    const team = ids[0];
    if (!team?.noord || !team.zuid || !team.loket || !team.schuldhulp || !team.corporatie) return 0;
    const { rows: wijken } = await tx.execute<{ code: string; name: string }>(sql`
      SELECT code, name FROM areas WHERE municipality_code = ${MUNICIPALITY} AND kind = 'wijk' ORDER BY code`);
    await insertRules(tx, team, wijken);

    const { rows: residents } = await tx.execute<Resident>(sql`
      SELECT p.bsn, p.geboortedatum::text, p.voornamen, p.voorvoegsel, p.geslachtsnaam, p.geslacht,
        a.postcode, a.huisnummer, a.huisletter, a.huisnummertoevoeging
      FROM household_members m
      JOIN persons p ON p.id = m.person_id
      JOIN households h ON h.id = m.household_id
      JOIN addresses a ON a.id = h.address_id
      WHERE h.municipality_code = ${MUNICIPALITY} AND h.ended_on IS NULL AND m.to_date IS NULL
        AND m.relation = 'hoofd' AND p.overlijdensdatum IS NULL
      ORDER BY p.bsn LIMIT 48`);
    if (residents.length === 0) return 0;
    const rows = demoSignals(ctx.now, residents, team.corporatie, team.partner);
    const inserted = await tx
      .insert(signals)
      .values(rows)
      .onConflictDoNothing()
      .returning({ id: signals.id });
    await processSignals(
      ctx,
      tx,
      inserted.map((r) => r.id),
    );
    return inserted.length;
  });
}

async function insertRules(
  tx: Parameters<Parameters<typeof inTransaction>[1]>[0],
  team: { noord: string; zuid: string; loket: string; schuldhulp: string },
  wijken: { code: string; name: string }[],
) {
  const rules: {
    name: string;
    priority: number;
    area: string | null;
    category: string | null;
    team: string;
  }[] = [
    ...[ARREARS_CATEGORY, 'huurachterstand', 'dreigende-huisuitzetting', 'einde-levering-energie'].map(
      (category) => ({
        name: `Vroegsignalen (${category}) naar schuldhulp`,
        priority: 10,
        area: null,
        category,
        team: team.schuldhulp,
      }),
    ),
    ...wijken.map((w, i) => ({
      name: `Zorgsignalen ${w.name}`,
      priority: 20,
      area: w.code,
      category: null,
      team: i < 3 ? team.noord : team.zuid,
    })),
    {
      name: 'Vangnet: al het andere naar het loket',
      priority: 100,
      area: null,
      category: null,
      team: team.loket,
    },
  ];
  await tx.execute(sql`
    INSERT INTO routing_rules (municipality_code, name, priority, area_code, category, team_id)
    SELECT ${MUNICIPALITY}, r.name, r.priority, r.area, r.category, r.team
    FROM jsonb_to_recordset(${JSON.stringify(rules)}::jsonb) AS r(name text, priority int, area text, category text, team uuid)`);
}

function iso(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

function fullName(r: Resident): string {
  return [r.voornamen, r.voorvoegsel, r.geslachtsnaam].filter(Boolean).join(' ');
}

/** The signals themselves: pure, so the same residents and clock give the same demo. */
export function demoSignals(
  now: Date,
  residents: readonly Resident[],
  corporatie: string,
  partnerUser: string | null,
): (typeof signals.$inferInsert)[] {
  const prng = new Prng(SEED);
  const out: (typeof signals.$inferInsert)[] = [];
  const resident = (i: number) => residents[i % residents.length]!;
  /** Received `daysAgo` days before now, during office hours. */
  const receivedAt = (daysAgo: number) =>
    new Date(now.getTime() - daysAgo * 86_400_000 - prng.int(0, 8 * 60) * 60_000);
  const add = (
    kind: SignalKind,
    source: SignalSource,
    fields: Partial<typeof signals.$inferInsert> & { daysAgo: number },
  ) => {
    const { daysAgo, ...rest } = fields;
    const at = receivedAt(daysAgo);
    out.push({
      municipalityCode: MUNICIPALITY,
      kind,
      source,
      sourceKey: `demo:${out.length + 1}`,
      category: ARREARS_CATEGORY,
      signalDate: iso(new Date(at.getTime() - prng.int(0, 4) * 86_400_000)),
      receivedAt: at,
      ...rest,
    });
  };
  const arrears = (
    r: Resident,
    partnerType: string,
    daysAgo: number,
    extra: Partial<typeof signals.$inferInsert> = {},
  ) => {
    add('vroegsignaal', 'ddas', {
      daysAgo,
      externalId: `DEMO-${out.length + 1}`,
      partnerType,
      amountEuros: prng.int(80, 2400),
      arrearsSince: iso(new Date(now.getTime() - (daysAgo + prng.int(30, 120)) * 86_400_000)),
      bsn: r.bsn,
      birthDate: r.geboortedatum,
      gender: r.geslacht === 'V' ? 'Vrouw' : r.geslacht === 'M' ? 'Man' : 'Onbekend',
      ...extra,
    });
  };

  // 24 arrears with BSN; three are a crisissignaal. Four of them are repeated by the same partner later on.
  for (let i = 0; i < 24; i++) {
    arrears(resident(i), partnerTypes[i % 4]!, 20 + prng.int(0, 39), { crisis: i % 8 === 3 });
  }
  for (let i = 0; i < 4; i++) arrears(resident(i), partnerTypes[i % 4]!, prng.int(0, 15));
  // 8 arrears with only an address: with birth date and name (matched), or with a name only (for review).
  for (let i = 0; i < 8; i++) {
    const r = resident(24 + i);
    add('vroegsignaal', 'ddas', {
      daysAgo: prng.int(0, 59),
      externalId: `DEMO-${out.length + 1}`,
      partnerType: partnerTypes[i % 4]!,
      amountEuros: prng.int(80, 1500),
      postcode: r.postcode,
      huisnummer: r.huisnummer,
      huisletter: r.huisletter,
      huisnummertoevoeging: r.huisnummertoevoeging,
      birthDate: i < 4 ? r.geboortedatum : null,
      name: i < 4 ? fullName(r) : `${r.voornamen.slice(0, 1)}. ${r.geslachtsnaam}`,
    });
  }
  // Crises by category: threatening eviction (filed by the corporation) and end of energy supply.
  for (let i = 0; i < 3; i++) {
    const r = resident(32 + i);
    const eviction = i < 2;
    add('vroegsignaal', eviction ? 'formulier' : 'ddas', {
      daysAgo: prng.int(0, 10),
      category: eviction ? 'dreigende-huisuitzetting' : 'einde-levering-energie',
      partnerType: eviction ? 'Huur' : 'Energie',
      partnerOrganisationId: eviction ? corporatie : null,
      filedBy: eviction ? partnerUser : null,
      urgency: 'hoog',
      amountEuros: prng.int(1500, 4000),
      bsn: r.bsn,
      description: eviction ? 'Vonnis tot ontruiming is aangevraagd.' : null,
      residentInformed: eviction ? true : null,
      residentConsents: eviction ? false : null,
    });
  }
  // 18 care signals filed by Woonstichting De Sleutel through the form: name and address, sometimes a birth date.
  for (let i = 0; i < 18; i++) {
    const r = resident(35 + i);
    const [category, description] = careWorries[i % careWorries.length]!;
    add('zorgsignaal', 'formulier', {
      daysAgo: prng.int(0, 59),
      category,
      partnerType: 'Huur',
      partnerOrganisationId: corporatie,
      filedBy: partnerUser,
      urgency: i % 6 === 0 ? 'hoog' : 'normaal',
      postcode: r.postcode,
      huisnummer: r.huisnummer,
      huisletter: r.huisletter,
      huisnummertoevoeging: r.huisnummertoevoeging,
      name: fullName(r),
      birthDate: i % 3 === 2 ? null : r.geboortedatum,
      description,
      residentInformed: i % 2 === 0,
      residentConsents: i % 4 === 0,
    });
  }
  // 3 arrears about people who do not live in Regiedam (BSNs far beyond the demo population).
  for (let i = 0; i < 3; i++) {
    arrears(
      { ...resident(0), bsn: syntheticBsn(80_000 + i), geboortedatum: `1970-01-0${i + 1}` },
      partnerTypes[i]!,
      prng.int(0, 59),
    );
  }
  return out;
}
