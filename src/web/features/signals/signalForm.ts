// The signal form as plain data: empty values, the Dutch client-side checks, conversion to the API input, and the
// mapping of server error paths (`persoon.bsn`, `adres.postcode`) to the id of the field on the page.

import { isValidBsn } from '../../../shared/bsn.ts';
import type { SignaalCategorie, SignaalInvoer, Urgentie } from '../../api/signals.ts';
import { formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { normaliseBsn } from './bsn.ts';

export type JaNee = 'ja' | 'nee' | '';

export interface SignalFormValues {
  gemeente: string;
  bsn: string;
  naam: string;
  geboortedatum: string;
  postcode: string;
  huisnummer: string;
  huisletter: string;
  toevoeging: string;
  categorie: string;
  urgentie: Urgentie;
  crisis: boolean;
  omschrijving: string;
  bewonerGeinformeerd: JaNee;
  bewonerStemtIn: JaNee;
  bedrag: string;
  ontstaansdatum: string;
  partnerReferentie: string;
}

export type SignalField = keyof SignalFormValues;

/** The id of each input: the error summary links to it and the e2e test finds fields by it. */
export const SIGNAL_FIELD_IDS: Record<SignalField, string> = {
  gemeente: 'signaal-gemeente',
  bsn: 'signaal-bsn',
  naam: 'signaal-naam',
  geboortedatum: 'signaal-geboortedatum',
  postcode: 'signaal-postcode',
  huisnummer: 'signaal-huisnummer',
  huisletter: 'signaal-huisletter',
  toevoeging: 'signaal-toevoeging',
  categorie: 'signaal-categorie',
  urgentie: 'signaal-urgentie',
  crisis: 'signaal-crisis',
  omschrijving: 'signaal-omschrijving',
  bewonerGeinformeerd: 'signaal-bewoner-weet',
  bewonerStemtIn: 'signaal-bewoner-stemt-in',
  bedrag: 'signaal-bedrag',
  ontstaansdatum: 'signaal-ontstaansdatum',
  partnerReferentie: 'signaal-kenmerk',
};

/** Field order on the page: the error summary lists problems in this order. */
export const SIGNAL_FIELD_ORDER: SignalField[] = [
  'gemeente',
  'bsn',
  'naam',
  'geboortedatum',
  'postcode',
  'huisnummer',
  'huisletter',
  'toevoeging',
  'categorie',
  'bedrag',
  'ontstaansdatum',
  'urgentie',
  'crisis',
  'omschrijving',
  'bewonerGeinformeerd',
  'bewonerStemtIn',
  'partnerReferentie',
];

export const MAX_OMSCHRIJVING = 2000;
const MAX_NAAM = 200;
const MAX_KENMERK = 100;

export type SignalFormErrors = Partial<Record<SignalField, string>>;

export function emptySignalForm(gemeente = ''): SignalFormValues {
  return {
    gemeente,
    bsn: '',
    naam: '',
    geboortedatum: '',
    postcode: '',
    huisnummer: '',
    huisletter: '',
    toevoeging: '',
    categorie: '',
    urgentie: 'normaal',
    crisis: false,
    omschrijving: '',
    bewonerGeinformeerd: '',
    bewonerStemtIn: '',
    bedrag: '',
    ontstaansdatum: '',
    partnerReferentie: '',
  };
}

/** "1234 ab", "1234AB" → "1234AB"; anything else is returned trimmed, for the check to reject. */
export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return /^[1-9]\d{3}[A-Z]{2}$/.test(compact) ? compact : value.trim();
}

export function isPostcode(value: string): boolean {
  return /^[1-9]\d{3}[A-Z]{2}$/.test(normalisePostcode(value));
}

/** A real calendar date as YYYY-MM-DD (what a date input gives). */
export function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * An amount in whole euros as people type it: "450", "1.250", "€ 1.250", "1250,-" or "1250,00". Cents other than
 * zero, negative numbers and text give null.
 */
