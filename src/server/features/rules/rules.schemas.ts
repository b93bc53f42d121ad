import { z } from '@hono/zod-openapi';

/**
 * Request and response schemas of the Participatiewet calculator: one source for validation, types and OpenAPI.
 * Field names are the Dutch names of the public contract (CLI, API and calculator page).
 */

const datum = (description: string) =>
  z.iso.date().openapi({ description: `${description} (JJJJ-MM-DD)`, example: '2026-01-15' });

import { RELATIES, type Relatie } from '../../../shared/relaties.ts';

export { RELATIES, type Relatie };

export const AanvragerSchema = z
  .strictObject({
    geboortedatum: datum('Geboortedatum van de aanvrager'),
    mantelzorgElders: z
      .boolean()
      .optional()
      .openapi({
        description:
          'Artikel 22a lid 4 Participatiewet (vanaf 1-1-2026): de aanvrager woont tijdelijk in deze woning om mantelzorg ' +
          'te geven bij een intensieve zorgbehoefte; zijn eigen hoofdverblijf is dus tijdelijk elders. Dan geldt de ' +
          'kostendelersnorm niet voor deze aanvraag. Bij gehuwden gaan we ervan uit dat beide partners zo tijdelijk ' +
          'hier wonen. Standaard: false.',
      }),
  })
  .openapi('Aanvrager');

export const PartnerSchema = z
  .strictObject({ geboortedatum: datum('Geboortedatum van de partner (echtgenoot of samenwonend)') })
  .openapi('Partner');

export const MedebewonerSchema = z
  .strictObject({
    naam: z.string().trim().min(1).max(80).optional().openapi({
      description:
        'Een label om de medebewoner te herkennen, bijvoorbeeld "dochter" of "kamerhuurder". Geen BSN.',
      example: 'dochter',
    }),
    geboortedatum: datum('Geboortedatum van de medebewoner'),
    relatie: z.enum(RELATIES).openapi({
      description:
        'Familieband met de aanvrager of de partner. kind en ouder: eerste graad; broer-zus, grootouder en kleinkind: ' +
        'tweede graad; overige-familie: verder dan de tweede graad (oom, tante, neef, nicht). Schoonfamilie in de ' +
        'eerste of tweede graad (aanverwanten) geldt in artikel 19a als familie: kies dan de passende graad.',
    }),
    commercieleHuur: z.boolean().openapi({
      description:
        'Huurt of betaalt kostgeld bij de aanvrager met een schriftelijke overeenkomst tegen een commerciële prijs ' +
        '(art. 19a lid 1 onderdeel b). Telt alleen als uitzondering als de persoon geen familie in de eerste of tweede graad is.',
    }),
    studiefinanciering: z.boolean().openapi({
      description:
        'Volgt onderwijs waarvoor aanspraak op studiefinanciering (WSF 2000) of een tegemoetkoming (WTOS hoofdstuk 4) ' +
        'kan bestaan, ook in het buitenland (art. 19a lid 1 onderdeel d, 1°, 2° en 4°).',
    }),
    bbl: z.boolean().openapi({
      description:
        'Volgt een beroepsopleiding in de beroepsbegeleidende leerweg (art. 19a lid 1 onderdeel d, 3°).',
    }),
    mantelzorg: z.boolean().openapi({
      description:
        'Deze persoon woont hier tijdelijk om mantelzorg te geven (de situatie van art. 22a lid 4). Volgens de tekst ' +
        'van lid 4 geldt die uitzondering alleen voor de eigen bijstand van deze persoon; voor de norm van de aanvrager ' +
        'blijft hij meetellen. De uitleg zegt dat.',
    }),
  })
  .openapi('Medebewoner');

export const BijstandsnormInvoerSchema = z
  .strictObject({
    peildatum: datum('De dag waarvoor de norm wordt berekend'),
    aanvrager: AanvragerSchema,
    partner: PartnerSchema.optional(),
    kinderenOnder18: z
      .number()
      .int()
      .min(0)
      .max(30)
      .openapi({ description: 'Aantal ten laste komende kinderen jonger dan 18 jaar', example: 0 }),
    medebewoners: z
      .array(MedebewonerSchema)
      .max(40)
      .openapi({ description: 'Andere personen met hun hoofdverblijf in dezelfde woning (niet de partner)' }),
  })
  .openapi('BijstandsnormInvoer');

export type Aanvrager = z.output<typeof AanvragerSchema>;
export type Partner = z.output<typeof PartnerSchema>;
export type Medebewoner = z.output<typeof MedebewonerSchema>;
export type BijstandsnormInvoer = z.output<typeof BijstandsnormInvoerSchema>;

export const CATEGORIEEN = [
  'alleenstaande-18-20',
  'alleenstaande-21-tot-aow',
  'alleenstaande-aow',
  'gehuwden-beiden-18-20',
  'gehuwden-18-20-en-21-plus',
  'gehuwden-beiden-21-tot-aow',
  'gehuwden-aow',
] as const;

export type Categorie = (typeof CATEGORIEEN)[number];

export const LEEFVORMEN = ['alleenstaande', 'alleenstaande-ouder', 'gehuwden'] as const;

