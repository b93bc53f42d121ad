// The BSN 11-proof in the web bundle (the server has its own copy in src/server/lib/bsn.ts, which the web app cannot
// import): weights 9..2 on the first eight digits and −1 on the last; the sum must be divisible by 11.
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/** What people type: spaces, dots and dashes between groups ("999 12 34 56") are dropped. */
export function normaliseBsn(value: string): string {
  return value.replace(/[\s.-]/g, '');
}
