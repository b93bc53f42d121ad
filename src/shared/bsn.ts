// The BSN 11-proof, shared by the server and the web app. Plain code only: the web bundle imports this file.

/** Weights 9..2 on the first eight digits and −1 on the last; the sum must be divisible by 11. */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}
