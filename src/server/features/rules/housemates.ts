import { ageOn, type IsoDate } from '../../lib/dates.ts';
import type { Medebewoner, MedebewonerBeoordeling, Relatie } from './rules.schemas.ts';

/**
 * Which housemates are kostendelende medebewoners (Participatiewet art. 19a lid 1) on the peildatum.
 *
 * Art. 19a lid 1: a person of 27 or older (21 before 1-1-2023) with his main residence in the same dwelling, who is not
 *  a. the spouse (the partner is never in this list);
 *  b. a tenant/lodger/landlord on a written agreement at a commercial price with the belanghebbende, unless he is a
 *     blood relative or in-law in the first or second degree;
 *  c. a co-tenant at a commercial price of the same third party (not in the input yet: see the feature README);
 *  d. a student who can claim WSF 2000 or WTOS ch. 4 (1°, 2°, 4° abroad) or follows a BBL track (3°).
 * Mantelzorg is not an exception in art. 19a. Art. 22a lid 4 (since 1-1-2026) only switches off the kostendelersnorm
 * for the belanghebbende who himself temporarily lives elsewhere to give care; a caregiver who moved in with the
 * claimant still counts for the claimant's norm (see bijstandsnorm.ts for the claimant side).
 */

const DEGREE: Record<Relatie, 1 | 2 | null> = {
  kind: 1,
  ouder: 1,
  'broer-zus': 2,
  grootouder: 2,
  kleinkind: 2,
  'overige-familie': null,
  'geen-familie': null,
};

const RELATION_LABEL: Record<Relatie, string> = {
  kind: 'een kind',
  ouder: 'een ouder',
  'broer-zus': 'een broer of zus',
  grootouder: 'een grootouder',
  kleinkind: 'een kleinkind',
  'overige-familie': 'verdere familie',
  'geen-familie': 'geen familie',
};

export function housemateLabel(housemate: Medebewoner, index: number): string {
  return housemate.naam ? `Medebewoner ${index + 1} (${housemate.naam})` : `Medebewoner ${index + 1}`;
}

export type HousemateRules = {
  /** Minimum age of a cost-sharer on the peildatum (from kostendeler-leeftijd.json). */
  costSharerAge: number;
  /** Whether art. 22a lid 4 is in force on the peildatum (from the norm table). */
  article22aLid4InForce: boolean;
};

export function assessHousemate(
  housemate: Medebewoner,
  index: number,
  peildatum: IsoDate,
  rules: HousemateRules,
): MedebewonerBeoordeling {
  const who = housemateLabel(housemate, index);
  const age = ageOn(housemate.geboortedatum, peildatum);
  const base = { nummer: index + 1, naam: housemate.naam ?? `Medebewoner ${index + 1}`, leeftijd: age };

  if (age < rules.costSharerAge) {
    return {
      ...base,
      telt: false,
      artikel: 'art. 19a lid 1 Participatiewet',
      reden:
        `${who} is ${age} jaar. Alleen medebewoners van ${rules.costSharerAge} jaar of ouder tellen mee. ` +
        'Daarom telt deze persoon niet mee.',
    };
  }

  const degree = DEGREE[housemate.relatie];
  const exceptions: { artikel: string; tekst: string }[] = [];
  const notes: { artikel: string; tekst: string }[] = [];

  if (housemate.commercieleHuur) {
    if (degree === null) {
      exceptions.push({
        artikel: 'art. 19a lid 1 onderdeel b Participatiewet',
        tekst:
          'Deze persoon huurt of betaalt kostgeld met een schriftelijke afspraak tegen een commerciële prijs, en is ' +
          'geen familie in de eerste of tweede graad.',
      });
    } else {
      notes.push({
        artikel: 'art. 19a lid 1 onderdeel b Participatiewet',
        tekst:
          `Er is een commerciële huur, maar deze persoon is ${RELATION_LABEL[housemate.relatie]} (familie in de ` +
          `${degree === 1 ? 'eerste' : 'tweede'} graad). Voor familie tot en met de tweede graad geldt de uitzondering ` +
          'voor huurders niet.',
      });
    }
  }
  if (housemate.studiefinanciering) {
    exceptions.push({
      artikel: 'art. 19a lid 1 onderdeel d, 1° en 2° Participatiewet',
      tekst:
        'Deze persoon volgt onderwijs met recht op studiefinanciering (WSF 2000) of een tegemoetkoming (WTOS).',
    });
  }
  if (housemate.bbl) {
    exceptions.push({
      artikel: 'art. 19a lid 1 onderdeel d, 3° Participatiewet',
      tekst: 'Deze persoon volgt een beroepsopleiding in de beroepsbegeleidende leerweg (bbl).',
    });
  }
  if (housemate.mantelzorg) {
    notes.push(
      rules.article22aLid4InForce
        ? {
            artikel: 'art. 22a lid 4 Participatiewet',
            tekst:
              'Deze persoon woont hier om mantelzorg te geven. Artikel 22a lid 4 zegt: de kostendelersnorm geldt niet ' +
              'voor de bijstandsontvanger die zelf tijdelijk ergens anders woont om mantelzorg te geven. Dat gaat over de ' +
              'eigen bijstand van deze persoon, niet over de norm van de aanvrager. Artikel 19a noemt mantelzorg niet als ' +
              'uitzondering. Het college kan bij tijdelijk verblijf wel maatwerk bieden (art. 18 lid 1).',
          }
        : {
            artikel: 'art. 19a lid 1 Participatiewet',
            tekst:
              'Deze persoon woont hier om mantelzorg te geven. Op de peildatum is dat geen uitzondering: artikel 19a ' +
              'noemt mantelzorg niet, en artikel 22a lid 4 geldt pas vanaf 1-1-2026. Het college kan bij tijdelijk ' +
              'verblijf wel maatwerk bieden (art. 18 lid 1).',
          },
    );
  }

  const noteText = notes.map((n) => ` ${n.tekst}`).join('');
  if (exceptions.length > 0) {
    return {
      ...base,
      telt: false,
      artikel: [...exceptions, ...notes].map((e) => e.artikel).join('; '),
      reden: `${who} is ${age} jaar, maar telt niet mee. ${exceptions.map((e) => e.tekst).join(' ')}${noteText}`,
    };
  }
  return {
    ...base,
    telt: true,
    artikel: ['art. 19a lid 1 Participatiewet', ...notes.map((n) => n.artikel)].join('; '),
    reden:
      `${who} is ${age} jaar en woont in dezelfde woning. Geen van de uitzonderingen geldt. ` +
      `Deze persoon telt mee als kostendeler.${noteText}`,
  };
}

export function assessHousemates(
  housemates: readonly Medebewoner[],
  peildatum: IsoDate,
  rules: HousemateRules,
): MedebewonerBeoordeling[] {
  return housemates.map((housemate, index) => assessHousemate(housemate, index, peildatum, rules));
}
