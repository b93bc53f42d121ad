import { z } from 'zod';

/**
 * Regie's own schema of the parts of the Haal Centraal BRP Personen API (v2) that Regie uses, written from the
 * official OpenAPI document (`../shared/reference/brp-personen/openapi.json`, components/schemas). Names follow the
 * official names. Everything the official schema leaves optional is optional here too; what Regie needs on top of
 * that (a BSN that passes the 11-proof, a postcode for an address) is checked where a record is taken in
 * (brp-record.ts), so this file stays a faithful description of the wire format.
 *
 * Objects are parsed with z.object, which drops fields Regie does not use: the BRP sends many more.
 * The conformance test checks that what Regie produces in this shape validates against the official document.
 */

// ---- Simple types (official: Burgerservicenummer, Postcode, Huisnummer, Huisletter, Huisnummertoevoeging, …) ----

export const Burgerservicenummer = z.string().regex(/^[0-9]{9}$/, 'moet uit 9 cijfers bestaan');
export const Postcode = z.string().regex(/^[1-9][0-9]{3} ?[A-Za-z]{2}$/, 'moet de vorm 1234AB hebben');
export const Huisnummer = z.int().min(1).max(99999);
export const Huisletter = z.string().regex(/^[a-zA-Z]$/, 'moet één letter zijn');
export const Huisnummertoevoeging = z
  .string()
  .regex(/^[a-zA-Z0-9 -]{1,4}$/, 'mag 1 tot 4 letters, cijfers, spaties of streepjes bevatten');
