import { z } from '@hono/zod-openapi';
import { isValidBsn } from '../../../../shared/bsn.ts';
import { CONTACTSOORTEN, DAGDELEN, EINDRESULTATEN, SIGNAALSTATUSSEN } from '../../../../shared/ddas.ts';
import { signalKinds, signalSources, signalUrgencies } from '../../../db/schema/index.ts';
import { pageQuery } from '../../../http/pagination.ts';

/**
 * Request and response schemas of the signal intake, the worklist and the partner feedback: one source for
 * validation, types and the OpenAPI document. Every message names the field in plain Dutch (B1), because the
 * same messages appear next to the fields of the web form.
 */

const datum = (label: string) =>
  z.iso
    .date({ error: `Vul de ${label} in als 2026-01-31` })
    .openapi({ description: `${label} (JJJJ-MM-DD)`, example: '2026-11-02' });

/** Dutch postcode: four digits (not starting with 0) and two letters; "1234 ab" is stored as "1234AB". */
const postcode = z
  .string({ error: 'Vul de postcode in als 1234 AB' })
  .trim()
  .regex(/^[1-9]\d{3}\s?[A-Za-z]{2}$/, 'Vul de postcode in als 1234 AB')
  .transform((v) => v.replace(/\s+/g, '').toUpperCase())
  .openapi({ example: '9811 AB' });

export const PersoonSchema = z
  .object({
    bsn: z
      .string({ error: 'Het BSN bestaat uit 9 cijfers' })
      .trim()
      .regex(/^\d{9}$/, 'Het BSN bestaat uit 9 cijfers')
      .refine(isValidBsn, 'Dit BSN klopt niet (het voldoet niet aan de elfproef)')
      .optional()
      .openapi({ example: '999990019' }),
    naam: z
      .string({ error: 'Vul de naam in als tekst' })
      .trim()
      .min(1, 'Vul de naam in, of laat het veld weg')
      .max(200, 'De naam is te lang: hoogstens 200 tekens')
      .optional(),
    geboortedatum: datum('geboortedatum').optional(),
  })
  .openapi('SignaalPersoon');

export const AdresSchema = z
  .object({
    postcode,
    huisnummer: z
      .number({ error: 'Vul het huisnummer in als een heel getal' })
      .int('Vul het huisnummer in als een heel getal')
      .min(1, 'Het huisnummer is 1 of hoger')
      .max(99999, 'Het huisnummer is hoogstens 99999'),
    huisletter: z
      .string({ error: 'De huisletter is één letter' })
      .trim()
      .regex(/^[A-Za-z]$/, 'De huisletter is één letter')
      .transform((v) => v.toUpperCase())
      .optional(),
    toevoeging: z
      .string({ error: 'De toevoeging is hoogstens 4 letters of cijfers' })
      .trim()
      .regex(/^[A-Za-z0-9]{1,4}$/, 'De toevoeging is hoogstens 4 letters of cijfers')
      .optional(),
  })
  .openapi('SignaalAdres');

export const NieuwSignaalSchema = z
  .object({
    gemeente: z
      .string({ error: 'Kies de gemeente' })
      .regex(/^GM\d{4}$/, 'Kies de gemeente (een code als GM0363)')
      .openapi({ example: 'GM9901' }),
    categorie: z
      .string({ error: 'Kies wat u zag' })
      .trim()
      .min(1, 'Kies wat u zag')
      .max(60, 'Kies wat u zag')
      .openapi({ description: 'Code from GET /signals/categories', example: 'vervuiling-woning' }),
    urgentie: z.enum(signalUrgencies, { error: 'Kies de urgentie: normaal of hoog' }),
    crisis: z.boolean({ error: 'Geef aan of het een crisis is (ja of nee)' }).optional(),
    omschrijving: z
      .string({ error: 'Vul de omschrijving in als tekst' })
      .trim()
      .max(2000, 'De omschrijving is te lang: hoogstens 2000 tekens')
      .optional(),
    bewonerGeinformeerd: z.boolean({ error: 'Geef aan of de bewoner weet van dit signaal (ja of nee)' }),
    bewonerStemtIn: z.boolean({ error: 'Geef aan of de bewoner het eens is met dit signaal (ja of nee)' }),
    persoon: PersoonSchema.default({}),
    adres: AdresSchema.optional(),
    bedrag: z
      .number({ error: "Vul het bedrag in als een heel aantal euro's" })
      .int("Vul het bedrag in als een heel aantal euro's")
      .min(0, 'Het bedrag kan niet negatief zijn')
      .max(10_000_000, 'Het bedrag is te hoog')
      .optional()
      .openapi({ description: 'Arrears in whole euros (vroegsignaal)' }),
    ontstaansdatum: datum('datum waarop de achterstand ontstond').optional(),
    signaaldatum: datum('datum van het signaal')
      .optional()
      .openapi({ description: 'Default: today (Amsterdam)' }),
    partnerReferentie: z
      .string({ error: 'Vul uw eigen kenmerk in als tekst' })
      .trim()
      .min(1, 'Vul uw eigen kenmerk in, of laat het veld weg')
      .max(100, 'Uw eigen kenmerk is te lang: hoogstens 100 tekens')
      .optional(),
    warmeOverdracht: z.boolean({ error: 'Geef aan of er een warme overdracht is (ja of nee)' }).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.persoon.bsn && !v.adres) {
      ctx.addIssue({
        code: 'custom',
        path: ['persoon', 'bsn'],
        message: 'Vul het BSN in, of de postcode en het huisnummer',
      });
    }
  })
  .openapi('NieuwSignaal');
