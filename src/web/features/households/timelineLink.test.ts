import assert from 'node:assert/strict';
import { test } from 'node:test';
import { productLabel } from './overviewLabels.ts';
import { timelineTarget } from './timelineLink.ts';

const id = '0d3c9f1e-1111-4222-8333-944455556666';

test('timeline links become typed in-app targets; unknown paths get no link', () => {
  assert.deepEqual(timelineTarget(`/signalen/${id}`), {
    to: '/signalen/$signalId',
    params: { signalId: id },
  });
  assert.deepEqual(timelineTarget(`/casussen/${id}?tab=plan`), {
    to: '/casussen/$caseId',
    params: { caseId: id },
    search: { tab: 'plan' },
  });
  assert.deepEqual(timelineTarget(`/casussen/${id}?tab=iets`), {
    to: '/casussen/$caseId',
    params: { caseId: id },
    search: {},
  });
  assert.equal(timelineTarget('https://example.org/x'), null);
  assert.equal(timelineTarget(null), null);
});

test('product codes read as words', () => {
  assert.equal(productLabel('algemene-bijstand'), 'Algemene bijstand');
});
