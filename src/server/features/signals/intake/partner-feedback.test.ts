import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SIGNAALSTATUSSEN } from '../../../../shared/ddas.ts';
import { terugkoppelingOf } from './partner-feedback.ts';

describe('partner feedback (Wgs: picked up or not, never why)', () => {
  test('maps every DDAS status to one of three answers', () => {
    const mapped = Object.fromEntries(SIGNAALSTATUSSEN.map((s) => [s, terugkoppelingOf(s)]));
    assert.deepEqual(mapped, {
      'Inwoner al bekend bij schuldhulpverlening': 'niet opgepakt',
      'Inwoner is overleden': 'niet opgepakt',
      'Niet opgepakt: andere reden': 'niet opgepakt',
      'Niet opgepakt: herhaalde melding': 'niet opgepakt',
      'Niet opgepakt: onterecht signaal': 'niet opgepakt',
      'Nog niet opgepakt': 'in behandeling',
      Opgepakt: 'opgepakt',
      'Persoon is geen inwoner (meer) in de gemeente': 'niet opgepakt',
    });
  });
});
