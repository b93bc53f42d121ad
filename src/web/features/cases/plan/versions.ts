// How a value before or after a plan change is shown: text as it is, an action's owner by name, a date as
// DD-MM-YYYY, yes/no for a flag, "(leeg)" for nothing. Pure, so the diff table never shows raw JSON to a resident.

import { zrmDomainLabel } from '../../../../shared/zrm.ts';
import { formatCalendarDate } from '../../../i18n/format.ts';
import { actionStatusLabels, labelOf } from './texts.ts';

export function describeValue(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nee';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatCalendarDate(value);
    if (value in actionStatusLabels) return labelOf(actionStatusLabels, value);
    const domain = zrmDomainLabel(value);
    return domain;
  }
  if (Array.isArray(value)) return value.map((item) => describeValue(item, empty)).join(', ') || empty;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.text === 'string') return record.text;
    if (typeof record.description === 'string') return record.description;
    if (typeof record.name === 'string') return record.name;
    return Object.values(record)
      .map((item) => describeValue(item, empty))
      .join(', ');
  }
  return String(value);
}
