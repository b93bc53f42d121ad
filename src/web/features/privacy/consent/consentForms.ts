// The pure parts of the consent, withdrawal and share forms: values as the inputs hold them, the checks the server
// makes too (Dutch messages keyed by field id), the API input, and server field errors mapped back to field ids.
import type { ProvisionLaw } from '../../../api/plans.ts';
import type { ConsentMethod, NewConsent, NewShare, ShareBasis, Withdrawal } from './api.ts';
import { consentTexts } from './texts.ts';

const e = consentTexts.errors;
const methods: readonly string[] = ['mondeling', 'schriftelijk', 'digitaal'];
/** Laws whose data can be shared: "overig" is general data the whole case team already sees. */
export const shareableLaws = ['wmo', 'jeugdwet', 'participatiewet', 'wgs'] as const;
export const NOTE_MAX = 1000;

export type Errors = Record<string, string>;

/** The id of a field in a form; the prefix keeps several forms on the page apart. */
export const fieldId = (prefix: string, field: string) => `${prefix}-${field}`;

export interface ConsentValues {
  purpose: string;
  recipientOrganisationId: string;
  givenOn: string;
  givenHow: string;
  note: string;
}

export const emptyConsent = (today: string): ConsentValues => ({
  purpose: '',
  recipientOrganisationId: '',
  givenOn: today,
  givenHow: '',
  note: '',
});

export function validateConsent(values: ConsentValues, today: string, prefix: string): Errors {
  const errors: Errors = {};
  const id = (field: string) => fieldId(prefix, field);
  if (!values.purpose) errors[id('purpose')] = e.purpose;
  if (!values.recipientOrganisationId) errors[id('recipientOrganisationId')] = e.recipient;
  if (!values.givenOn) errors[id('givenOn')] = e.givenOn;
  else if (values.givenOn > today) errors[id('givenOn')] = e.givenOnFuture;
  if (!methods.includes(values.givenHow)) errors[id('givenHow')] = e.givenHow;
  if (values.note.trim().length > NOTE_MAX) errors[id('note')] = e.noteLong;
  return errors;
}

export function consentInput(values: ConsentValues): NewConsent {
  return {
    purpose: values.purpose,
    recipientOrganisationId: values.recipientOrganisationId,
    givenOn: values.givenOn,
    givenHow: values.givenHow as ConsentMethod,
    note: values.note.trim() || null,
  };
}

export interface WithdrawalValues {
  withdrawnOn: string;
  withdrawnHow: string;
}

export function validateWithdrawal(
  values: WithdrawalValues,
  givenOn: string,
  today: string,
  prefix: string,
): Errors {
  const errors: Errors = {};
  const id = (field: string) => fieldId(prefix, field);
  if (!values.withdrawnOn) errors[id('withdrawnOn')] = e.withdrawnOn;
  else if (values.withdrawnOn > today) errors[id('withdrawnOn')] = e.withdrawnOnFuture;
  else if (values.withdrawnOn < givenOn) errors[id('withdrawnOn')] = e.withdrawnBeforeGiven;
  if (!methods.includes(values.withdrawnHow)) errors[id('withdrawnHow')] = e.withdrawnHow;
  return errors;
}

export const withdrawalInput = (values: WithdrawalValues): Withdrawal => ({
  withdrawnOn: values.withdrawnOn,
  withdrawnHow: values.withdrawnHow as ConsentMethod,
});

export interface ShareValues {
  law: string;
  /** '' means the whole case team. */
  sharedWithLaw: string;
  basis: string;
  legalBasis: string;
  consentId: string;
}

export const emptyShare = (): ShareValues => ({
  law: '',
  sharedWithLaw: '',
  basis: '',
  legalBasis: '',
  consentId: '',
});

export function validateShare(values: ShareValues, prefix: string): Errors {
  const errors: Errors = {};
  const id = (field: string) => fieldId(prefix, field);
  if (!(shareableLaws as readonly string[]).includes(values.law)) errors[id('law')] = e.law;
  else if (values.sharedWithLaw === values.law) errors[id('sharedWithLaw')] = e.sameLaw;
  if (values.basis === 'wettelijke_grondslag') {
    if (!values.legalBasis.trim()) errors[id('legalBasis')] = e.legalBasis;
  } else if (values.basis === 'toestemming') {
    if (!values.consentId) errors[id('consentId')] = e.consent;
  } else errors[id('basis')] = e.basis;
  return errors;
}

/** Only the field of the chosen basis goes to the server. */
export function shareInput(values: ShareValues): NewShare {
  const basis = values.basis as ShareBasis;
  return {
    law: values.law as ProvisionLaw,
    sharedWithLaw: (values.sharedWithLaw || null) as ProvisionLaw | null,
    basis,
    ...(basis === 'wettelijke_grondslag'
      ? { legalBasis: values.legalBasis.trim() }
      : { consentId: values.consentId }),
  };
}

/** Server problems ("body.givenOn" or "givenOn") as {field id → message}; the others are not about a field. */
export function errorsFromServer(
  problems: readonly { path: string; message: string }[],
  fields: readonly string[],
  prefix: string,
): { fields: Errors; rest: string[] } {
  const result: Errors = {};
  const rest: string[] = [];
  for (const problem of problems) {
    const field = problem.path.replace(/^body\./, '').split('.')[0] ?? '';
    if (fields.includes(field)) result[fieldId(prefix, field)] ??= problem.message;
    else rest.push(problem.message);
  }
  return { fields: result, rest };
}