const UitlegStapSchema = z
  .strictObject({
    nummer: z.number().int().positive(),
    onderwerp: z.string().openapi({ example: 'Kostendelers' }),
    artikel: z.string().openapi({ example: 'art. 22a lid 1 Participatiewet' }),
    besluit: z.string().openapi({ description: 'Wat is besloten' }),
    reden: z.string().openapi({ description: 'Waarom (B1-taalniveau)' }),
  })
  .openapi('UitlegStap');

const MedebewonerBeoordelingSchema = z
  .strictObject({
    nummer: z.number().int().positive().openapi({ description: 'Volgnummer in de invoer, vanaf 1' }),
    naam: z.string(),
    leeftijd: z.number().int(),
    telt: z.boolean().openapi({ description: 'Telt mee als kostendelende medebewoner (art. 19a)' }),
    artikel: z.string(),
    reden: z.string(),
  })
  .openapi('MedebewonerBeoordeling');

const NormDeelSchema = z
  .strictObject({
    persoon: z.enum(['aanvrager', 'partner', 'gehuwden']),
    artikel: z.string(),
    omschrijving: z.string(),
    exactCent: z.string().openapi({ description: 'Onafgerond bedrag in centen, vier decimalen' }),
  })
  .openapi('NormDeel');

const BronSchema = z.strictObject({ titel: z.string(), url: z.string() });

export const BijstandsnormResultaatSchema = z
  .strictObject({
    peildatum: z.iso.date(),
    totaalCent: z
      .number()
      .int()
      .openapi({ description: 'Bijstandsnorm van het huishouden per maand in centen' }),
    totaalTekst: z.string().openapi({ example: '€ 1.401,50' }),
    kostendelers: z.number().int().positive().openapi({
      description:
        'A uit art. 22a lid 1: kostendelende medebewoners plus de aanvrager plus de partner als die 21 jaar of ouder is',
    }),
    kostendelendeMedebewoners: z.number().int().min(0),
    kostendelersnormToegepast: z.boolean(),
    categorie: z.enum(CATEGORIEEN),
    leefvorm: z.enum(LEEFVORMEN),
    normB: z
      .strictObject({ cent: z.number().int(), artikel: z.string() })
      .nullable()
      .openapi({ description: 'B uit art. 22a lid 1 (alleen als de kostendelersnorm is toegepast)' }),
    percentage: z
      .number()
      .nullable()
      .openapi({ description: '(40 + A × 30) / A, in procenten, vier decimalen' }),
    percentageTekst: z.string().nullable().openapi({ example: '43,33%' }),
    exactCent: z
      .string()
      .openapi({ description: 'Onafgerond totaal in centen (vier decimalen), vóór de afronding' }),
    delen: z.array(NormDeelSchema),
    medebewoners: z.array(MedebewonerBeoordelingSchema),
    tabel: z.strictObject({
      id: z.string(),
      geldigVanaf: z.iso.date(),
      geldigTotEnMet: z.iso.date(),
      bronnen: z.array(BronSchema),
    }),
    aowLeeftijdTabel: z.strictObject({ id: z.string(), bronnen: z.array(BronSchema) }),
    kostendelerLeeftijd: z.number().int(),
    uitleg: z.array(UitlegStapSchema),
  })
  .openapi('BijstandsnormResultaat');

export type UitlegStap = z.output<typeof UitlegStapSchema>;
export type MedebewonerBeoordeling = z.output<typeof MedebewonerBeoordelingSchema>;
export type NormDeel = z.output<typeof NormDeelSchema>;
export type BijstandsnormResultaat = z.output<typeof BijstandsnormResultaatSchema>;

export const WijzigingSchema = z
  .discriminatedUnion('soort', [
    z.strictObject({
      soort: z.literal('verhuist').openapi({ description: 'Een medebewoner gaat uit huis' }),
      naam: z
        .string()
        .trim()
        .min(1)
        .openapi({ description: 'De naam (het label) van de medebewoner', example: 'dochter' }),
    }),
    z.strictObject({
      soort: z.literal('komt-wonen').openapi({ description: 'Er komt iemand bij wonen' }),
      medebewoner: MedebewonerSchema,
    }),
  ])
  .openapi('Wijziging');

export const WatAlsInvoerSchema = z
  .strictObject({ huishouden: BijstandsnormInvoerSchema, wijziging: WijzigingSchema })
  .openapi('WatAlsInvoer');

export type Wijziging = z.output<typeof WijzigingSchema>;
export type WatAlsInvoer = z.output<typeof WatAlsInvoerSchema>;

export const WatAlsResultaatSchema = z
  .strictObject({
    wijziging: z.string().openapi({ description: 'De wijziging in gewone taal' }),
    nu: BijstandsnormResultaatSchema,
    straks: BijstandsnormResultaatSchema,
    verschilPerMaandCent: z.number().int().openapi({ description: 'straks min nu, per maand, in centen' }),
    verschilPerJaarCent: z.number().int().openapi({ description: '12 × het verschil per maand, in centen' }),
    verschilTekst: z.string(),
  })
  .openapi('WatAlsResultaat');

export type WatAlsResultaat = z.output<typeof WatAlsResultaatSchema>;

export const RegelFoutSchema = z
  .strictObject({
    fout: z.string().openapi({ example: 'De invoer voor de berekening is niet goed' }),
    fouten: z.array(
      z.strictObject({
        veld: z.string().openapi({ example: 'medebewoners[0].relatie' }),
        melding: z.string(),
      }),
    ),
  })
  .openapi('RegelFout');

export type RegelFout = z.output<typeof RegelFoutSchema>;
