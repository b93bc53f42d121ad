import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ROLES, type Role } from '../../../shared/roles.ts';
import type { Actor } from '../../context.ts';
import { compileStatement } from '../../db/prepared.ts';
import { overviewQuery } from './overview.query.ts';
import { overviewStatement, TIMELINE_LIMIT } from './overview.service.ts';

// The household page's statement comes from a per-actor template (db/statement-template.ts). It must be exactly
// the statement built from scratch, for every kind of actor and at moments where the Amsterdam date is not the UTC
// date (around midnight, across the change to and from summer time).
const user = (roles: Role[], n: number): Actor => ({
  type: 'user',
  userId: `0193e4b2-0000-7000-8000-00000000000${n}`,
  username: `u${n}`,
  displayName: `U ${n}`,
  roles,
  organisationId: '0193e4b2-0000-7000-8000-0000000000f0',
  sessionId: null,
});

const actors: (Actor | null)[] = [
  user(['regisseur', 'wijkteam_professional'], 1),
  user(['regisseur', 'teamleider'], 2),
  user(['intake'], 3),
  user(['fg'], 4),
  user([...ROLES], 5),
  user([], 6),
  {
    type: 'api_key',
    apiKeyId: '0193e4b2-0000-7000-8000-0000000000a1',
    organisationId: '0193e4b2-0000-7000-8000-0000000000f1',
  },
  { type: 'system', name: 'housekeeping' },
  null,
];
const moments = [
  '2026-11-23T10:00:00.000Z',
  '2026-12-31T23:30:00.000Z', // already 1 January in Amsterdam
  '2026-03-29T00:59:59.999Z', // just before summer time starts
  '2026-10-24T22:30:00.000Z', // 00:30 summer time on the 25th
  '2027-06-30T21:59:59.000Z',
].map((m) => new Date(m));
const households = ['0193e4b2-0000-7000-8000-0000000000c1', '0193e4b2-0000-7000-8000-0000000000c2'];

const asText = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

describe('household page statement from the per-actor template', () => {
  test('equals the statement built from scratch, for every actor, moment and household', () => {
    let compared = 0;
    for (const actor of actors)
      for (const now of moments)
        for (const householdId of households) {
          const filled = overviewStatement(actor, { householdId, now });
          const scratch = compileStatement(overviewQuery(actor, now, householdId, TIMELINE_LIMIT));
          assert.equal(filled.text, scratch.text);
          assert.equal(filled.name, scratch.name);
          assert.deepEqual(filled.params.map(asText), scratch.params.map(asText));
          compared++;
        }
    assert.equal(compared, actors.length * moments.length * households.length);
  });
});
