import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SIGNAALSTATUSSEN } from '../../../../shared/ddas.ts';
import { terugkoppelingOf } from './partner-feedback.ts';

describe('partner feedback (Wgs: picked up or not, never why)', () => {
  const today = '2026-11-23';
  const mapAll = (settled: { deadline: string | null; caseClosed: boolean }) =>
    Object.fromEntries(SIGNAALSTATUSSEN.map((s) => [s, terugkoppelingOf(s, { ...settled, today })]));

  test('after the term, every DDAS status maps to one of three answers', () => {
    assert.deepEqual(mapAll({ deadline: '2026-11-20', caseClosed: false }), {
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

  test('within the term, "niet opgepakt" is not told yet (no probing of the register)', () => {
    const within = mapAll({ deadline: '2026-11-23', caseClosed: false });
    assert.equal(within['Persoon is geen inwoner (meer) in de gemeente'], 'in behandeling');
    assert.equal(within['Inwoner is overleden'], 'in behandeling');
    assert.equal(within.Opgepakt, 'opgepakt');
    assert.equal(
      mapAll({ deadline: null, caseClosed: false })['Niet opgepakt: onterecht signaal'],
      'in behandeling',
    );
  });

  test('a case a person closed is told at once', () => {
    const closed = mapAll({ deadline: '2026-12-31', caseClosed: true });
    assert.equal(closed['Niet opgepakt: andere reden'], 'niet opgepakt');
  });
});