export type NieuwSignaal = z.infer<typeof NieuwSignaalSchema>;

export const TERUGKOPPELINGEN = ['opgepakt', 'niet opgepakt', 'in behandeling'] as const;

export const SignaalOntvangstSchema = z
  .object({
    id: z.uuid(),
    status: z.literal('ontvangen').openapi({
      description:
        'Always "ontvangen": the DDAS status is not returned to the filer, because it can tell why a signal was not ' +
        'picked up (for instance that the person does not live in the municipality).',
    }),
    terugkoppeling: z.enum(TERUGKOPPELINGEN),
  })
  .openapi('SignaalOntvangst');

export const CategorieenSchema = z
  .object({
    items: z.array(
      z.object({
        code: z.string(),
        label: z.string(),
        soort: z.enum(signalKinds),
        crisis: z.boolean(),
      }),
    ),
  })
  .openapi('SignaalCategorieen');

export const GemeenteQuery = z.object({
  gemeente: z.string().regex(/^GM\d{4}$/, 'Kies de gemeente (een code als GM0363)'),
});

export const MijnSignaalSchema = z
  .object({
    id: z.uuid(),
    partnerReferentie: z.string().nullable(),
    categorie: z.string(),
    categorieLabel: z.string(),
    signaaldatum: z.iso.date(),
    ontvangenOp: z.string().openapi({ description: 'ISO 8601 moment' }),
    terugkoppeling: z.enum(TERUGKOPPELINGEN),
  })
  .openapi('MijnSignaal');

const booleanQuery = (message: string) =>
  z
    .enum(['true', 'false'], { error: message })
    .transform((v) => v === 'true')
    .optional();

export const WERKLIJST_STATUSSEN = ['nieuw', 'open', 'alle'] as const;
export const WERKLIJST_SORTERING = ['deadline', 'ontvangen'] as const;

export const WerklijstQuery = pageQuery.extend({
  teamId: z.uuid({ error: 'Kies een team' }).optional(),
  status: z
    .enum(WERKLIJST_STATUSSEN, { error: 'Kies de status: nieuw, open of alle' })
    .default('alle')
    .openapi({
      description: 'nieuw: not picked up yet; open: picked up, case not closed; alle: every signal',
    }),
  categorie: z.string().trim().min(1).max(60).optional(),
  wijk: z
    .string()
    .regex(/^WK\d{6}$/, 'Gebruik een CBS-wijkcode als WK036301')
    .optional(),
  crisis: booleanQuery('Kies voor crisis true of false'),
  minBedrag: z.coerce
    .number({ error: "Vul het minimumbedrag in als een heel aantal euro's" })
    .int("Vul het minimumbedrag in als een heel aantal euro's")
    .min(0, 'Het minimumbedrag kan niet negatief zijn')
    .optional(),
  ouderDanDagen: z.coerce
    .number({ error: 'Vul het aantal dagen in als een heel getal' })
    .int('Vul het aantal dagen in als een heel getal')
    .min(0, 'Het aantal dagen kan niet negatief zijn')
    .max(3650, 'Het aantal dagen is hoogstens 3650')
    .optional(),
  sort: z
    .enum(WERKLIJST_SORTERING, { error: 'Sorteer op deadline of ontvangen' })
    .default('deadline')
    .openapi({ description: 'deadline: earliest first, none last, then oldest; ontvangen: oldest first' }),
});
export type WerklijstFilter = z.infer<typeof WerklijstQuery>;

