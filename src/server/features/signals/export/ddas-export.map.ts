import {
  CONTACTSOORTEN,
  type Contactsoort,
  DAGDELEN,
  type Dagdeel,
  EINDRESULTATEN,
  type Eindresultaat,
  GESLACHTEN,
  type Geslacht,
  SIGNAALPARTNERS,
  SIGNAALSTATUSSEN,
  type Signaalpartner,
  type Signaalstatus,
} from '../../../../shared/ddas.ts';

/**
 * Pure mapping from Regie's rows to the members of a DDAS v1.2 Uitwisselmodel. Rules the official schema imposes
 * (json_schema_Uitwisselmodel.json):
 * - `client` is a oneOf: with a BSN it holds ONLY `burgerservicenummer` (additionalProperties false); without one it
 *   must hold postcode and huisnummer and may hold birth date, gender and toevoeging. A signal with neither cannot be
 *   delivered and is reported as skipped (the database only guarantees a BSN or a postcode).
 * - Optional members are left out rather than written as null (null is not a valid value for any of them).
 * - Enumerated values (status, signaalpartner type, eindresultaat, contactsoort, dagdeel, geslacht) are only written
 *   when they are one of the official values, so a stray value in the database never makes the delivery invalid.
 */

export type DdasClient =
  | { burgerservicenummer: string }
  | {
      postcode: string;
      huisnummer: string;
      huisnummertoevoeging?: string;
      geboortedatum?: string;
      geslachtsaanduiding?: Geslacht;
    };

export type DdasVroegsignaal = {
  ID: string;
  status?: Signaalstatus;
  signaalpartner: { type?: Signaalpartner };
  bedrag?: number;
  ontstaansdatum?: string;
  signaaldatum?: string;
  crisissignaal: boolean;
  warmeOverdracht: boolean;
  client: DdasClient;
};

export type DdasContactpoging = { soort?: Contactsoort; bereikt: boolean; datum: string; dagdeel?: Dagdeel };

export type DdasVroegsignaalzaak = {
  resultaat?: Eindresultaat;
  matchingsdatum: string;
  datumOpgepakt?: string;
  startdatumMatchingperiode: string;
  einddatumMatchingperiode: string;
  vroegsignalen: { ID: string }[];
  contactpogingen: DdasContactpoging[];
};

/** The header members of the delivery (everything but the two streamed lists). */
export type DdasDeliveryHeader = {
  startdatumLevering: string;
  einddatumLevering: string;
  aanleverdatumEnTijd: string;
  codeGegevensleverancier: string;
  gemeentecode: string;
  aanleverendeOrganisatie: { naam: string };
};

/** Regie's name towards CBS as gegevensleverancier (the software supplier delivering on behalf of municipalities). */
export const CODE_GEGEVENSLEVERANCIER = 'Regie';

export type SignalExportRow = {
  id: string;
  externalId: string | null;
  status: string;
  partnerType: string | null;
  amountEuros: number | null;
  arrearsSince: string | null;
  signalDate: string | null;
  crisis: boolean;
  warmeOverdracht: boolean;
  bsn: string | null;
  birthDate: string | null;
  gender: string | null;
  postcode: string | null;
  huisnummer: number | null;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
};

export type CaseExportRow = {
  id: string;
  openedOn: string;
  pickedUpOn: string | null;
  closedOn: string | null;
  result: string | null;
};

export type ContactAttemptRow = { soort: string; bereikt: boolean; datum: string; dagdeel: string | null };

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Copies only the members that have a value, in the given key order. */
function present<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/** The signal's DDAS `ID`: the partner's own id when it sent one, so CBS and the partner speak of the same signal. */
export function ddasSignalId(row: Pick<SignalExportRow, 'id' | 'externalId'>): string {
  return row.externalId !== null && row.externalId !== '' ? row.externalId : row.id;
}

