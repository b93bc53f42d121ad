import { z } from 'zod';
import { GESLACHTEN, SIGNAALPARTNERS, SIGNAALSTATUSSEN } from '../../../../shared/ddas.ts';
import { isIsoDate } from '../../../lib/dates.ts';
import type { DdasEnvelope } from './ddas-stream.ts';
import {
  bsnProblem,
  MAX_ID_LENGTH,
  normalisePostcode,
  parseHuisnummer,
  REASONS,
  type RowIssue,
  type RowResult,
  type SignalRow,
} from './signal-row.ts';

/**
 * Regie's schema of a DDAS v1.2 vroegsignaal and of the file's envelope, written from the official JSON Schema
 * (`json_schema_Uitwisselmodel.json`, VNG/Divosa/NVVK). Same structure and closed objects (unknown fields are
 * refused, like `additionalProperties: false`), and the client rule of the official `oneOf`: with a BSN the client
 * holds only the BSN; without one, postcode and huisnummer. Regie is stricter where the official schema leaves room
 * that would let a wrong signal in: the BSN passes the 11-proof, the partner type is required, the amount is not
 * negative, postcode and huisnummer are well-formed and dates exist. ddas-conformance.test.ts checks sample signals
 * against the official document.
 */

const datum = z.string().refine(isIsoDate, { error: REASONS.isoDate });

const ClientSchema = z
  .strictObject({
    burgerservicenummer: z.string().optional(),
    geslachtsaanduiding: z.enum(GESLACHTEN, { error: REASONS.gender }).optional(),
    geboortedatum: datum.optional(),
    postcode: z.string().optional(),
    huisnummer: z.string().optional(),
    huisnummertoevoeging: z.string().max(10, { error: REASONS.toevoeging }).optional(),
  })
  .superRefine((client, ctx) => {
    if (client.burgerservicenummer !== undefined) {
      const problem = bsnProblem(client.burgerservicenummer);
      if (problem) ctx.addIssue({ code: 'custom', path: ['burgerservicenummer'], message: problem });
      const others = Object.keys(client).filter((k) => k !== 'burgerservicenummer');
      for (const field of others) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message:
            'Volgens DDAS v1.2 bevat een client met een BSN alleen het BSN; laat de andere gegevens weg of stuur geen BSN.',
        });
      }
      return;
    }
    if (client.postcode === undefined && client.huisnummer === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: REASONS.noSubject });
      return;
    }
    if (client.postcode === undefined) {
      ctx.addIssue({ code: 'custom', path: ['postcode'], message: REASONS.huisnummerWithoutPostcode });
    } else if (normalisePostcode(client.postcode) === null) {
      ctx.addIssue({ code: 'custom', path: ['postcode'], message: REASONS.postcode });
    }
    if (client.huisnummer === undefined) {
      ctx.addIssue({ code: 'custom', path: ['huisnummer'], message: REASONS.postcodeWithoutHuisnummer });
    } else if (parseHuisnummer(client.huisnummer) === null) {
      ctx.addIssue({ code: 'custom', path: ['huisnummer'], message: REASONS.huisnummer });
    }
  });

export const VroegsignaalSchema = z.strictObject({
  ID: z.string().trim().min(1, { error: REASONS.idMissing }).max(MAX_ID_LENGTH, { error: REASONS.idTooLong }),
  crisissignaal: z.boolean().optional(),
  warmeOverdracht: z.boolean().optional(),
  bedrag: z
    .number()
    .int({ error: REASONS.amountInteger })
    .min(0, { error: REASONS.amountNegative })
    .optional(),
  ontstaansdatum: datum.optional(),
  signaaldatum: datum.optional(),
  /** Accepted as the official schema allows, but not taken over: the status is Regie's to decide. */
  status: z.enum(SIGNAALSTATUSSEN, { error: 'Onbekende signaalstatus in DDAS v1.2.' }).optional(),
  signaalpartner: z.strictObject({
    type: z.enum(SIGNAALPARTNERS, {
      error: (issue) => (issue.input === undefined ? REASONS.partnerMissing : REASONS.partnerUnknown),
    }),
  }),
  client: ClientSchema,
});
export type Vroegsignaal = z.infer<typeof VroegsignaalSchema>;

const EXPECTED: Record<string, string> = {
  string: 'Moet tekst zijn.',
  boolean: 'Moet true of false zijn.',
  number: 'Moet een getal zijn.',
  int: 'Moet een heel getal zijn.',
  object: 'Moet een object zijn.',
  array: 'Moet een lijst zijn.',
};

const OWN_REASONS = new Set<string>(Object.values(REASONS));