const huishoudenAdres = z
  .object({
    straat: z.string(),
    huisnummer: z.number().int(),
    huisletter: z.string().nullable(),
    toevoeging: z.string().nullable(),
    postcode: z.string(),
    woonplaats: z.string(),
  })
  .openapi('SignaalHuishoudenAdres');

export const WerklijstItemSchema = z
  .object({
    id: z.uuid(),
    categorie: z.string(),
    categorieLabel: z.string(),
    soort: z.enum(signalKinds),
    bron: z.enum(signalSources),
    partnerType: z.string().nullable(),
    urgentie: z.enum(signalUrgencies),
    crisis: z.boolean(),
    bedrag: z.number().int().nullable(),
    ontvangenOp: z.string(),
    signaaldatum: z.iso.date(),
    deadline: z.iso.date().nullable(),
    status: z.enum(SIGNAALSTATUSSEN),
    matchStatus: z.string(),
    wijkCode: z.string().nullable(),
    wijkNaam: z.string().nullable(),
    teamId: z.uuid().nullable(),
    teamNaam: z.string().nullable(),
    zaakId: z.uuid().nullable(),
    huishouden: z.object({ id: z.uuid(), adres: huishoudenAdres }).nullable(),
  })
  .openapi('WerklijstSignaal');

export const ContactpogingSchema = z
  .object({
    id: z.uuid(),
    soort: z.enum(CONTACTSOORTEN),
    bereikt: z.boolean(),
    datum: z.iso.date(),
    dagdeel: z.enum(DAGDELEN).nullable(),
  })
  .openapi('Contactpoging');

export const ZaakSchema = z
  .object({
    id: z.uuid(),
    soort: z.enum(['vroegsignaalzaak', 'intake']),
    geopendOp: z.iso.date(),
    opgepaktOp: z.iso.date().nullable(),
    geslotenOp: z.iso.date().nullable(),
    resultaat: z.enum(EINDRESULTATEN).nullable(),
    contactpogingen: z.array(ContactpogingSchema),
    signalen: z.array(
      z.object({
        id: z.uuid(),
        categorieLabel: z.string(),
        ontvangenOp: z.string(),
        status: z.enum(SIGNAALSTATUSSEN),
      }),
    ),
  })
  .openapi('SignaalZaak');

export const SignaalDetailSchema = WerklijstItemSchema.extend({
  persoon: z.object({
    bsn: z.string().nullable(),
    naam: z.string().nullable(),
    geboortedatum: z.iso.date().nullable(),
  }),
  adres: z
    .object({
      postcode: z.string(),
      huisnummer: z.number().int().nullable(),
      huisletter: z.string().nullable(),
      toevoeging: z.string().nullable(),
    })
    .nullable(),
  omschrijving: z.string().nullable(),
  bewonerGeinformeerd: z.boolean().nullable(),
  bewonerStemtIn: z.boolean().nullable(),
  partnerReferentie: z.string().nullable(),
  ontstaansdatum: z.iso.date().nullable(),
  warmeOverdracht: z.boolean(),
  match: z
    .object({
      methode: z.enum(['bsn', 'adres', 'handmatig']),
      velden: z.array(z.string()),
      score: z.number(),
    })
    .nullable(),
  zaak: ZaakSchema.nullable(),
}).openapi('SignaalDetail');

/** The answer to oppakken: the signal, and the household's case (plan, regisseur) it started or joined. */
export const SignaalOpgepaktSchema = SignaalDetailSchema.extend({ householdCaseId: z.uuid() }).openapi(
  'SignaalOpgepakt',
);

export const NieuweContactpogingSchema = z
  .object({
    soort: z.enum(CONTACTSOORTEN, { error: 'Kies hoe u contact zocht' }),
    bereikt: z.boolean({ error: 'Geef aan of u de bewoner heeft bereikt (ja of nee)' }),
    datum: datum('datum van de contactpoging'),
    dagdeel: z.enum(DAGDELEN, { error: 'Kies het dagdeel: Ochtend, Middag of Avond' }).optional(),
  })
  .openapi('NieuweContactpoging');
export type NieuweContactpoging = z.infer<typeof NieuweContactpogingSchema>;

export const AfsluitenSchema = z
  .object({ resultaat: z.enum(EINDRESULTATEN, { error: 'Kies een eindresultaat uit de lijst' }) })
  .openapi('ZaakAfsluiten');
