import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import {
  areas,
  municipalities,
  organisationMunicipalities,
  organisations,
  type Role,
  regionMunicipalities,
  regions,
  teamAreas,
  teamMunicipalities,
  teams,
} from '../../db/schema/index.ts';
import { dateInAmsterdam } from '../../lib/dates.ts';
import { createUser } from '../users/users.service.ts';
import { seedDemoAgreement } from './agreements.ts';
import { seedDemoCases } from './cases.ts';
import { seedCosts } from './costs.ts';
import { type Area, insertPopulation, type SeedProgress } from './population.ts';
import { seedCareProvisions, seedProvisions } from './provisions.ts';
import { seedDemoSignals } from './signals.ts';

/** The password of every demo account (documented in the README; demo data is never seeded in production). */
export const DEMO_PASSWORD = 'Regie-demo-2026';
export const DEMO_MUNICIPALITY = 'GM9901';

// Fictional municipalities: GM99xx codes are not in use by CBS, so demo data cannot be mistaken for a real place.
const demoMunicipalities = [
  { code: 'GM9901', name: 'Regiedam', postcodeBase: 9810 },
  { code: 'GM9902', name: 'Samenwerk', postcodeBase: 9830 },
];
const wijkNames = ['Centrum', 'Noord', 'Oost', 'Zuid', 'West', 'Havenkwartier'];

function demoAreas() {
  const wijken: (typeof areas.$inferInsert)[] = [];
  const buurten: (typeof areas.$inferInsert)[] = [];
  for (const m of demoMunicipalities) {
    const count = m.code === 'GM9901' ? 6 : 2;
    for (let w = 1; w <= count; w++) {
      const wijkCode = `WK${m.code.slice(2)}${String(w).padStart(2, '0')}`;
      wijken.push({
        code: wijkCode,
        kind: 'wijk',
        name: `${m.name} ${wijkNames[w - 1]}`,
        municipalityCode: m.code,
      });
      for (let b = 1; b <= 3; b++) {
        buurten.push({
          code: `BU${wijkCode.slice(2)}${String(b).padStart(2, '0')}`,
          kind: 'buurt',
          name: `${wijkNames[w - 1]} ${['Oud', 'Midden', 'Nieuw'][b - 1]}`,
          municipalityCode: m.code,
          parentCode: wijkCode,
        });
      }
    }
  }
  return { wijken, buurten };
}

export async function demoAlreadySeeded(ctx: Ctx): Promise<boolean> {
  const [row] = await ctx.db.select().from(municipalities).where(eq(municipalities.code, DEMO_MUNICIPALITY));
  return Boolean(row);
}

/**
 * Seeds the demo: two fictional municipalities with regions, wijken and buurten, a municipality and partner
 * organisations, wijkteams (one serving two municipalities), one account per role, and a synthetic population.
 * Does nothing when the demo municipality exists already.
 */
