import { syntheticBsn } from '../../lib/bsn.ts';
import { firstNamesF, firstNamesM, streets, surnames } from '../seed/names.ts';
import { Prng } from '../seed/prng.ts';
import { volledigeDatum } from './brp-dates.ts';

/**
 * Synthetic persons in the official BRP Personen format, for tests and demos: BSNs from the 999 test range
 * (syntheticBsn), invented names and addresses in a fictional municipality. Deterministic for a seed. Nothing here
 * describes a real person; no file with personal-looking data is committed.
 */

export type FixtureAdres = {
  officieleStraatnaam: string;
  korteStraatnaam: string;
  huisnummer: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  postcode: string;
  woonplaats: string;
};

/** A person as the BRP answers RaadpleegMetBurgerservicenummer (the fields Regie asks for). */
export type FixturePersoon = {
  burgerservicenummer: string;
  naam: { voornamen: string; voorvoegsel?: string; geslachtsnaam: string };
  geboorte: { datum: ReturnType<typeof volledigeDatum> };
  geslacht: { code: string; omschrijving: string };
  overlijden?: { datum: ReturnType<typeof volledigeDatum> };
  verblijfplaats: {
    type: 'Adres';
    datumVan: ReturnType<typeof volledigeDatum>;
    adresseerbaarObjectIdentificatie: string;
    verblijfadres: FixtureAdres;
  };
  gemeenteVanInschrijving: { code: string; omschrijving: string };
  datumInschrijvingInGemeente: ReturnType<typeof volledigeDatum>;
  partners?: { burgerservicenummer: string }[];
  kinderen?: { burgerservicenummer: string }[];
  ouders?: { burgerservicenummer: string; ouderAanduiding: string }[];
};

export type FixtureOptions = {
  households: number;
  seed?: number;
  /** Regie municipality code, GM + 4 digits (the BRP's gemeenteVanInschrijving is the 4 digits). */
  municipalityCode?: string;
  municipalityName?: string;
  postcodeBase?: number;
  /** Index of the first synthetic BSN; the default stays clear of the demo population (which starts at 0). */
  firstBsnIndex?: number;
};

const REFERENCE_YEAR = 2026;
const LETTERS = [...'ABCDEFGHJKLMNPRSTVWXZ'];

function date(prng: Prng, fromYear: number, toYear: number): string {
  const y = prng.int(fromYear, toYear);
  return `${y}-${String(prng.int(1, 12)).padStart(2, '0')}-${String(prng.int(1, 28)).padStart(2, '0')}`;
}

/** Households of one to five persons (singles, couples, families, single parents, housemates), linked as the BRP links them. */
export function generateBrpPersonen(options: FixtureOptions): FixturePersoon[] {
  const prng = new Prng(options.seed ?? 1);
  const municipalityCode = options.municipalityCode ?? 'GM9901';
  const gemeente = { code: municipalityCode.slice(2), omschrijving: options.municipalityName ?? 'Regiedam' };
  const postcodeBase = options.postcodeBase ?? 9810;
  let bsnIndex = options.firstBsnIndex ?? 60_000;
  const out: FixturePersoon[] = [];
  const used = new Set<string>();
  for (let h = 0; h < options.households; h++) {
    let adres = fixtureAdres(prng, postcodeBase, gemeente.omschrijving);
    while (used.has(fixtureAdresKey(adres))) adres = fixtureAdres(prng, postcodeBase, gemeente.omschrijving);
    used.add(fixtureAdresKey(adres));
    const aoid = `${gemeente.code}01${String(100000000 + h * 7 + prng.int(0, 6)).padStart(10, '0')}`;
    const since = date(prng, REFERENCE_YEAR - 25, REFERENCE_YEAR - 1);
    const [voorvoegsel, geslachtsnaam] = prng.pick(surnames);
    const person = (minYear: number, maxYear: number, sameName: boolean): FixturePersoon => {
      const female = prng.chance(0.5);
      const [vv, gn] = sameName ? [voorvoegsel, geslachtsnaam] : prng.pick(surnames);
      const born = date(prng, minYear, maxYear);
      const from = born > since ? born : since;
      return {
        burgerservicenummer: syntheticBsn(bsnIndex++),
        naam: {
          voornamen: prng.pick(female ? firstNamesF : firstNamesM),
          ...(vv ? { voorvoegsel: vv } : {}),
          geslachtsnaam: gn,
        },
        geboorte: { datum: volledigeDatum(born) },
        geslacht: female ? { code: 'V', omschrijving: 'vrouw' } : { code: 'M', omschrijving: 'man' },
        verblijfplaats: {
          type: 'Adres',
          datumVan: volledigeDatum(from),
          adresseerbaarObjectIdentificatie: aoid,
          verblijfadres: { ...adres },
        },
        gemeenteVanInschrijving: { ...gemeente },
        datumInschrijvingInGemeente: volledigeDatum(from),
      };
    };
    const kind = prng.next();
    const members: FixturePersoon[] = [];
    if (kind < 0.35) {
      members.push(person(1940, 2005, true));
    } else if (kind < 0.6) {
      const [a, b] = [person(1945, 2000, true), person(1945, 2000, false)];
      linkPartners(a, b);
      members.push(a, b);
    } else if (kind < 0.85) {
      const [a, b] = [person(1975, 1995, true), person(1975, 1995, false)];
      linkPartners(a, b);
      members.push(a, b);
      for (let k = prng.int(1, 3); k > 0; k--) {
        const child = person(2008, 2025, true);
        linkChild(a, child, '1');
        linkChild(b, child, '2');
        members.push(child);
      }
    } else if (kind < 0.95) {
      const parent = person(1975, 1998, true);
      members.push(parent);
      for (let k = prng.int(1, 2); k > 0; k--) {
        const child = person(2008, 2025, true);
        linkChild(parent, child, '1');
        members.push(child);
      }
    } else {
      for (let k = prng.int(2, 3); k > 0; k--) members.push(person(1960, 2004, false));
    }
    out.push(...members);
  }
  return out;
}