/** zod issues as row issues with the DDAS field path and a Dutch reason (never the value). */
export function issuesOf(row: number, error: z.ZodError, input: unknown): RowIssue[] {
  const out: RowIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          row,
          field: path ? `${path}.${key}` : key,
          reason: 'Onbekend veld: DDAS v1.2 kent dit veld niet.',
        });
      }
    } else if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
      out.push({
        row,
        field: path || '(signaal)',
        reason: path === 'client' ? REASONS.noSubject : REASONS.missing,
      });
    } else if (issue.code === 'invalid_type') {
      const own = OWN_REASONS.has(issue.message) ? issue.message : undefined;
      out.push({ row, field: path || '(signaal)', reason: own ?? EXPECTED[issue.expected] ?? issue.message });
    } else {
      out.push({ row, field: path || '(signaal)', reason: issue.message });
    }
  }
  return dedupeFields(out);
}

/** The value at a zod issue's path (zod 4 issues do not carry the input). */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** One issue per field (the error table's key is row + field): the first reason wins. */
export function dedupeFields(issues: RowIssue[]): RowIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.row}\u0000${i.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Checks one vroegsignaal (its position in the file is `row`) and normalises it. */
export function checkVroegsignaal(value: unknown, row: number): RowResult {
  const signal = fastCheck(value, row);
  return signal ? { ok: true, signal } : checkWithZod(value, row);
}

/** The schema's verdict and wording; `checkVroegsignaal` comes here for every signal the fast check is unsure of. */
export function checkWithZod(value: unknown, row: number): RowResult {
  const parsed = VroegsignaalSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: issuesOf(row, parsed.error, value) };
  const s = parsed.data;
  const client = s.client;
  const nummer = client.huisnummer === undefined ? null : parseHuisnummer(client.huisnummer);
  return {
    ok: true,
    signal: {
      row,
      externalId: s.ID,
      partnerType: s.signaalpartner.type,
      signalDate: s.signaaldatum ?? null,
      arrearsSince: s.ontstaansdatum ?? null,
      amountEuros: s.bedrag ?? null,
      crisis: s.crisissignaal ?? false,
      warmeOverdracht: s.warmeOverdracht ?? false,
      bsn: client.burgerservicenummer ?? null,
      birthDate: client.geboortedatum ?? null,
      gender: client.geslachtsaanduiding ?? null,
      postcode: client.postcode === undefined ? null : normalisePostcode(client.postcode),
      huisnummer: nummer?.huisnummer ?? null,
      huisletter: nummer?.huisletter ?? null,
      huisnummertoevoeging: client.huisnummertoevoeging?.trim() || null,
    },
  };
}

const SIGNAL_KEYS = new Set(Object.keys(VroegsignaalSchema.shape));
const CLIENT_KEYS = new Set([
  'burgerservicenummer',
  'geslachtsaanduiding',
  'geboortedatum',
  'postcode',
  'huisnummer',
  'huisnummertoevoeging',
]);
const PARTNERS = new Set<unknown>(SIGNAALPARTNERS);
const STATUSES = new Set<unknown>(SIGNAALSTATUSSEN);
const GENDERS = new Set<unknown>(GESLACHTEN);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalDate = (v: unknown) => v === undefined || (typeof v === 'string' && isIsoDate(v));
const optionalBoolean = (v: unknown) => v === undefined || typeof v === 'boolean';

/**
 * The schema's rules written out by hand, for the common case: a signal that certainly passes, normalised exactly
 * as the zod path does. Null when anything is off or unusual: zod then decides and words the problems. zod costs
 * more per signal than reading it (a million signals: about a minute), and nearly every signal is fine.
 * ddas-schema.test.ts checks that both paths agree.
 */
function fastCheck(value: unknown, row: number): SignalRow | null {
  if (!isRecord(value)) return null;
  for (const key in value) if (!SIGNAL_KEYS.has(key)) return null;
  const { ID, bedrag, signaalpartner, client } = value;
  if (typeof ID !== 'string') return null;
  const externalId = ID.trim();
  if (externalId.length < 1 || externalId.length > MAX_ID_LENGTH) return null;
  if (!optionalBoolean(value.crisissignaal) || !optionalBoolean(value.warmeOverdracht)) return null;
  if (bedrag !== undefined && !(typeof bedrag === 'number' && Number.isSafeInteger(bedrag) && bedrag >= 0))
    return null;
  if (!optionalDate(value.ontstaansdatum) || !optionalDate(value.signaaldatum)) return null;
  if (value.status !== undefined && !STATUSES.has(value.status)) return null;
  if (!isRecord(signaalpartner) || !PARTNERS.has(signaalpartner.type)) return null;
  for (const key in signaalpartner) if (key !== 'type') return null;
  if (!isRecord(client)) return null;
  let fields = 0;
  for (const key in client) {
    if (!CLIENT_KEYS.has(key)) return null;
    fields++;
  }
  const {
    burgerservicenummer: bsn,
    geslachtsaanduiding: gender,
    geboortedatum,
    postcode,
    huisnummer,
  } = client;
  const toevoeging = client.huisnummertoevoeging;
  let nummer: ReturnType<typeof parseHuisnummer> = null;
  let normalisedPostcode: string | null = null;
  if (bsn !== undefined) {
    if (typeof bsn !== 'string' || fields !== 1 || bsnProblem(bsn) !== null) return null;
  } else {
    if (gender !== undefined && !GENDERS.has(gender)) return null;
    if (!optionalDate(geboortedatum)) return null;
    if (toevoeging !== undefined && !(typeof toevoeging === 'string' && toevoeging.length <= 10)) return null;
    if (typeof postcode !== 'string' || typeof huisnummer !== 'string') return null;
    normalisedPostcode = normalisePostcode(postcode);
    nummer = parseHuisnummer(huisnummer);
    if (normalisedPostcode === null || nummer === null) return null;
  }
  return {
    row,
    externalId,
    partnerType: signaalpartner.type as SignalRow['partnerType'],
    signalDate: (value.signaaldatum as string | undefined) ?? null,
    arrearsSince: (value.ontstaansdatum as string | undefined) ?? null,
    amountEuros: (bedrag as number | undefined) ?? null,
    crisis: (value.crisissignaal as boolean | undefined) ?? false,
    warmeOverdracht: (value.warmeOverdracht as boolean | undefined) ?? false,
    bsn: (bsn as string | undefined) ?? null,
    birthDate: (geboortedatum as string | undefined) ?? null,
    gender: (gender as SignalRow['gender'] | undefined) ?? null,
    postcode: normalisedPostcode,
    huisnummer: nummer?.huisnummer ?? null,
    huisletter: nummer?.huisletter ?? null,
    huisnummertoevoeging: (toevoeging as string | undefined)?.trim() || null,
  };
}

