import type { NormAmountKey } from './norm-tables.ts';

/** '20.1.a' → 'art. 20 lid 1 onderdeel a Participatiewet'; '21.b' → 'art. 21 onderdeel b Participatiewet'. */
export function articleName(key: NormAmountKey | string): string {
  const [article, ...rest] = key.split('.');
  const parts = [`art. ${article}`];
  for (const part of rest) parts.push(/^\d+$/.test(part) ? `lid ${part}` : `onderdeel ${part}`);
  return `${parts.join(' ')} Participatiewet`;
}
