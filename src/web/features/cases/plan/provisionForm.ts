// The provision form's pure parts: the form values (strings, as the inputs hold them), from and to the API shape,
// and the checks the server makes too, with Dutch messages keyed by field id.
import type { Provision, ProvisionInput, ProvisionLaw, ProvisionStatus } from '../../../api/plans.ts';
import { laws } from '../labels.ts';
import { provisionTexts } from './texts.ts';

export const costUnits = ['uur', 'dagdeel', 'etmaal', 'stuk', 'week', 'maand'] as const;
export const extentPers = ['week', 'maand', 'totaal'] as const;

/** Dutch labels and messages of the cost fields (kept here with the checks they belong to). */
export const costFieldTexts = {
  legend: 'Omvang voor de kosten (mag leeg)',
  hint: 'Voor kostenbeheersing: bijvoorbeeld 3 uur per week. Laat alles leeg als het niet van toepassing is.',
  quantity: 'Hoeveelheid',
  unit: 'Eenheid',
  chooseUnit: 'Kies een eenheid',
  per: 'Per',
  choosePer: 'Kies per week, maand of totaal',
  perLabels: { week: 'per week', maand: 'per maand', totaal: 'in totaal (één keer)' } as Record<
    string,
    string
  >,
  provider: 'Aanbieder (mag leeg)',
  noProvider: 'Geen of onbekend',
  errors: {
    quantity: 'Vul de hoeveelheid in als getal groter dan 0, zoals 3 of 2,5 (hoogstens 2 decimalen)',
    incomplete: 'Vul hoeveelheid, eenheid en per alle drie in, of laat ze alle drie leeg',
  },
};

/** "2,5" or "2.5" as a number with at most 2 decimals, else null. */
export function parseQuantity(text: string): number | null {
  const normal = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normal)) return null;
  const n = Number(normal);
  return n > 0 ? n : null;
}

export interface ProvisionValues {
  law: string;
  product: string;
  reference: string;
  personId: string;
  startDate: string;
  endDate: string;
  extent: string;
  status: string;
  decidedOn: string;
  legalBasis: string;
  goalIds: string[];
  extentQuantity: string;
  extentUnit: string;
  extentPer: string;
  providerId: string;
}

export const provisionFields = [
  'law',
  'product',
  'reference',
  'personId',
  'startDate',
  'endDate',
  'extent',
  'status',
  'decidedOn',
  'legalBasis',
  'goalIds',
  'extentQuantity',
  'extentUnit',
  'extentPer',
  'providerId',
] as const;

/** The id of a field; the prefix keeps the add form and the change form apart when both are on the page. */
export function provisionFieldId(field: string, prefix = 'voorziening'): string {
  return `${prefix}-${field}`;
}

export function emptyProvision(today: string): ProvisionValues {
  return {
    law: '',
    product: '',
    reference: '',
    personId: '',
    startDate: today,
    endDate: '',
    extent: '',
    status: '',
    decidedOn: '',
    legalBasis: '',
    goalIds: [],
    extentQuantity: '',
    extentUnit: '',
    extentPer: '',
    providerId: '',
  };
}

export function valuesOf(provision: Provision): ProvisionValues {
  return {
    law: provision.law,
    product: provision.product,
    reference: provision.reference ?? '',
    personId: provision.personId ?? '',
    startDate: provision.startDate,
    endDate: provision.endDate ?? '',
    extent: provision.extent ?? '',
    status: provision.status,
    decidedOn: provision.decidedOn ?? '',
    legalBasis: provision.legalBasis ?? '',
    goalIds: [...provision.goalIds],
    extentQuantity:
      provision.extentQuantity === null || provision.extentQuantity === undefined
        ? ''
        : String(provision.extentQuantity).replace('.', ','),
    extentUnit: provision.extentUnit ?? '',
    extentPer: provision.extentPer ?? '',
    providerId: provision.providerId ?? '',
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

export function inputOf(values: ProvisionValues): ProvisionInput {
  return {
    law: values.law as ProvisionLaw,
    product: values.product.trim(),
    // The free reference belongs only to "another law or arrangement".
    reference: values.law === 'overig' ? orNull(values.reference) : null,
    personId: values.personId || null,
    startDate: values.startDate,
    endDate: values.endDate || null,
    extent: orNull(values.extent),
    status: values.status as ProvisionStatus,
    decidedOn: values.decidedOn || null,
    legalBasis: orNull(values.legalBasis),
    goalIds: values.goalIds,
    extentQuantity: values.extentQuantity.trim() ? parseQuantity(values.extentQuantity) : null,
    extentUnit: values.extentUnit || null,
    extentPer: values.extentPer || null,
    providerId: values.providerId || null,
  };
}

export function validateProvision(values: ProvisionValues, prefix?: string): Record<string, string> {
  const e = provisionTexts.errors;
  const errors: Record<string, string> = {};
  if (!(laws as readonly string[]).includes(values.law)) errors[provisionFieldId('law', prefix)] = e.law;
  if (!values.product.trim()) errors[provisionFieldId('product', prefix)] = e.product;
  if (values.law === 'overig' && !values.reference.trim())
    errors[provisionFieldId('reference', prefix)] = e.reference;
  if (!values.startDate) errors[provisionFieldId('startDate', prefix)] = e.startDate;
  if (values.startDate && values.endDate && values.endDate < values.startDate)
    errors[provisionFieldId('endDate', prefix)] = e.endBeforeStart;
  if (!values.status) errors[provisionFieldId('status', prefix)] = e.status;
  // The same rules as the server: a decision has a date, an ended provision an end date.
  if ((values.status === 'toegekend' || values.status === 'afgewezen') && !values.decidedOn)
    errors[provisionFieldId('decidedOn', prefix)] = e.decidedOn;
  if (values.status === 'beeindigd' && !values.endDate)
    errors[provisionFieldId('endDate', prefix)] ??= e.endDate;
  // The cost extent: all three or none, and a quantity the server accepts.
  const c = costFieldTexts.errors;
  if (values.extentQuantity.trim() && parseQuantity(values.extentQuantity) === null)
    errors[provisionFieldId('extentQuantity', prefix)] = c.quantity;
  const parts = [values.extentQuantity.trim(), values.extentUnit, values.extentPer];
  if (parts.some(Boolean) && !parts.every(Boolean)) {
    (['extentQuantity', 'extentUnit', 'extentPer'] as const).forEach((field, i) => {
      if (!parts[i]) errors[provisionFieldId(field, prefix)] ??= c.incomplete;
    });
  }
  return errors;
}

/** Server field problems ("body.goalIds.0", "startDate") as {field id → message}; others are not fields. */
export function provisionErrorsFromServer(
  problems: readonly { path: string; message: string }[],
  prefix?: string,
) {
  const result: Record<string, string> = {};
  const rest: string[] = [];
  for (const problem of problems) {
    const field = problem.path.replace(/^body\./, '').split('.')[0] ?? '';
    if ((provisionFields as readonly string[]).includes(field))
      result[provisionFieldId(field, prefix)] ??= problem.message;
    else rest.push(problem.message);
  }
  return { fields: result, rest };
}