/** The ID of a raw signal, for the report (shortened; it is the platform's reference, not personal data). */
export function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as { ID?: unknown }).ID;
  return typeof id === 'string' && id.trim() !== '' ? id.trim().slice(0, 40) : null;
}

const isDateTime = (v: unknown) =>
  typeof v === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) &&
  isIsoDate(v.slice(0, 10));

/**
 * The envelope's problems, as issues of row 0 (the file as a whole): the required members of the Uitwisselmodel
 * and of each levering. They do not stop good signals from being imported: each signal stands on its own.
 */
export function envelopeIssues(envelope: DdasEnvelope): RowIssue[] {
  const issues: RowIssue[] = [];
  const add = (field: string, reason: string) => issues.push({ row: 0, field, reason });
  const m = envelope.members;
  for (const name of ['startdatumLevering', 'einddatumLevering'] as const) {
    if (m[name] === undefined) add(name, REASONS.missing);
    else if (typeof m[name] !== 'string' || !isIsoDate(m[name])) add(name, REASONS.isoDate);
  }
  if (m.aanleverdatumEnTijd === undefined) add('aanleverdatumEnTijd', REASONS.missing);
  else if (!isDateTime(m.aanleverdatumEnTijd)) {
    add('aanleverdatumEnTijd', 'Geen geldige datum en tijd: verwacht bijvoorbeeld 2026-01-31T12:00:00Z.');
  }
  if (m.codeGegevensleverancier === undefined) add('codeGegevensleverancier', REASONS.missing);
  else if (typeof m.codeGegevensleverancier !== 'string') add('codeGegevensleverancier', EXPECTED.string!);
  for (const name of envelope.unknown) add(name, 'Onbekend veld: DDAS v1.2 kent dit veld niet.');
  if (m.leveringen !== undefined) add('leveringen', EXPECTED.array!);
  else if (!envelope.hasLeveringen)
    add('leveringen', 'Het bestand bevat geen leveringen: er zijn geen signalen ingelezen.');
  else if (envelope.leveringen.length === 0)
    add('leveringen', 'De lijst leveringen is leeg: er zijn geen signalen ingelezen.');
  for (const levering of envelope.leveringen) {
    const at = `leveringen[${levering.index}]`;
    if (!levering.isObject) {
      add(at, EXPECTED.object!);
      continue;
    }
    const lm = levering.members;
    if (lm.teller === undefined) add(`${at}.teller`, REASONS.missing);
    else if (!Number.isInteger(lm.teller)) add(`${at}.teller`, EXPECTED.int!);
    if (lm.gemeentecode === undefined) add(`${at}.gemeentecode`, REASONS.missing);
    else if (typeof lm.gemeentecode !== 'string') add(`${at}.gemeentecode`, EXPECTED.string!);
    if (lm.aanleverendeOrganisatie === undefined) add(`${at}.aanleverendeOrganisatie`, REASONS.missing);
    else if (typeof lm.aanleverendeOrganisatie !== 'object' || lm.aanleverendeOrganisatie === null) {
      add(`${at}.aanleverendeOrganisatie`, EXPECTED.object!);
    }
    if (lm.vroegsignalen !== undefined) add(`${at}.vroegsignalen`, EXPECTED.array!);
    for (const name of levering.unknown) add(`${at}.${name}`, 'Onbekend veld: DDAS v1.2 kent dit veld niet.');
  }
  return dedupeFields(issues);
}