export function parseEuros(value: string): number | null {
  const cleaned = value.replace(/[€\s]/g, '').replace(/,(-|00?)$/, '');
  if (!/^(\d{1,3}(\.\d{3})+|\d+)$/.test(cleaned)) return null;
  const euros = Number(cleaned.replace(/\./g, ''));
  return Number.isSafeInteger(euros) && euros <= 10_000_000 ? euros : null;
}

export function categoryOf(
  categories: readonly SignaalCategorie[],
  code: string,
): SignaalCategorie | undefined {
  return categories.find((category) => category.code === code);
}

/** Debt signals (vroegsignalen) ask for the amount and since when. */
export function asksForDebt(category: SignaalCategorie | undefined): boolean {
  return category?.soort === 'vroegsignaal';
}

export interface ValidationContext {
  categories: readonly SignaalCategorie[];
  /** The user must choose a municipality (their organisation works in more than one). */
  needsMunicipality: boolean;
  /** Today (YYYY-MM-DD, Europe/Amsterdam): birth dates and arrears cannot lie after it. */
  today: string;
}

/** The checks the browser can do; the server checks again and may find more (e.g. an unknown address). */
export function validateSignalForm(values: SignalFormValues, context: ValidationContext): SignalFormErrors {
  const e = t.signals.form.errors;
  const errors: SignalFormErrors = {};
  if (context.needsMunicipality && !values.gemeente) errors.gemeente = e.gemeenteRequired;

  const bsn = normaliseBsn(values.bsn);
  const hasBsn = bsn !== '';
  if (hasBsn && !isValidBsn(bsn)) errors.bsn = /^\d{9}$/.test(bsn) ? e.bsnElfproef : e.bsnFormat;

  // Without a BSN Regie finds the resident by address, birth date and name: all three are needed then.
  const naam = values.naam.trim();
  if (!hasBsn && !naam) errors.naam = e.naamRequired;
  else if (naam.length > MAX_NAAM) errors.naam = e.naamTooLong;

  const geboortedatum = values.geboortedatum.trim();
  if (!geboortedatum) {
    if (!hasBsn) errors.geboortedatum = e.geboortedatumRequired;
  } else if (!isDate(geboortedatum)) errors.geboortedatum = e.dateInvalid;
  else if (geboortedatum > context.today) errors.geboortedatum = e.geboortedatumFuture;

  const postcode = values.postcode.trim();
  const huisnummer = values.huisnummer.trim();
  const wantsAddress = !hasBsn || postcode !== '' || huisnummer !== '';
  if (wantsAddress) {
    if (!postcode) errors.postcode = e.postcodeRequired;
    else if (!isPostcode(postcode)) errors.postcode = e.postcodeInvalid;
    if (!huisnummer) errors.huisnummer = e.huisnummerRequired;
    else if (!/^\d{1,5}$/.test(huisnummer) || Number(huisnummer) < 1) errors.huisnummer = e.huisnummerInvalid;
  }
  if (values.huisletter.trim() && !/^[a-zA-Z]$/.test(values.huisletter.trim()))
    errors.huisletter = e.huisletterInvalid;
  if (values.toevoeging.trim() && !/^[a-zA-Z0-9]{1,4}$/.test(values.toevoeging.trim()))
    errors.toevoeging = e.toevoegingInvalid;

  const category = categoryOf(context.categories, values.categorie);
  if (!category) errors.categorie = e.categorieRequired;
  if (asksForDebt(category)) {
    if (values.bedrag.trim() && parseEuros(values.bedrag) === null) errors.bedrag = e.bedragInvalid;
    const since = values.ontstaansdatum.trim();
    if (since && !isDate(since)) errors.ontstaansdatum = e.dateInvalid;
    else if (since && since > context.today) errors.ontstaansdatum = e.ontstaansdatumFuture;
  }

  if (values.omschrijving.length > MAX_OMSCHRIJVING)
    errors.omschrijving = e.omschrijvingTooLong(
      formatNumber(MAX_OMSCHRIJVING),
      formatNumber(values.omschrijving.length),
    );
  if (!values.bewonerGeinformeerd) errors.bewonerGeinformeerd = e.bewonerGeinformeerdRequired;
  if (values.bewonerGeinformeerd === 'ja' && !values.bewonerStemtIn)
    errors.bewonerStemtIn = e.bewonerStemtInRequired;
  if (values.partnerReferentie.trim().length > MAX_KENMERK) errors.partnerReferentie = e.kenmerkTooLong;
  return errors;
}

