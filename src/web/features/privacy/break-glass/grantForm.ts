// The noodtoegang form as plain data: what the professional typed, checked in the browser with the same rules as
// the server (11-proof, postcode, reason length), and turned into one request with exactly one identifier.
import { isValidBsn } from '../../../../shared/bsn.ts';
import { normaliseBsn } from '../../signals/bsn.ts';
import type { GrantRequest } from './api.ts';
import { breakGlassTexts as m } from './texts.ts';

/** The server's minimum (MIN_REASON_LENGTH in break-glass.schemas.ts). */
export const MIN_REASON_LENGTH = 20;
export const HOUR_OPTIONS = [1, 2, 4, 8, 24] as const;
export const DEFAULT_HOURS = 4;

export type FindBy = 'bsn' | 'adres';

export interface GrantFormValues {
  findBy: FindBy;
  bsn: string;
  postcode: string;
  huisnummer: string;
  toevoeging: string;
  reason: string;
  hours: string;
}

export type GrantField = 'bsn' | 'postcode' | 'huisnummer' | 'toevoeging' | 'reason' | 'hours';
export type GrantErrors = Partial<Record<GrantField, string>>;

export const emptyGrantForm: GrantFormValues = {
  findBy: 'bsn',
  bsn: '',
  postcode: '',
  huisnummer: '',
  toevoeging: '',
  reason: '',
  hours: String(DEFAULT_HOURS),
};

/** The length the server counts: the reason without spaces at the start and end. */
export function reasonLength(reason: string): number {
  return reason.trim().length;
}

export function validateGrantForm(values: GrantFormValues): {
  errors: GrantErrors;
  request: GrantRequest | null;
} {
  const errors: GrantErrors = {};
  const reason = values.reason.trim();
  if (reason.length < MIN_REASON_LENGTH) errors.reason = m.errors.reasonShort(MIN_REASON_LENGTH);
  const hours = Number(values.hours);
  const common = { reason, hours: HOUR_OPTIONS.includes(hours as never) ? hours : DEFAULT_HOURS };

  if (values.findBy === 'bsn') {
    const bsn = normaliseBsn(values.bsn);
    if (bsn === '') errors.bsn = m.errors.bsnRequired;
    else if (!isValidBsn(bsn)) errors.bsn = m.errors.bsnInvalid;
    const ok = Object.keys(errors).length === 0;
    return { errors, request: ok ? { bsn, ...common } : null };
  }
  const postcode = values.postcode.replace(/\s+/g, '').toUpperCase();
  if (!/^[1-9]\d{3}[A-Z]{2}$/.test(postcode)) errors.postcode = m.errors.postcodeInvalid;
  const huisnummer = values.huisnummer.trim();
  if (!/^\d{1,5}$/.test(huisnummer) || Number(huisnummer) < 1) errors.huisnummer = m.errors.huisnummerInvalid;
  const toevoeging = values.toevoeging.trim();
  if (Object.keys(errors).length > 0) return { errors, request: null };
  return {
    errors,
    request: {
      postcode,
      huisnummer: Number(huisnummer),
      ...(toevoeging ? { toevoeging } : {}),
      ...common,
    },
  };
}

/** "3 uur en 12 minuten", "45 minuten", "1 minuut": how long a grant still runs; null once it has ended. */
export function remainingText(expiresAt: string, now: Date): string | null {
  const ms = new Date(expiresAt).getTime() - now.getTime();
  if (!(ms > 0)) return null;
  const minutes = Math.ceil(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const minuteText = (n: number) => (n === 1 ? '1 minuut' : `${n} minuten`);
  if (hours === 0) return minuteText(rest);
  if (rest === 0) return `${hours} uur`;
  return `${hours} uur en ${minuteText(rest)}`;
}