/** Regie keeps BRP's M/V/O codes for persons; signals may carry either those or the DDAS words. */
export function ddasGeslacht(value: string | null): Geslacht | undefined {
  if (value === null) return undefined;
  const code = { M: 'Man', V: 'Vrouw', O: 'Onbekend' }[value.toUpperCase()];
  return oneOf(GESLACHTEN, code ?? value);
}

/**
 * DDAS has one `huisnummertoevoeging` for what the BAG splits into huisletter and toevoeging. Written as an address
 * is written (NEN 5825: letter against the number, toevoeging after a hyphen: 12A-2), so "A-2"; a letter alone is
 * "A", a toevoeging alone stays as it is.
 */
export function ddasToevoeging(huisletter: string | null, toevoeging: string | null): string | undefined {
  const letter = huisletter?.trim() || undefined;
  const rest = toevoeging?.trim() || undefined;
  if (letter && rest) return `${letter}-${rest}`;
  return letter ?? rest;
}

/** The DDAS client, or null when the signal has neither a BSN nor postcode and huisnummer. */
export function ddasClient(row: SignalExportRow): DdasClient | null {
  const bsn = row.bsn?.trim();
  if (bsn) return { burgerservicenummer: bsn };
  const postcode = row.postcode?.replace(/\s+/g, '').toUpperCase();
  if (!postcode || row.huisnummer === null) return null;
  return present({
    postcode,
    huisnummer: String(row.huisnummer),
    huisnummertoevoeging: ddasToevoeging(row.huisletter, row.huisnummertoevoeging),
    geboortedatum: row.birthDate ?? undefined,
    geslachtsaanduiding: ddasGeslacht(row.gender),
  });
}

/** One vroegsignaal, or null when it has no deliverable client (see ddasClient). */
export function toDdasVroegsignaal(row: SignalExportRow): DdasVroegsignaal | null {
  const client = ddasClient(row);
  if (!client) return null;
  const type = oneOf(SIGNAALPARTNERS, row.partnerType);
  return present({
    ID: ddasSignalId(row),
    status: oneOf(SIGNAALSTATUSSEN, row.status),
    // Required by the schema even when Regie does not know the partner type (a signal platform file without it).
    signaalpartner: type ? { type } : {},
    bedrag: row.amountEuros ?? undefined,
    ontstaansdatum: row.arrearsSince ?? undefined,
    signaaldatum: row.signalDate ?? undefined,
    crisissignaal: row.crisis,
    warmeOverdracht: row.warmeOverdracht,
    client,
  });
}

export function toDdasContactpoging(row: ContactAttemptRow): DdasContactpoging {
  return present({
    soort: oneOf(CONTACTSOORTEN, row.soort),
    bereikt: row.bereikt,
    datum: row.datum,
    dagdeel: oneOf(DAGDELEN, row.dagdeel),
  });
}

/**
 * One vroegsignaalzaak. The matching period is the delivery's period (Regie matches continuously, so the case was
 * matched within the period it is delivered for); `matchingsdatum` is the day the case was opened, which is when
 * its first signal was matched to the household. `signalIds` must be non-empty: the schema requires minItems 1.
 */
export function toDdasVroegsignaalzaak(
  row: CaseExportRow,
  period: { from: string; to: string },
  signalIds: readonly string[],
  attempts: readonly ContactAttemptRow[],
): DdasVroegsignaalzaak {
  return present({
    resultaat: row.closedOn !== null ? oneOf(EINDRESULTATEN, row.result) : undefined,
    matchingsdatum: row.openedOn,
    datumOpgepakt: row.pickedUpOn ?? undefined,
    startdatumMatchingperiode: period.from,
    einddatumMatchingperiode: period.to,
    // uniqueItems: two partners may use the same own id for different signals; CBS gets the reference once.
    vroegsignalen: [...new Set(signalIds)].map((ID) => ({ ID })),
    contactpogingen: attempts.map(toDdasContactpoging),
  });
}

/** `YYYY-MM-DDTHH:MM:SSZ`, the format the schema's `datum-tijd` describes (no milliseconds). */
export function ddasDateTime(moment: Date): string {
  return moment.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
