import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  confirmedMatch,
  MATCH_SCORES,
  type MatchCandidate,
  noMatchStatus,
  rejectedMatch,
  reopenedMatch,
} from './match-rules.ts';
import { STATUS } from './statuses.ts';

const candidates: MatchCandidate[] = [
  { householdId: 'h1', personId: 'p1', score: 0.8, fields: ['postcode', 'huisnummer', 'geboortedatum'] },
  { householdId: 'h2', personId: null, score: 0.5, fields: ['postcode', 'huisnummer'] },
];

describe('match rules', () => {
  test('the address weights add up to 1 at most, with or without person data', () => {
    assert.equal(MATCH_SCORES.address + MATCH_SCORES.birthDate + MATCH_SCORES.name, 1);
    assert.equal(MATCH_SCORES.address + MATCH_SCORES.onlyHousehold, 0.8, 'the default auto-match score');
  });

  test('no match: "geen inwoner" or pending, per the municipality', () => {
    assert.equal(noMatchStatus({ noMatch: 'geen_inwoner' }), STATUS.notResident);
    assert.equal(noMatchStatus({ noMatch: 'wachten' }), null);
  });

  test('a confirmation keeps the chosen fields and score and all candidates', () => {
    assert.deepEqual(confirmedMatch(candidates, candidates[1]!), {
      method: 'handmatig',
      fields: ['postcode', 'huisnummer'],
      score: 0.5,
      candidates,
    });
  });

  test('a rejection scores 0 and keeps the candidates; reopening restores the best as the reason', () => {
    const rejected = rejectedMatch(candidates);
    assert.deepEqual(rejected, { method: 'handmatig', fields: [], score: 0, candidates });
    assert.deepEqual(reopenedMatch(rejected.candidates ?? []), {
      method: 'adres',
      fields: ['postcode', 'huisnummer', 'geboortedatum'],
      score: 0.8,
      candidates,
    });
    assert.deepEqual(reopenedMatch([]), { method: 'adres', fields: [], score: 0, candidates: [] });
  });
});