function fixtureAdresKey(a: FixtureAdres): string {
  return [a.postcode, a.huisnummer, a.huisletter ?? '', a.huisnummertoevoeging ?? ''].join('|');
}

/** A random address in the fictional municipality (postcodes postcodeBase … postcodeBase + 9). */
export function fixtureAdres(prng: Prng, postcodeBase: number, woonplaats: string): FixtureAdres {
  const straat = prng.pick(streets);
  const adres: FixtureAdres = {
    officieleStraatnaam: straat,
    korteStraatnaam: straat.slice(0, 24),
    huisnummer: prng.int(1, 400),
    postcode: `${postcodeBase + prng.int(0, 9)}${prng.pick(LETTERS)}${prng.pick(LETTERS)}`,
    woonplaats,
  };
  if (prng.chance(0.08)) adres.huisletter = prng.pick(['A', 'B', 'C']);
  if (prng.chance(0.08)) adres.huisnummertoevoeging = String(prng.int(1, 4));
  return adres;
}

export function linkPartners(a: FixturePersoon, b: FixturePersoon): void {
  a.partners = [...(a.partners ?? []), { burgerservicenummer: b.burgerservicenummer }];
  b.partners = [...(b.partners ?? []), { burgerservicenummer: a.burgerservicenummer }];
}

export function linkChild(parent: FixturePersoon, child: FixturePersoon, ouderAanduiding: '1' | '2'): void {
  parent.kinderen = [...(parent.kinderen ?? []), { burgerservicenummer: child.burgerservicenummer }];
  child.ouders = [
    ...(child.ouders ?? []),
    { burgerservicenummer: parent.burgerservicenummer, ouderAanduiding },
  ];
}

/** A copy of the person registered at another address from `since` (datum aanvang adreshouding). */
export function movedTo(p: FixturePersoon, adres: FixtureAdres, since: string, aoid: string): FixturePersoon {
  const copy = structuredClone(p);
  copy.verblijfplaats = {
    type: 'Adres',
    datumVan: volledigeDatum(since),
    adresseerbaarObjectIdentificatie: aoid,
    verblijfadres: { ...adres },
  };
  return copy;
}

/** A copy of the person with a date of death (the BRP keeps the last address). */
export function deceased(p: FixturePersoon, on: string): FixturePersoon {
  return { ...structuredClone(p), overlijden: { datum: volledigeDatum(on) } };
}

/** The persons as a file or HTTP answer of type RaadpleegMetBurgerservicenummer. */
export function brpResponse(personen: readonly unknown[]) {
  return { type: 'RaadpleegMetBurgerservicenummer' as const, personen };
}
