import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Deadline } from '../../../api/deadlines.ts';
import {
  availableActions,
  confirmNewText,
  confirmText,
  emptyActionValues,
  fieldOf,
  toExtension,
  toNewDeadline,
  validateAction,
  validateNew,
} from './deadlineForms.ts';
import { dayText, statusText } from './deadlineTexts.ts';

const today = '2026-11-23';
const deadline: Deadline = {
  id: 'd1',
  kind: 'wmo_onderzoek',
  label: 'Wmo-onderzoek na melding',
  startedOn: '2026-11-02',
  dueOn: '2026-12-14',
  basis: { rule: 'Wmo 2015 art. 2.3.2 lid 1', amount: 6, unit: 'weken', explanation: '...' },
  suspensions: [],
  extension: null,
  metOn: null,
  status: 'lopend',
};

describe('new deadline', () => {
  test('kind and a start date that is not in the future are required', () => {
    assert.deepEqual(validateNew({ kind: '', startedOn: '', threatening: false }, today), {
      kind: 'Kies een soort termijn uit de lijst',
      startedOn: 'Vul een datum in',
    });
    assert.equal(
      validateNew({ kind: 'wgs_besluit', startedOn: '2026-11-24', threatening: false }, today).startedOn,
      'Deze datum ligt in de toekomst',
    );
    assert.match(
      validateNew({ kind: 'wgs_besluit', startedOn: '2026-02-30', threatening: false }, today).startedOn ??
        '',
      /bestaande datum/,
    );
    assert.deepEqual(validateNew({ kind: 'wgs_besluit', startedOn: today, threatening: false }, today), {});
  });

  test('threatening is only sent for the Wgs first conversation', () => {
    assert.deepEqual(toNewDeadline({ kind: 'wgs_eerste_gesprek', startedOn: today, threatening: true }), {
      kind: 'wgs_eerste_gesprek',
      startedOn: today,
      threatening: true,
    });
    assert.deepEqual(toNewDeadline({ kind: 'wmo_onderzoek', startedOn: today, threatening: true }), {
      kind: 'wmo_onderzoek',
      startedOn: today,
    });
    assert.match(
      confirmNewText({ kind: 'wgs_eerste_gesprek', startedOn: today, threatening: true }),
      /Eerste gesprek schuldhulp, bij een dreigende situatie, gestart op maandag 23 november 2026/,
    );
  });
});

describe('actions on a deadline', () => {
  test('suspending needs a date from the start on, not in the future, and a reason', () => {
    const values = { ...emptyActionValues(today), from: '2026-11-01', reason: '  ' };
    assert.deepEqual(validateAction('suspend', values, deadline, today), {
      from: 'Deze datum ligt vóór de start van de termijn',
      reason: 'Vul de reden in',
    });
    const ok = { ...emptyActionValues(today), from: '2026-11-10', reason: 'Wachten op gegevens' };
    assert.deepEqual(validateAction('suspend', ok, deadline, today), {});
    assert.match(confirmText('suspend', ok), /stil vanaf dinsdag 10 november 2026/);
  });

  test('resuming cannot be before the suspension began', () => {
    const suspended: Deadline = {
      ...deadline,
      status: 'opgeschort',
      suspensions: [{ from: '2026-11-10', to: null, reason: 'x' }],
    };
    const values = { ...emptyActionValues(today), to: '2026-11-09' };
    assert.equal(
      validateAction('resume', values, suspended, today).to,
      'Deze datum ligt vóór het begin van de opschorting',
    );
    assert.deepEqual(validateAction('resume', { ...values, to: '2026-11-20' }, suspended, today), {});
  });

  test('an extension is a whole number from 1 to 52 with a unit and a reason', () => {
    const base = emptyActionValues(today);
    assert.deepEqual(
      validateAction('extend', { ...base, amount: '', unit: '', reason: '' }, deadline, today),
      {
        amount: 'Vul in met hoeveel u de termijn verlengt',
        unit: 'Kies weken, dagen of werkdagen',
        reason: 'Vul de reden in',
      },
    );
    assert.equal(
      validateAction('extend', { ...base, amount: '1,5', reason: 'x' }, deadline, today).amount,
      'Vul een heel getal in, bijvoorbeeld 2',
    );
    assert.equal(
      validateAction('extend', { ...base, amount: '53', reason: 'x' }, deadline, today).amount,
      'Vul een getal van 1 tot en met 52 in',
    );
    const ok = { ...base, amount: ' 2 ', unit: 'weken' as const, reason: ' Advies ' };
    assert.deepEqual(validateAction('extend', ok, deadline, today), {});
    assert.deepEqual(toExtension(ok), { amount: 2, unit: 'weken', reason: 'Advies' });
    assert.match(confirmText('extend', ok), /verlengd met 2 weken\. Dit kan maar één keer/);
  });

  test('the actions offered follow the state of the deadline and the case', () => {
    assert.deepEqual(availableActions(deadline, false), ['suspend', 'extend', 'met']);
    assert.deepEqual(availableActions(deadline, true), []);
    assert.deepEqual(availableActions({ ...deadline, metOn: today, status: 'gehaald' }, false), []);
    assert.deepEqual(
      availableActions({ ...deadline, suspensions: [{ from: '2026-11-10', to: null, reason: 'x' }] }, false),
      ['resume', 'extend', 'met'],
    );
    assert.deepEqual(
      availableActions({ ...deadline, extension: { amount: 1, unit: 'weken', reason: 'x' } }, false),
      ['suspend', 'met'],
    );
    assert.deepEqual(availableActions({ ...deadline, status: 'verlopen' }, false), ['suspend', 'met']);
  });

  test('server field paths map to form fields', () => {
    assert.equal(fieldOf('body.from', ['from', 'reason']), 'from');
    assert.equal(fieldOf('reason', ['from', 'reason']), 'reason');
    assert.equal(fieldOf('threatening', ['from', 'reason']), null);
  });
});

describe('texts', () => {
  test('status is written out; a late met term says so', () => {
    assert.equal(statusText(deadline), 'Loopt');
    assert.equal(statusText({ ...deadline, status: 'risico' }), 'Bijna verlopen');
    assert.equal(statusText({ ...deadline, status: 'gehaald', metOn: '2026-12-14' }), 'Gehaald');
    assert.equal(
      statusText({ ...deadline, status: 'gehaald', metOn: '2026-12-15' }),
      'Gehaald, maar te laat',
    );
  });

  test('dates are shown with the weekday', () => {
    assert.equal(dayText('2026-12-28'), 'maandag 28 december 2026');
    assert.equal(dayText('geen datum'), 'geen datum');
  });
});
