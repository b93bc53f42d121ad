/** What people type: spaces, dots and dashes between groups ("999 12 34 56") are dropped. */
export function normaliseBsn(value: string): string {
  return value.replace(/[\s.-]/g, '');
}
