/** The calendar date (YYYY-MM-DD) of a moment in the Netherlands: where a moment becomes a legal date. */
export function dateInAmsterdam(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(moment);
}
