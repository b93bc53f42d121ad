import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_CASE_SETTINGS } from '../deadlines/case-settings.ts';
import { boardParams } from './board.params.ts';
import { describe as describeItem, lawList } from './board.texts.ts';

describe('board texts', () => {
  test('laws read in the usual order, joined with "en"', () => {
    assert.equal(lawList(['jeugdwet', 'wmo']), 'Wmo en Jeugdwet');
    assert.equal(lawList(['wgs', 'participatiewet', 'wmo']), 'Wmo, Participatiewet en schuldhulp (Wgs)');
    assert.equal(lawList(['wmo']), 'Wmo');
  });

  test('an unmatched late signal asks to match it first', () => {
    const { todo } = describeItem({
      kind: 'signaal_niet_opgepakt',
      category: 'Huurachterstand',
      crisis: false,
      matched: false,
      dueOn: '2026-11-20',
    });
    assert.match(todo, /^Koppel het signaal eerst aan een huishouden/);
    assert.match(todo, /De termijn was 20-11-2026\./);
  });

  test('a crisis signal says so in the title', () => {
    const { title } = describeItem({
      kind: 'signaal_niet_opgepakt',
      category: 'Huisuitzetting',
      crisis: true,
      matched: true,
      dueOn: null,
    });
    assert.equal(title, "Crisissignaal 'Huisuitzetting' is niet op tijd opgepakt");
  });
});

describe('board params', () => {
  test('dates from the default settings on Monday 23 November 2026', () => {
    assert.deepEqual(boardParams('GM9901', DEFAULT_CASE_SETTINGS, '2026-11-23'), {
      municipalityCode: 'GM9901',
      riskUntil: '2026-11-30',
      evaluatedBefore: '2026-05-23',
      evaluationIntervalMonths: 6,
      bornAfter: '2008-11-23',
      bornUntil: '2009-11-23',
    });
  });

  test('the risk margin skips the Christmas days (Algemene termijnenwet)', () => {
    const settings = {
      ...DEFAULT_CASE_SETTINGS,
      board: { ...DEFAULT_CASE_SETTINGS.board, riskMarginWorkingDays: 2 },
    };
    assert.equal(boardParams('GM9901', settings, '2026-12-24').riskUntil, '2026-12-29');
  });
});
