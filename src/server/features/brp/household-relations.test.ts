import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveRelations, type Resident } from './household-relations.ts';

const today = '2026-11-23';

function resident(bsn: string, geboortedatum: string | null, more: Partial<Resident> = {}): Resident {
  return { bsn, geboortedatum, partners: [], kinderen: [], ouders: [], current: null, inFile: true, ...more };
}

function relations(residents: Resident[]) {
  return Object.fromEntries(deriveRelations(residents, today));
}

test('a couple with children: the parent with most links is hoofd, order of the file does not matter', () => {
  const mother = resident('A', '1985-01-01', { partners: ['B'], kinderen: ['C', 'D'] });
  const father = resident('B', '1984-01-01', { partners: ['A'] }); // his record lacks the children
  const child1 = resident('C', '2015-01-01', { ouders: ['A', 'B'] });
  const child2 = resident('D', '2018-01-01', { ouders: ['A'] });
  const expected = { A: 'hoofd', B: 'partner', C: 'kind', D: 'kind' };
  assert.deepEqual(relations([mother, father, child1, child2]), expected);
  assert.deepEqual(relations([child2, child1, father, mother]), expected);
});

test('a grandparent living in is overig; a child of one partner is kind', () => {
  const grandma = resident('G', '1950-01-01', { kinderen: ['A'] });
  const a = resident('A', '1980-01-01', { partners: ['B'], ouders: ['G'] });
  const b = resident('B', '1981-01-01', { partners: ['A'], kinderen: ['S'] });
  const stepchild = resident('S', '2010-01-01');
  // B has two links at this address (partner and child), A one (partner; a parent does not count for A).
  assert.deepEqual(relations([grandma, a, b, stepchild]), {
    B: 'hoofd',
    A: 'partner',
    S: 'kind',
    G: 'overig',
  });
  const a2 = { ...a, kinderen: ['S'] };
  assert.deepEqual(relations([grandma, a2, b, stepchild]), {
    A: 'hoofd',
    B: 'partner',
    S: 'kind',
    G: 'overig',
  });
});

test('a dissolved partnership is not passed in; housemates without links: the oldest adult is hoofd', () => {
  const r = relations([
    resident('X', '1990-05-05'),
    resident('Y', '1970-05-05'),
    resident('Z', '2012-01-01'),
  ]);
  assert.deepEqual(r, { Y: 'hoofd', X: 'overig', Z: 'overig' });
});

test('an adult comes before a minor; ties are broken by BSN', () => {
  assert.deepEqual(relations([resident('K', '2012-01-01', { ouders: ['P'] }), resident('P', '1990-01-01')]), {
    P: 'hoofd',
    K: 'kind',
  });
  assert.deepEqual(relations([resident('2', '1990-01-01'), resident('1', '1990-01-01')]), {
    1: 'hoofd',
    2: 'overig',
  });
});

test('the current hoofd stays hoofd; residents not in the file keep their relation unless a link says otherwise', () => {
  const existing = resident('H', '1995-01-01', { current: 'hoofd', inFile: false });
  const older = resident('O', '1960-01-01', { partners: ['Q'] });
  const q = resident('Q', '1961-01-01', { current: 'partner', inFile: false });
  const baby = resident('B', '2026-01-01', { ouders: ['H'] });
  assert.deepEqual(relations([existing, older, q, baby]), {
    H: 'hoofd',
    B: 'kind',
    O: 'overig',
    Q: 'overig',
  });
  const keeps = resident('Q', '1961-01-01', { current: 'kind', inFile: false });
  assert.deepEqual(relations([existing, keeps]), { H: 'hoofd', Q: 'kind' });
  assert.equal(deriveRelations([], today).size, 0);
});
