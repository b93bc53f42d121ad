import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { ageOn, dateInAmsterdam } from '../../lib/dates.ts';
import { auditRead } from '../audit/audit.service.ts';
import type { Persoon, PersoonBeperkt } from './brp.schemas.ts';
import { volledigeDatum } from './brp-dates.ts';
import { applyFields, PERSOON_BEPERKT_FIELDS, PERSOON_FIELDS } from './brp-fields.ts';
import type { AddressQuery, BrpSource } from './brp-source.ts';

/**
 * BrpSource answered from Regie's own household register (what `regie import brp` loaded), for one municipality,
 * in the official BRP Personen format. It knows what the register holds: names, birth date, sex, date of death,
 * the current address with its datum aanvang adreshouding (the start of the open membership) and the municipality.
 * It does not hold partners, children or parents as the BRP records them, nor datumInschrijvingInGemeente, so those
 * are never in its answers. Every answer is audited as a read of personal data (resource "person", with the ids).
 * Access control is the caller's: this is a data source, not a use case.
 */

type Row = {
  id: string;
  municipalityCode: string;
  bsn: string;
  voornamen: string;
  voorvoegsel: string | null;
  geslachtsnaam: string;
  geboortedatum: string | null;
  geslacht: 'M' | 'V' | 'O' | null;
  overlijdensdatum: string | null;
  municipalityName: string;
  fromDate: string | null;
  straat: string | null;
  huisnummer: number | null;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
  postcode: string | null;
  woonplaats: string | null;
  adresseerbaarObjectId: string | null;
};

const GESLACHT = { M: 'man', V: 'vrouw', O: 'onbekend' } as const;

function naam(r: Row) {
  return {
    ...(r.voornamen ? { voornamen: r.voornamen } : {}),
    ...(r.voorvoegsel ? { voorvoegsel: r.voorvoegsel } : {}),
    geslachtsnaam: r.geslachtsnaam,
  };
}

function common(r: Row) {
  return {
    burgerservicenummer: r.bsn,
    naam: naam(r),
    ...(r.geboortedatum ? { geboorte: { datum: volledigeDatum(r.geboortedatum) } } : {}),
    ...(r.geslacht ? { geslacht: { code: r.geslacht, omschrijving: GESLACHT[r.geslacht] } } : {}),
  };
}

function toPersoon(r: Row): Persoon {
  return {
    ...common(r),
    ...(r.overlijdensdatum ? { overlijden: { datum: volledigeDatum(r.overlijdensdatum) } } : {}),
    ...(r.fromDate && r.postcode && r.huisnummer !== null
      ? {
          verblijfplaats: {
            type: 'Adres' as const,
            datumVan: volledigeDatum(r.fromDate),
            ...(r.adresseerbaarObjectId ? { adresseerbaarObjectIdentificatie: r.adresseerbaarObjectId } : {}),
            verblijfadres: {
              officieleStraatnaam: r.straat ?? undefined,
              korteStraatnaam: r.straat?.slice(0, 24),
              huisnummer: r.huisnummer,
              ...(r.huisletter ? { huisletter: r.huisletter } : {}),
              ...(r.huisnummertoevoeging ? { huisnummertoevoeging: r.huisnummertoevoeging } : {}),
              postcode: r.postcode,
              woonplaats: r.woonplaats ?? undefined,
            },
          },
        }
      : {}),
    gemeenteVanInschrijving: { code: r.municipalityCode.slice(2), omschrijving: r.municipalityName },
  };
}

function toPersoonBeperkt(r: Row, today: string): PersoonBeperkt {
  const nummer = [r.huisnummer, r.huisletter, r.huisnummertoevoeging]
    .filter((v) => v !== null && v !== '')
    .join(' ');
  const postcode = r.postcode ? `${r.postcode.slice(0, 4)} ${r.postcode.slice(4)}` : '';
  return {
    ...common(r),
    ...(r.geboortedatum ? { leeftijd: ageOn(r.geboortedatum, today) } : {}),
    adressering: {
      adresregel1: `${r.straat ?? ''} ${nummer}`.trim().slice(0, 40),
      adresregel2: `${postcode}  ${(r.woonplaats ?? '').toUpperCase()}`.trim().slice(0, 50),
    },
  };
}

