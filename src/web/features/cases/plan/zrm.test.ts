import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ZrmAssessment } from '../../../api/plans.ts';
import { assessmentsOf, historyRows, trendPoints, validateZrm, zrmFieldId } from './zrm.ts';

const DOMAINS = [
  { code: 'financien', label: 'Financiën' },
  { code: 'huisvesting', label: 'Huisvesting' },
];

const A = (
  id: string,
  personId: string,
  assessedOn: string,
  scores: Record<string, number>,
): ZrmAssessment => ({
  id,
  personId,
  assessedOn,
  scores,
  assessedBy: null,
});

const ALL = [
  A('a2', 'p1', '2026-11-20', { financien: 3, huisvesting: 4 }),
  A('b1', 'p2', '2026-10-01', { financien: 1, huisvesting: 1 }),
  A('a1', 'p1', '2026-09-01', { financien: 1, huisvesting: 2 }),
];

test("one adult's assessments, oldest first", () => {
  assert.deepEqual(
    assessmentsOf(ALL, 'p1').map((a) => a.id),
    ['a1', 'a2'],
  );
  assert.deepEqual(assessmentsOf(ALL, 'p3'), []);
});

test('history rows: one per domain, the score per assessment (the table next to the chart)', () => {
  const rows = historyRows(DOMAINS, assessmentsOf(ALL, 'p1'));
  assert.deepEqual(rows, [
    { code: 'financien', label: 'Financiën', scores: { a1: 1, a2: 3 } },
    { code: 'huisvesting', label: 'Huisvesting', scores: { a1: 2, a2: 4 } },
  ]);
});

test('trend points carry the same scores as the table, per domain label, and skip missing scores', () => {
  const points = trendPoints(DOMAINS, [
    ...assessmentsOf(ALL, 'p1'),
    A('a3', 'p1', '2026-12-01', { financien: 5 }),
  ]);
  assert.deepEqual(
    points.map((p) => [p.domain, p.assessedOn, p.score]),
    [
      ['Financiën', '2026-09-01', 1],
      ['Financiën', '2026-11-20', 3],
      ['Financiën', '2026-12-01', 5],
      ['Huisvesting', '2026-09-01', 2],
      ['Huisvesting', '2026-11-20', 4],
    ],
  );
  assert.equal(points[0]?.date.toISOString().slice(0, 10), '2026-09-01');
});

test('validateZrm asks for the date and a score 1..5 in every domain', () => {
  const texts = { dateRequired: 'datum', scoreRequired: (label: string) => `score ${label}` };
  assert.deepEqual(validateZrm('p1', '2026-11-23', { financien: '2', huisvesting: '5' }, DOMAINS, texts), {});
  assert.deepEqual(validateZrm('p1', '', { financien: '6' }, DOMAINS, texts), {
    [zrmFieldId('p1', 'assessedOn')]: 'datum',
    [zrmFieldId('p1', 'financien')]: 'score Financiën',
    [zrmFieldId('p1', 'huisvesting')]: 'score Huisvesting',
  });
});
