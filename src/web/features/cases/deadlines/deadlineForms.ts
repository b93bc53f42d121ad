// The forms of the Termijnen tab as plain functions: checks in Dutch before anything is sent (the server checks
// the same and more), the request body, and the sentence the confirm step shows. Kept out of the components so
// they can be tested without a browser.
import {
  type Deadline,
  type DeadlineKind,
  deadlineKinds,
  type Extension,
  type NewDeadline,
  type TermUnit,
} from '../../../api/deadlines.ts';
import { amountText, dayText, kindLabels } from './deadlineTexts.ts';

export type ActionKind = 'suspend' | 'resume' | 'extend' | 'met';

export interface NewValues {
  kind: DeadlineKind | '';
  startedOn: string;
  threatening: boolean;
}

/** One form for the four actions on a deadline: each uses the fields it needs. */
export interface ActionValues {
  from: string;
  to: string;
  reason: string;
  amount: string;
  unit: TermUnit | '';
  on: string;
}

export type NewField = keyof NewValues;
export type ActionField = keyof ActionValues;
export type Errors<F extends string> = Partial<Record<F, string>>;

/** Which fields each action shows, in order. */
export const actionFields: Record<ActionKind, ActionField[]> = {
  suspend: ['from', 'reason'],
  resume: ['to'],
  extend: ['amount', 'unit', 'reason'],
  met: ['on'],
};

export function emptyActionValues(today: string): ActionValues {
  return { from: today, to: today, reason: '', amount: '', unit: 'weken', on: today };
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const moment = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(moment.getTime()) && moment.toISOString().slice(0, 10) === value;
}

function dateError(
  value: string,
  today: string,
  notBefore?: { date: string; message: string },
): string | undefined {
  if (!value) return 'Vul een datum in';
  if (!isDate(value)) return 'Vul een bestaande datum in, bijvoorbeeld 23-11-2026';
  if (value > today) return 'Deze datum ligt in de toekomst';
  if (notBefore && value < notBefore.date) return notBefore.message;
  return undefined;
}

function reasonError(value: string): string | undefined {
  if (!value.trim()) return 'Vul de reden in';
  if (value.trim().length > 500) return 'De reden is te lang: hoogstens 500 tekens';
  return undefined;
}

function compact<F extends string>(errors: Record<F, string | undefined>): Errors<F> {
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v !== undefined)) as Errors<F>;
}

export function validateNew(values: NewValues, today: string): Errors<NewField> {
  return compact<NewField>({
    kind:
      values.kind === '' || !deadlineKinds.includes(values.kind)
        ? 'Kies een soort termijn uit de lijst'
        : undefined,
    startedOn: dateError(values.startedOn, today),
    threatening: undefined,
  });
}

/** Only the Wgs first conversation has the shorter term for a threatening situation. */
export function toNewDeadline(values: NewValues): NewDeadline {
  const kind = values.kind as DeadlineKind;
  return {
    kind,
    startedOn: values.startedOn,
    ...(kind === 'wgs_eerste_gesprek' && values.threatening ? { threatening: true } : {}),
  };
}

function openSuspension(deadline: Deadline) {
  return deadline.suspensions.find((s) => s.to === null) ?? null;
}

export function validateAction(
  action: ActionKind,
  values: ActionValues,
  deadline: Deadline,
  today: string,
): Errors<ActionField> {
  const beforeStart = { date: deadline.startedOn, message: 'Deze datum ligt vóór de start van de termijn' };
  switch (action) {
    case 'suspend':
      return compact<ActionField>({
        from: dateError(values.from, today, beforeStart),
        reason: reasonError(values.reason),
      } as Record<ActionField, string | undefined>);
    case 'resume': {
      const open = openSuspension(deadline);
      return compact<ActionField>({
        to: dateError(
          values.to,
          today,
          open
            ? { date: open.from, message: 'Deze datum ligt vóór het begin van de opschorting' }
            : undefined,
        ),
      } as Record<ActionField, string | undefined>);
    }
    case 'extend': {
      const amount = values.amount.trim();
      let amountError: string | undefined;
      if (!amount) amountError = 'Vul in met hoeveel u de termijn verlengt';
      else if (!/^\d+$/.test(amount)) amountError = 'Vul een heel getal in, bijvoorbeeld 2';
      else if (Number(amount) < 1 || Number(amount) > 52)
        amountError = 'Vul een getal van 1 tot en met 52 in';
      return compact<ActionField>({
        amount: amountError,
        unit: values.unit === '' ? 'Kies weken, dagen of werkdagen' : undefined,
        reason: reasonError(values.reason),
      } as Record<ActionField, string | undefined>);
    }
    case 'met':
      return compact<ActionField>({
        on: dateError(values.on, today, beforeStart),
      } as Record<ActionField, string | undefined>);
  }
}

export function toExtension(values: ActionValues): Extension {
  return {
    amount: Number(values.amount.trim()),
    unit: values.unit as TermUnit,
    reason: values.reason.trim(),
  };
}

/** What the confirm step says will happen, in one or two plain sentences. */
export function confirmText(action: ActionKind, values: ActionValues): string {
  switch (action) {
    case 'suspend':
      return `De termijn staat stil vanaf ${dayText(values.from)}. Zolang hij stilstaat, schuift de uiterlijke datum elke dag een dag op. Reden: ${values.reason.trim()}`;
    case 'resume':
      return `De termijn loopt weer vanaf ${dayText(values.to)}. Regie rekent daarna de nieuwe uiterlijke datum uit.`;
    case 'extend':
      return `De termijn wordt verlengd met ${amountText(Number(values.amount.trim()), values.unit as TermUnit)}. Dit kan maar één keer. Reden: ${values.reason.trim()}`;
    case 'met':
      return `De termijn is gehaald op ${dayText(values.on)}. Daarna kunt u deze termijn niet meer wijzigen.`;
  }
}

export function confirmNewText(values: NewValues): string {
  const kind = values.kind === '' ? '' : kindLabels[values.kind];
  const urgent =
    values.kind === 'wgs_eerste_gesprek' && values.threatening ? ', bij een dreigende situatie' : '';
  return `Nieuwe termijn: ${kind}${urgent}, gestart op ${dayText(values.startedOn)}.`;
}

/** Which actions a deadline offers: none once met or when the case is closed. */
export function availableActions(deadline: Deadline, caseClosed: boolean): ActionKind[] {
  if (caseClosed || deadline.metOn) return [];
  const actions: ActionKind[] = [];
  if (openSuspension(deadline)) actions.push('resume');
  else actions.push('suspend');
  if (!deadline.extension && deadline.status !== 'verlopen') actions.push('extend');
  actions.push('met');
  return actions;
}

/** Server field paths ("body.from", "from") to this form's fields; anything else is a general message. */
export function fieldOf<F extends string>(path: string, fields: readonly F[]): F | null {
  const name = path.replace(/^body\./, '');
  return (fields as readonly string[]).includes(name) ? (name as F) : null;
}
