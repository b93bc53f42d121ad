import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { statementTemplate, TemplateCache } from './statement-template.ts';

type Input = { id: string; n: number };
const probes = [
  { id: 'a', n: 1 },
  { id: 'b', n: 2 },
] as const;

describe('statementTemplate', () => {
  test('fills the slots and keeps the constants', () => {
    const template = statementTemplate(
      (i: Input) => sql`SELECT ${'fixed'}, ${i.id}, ${String(i.n)}, ${i.id}`,
      (i) => ({ id: i.id, n: String(i.n) }),
      probes,
    );
    const filled = template.fill({ id: 'x', n: 7 });
    assert.equal(filled.text, 'SELECT $1, $2, $3, $4');
    assert.deepEqual(filled.params, ['fixed', 'x', '7', 'x']);
    assert.match(filled.name, /^regie_/);
  });

  test('refuses a parameter derived from the input in another way (it would be frozen at the probe)', () => {
    assert.throws(
      () =>
        statementTemplate(
          (i: Input) => sql`SELECT ${i.n + 1}`,
          (i) => ({ n: String(i.n) }),
          probes,
        ),
      /parameter \$1 depends on the input but is no slot/,
    );
  });

  test('refuses SQL whose text depends on the input', () => {
    assert.throws(
      () =>
        statementTemplate(
          (i: Input) => (i.n > 1 ? sql`SELECT 1` : sql`SELECT 2`),
          (i) => ({ n: String(i.n) }),
          probes,
        ),
      /text depends on the input/,
    );
  });
});

describe('TemplateCache', () => {
  test('keeps the most recently used entries', () => {
    const cache = new TemplateCache<Input>(2);
    let made = 0;
    const make = () => {
      made++;
      return statementTemplate(
        (i: Input) => sql`SELECT ${i.id}`,
        (i) => ({ id: i.id }),
        probes,
      );
    };
    cache.get('a', make);
    cache.get('b', make);
    cache.get('a', make); // a is now the most recent
    cache.get('c', make); // evicts b
    cache.get('a', make);
    assert.equal(made, 3);
    cache.get('b', make);
    assert.equal(made, 4);
  });
});
