// The calculator form as plain data: empty values, client-side checks, conversion to the API input, and the mapping
// of server error paths (`medebewoners[0].relatie`, `medebewoners.0.relatie`) to the id of the field on the page.
import {
  type BijstandsnormInvoer,
  type MedebewonerInvoer,
  RELATIES,
  type Relatie,
  type Wijziging,
} from '../../api/rules.ts';
import type { SummaryItem } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

export const MAX_MEDEBEWONERS = 40;
export const MAX_KINDEREN = 30;

export interface PersonRow {
  /** Stable key of the row: React key and part of the field ids. Not sent to the server. */
  key: string;
  naam: string;
  geboortedatum: string;
  relatie: Relatie | '';
  commercieleHuur: boolean;
  studiefinanciering: boolean;
  bbl: boolean;
  mantelzorg: boolean;
}

export interface HouseholdForm {
  peildatum: string;
  aanvragerGeboortedatum: string;
  mantelzorgElders: boolean;
  heeftPartner: 'ja' | 'nee';
  partnerGeboortedatum: string;
  kinderenOnder18: string;
  medebewoners: PersonRow[];
}

export type WhatIfKind = 'verhuist' | 'komt-wonen';

export interface WhatIfForm {
  soort: WhatIfKind | '';
  /** Index of the housemate who moves out, as a string (select value). */
  wie: string;
  nieuw: PersonRow;
}