export const GemeenteCode = z.string().regex(/^[0-9]{4}$/, 'moet uit 4 cijfers bestaan');
const naamTekens = /^[a-zA-Z0-9À-ž .'-]{1,200}$/;
export const Voornamen = z.string().max(200).regex(naamTekens, 'bevat tekens die de BRP niet kent');
export const Geslachtsnaam = z.string().regex(naamTekens, 'bevat tekens die de BRP niet kent');
export const Voorvoegsel = z
  .string()
  .max(10)
  .regex(/^[a-zA-Z ']{1,10}$/, 'bevat tekens die de BRP niet kent');
export const AdresseerbaarObjectIdentificatie = z
  .string()
  .regex(/^[0-9]{16}$/, 'moet uit 16 cijfers bestaan');

/** Official Waardetabel: a code with its description, e.g. geslacht { code: "V", omschrijving: "vrouw" }. */
export const Waardetabel = z.object({ code: z.string().optional(), omschrijving: z.string().optional() });

// ---- Dates (official AbstractDatum with discriminator type: Datum, DatumOnbekend, JaarDatum, JaarMaandDatum) ----

const langFormaat = z.string().optional();
export const VolledigeDatum = z.object({ type: z.literal('Datum'), datum: z.iso.date(), langFormaat });
export const DatumOnbekend = z.object({
  type: z.literal('DatumOnbekend'),
  onbekend: z.boolean(),
  langFormaat,
});
export const JaarDatum = z.object({
  type: z.literal('JaarDatum'),
  jaar: z.int().min(1).max(9999),
  langFormaat,
});
export const JaarMaandDatum = z.object({
  type: z.literal('JaarMaandDatum'),
  jaar: z.int().min(1).max(9999),
  maand: z.int().min(1).max(12),
  langFormaat,
});
export const Datum = z.discriminatedUnion('type', [VolledigeDatum, DatumOnbekend, JaarDatum, JaarMaandDatum]);
export type Datum = z.infer<typeof Datum>;

// ---- Names ----

/** Official NaamPersoon / NaamGerelateerde, the parts Regie uses. */
export const Naam = z.object({
  voornamen: Voornamen.optional(),
  voorvoegsel: Voorvoegsel.optional(),
  geslachtsnaam: Geslachtsnaam.optional(),
  voorletters: z.string().optional(),
});

// ---- Verblijfplaats (official AbstractVerblijfplaats with discriminator type) ----

/** Official VerblijfadresBinnenland. */
export const VerblijfadresBinnenland = z.object({
  officieleStraatnaam: z.string().max(80).optional(),
  korteStraatnaam: z.string().max(24).optional(),
  huisnummer: Huisnummer.optional(),
  huisletter: Huisletter.optional(),
  huisnummertoevoeging: Huisnummertoevoeging.optional(),
  postcode: Postcode.optional(),
  woonplaats: z.string().max(80).optional(),
});

/** Official Adres: a dwelling in the Netherlands. `datumVan` is the datum aanvang adreshouding (LO GBA 08.10.30). */
export const Adres = z.object({
  type: z.literal('Adres'),
  datumVan: Datum.optional(),
  datumIngangGeldigheid: Datum.optional(),
  adresseerbaarObjectIdentificatie: AdresseerbaarObjectIdentificatie.optional(),
  nummeraanduidingIdentificatie: z.string().optional(),
  functieAdres: Waardetabel.optional(),
  verblijfadres: VerblijfadresBinnenland.optional(),
});
export const VerblijfplaatsBuitenland = z.object({
  type: z.literal('VerblijfplaatsBuitenland'),
  datumVan: Datum.optional(),
  datumIngangGeldigheid: Datum.optional(),
});
export const VerblijfplaatsOnbekend = z.object({
  type: z.literal('VerblijfplaatsOnbekend'),
  datumVan: Datum.optional(),
  datumIngangGeldigheid: Datum.optional(),
});
/** Official Locatie: a place without a house number (houseboat, caravan site), described in words. */
export const Locatie = z.object({
  type: z.literal('Locatie'),
  datumVan: Datum.optional(),
  datumIngangGeldigheid: Datum.optional(),
});
export const Verblijfplaats = z.discriminatedUnion('type', [
  Adres,
  VerblijfplaatsBuitenland,
  VerblijfplaatsOnbekend,
  Locatie,
]);
export type Verblijfplaats = z.infer<typeof Verblijfplaats>;

// ---- Relatives (official Partner, Kind, Ouder: the parts Regie uses to derive household relations) ----

export const Partner = z.object({
  burgerservicenummer: Burgerservicenummer.optional(),
  naam: Naam.optional(),
  soortVerbintenis: Waardetabel.optional(),
  aangaanHuwelijkPartnerschap: z.object({ datum: Datum.optional() }).optional(),
  /** Present when the marriage or partnership has ended; the BRP then still lists the last former partner. */
  ontbindingHuwelijkPartnerschap: z.object({ datum: Datum.optional() }).optional(),
});
export const Kind = z.object({ burgerservicenummer: Burgerservicenummer.optional(), naam: Naam.optional() });
export const Ouder = z.object({
  burgerservicenummer: Burgerservicenummer.optional(),
  ouderAanduiding: z.string().optional(),
  naam: Naam.optional(),
});

// ---- Persons ----

/** Official Persoon (answer to RaadpleegMetBurgerservicenummer), the parts Regie uses. */
export const Persoon = z.object({
  burgerservicenummer: Burgerservicenummer.optional(),
  naam: Naam.optional(),
  geboorte: z.object({ datum: Datum.optional() }).optional(),
  geslacht: Waardetabel.optional(),
  overlijden: z.object({ datum: Datum.optional() }).optional(),
  verblijfplaats: Verblijfplaats.optional(),
  gemeenteVanInschrijving: Waardetabel.optional(),
  datumInschrijvingInGemeente: Datum.optional(),
  geheimhoudingPersoonsgegevens: z.boolean().optional(),
  partners: z.array(Partner).optional(),
  kinderen: z.array(Kind).optional(),
  ouders: z.array(Ouder).optional(),
});
export type Persoon = z.infer<typeof Persoon>;

/** Official PersoonBeperkt (answer to the Zoek… searches, e.g. by postcode and huisnummer). */
export const PersoonBeperkt = z.object({
  burgerservicenummer: Burgerservicenummer.optional(),
  naam: Naam.optional(),
  geboorte: z.object({ datum: Datum.optional() }).optional(),
  geslacht: Waardetabel.optional(),
  leeftijd: z.int().min(0).max(150).optional(),
  geheimhoudingPersoonsgegevens: z.boolean().optional(),
  adressering: z
    .object({
      adresregel1: z.string().max(40).optional(),
      adresregel2: z.string().max(50).optional(),
      adresregel3: z.string().max(35).optional(),
    })
    .optional(),
});
export type PersoonBeperkt = z.infer<typeof PersoonBeperkt>;

// ---- Requests (official PersonenQuery with discriminator type) ----

/** Official Field: a dot-separated path such as "naam.voornamen". */
export const Field = z.string().regex(/^[a-zA-Z0-9._]{1,200}$/, 'is geen geldig veldpad');
const fields = z.array(Field).min(1).max(130);

export const RaadpleegMetBurgerservicenummer = z.object({
  type: z.literal('RaadpleegMetBurgerservicenummer'),
  fields,
  gemeenteVanInschrijving: GemeenteCode.optional(),
  burgerservicenummer: z.array(Burgerservicenummer).min(1).max(20),
});
export type RaadpleegMetBurgerservicenummer = z.infer<typeof RaadpleegMetBurgerservicenummer>;

export const ZoekMetPostcodeEnHuisnummer = z.object({
  type: z.literal('ZoekMetPostcodeEnHuisnummer'),
  fields,
  gemeenteVanInschrijving: GemeenteCode.optional(),
  inclusiefOverledenPersonen: z.boolean().optional(),
  postcode: Postcode,
  huisnummer: Huisnummer,
  huisletter: Huisletter.optional(),
  huisnummertoevoeging: Huisnummertoevoeging.optional(),
});
export type ZoekMetPostcodeEnHuisnummer = z.infer<typeof ZoekMetPostcodeEnHuisnummer>;

/** The two query types Regie sends. */
export const PersonenQuery = z.discriminatedUnion('type', [
  RaadpleegMetBurgerservicenummer,
  ZoekMetPostcodeEnHuisnummer,
]);
export type PersonenQuery = z.infer<typeof PersonenQuery>;

// ---- Responses (official PersonenQueryResponse with discriminator type) ----

export const RaadpleegMetBurgerservicenummerResponse = z.object({
  type: z.literal('RaadpleegMetBurgerservicenummer'),
  personen: z.array(Persoon).default([]),
});
export const ZoekMetPostcodeEnHuisnummerResponse = z.object({
  type: z.literal('ZoekMetPostcodeEnHuisnummer'),
  personen: z.array(PersoonBeperkt).default([]),
});

// ---- Errors (official Foutbericht / BadRequestFoutbericht, RFC 7807 problem+json) ----

export const InvalidParam = z.object({
  type: z.string().optional(),
  name: z.string().optional(),
  code: z.string().optional(),
  reason: z.string().optional(),
});
export const Foutbericht = z.object({
  type: z.string().optional(),
  title: z.string().optional(),
  status: z.int().optional(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string().optional(),
  invalidParams: z.array(InvalidParam).optional(),
});
export type Foutbericht = z.infer<typeof Foutbericht>;
