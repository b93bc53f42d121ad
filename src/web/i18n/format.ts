// Dutch formatting for numbers, calendar dates and moments (Europe/Amsterdam).
const numberFormat = new Intl.NumberFormat('nl-NL');
const momentFormat = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** Integer cents as a Dutch euro amount: 100107 → "€ 1.001,07", -250 → "-€ 2,50". Exact, no floating point. */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}€ ${euros},${String(abs % 100).padStart(2, '0')}`;
}

/** A change in cents with an explicit sign: "+€ 12,50", "-€ 12,50" or "€ 0,00". */
export function formatEuroChange(cents: number): string {
  return cents > 0 ? `+${formatEuro(cents)}` : formatEuro(cents);
}

/** A calendar date `YYYY-MM-DD` as `DD-MM-YYYY`, without any time-zone conversion. */
export function formatCalendarDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return `${match[3]}-${match[2]}-${match[1]}`;
}

/** A moment (ISO timestamp) as a Dutch date and time in Europe/Amsterdam. */
export function formatMoment(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : momentFormat.format(date);
}

export interface AddressParts {
  straat?: string | null;
  huisnummer?: number | string | null;
  huisletter?: string | null;
  toevoeging?: string | null;
}

/** Street line of a Dutch address: "Dorpsstraat 12a-2". */
export function formatStreetLine(address: AddressParts): string {
  const number = `${address.huisnummer ?? ''}${address.huisletter ?? ''}`;
  const suffix = address.toevoeging ? `-${address.toevoeging}` : '';
  return [address.straat ?? '', `${number}${suffix}`].filter(Boolean).join(' ');
}