/** Field id → Dutch message, plus messages that belong to no single field. */
export interface FormErrors {
  fields: Record<string, string>;
  general: string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

export type PersonField = Exclude<keyof PersonRow, 'key'>;

export const FIELD_IDS = {
  peildatum: 'bijstand-peildatum',
  aanvragerGeboortedatum: 'bijstand-aanvrager-geboortedatum',
  mantelzorgElders: 'bijstand-aanvrager-mantelzorg-elders',
  heeftPartner: 'bijstand-partner',
  partnerGeboortedatum: 'bijstand-partner-geboortedatum',
  kinderenOnder18: 'bijstand-kinderen',
  addMedebewoner: 'bijstand-medebewoner-toevoegen',
  whatIfSoort: 'wat-als-soort',
  whatIfWie: 'wat-als-wie',
  whatIfNieuw: 'wat-als-nieuw',
} as const;

const PERSON_FIELD_SUFFIX: Record<PersonField, string> = {
  naam: 'naam',
  geboortedatum: 'geboortedatum',
  relatie: 'relatie',
  commercieleHuur: 'commerciele-huur',
  studiefinanciering: 'studiefinanciering',
  bbl: 'bbl',
  mantelzorg: 'mantelzorg',
};

const PERSON_FIELDS = Object.keys(PERSON_FIELD_SUFFIX) as PersonField[];

/** The id of one field of a person: `${prefix}-geboortedatum`. */
export function personFieldId(prefix: string, field: PersonField): string {
  return `${prefix}-${PERSON_FIELD_SUFFIX[field]}`;
}

/** The id prefix of a housemate row in the household form. */
export function rowPrefix(row: Pick<PersonRow, 'key'>): string {
  return `bijstand-${row.key}`;
}

/** Today as YYYY-MM-DD in Europe/Amsterdam (the calendar date a Dutch user sees). */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

let rowCounter = 0;

export function emptyPerson(key?: string): PersonRow {
  rowCounter += 1;
  return {
    key: key ?? `mb${rowCounter}`,
    naam: '',
    geboortedatum: '',
    relatie: '',
    commercieleHuur: false,
    studiefinanciering: false,
    bbl: false,
    mantelzorg: false,
  };
}

export function emptyForm(today: string): HouseholdForm {
  return {
    peildatum: today,
    aanvragerGeboortedatum: '',
    mantelzorgElders: false,
    heeftPartner: 'nee',
    partnerGeboortedatum: '',
    kinderenOnder18: '0',
    medebewoners: [],
  };
}

export function emptyWhatIf(): WhatIfForm {
  return { soort: '', wie: '', nieuw: emptyPerson('nieuw') };
}

/** "medebewoner 2" or "medebewoner 2 (dochter)": how messages name a row. */
export function personLabel(index: number, naam: string): string {
  return t.rules.personLabel(index + 1, naam.trim());
}

function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

function checkDate(errors: FormErrors, id: string, value: string, missing: string): void {
  if (!value.trim()) errors.fields[id] = missing;
  else if (!isDate(value.trim())) errors.fields[id] = t.rules.errors.dateInvalid;
}

function checkPerson(errors: FormErrors, prefix: string, row: PersonRow, label: string): void {
  checkDate(
    errors,
    personFieldId(prefix, 'geboortedatum'),
    row.geboortedatum,
    t.rules.errors.geboortedatumRequired(label),
  );
  if (!row.relatie) errors.fields[personFieldId(prefix, 'relatie')] = t.rules.errors.relatieRequired(label);
  if (row.naam.trim().length > 80) errors.fields[personFieldId(prefix, 'naam')] = t.rules.errors.naamTooLong;
}

/** The checks that need no law: required fields, dates, the number of children. */
export function validateHousehold(form: HouseholdForm): FormErrors {
  const errors: FormErrors = { fields: {}, general: [] };
  checkDate(errors, FIELD_IDS.peildatum, form.peildatum, t.rules.errors.peildatumRequired);
  checkDate(
    errors,
    FIELD_IDS.aanvragerGeboortedatum,
    form.aanvragerGeboortedatum,
    t.rules.errors.aanvragerGeboortedatumRequired,
  );
  if (form.heeftPartner === 'ja') {
    checkDate(
      errors,
      FIELD_IDS.partnerGeboortedatum,
      form.partnerGeboortedatum,
      t.rules.errors.partnerGeboortedatumRequired,
    );
  }
  const kinderen = form.kinderenOnder18.trim();
  if (!/^\d+$/.test(kinderen)) errors.fields[FIELD_IDS.kinderenOnder18] = t.rules.errors.kinderenInvalid;
  else if (Number(kinderen) > MAX_KINDEREN)
    errors.fields[FIELD_IDS.kinderenOnder18] = t.rules.errors.kinderenTooMany(MAX_KINDEREN);
  form.medebewoners.forEach((row, index) => {
    checkPerson(errors, rowPrefix(row), row, personLabel(index, row.naam));
  });
  return errors;
}

export function validateWhatIf(form: WhatIfForm): FormErrors {
  const errors: FormErrors = { fields: {}, general: [] };
  if (!form.soort) errors.fields[FIELD_IDS.whatIfSoort] = t.rules.whatIf.errors.soortRequired;
  else if (form.soort === 'verhuist' && form.wie === '')
    errors.fields[FIELD_IDS.whatIfWie] = t.rules.whatIf.errors.wieRequired;
  else if (form.soort === 'komt-wonen')
    checkPerson(errors, FIELD_IDS.whatIfNieuw, form.nieuw, t.rules.whatIf.newPersonLabel);
  return errors;
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.keys(errors.fields).length > 0;
}

export function toMedebewoner(row: PersonRow): MedebewonerInvoer {
  const naam = row.naam.trim();
  return {
    ...(naam ? { naam } : {}),
    geboortedatum: row.geboortedatum.trim(),
    relatie: row.relatie as Relatie,
    commercieleHuur: row.commercieleHuur,
    studiefinanciering: row.studiefinanciering,
    bbl: row.bbl,
    mantelzorg: row.mantelzorg,
  };
}

/** The API input for a form that passed `validateHousehold`. */
export function toInput(form: HouseholdForm): BijstandsnormInvoer {
  return {
    peildatum: form.peildatum.trim(),
    aanvrager: {
      geboortedatum: form.aanvragerGeboortedatum.trim(),
      ...(form.mantelzorgElders ? { mantelzorgElders: true } : {}),
    },
    ...(form.heeftPartner === 'ja' ? { partner: { geboortedatum: form.partnerGeboortedatum.trim() } } : {}),
    kinderenOnder18: Number(form.kinderenOnder18.trim()),
    medebewoners: form.medebewoners.map(toMedebewoner),
  };
}

function normalise(name: string): string {
  return name.trim().toLocaleLowerCase('nl');
}

/**
 * The what-if API picks the person who moves out by name. Give every housemate a name that is unique in the
 * household: their own if it is, otherwise "Medebewoner 2". Only the labels change, never the amounts.
 */
export function withUniqueNames(household: BijstandsnormInvoer): BijstandsnormInvoer {
  const counts = new Map<string, number>();
  for (const m of household.medebewoners) {
    if (m.naam) counts.set(normalise(m.naam), (counts.get(normalise(m.naam)) ?? 0) + 1);
  }
  const used = new Set<string>();
  const medebewoners = household.medebewoners.map((m, index) => {
    let naam = m.naam && counts.get(normalise(m.naam)) === 1 ? m.naam : t.rules.fallbackName(index + 1);
    while (used.has(normalise(naam)) || (naam !== m.naam && counts.has(normalise(naam)))) naam = `${naam}*`;
    used.add(normalise(naam));
    return { ...m, naam };
  });
  return { ...household, medebewoners };
}

/** The what-if request for a form that passed `validateWhatIf`. */
export function toWhatIf(
  household: BijstandsnormInvoer,
  form: WhatIfForm,
): {
  huishouden: BijstandsnormInvoer;
  wijziging: Wijziging;
} {
  const huishouden = withUniqueNames(household);
  if (form.soort === 'verhuist') {
    const person = huishouden.medebewoners[Number(form.wie)];
    return { huishouden, wijziging: { soort: 'verhuist', naam: person?.naam ?? '' } };
  }
  return { huishouden, wijziging: { soort: 'komt-wonen', medebewoner: toMedebewoner(form.nieuw) } };
}

/** `medebewoners[0].relatie` or `medebewoners.0.relatie` → ['medebewoners', 0, 'relatie']. */
export function splitPath(path: string): (string | number)[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function personFieldFromPath(key: string | number | undefined): PersonField {
  return typeof key === 'string' && (PERSON_FIELDS as string[]).includes(key)
    ? (key as PersonField)
    : 'geboortedatum';
}

/** The id of the household-form field a server error path points at, or undefined when there is none. */
export function householdFieldId(path: string, form: HouseholdForm): string | undefined {
  const [first, second, third] = splitPath(path);
  switch (first) {
    case 'peildatum':
      return FIELD_IDS.peildatum;
    case 'aanvrager':
      return second === 'mantelzorgElders' ? FIELD_IDS.mantelzorgElders : FIELD_IDS.aanvragerGeboortedatum;
    case 'partner':
      return form.heeftPartner === 'ja' ? FIELD_IDS.partnerGeboortedatum : FIELD_IDS.heeftPartner;
    case 'kinderenOnder18':
      return FIELD_IDS.kinderenOnder18;
    case 'medebewoners': {
      const row = typeof second === 'number' ? form.medebewoners[second] : undefined;
      if (!row) return FIELD_IDS.addMedebewoner;
      return personFieldId(rowPrefix(row), personFieldFromPath(third));
    }
    default:
      return undefined;
  }
}

/** The id of the what-if field a server error path points at (`wijziging.medebewoner.relatie`). */
export function whatIfFieldId(path: string, form: WhatIfForm): string | undefined {
  const [first, second, third] = splitPath(path);
  if (first !== 'wijziging') return undefined;
  if (second === 'naam') return FIELD_IDS.whatIfWie;
  if (second === 'medebewoner') return personFieldId(FIELD_IDS.whatIfNieuw, personFieldFromPath(third));
  return form.soort === 'verhuist' ? FIELD_IDS.whatIfWie : FIELD_IDS.whatIfSoort;
}

/** Server field errors placed on the fields they name; the rest become general messages. */
export function errorsFromServer(
  problems: { path: string; message: string }[],
  fieldIdFor: (path: string) => string | undefined,
): FormErrors {
  const errors: FormErrors = { fields: {}, general: [] };
  for (const problem of problems) {
    const id = fieldIdFor(problem.path);
    if (id && !errors.fields[id]) errors.fields[id] = problem.message;
    else if (id) errors.fields[id] = `${errors.fields[id]} ${problem.message}`;
    else errors.general.push(problem.message);
  }
  return errors;
}

/** Field ids of the household form in the order they appear on the page. */
export function householdFieldOrder(form: HouseholdForm): string[] {
  return [
    FIELD_IDS.peildatum,
    FIELD_IDS.aanvragerGeboortedatum,
    FIELD_IDS.mantelzorgElders,
    FIELD_IDS.heeftPartner,
    FIELD_IDS.partnerGeboortedatum,
    FIELD_IDS.kinderenOnder18,
    ...form.medebewoners.flatMap((row) => PERSON_FIELDS.map((field) => personFieldId(rowPrefix(row), field))),
    FIELD_IDS.addMedebewoner,
  ];
}

export function whatIfFieldOrder(): string[] {
  return [
    FIELD_IDS.whatIfSoort,
    FIELD_IDS.whatIfWie,
    ...PERSON_FIELDS.map((field) => personFieldId(FIELD_IDS.whatIfNieuw, field)),
  ];
}

/** Items of the error summary: general messages first, then one per field in page order, each linking to it. */
export function summaryItems(errors: FormErrors, order: string[]): SummaryItem[] {
  const items: SummaryItem[] = errors.general.map((message) => ({ message }));
  const ids = [
    ...order.filter((id) => errors.fields[id]),
    ...Object.keys(errors.fields).filter((id) => !order.includes(id)),
  ];
  for (const id of ids) items.push({ message: errors.fields[id] as string, fieldId: id });
  return items;
}

export { RELATIES };
