import { z } from '@hono/zod-openapi';

/**
 * Query and response of the impact report of the kostendelersnorm (issue 6 item 5): aggregate figures only, every
 * household count under the threshold suppressed. Field names are Dutch, like the rest of the rules contract.
 */

export const ImpactQuerySchema = z.object({
  municipality: z
    .string()
    .regex(/^GM\d{4}$/, 'Gebruik een CBS-gemeentecode als GM0363')
    .openapi({ description: 'De gemeente (CBS-code)', example: 'GM9901' }),
  peildatum: z.iso.date('Schrijf de peildatum als JJJJ-MM-DD, bijvoorbeeld 2026-11-23').optional().openapi({
    description: 'De dag waarop de bijstand en het huishouden worden bekeken. Standaard: vandaag.',
  }),
  kostendelerLeeftijd: z.coerce
    .number('Geef de leeftijd als heel getal')
    .int('Geef de leeftijd als heel getal')
    .min(18, 'De leeftijd is minimaal 18')
    .max(67, 'De leeftijd is maximaal 67')
    .optional()
    .openapi({
      description:
        'Extra beleidsvariant: de leeftijd vanaf wanneer een medebewoner kostendeler is (nu 27). De varianten 21 jaar ' +
        'en "geen kostendelersnorm" staan altijd in het rapport.',
      example: 23,
    }),
});

export type ImpactQueryInput = z.output<typeof ImpactQuerySchema>;

const CelSchema = z
  .strictObject({
    aantal: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Aantal huishoudens; null als het onderdrukt is' }),
    suppressed: z.boolean().openapi({
      description:
        'true als het aantal niet getoond wordt: minder dan 10 huishoudens, of af te leiden uit andere cijfers',
    }),
  })
  .openapi('ImpactCel');

export type Cel = z.output<typeof CelSchema>;

const BedragSchema = z
  .strictObject({
    perMaandCent: z.number().int().nullable(),
    perJaarCent: z.number().int().nullable(),
    suppressed: z.boolean(),
  })
  .openapi('ImpactBedrag');

export type Bedrag = z.output<typeof BedragSchema>;

const VerdelingSchema = z
  .strictObject({
    id: z.string().openapi({ example: '300-400' }),
    label: z.string().openapi({ example: '€ 300 tot € 400' }),
    vanafCent: z.number().int().nullable().openapi({ description: 'Ondergrens (inclusief); null: geen' }),
    totCent: z.number().int().nullable().openapi({ description: 'Bovengrens (exclusief); null: geen' }),
    aantal: z.number().int().nullable(),
    suppressed: z.boolean(),
  })
  .openapi('ImpactVerdelingsklasse');

const KostendelersKlasseSchema = z
  .strictObject({
    kostendelers: z.number().int().openapi({ description: 'A; de laatste klasse is "A of meer"' }),
    label: z.string().openapi({ example: 'A = 2' }),
    aantal: z.number().int().nullable(),
    suppressed: z.boolean(),
  })
  .openapi('ImpactKostendelersKlasse');

const VariantSchema = z
  .strictObject({
    id: z.string().openapi({ example: 'kostendelerleeftijd-21' }),
    omschrijving: z.string(),
    getroffen: CelSchema.openapi({
      description: 'Huishoudens waarop in deze variant de kostendelersnorm wordt toegepast',
    }),
    huishoudensMetAndereNorm: CelSchema.openapi({
      description: 'Huishoudens van wie de norm in deze variant anders is dan nu',
    }),
    kosten: BedragSchema.openapi({
      description:
        'Wat de variant kost ten opzichte van de huidige regel: de som van (norm in de variant − norm nu). ' +
        'Positief: de gemeente betaalt meer; negatief: de variant bespaart.',
    }),
    verlaging: BedragSchema.openapi({
      description: 'Totale verlaging door de kostendelersnorm in deze variant (norm zonder − norm met)',
    }),
    toelichting: z
      .string()
      .nullable()
      .openapi({ example: 'Kost € 4.512,10 per maand meer (€ 54.145,20 per jaar).' }),
  })
  .openapi('ImpactVariant');

export type Variant = z.output<typeof VariantSchema>;

export const ImpactRapportSchema = z
  .strictObject({
    gemeenten: z.array(z.strictObject({ code: z.string(), naam: z.string() })),
    peildatum: z.iso.date(),
    normentabel: z.strictObject({
      id: z.string(),
      geldigVanaf: z.iso.date(),
      geldigTotEnMet: z.iso.date(),
    }),
    kostendelerLeeftijd: z
      .number()
      .int()
      .openapi({ description: 'Minimumleeftijd van een kostendeler op de peildatum (huidige regel)' }),
    drempel: z
      .number()
      .int()
      .openapi({ description: 'Aantallen onder deze drempel worden onderdrukt', example: 10 }),
    huishoudensMetBijstand: CelSchema.openapi({
      description:
        'Huishoudens met een lopende uitkering algemene bijstand (Participatiewet) op de peildatum',
    }),
    getroffen: CelSchema.openapi({
      description:
        'Huishoudens waarop de kostendelersnorm wordt toegepast: er woont ten minste één kostendelende medebewoner ' +
        '(art. 19a), dus A ≥ 2 door een medebewoner. (A telt ook de partner; een stel zonder medebewoners heeft A = 2 ' +
        'maar krijgt geen kostendelersnorm en telt hier niet mee.)',
    }),
    nietGetroffen: CelSchema,
    nietBerekend: CelSchema.openapi({
      description:
        'Huishoudens waarvoor de norm niet te berekenen is uit het register (bijvoorbeeld een onbekende geboortedatum)',
    }),
    verlaging: BedragSchema.openapi({
      description:
        'Totale verlaging van de normen door de kostendelersnorm: de som van (norm zonder kostendelersnorm − norm nu)',
    }),
    gemiddeldeVerlagingPerMaandCent: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Gemiddelde verlaging per getroffen huishouden per maand' }),
    verdeling: z.array(VerdelingSchema).openapi({
      description: 'Getroffen huishoudens naar de verlaging per maand (voor grafiek en tabel)',
    }),
    naarKostendelers: z.array(KostendelersKlasseSchema).openapi({
      description: 'Getroffen huishoudens naar het aantal kostendelers A',
    }),
    varianten: z.array(VariantSchema),
    aannames: z.array(z.string()),
    onderdrukking: z.string().openapi({ description: 'Hoe kleine aantallen zijn afgeschermd' }),
  })
  .openapi('ImpactRapport');

export type ImpactRapport = z.output<typeof ImpactRapportSchema>;
