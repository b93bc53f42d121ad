/**
 * Exact amounts in cents as fractions, so a calculation rounds once, at the end, half up.
 * BigInt keeps every intermediate product exact whatever the household size.
 */

export type Fraction = { readonly numerator: bigint; readonly denominator: bigint };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

export function fraction(numerator: bigint | number, denominator: bigint | number = 1n): Fraction {
  let n = BigInt(numerator);
  let d = BigInt(denominator);
  if (d === 0n) throw new RangeError('Denominator is zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return { numerator: n / g, denominator: d / g };
}

export function add(a: Fraction, b: Fraction): Fraction {
  return fraction(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);
}

export function multiply(a: Fraction, b: Fraction): Fraction {
  return fraction(a.numerator * b.numerator, a.denominator * b.denominator);
}

/** Round to a whole number of cents, half up (away from zero for the positive amounts used here). */
export function roundHalfUp(value: Fraction): number {
  const { numerator: n, denominator: d } = value;
  const sign = n < 0n ? -1n : 1n;
  const abs = n < 0n ? -n : n;
  const rounded = (2n * abs + d) / (2n * d);
  return Number(sign * rounded);
}

/** A fraction of cents written with four decimals, for the explanation: 86758.9667. */
export function formatCentsExact(value: Fraction, decimals = 4): string {
  const scale = 10n ** BigInt(decimals);
  const scaled = roundHalfUp(fraction(value.numerator * scale, value.denominator));
  const whole = BigInt(scaled) / scale;
  const rest = (BigInt(scaled) % scale).toString().padStart(decimals, '0');
  return `${whole}.${rest}`;
}

/** Euro amount in Dutch notation: € 1.401,50. */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}€ ${euros},${String(abs % 100).padStart(2, '0')}`;
}

/** A percentage as a fraction (e.g. 130/3 for A = 3) written the Dutch way with two decimals: 43,33%. */
export function formatPercentage(value: Fraction): string {
  const hundredths = roundHalfUp(fraction(value.numerator * 100n, value.denominator));
  return `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}%`;
}
