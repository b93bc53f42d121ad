import type { SQL } from 'drizzle-orm';
import { type CompiledStatement, compileStatement } from './prepared.ts';

/**
 * A hot statement compiled once and filled per request. Building the household page's SQL from the access scopes
 * (some 120 parameters in nested drizzle fragments) and hashing its 24 kB text took ~0.7 ms of CPU per request, a
 * tenth of what a request may cost at 16 users on two cores. For one actor the text never changes; only a few
 * values do (the household, the clock). So the statement is compiled twice, from two probe inputs that differ in
 * every slot, and compared: a parameter equal in both is a constant; one that differs must be exactly a slot's
 * value in both probes, else the template refuses (a value derived from the input in some other way would
 * otherwise be frozen at the probe's). Slots are compared as the text sent to PostgreSQL.
 */
export type Template<I> = { fill: (input: I) => CompiledStatement };

type Param = { slot: string } | { value: unknown };

export function statementTemplate<I>(
  build: (input: I) => SQL,
  slotsOf: (input: I) => Record<string, string>,
  probes: readonly [I, I],
): Template<I> {
  const [a, b] = probes.map((probe) => compileStatement(build(probe))) as [
    CompiledStatement,
    CompiledStatement,
  ];
  const [slotsA, slotsB] = probes.map(slotsOf) as [Record<string, string>, Record<string, string>];
  if (a.text !== b.text) throw new Error('statement template: the SQL text depends on the input');
  const params: Param[] = a.params.map((value, i) => {
    const [pa, pb] = [asText(value), asText(b.params[i])];
    if (pa === pb) return { value };
    const slot = Object.keys(slotsA).find((key) => slotsA[key] === pa && slotsB[key] === pb);
    if (!slot) throw new Error(`statement template: parameter $${i + 1} depends on the input but is no slot`);
    return { slot };
  });
  return {
    fill(input) {
      const slots = slotsOf(input);
      return {
        text: a.text,
        name: a.name,
        params: params.map((p) => ('slot' in p ? slots[p.slot] : p.value)),
      };
    },
  };
}

function asText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A small least-recently-used cache of templates (one per actor for the household page). */
export class TemplateCache<I> {
  private readonly entries = new Map<string, Template<I>>();
  constructor(private readonly max: number) {}

  get(key: string, create: () => Template<I>): Template<I> {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const made = create();
    this.entries.set(key, made);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return made;
  }
}