const SELECT = sql`SELECT p.id, p.municipality_code AS "municipalityCode", p.bsn, p.voornamen, p.voorvoegsel,
    p.geslachtsnaam, p.geboortedatum, p.geslacht, p.overlijdensdatum, g.name AS "municipalityName",
    cur.from_date AS "fromDate", a.straat, a.huisnummer, a.huisletter, a.huisnummertoevoeging, a.postcode,
    a.woonplaats, a.adresseerbaar_object_id AS "adresseerbaarObjectId"
  FROM persons p
  JOIN municipalities g ON g.code = p.municipality_code`;

export class LocalBrpSource implements BrpSource {
  constructor(
    private readonly ctx: Ctx,
    private readonly municipalityCode: string,
  ) {}

  async findByBsn(bsns: readonly string[], fields: readonly string[] = PERSOON_FIELDS): Promise<Persoon[]> {
    const list = JSON.stringify([...new Set(bsns)]);
    return inTransaction(this.ctx, async (tx) => {
      const { rows } = await tx.execute<Row>(sql`${SELECT}
        LEFT JOIN LATERAL (SELECT m.from_date, h.address_id FROM household_members m
          JOIN households h ON h.id = m.household_id
          WHERE m.person_id = p.id AND m.to_date IS NULL ORDER BY m.from_date DESC LIMIT 1) cur ON true
        LEFT JOIN addresses a ON a.id = cur.address_id
        WHERE p.municipality_code = ${this.municipalityCode}
          AND p.bsn IN (SELECT json_array_elements_text(${list}::json))
        ORDER BY p.bsn`);
      await auditRead(this.ctx, tx, 'person', rows, {
        bron: 'brp-lokaal',
        vraag: 'RaadpleegMetBurgerservicenummer',
      });
      return rows.map((r) => applyFields(toPersoon(r), fields) as Persoon);
    });
  }

  async findByAddress(
    query: AddressQuery,
    fields: readonly string[] = PERSOON_BEPERKT_FIELDS,
  ): Promise<PersoonBeperkt[]> {
    const postcode = query.postcode.replace(/\s+/g, '').toUpperCase();
    const letter = query.huisletter?.toUpperCase() ?? null;
    const toevoeging = query.huisnummertoevoeging?.toUpperCase() ?? null;
    const withDeceased = query.inclusiefOverledenPersonen === true;
    const today = dateInAmsterdam(this.ctx.now);
    return inTransaction(this.ctx, async (tx) => {
      const { rows } = await tx.execute<Row>(sql`${SELECT}
        JOIN LATERAL (SELECT m.from_date, h.address_id FROM household_members m
          JOIN households h ON h.id = m.household_id
          WHERE m.person_id = p.id
            AND (m.to_date IS NULL OR (${withDeceased} AND m.to_date = p.overlijdensdatum))
          ORDER BY m.to_date IS NULL DESC, m.from_date DESC LIMIT 1) cur ON true
        JOIN addresses a ON a.id = cur.address_id
        WHERE p.municipality_code = ${this.municipalityCode}
          AND a.postcode = ${postcode} AND a.huisnummer = ${query.huisnummer}
          AND (${letter}::text IS NULL OR upper(a.huisletter) = ${letter})
          AND (${toevoeging}::text IS NULL OR upper(a.huisnummertoevoeging) = ${toevoeging})
          AND (${withDeceased} OR p.overlijdensdatum IS NULL)
        ORDER BY p.geboortedatum NULLS LAST, p.bsn`);
      await auditRead(this.ctx, tx, 'person', rows, {
        bron: 'brp-lokaal',
        vraag: 'ZoekMetPostcodeEnHuisnummer',
      });
      return rows.map((r) => applyFields(toPersoonBeperkt(r, today), fields) as PersoonBeperkt);
    });
  }
}