/** The API body for a form that passed `validateSignalForm`. */
export function toSignalInput(
  values: SignalFormValues,
  categories: readonly SignaalCategorie[],
  gemeente: string,
): SignaalInvoer {
  const category = categoryOf(categories, values.categorie);
  const bsn = normaliseBsn(values.bsn);
  const naam = values.naam.trim();
  const geboortedatum = values.geboortedatum.trim();
  const postcode = values.postcode.trim();
  const omschrijving = values.omschrijving.trim();
  const kenmerk = values.partnerReferentie.trim();
  const input: SignaalInvoer = {
    gemeente,
    categorie: values.categorie,
    urgentie: values.urgentie,
    crisis: values.crisis || Boolean(category?.crisis),
    bewonerGeinformeerd: values.bewonerGeinformeerd === 'ja',
    // Someone who does not know about the signal cannot have agreed to it.
    bewonerStemtIn: values.bewonerGeinformeerd === 'ja' && values.bewonerStemtIn === 'ja',
    persoon: {
      ...(bsn ? { bsn } : {}),
      ...(naam ? { naam } : {}),
      ...(geboortedatum ? { geboortedatum } : {}),
    },
  };
  if (postcode) {
    input.adres = {
      postcode: normalisePostcode(postcode),
      huisnummer: Number(values.huisnummer.trim()),
      ...(values.huisletter.trim() ? { huisletter: values.huisletter.trim().toUpperCase() } : {}),
      ...(values.toevoeging.trim() ? { toevoeging: values.toevoeging.trim().toUpperCase() } : {}),
    };
  }
  if (omschrijving) input.omschrijving = omschrijving;
  if (kenmerk) input.partnerReferentie = kenmerk;
  if (asksForDebt(category)) {
    const bedrag = values.bedrag.trim() ? parseEuros(values.bedrag) : null;
    if (bedrag !== null) input.bedrag = bedrag;
    if (values.ontstaansdatum.trim()) input.ontstaansdatum = values.ontstaansdatum.trim();
  }
  return input;
}

const SERVER_PATHS: Record<string, SignalField> = {
  gemeente: 'gemeente',
  categorie: 'categorie',
  urgentie: 'urgentie',
  crisis: 'crisis',
  omschrijving: 'omschrijving',
  bewonerGeinformeerd: 'bewonerGeinformeerd',
  bewonerStemtIn: 'bewonerStemtIn',
  bedrag: 'bedrag',
  ontstaansdatum: 'ontstaansdatum',
  partnerReferentie: 'partnerReferentie',
  persoon: 'bsn',
  'persoon.bsn': 'bsn',
  bsn: 'bsn',
  'persoon.naam': 'naam',
  'persoon.geboortedatum': 'geboortedatum',
  adres: 'postcode',
  'adres.postcode': 'postcode',
  'adres.huisnummer': 'huisnummer',
  'adres.huisletter': 'huisletter',
  'adres.toevoeging': 'toevoeging',
};

/** The form field a server error path belongs to ("persoon.bsn", "adres.0.postcode", "body.categorie"). */
export function fieldForServerPath(path: string): SignalField | undefined {
  const clean = path
    .replace(/^body\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\.\d+(?=\.|$)/g, '');
  return SERVER_PATHS[clean];
}