export async function seedDemo(ctx: Ctx, households: number, onProgress?: SeedProgress): Promise<boolean> {
  if (await demoAlreadySeeded(ctx)) return false;
  const { wijken, buurten } = demoAreas();
  const ids = await ctx.db.transaction(async (tx) => {
    await tx.insert(municipalities).values(demoMunicipalities.map(({ code, name }) => ({ code, name })));
    const regionRows = await tx
      .insert(regions)
      .values([
        { kind: 'arbeidsmarktregio', code: 'AMR99', name: 'Arbeidsmarktregio Delta' },
        { kind: 'veiligheidsregio', code: 'VR99', name: 'Veiligheidsregio Delta' },
        { kind: 'woningmarktregio', code: 'WMR99', name: 'Woningmarktregio Delta' },
        { kind: 'zorgregio', code: 'ZR99', name: 'Zorgregio Delta' },
      ])
      .returning({ id: regions.id });
    await tx
      .insert(regionMunicipalities)
      .values(
        regionRows.flatMap((r) =>
          demoMunicipalities.map((m) => ({ regionId: r.id, municipalityCode: m.code })),
        ),
      );
    await tx.insert(areas).values([...wijken, ...buurten]);

    const org = async (kind: (typeof organisations.$inferInsert)['kind'], name: string, codes: string[]) => {
      const [row] = await tx.insert(organisations).values({ kind, name }).returning({ id: organisations.id });
      await tx
        .insert(organisationMunicipalities)
        .values(codes.map((c) => ({ organisationId: row!.id, municipalityCode: c })));
      return row!.id;
    };
    const both = ['GM9901', 'GM9902'];
    const gemeente = await org('gemeente', 'Gemeente Regiedam', ['GM9901']);
    await org('gemeente', 'Gemeente Samenwerk', ['GM9902']);
    const corporatie = await org('woningcorporatie', 'Woonstichting De Sleutel', both);
    await org('zorgaanbieder', 'Zorggroep Horizon', both);
    const kredietbank = await org('schuldhulpverlening', 'Kredietbank Delta', both);
    await org('energieleverancier', 'Energie Samen', both);
    await org('drinkwaterbedrijf', 'Waterbedrijf Delta', both);
    await org('zorgverzekeraar', 'Zorgverzekeraar Zeker', both);
    await org('clientenraad', 'Cliëntenraad Sociaal Domein Regiedam', ['GM9901']);
    await org('huurdersorganisatie', 'Huurdersvereniging De Sleutel', both);

    const team = async (
      organisationId: string,
      name: string,
      kind: (typeof teams.$inferInsert)['kind'],
      wijkCodes: string[],
    ) => {
      const [row] = await tx.insert(teams).values({ organisationId, name, kind }).returning({ id: teams.id });
      const codes = [...new Set(wijkCodes.map((w) => `GM${w.slice(2, 6)}`))];
      await tx
        .insert(teamMunicipalities)
        .values(codes.map((c) => ({ teamId: row!.id, municipalityCode: c })));
      await tx
        .insert(teamAreas)
        .values(
          wijkCodes.map((w) => ({ teamId: row!.id, areaCode: w, municipalityCode: `GM${w.slice(2, 6)}` })),
        );
      return row!.id;
    };
    const regiedamWijken = wijken.filter((w) => w.municipalityCode === 'GM9901').map((w) => w.code);
    const allWijken = wijken.map((w) => w.code);
    return {
      gemeente,
      corporatie,
      kredietbank,
      noord: await team(gemeente, 'Wijkteam Noord', 'wijkteam', regiedamWijken.slice(0, 3)),
      zuid: await team(gemeente, 'Wijkteam Zuid', 'wijkteam', regiedamWijken.slice(3)),
      loket: await team(gemeente, 'Loket Sociaal Domein', 'loket', regiedamWijken),
      schuldhulp: await team(
        kredietbank,
        'Schuldhulp Delta (Regiedam en Samenwerk)',
        'schuldhulp',
        allWijken,
      ),
    };
  });

  const accounts: {
    username: string;
    displayName: string;
    roles: Role[];
    org: string;
    team?: string;
    leader?: boolean;
  }[] = [
    {
      username: 'regisseur',
      displayName: 'Rana Regisseur',
      roles: ['regisseur', 'wijkteam_professional'],
      org: ids.gemeente,
      team: ids.noord,
    },
    {
      username: 'wijkteam',
      displayName: 'Wout Wijkteam',
      roles: ['wijkteam_professional'],
      org: ids.gemeente,
      team: ids.noord,
    },
    { username: 'intake', displayName: 'Ilse Intake', roles: ['intake'], org: ids.gemeente, team: ids.loket },
    {
      username: 'schuldhulp',
      displayName: 'Sem Schuldhulp',
      roles: ['schuldhulpverlener'],
      org: ids.kredietbank,
      team: ids.schuldhulp,
    },
    { username: 'partner', displayName: 'Petra Partner', roles: ['partner_medewerker'], org: ids.corporatie },
    {
      username: 'teamleider',
      displayName: 'Tess Teamleider',
      roles: ['teamleider'],
      org: ids.gemeente,
      team: ids.noord,
      leader: true,
    },
    { username: 'beleid', displayName: 'Bart Beleid', roles: ['beleidsmedewerker'], org: ids.gemeente },
    { username: 'fg', displayName: 'Fenna FG', roles: ['fg'], org: ids.gemeente },
    { username: 'beheerder', displayName: 'Bob Beheer', roles: ['beheerder'], org: ids.gemeente },
  ];
  for (const a of accounts) {
    await createUser(ctx, {
      username: a.username,
      displayName: a.displayName,
      email: `${a.username}@regiedam.example`,
      organisationId: a.org,
      roles: a.roles,
      password: DEMO_PASSWORD,
      teams: a.team ? [{ teamId: a.team, isLeader: a.leader ?? false }] : [],
    });
  }

  const populationAreas: Area[] = buurten
    .filter((b) => b.municipalityCode === 'GM9901')
    .map((b, i) => ({
      municipalityCode: 'GM9901',
      woonplaats: 'Regiedam',
      wijkCode: b.parentCode!,
      buurtCode: b.code,
      postcodeBase: 9810 + (i % 10),
    }));
  await insertPopulation(ctx.db, 20261123, households, populationAreas, onProgress);
  await seedProvisions(ctx.db, [DEMO_MUNICIPALITY]); // the demo population lives in Regiedam only
  await seedDemoSignals(ctx);
  await seedDemoCases(ctx);
  await seedCareProvisions(ctx.db, [DEMO_MUNICIPALITY]);
  await seedCosts(ctx.db, [DEMO_MUNICIPALITY], Number(dateInAmsterdam(ctx.now).slice(0, 4)));
  await seedDemoAgreement(ctx, DEMO_MUNICIPALITY);
  return true;
}
