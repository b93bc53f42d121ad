import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exceedsLaw as serverExceedsLaw } from '../../../server/features/deadlines/case-settings.service.ts';
import type { TermUnit } from '../../api/settings.ts';
import { caseChanges, caseToForm, exceedsLaw, lawText, validateCaseForm } from './caseForm.ts';
import { LAW_CASE_SETTINGS } from './defaults.ts';

const UNITS: TermUnit[] = ['werkdagen', 'dagen', 'weken'];

test('the browser and the server agree on "never longer than the law" for every amount and unit', () => {
  for (const law of Object.values(LAW_CASE_SETTINGS.terms))
    for (const unit of UNITS)
      for (let amount = 1; amount <= 70; amount++) {
        const term = { amount, unit, rule: law.rule };
        assert.equal(
          exceedsLaw(term, law),
          serverExceedsLaw(term, law),
          `${amount} ${unit} against ${law.rule}`,
        );
      }
});

test('the law is shown next to each term', () => {
  assert.equal(lawText('wgs_eerste_gesprek'), 'Wettelijke termijn: 4 weken, Wgs art. 4 lid 1');
  assert.equal(lawText('wgs_eerste_gesprek_dreigend'), 'Wettelijke termijn: 3 werkdagen, Wgs art. 4 lid 2');
});

test('the saved settings come back unchanged from the form', () => {
  const { errors, settings } = validateCaseForm(caseToForm(LAW_CASE_SETTINGS));
  assert.deepEqual(errors, {});
  assert.deepEqual(settings, LAW_CASE_SETTINGS);
});

test('a shorter term is accepted, a longer one gets the law’s message at its amount', () => {
  const values = caseToForm(LAW_CASE_SETTINGS);
  values.terms.wgs_eerste_gesprek = { amount: '15', unit: 'werkdagen', rule: 'Wgs art. 4 lid 1' };
  assert.deepEqual(validateCaseForm(values).errors, {});
  values.terms.wgs_eerste_gesprek = { amount: '5', unit: 'weken', rule: 'Wgs art. 4 lid 1' };
  assert.deepEqual(validateCaseForm(values).errors, {
    'terms.wgs_eerste_gesprek.amount':
      'Deze termijn mag niet langer zijn dan de wet toestaat: 4 weken (Wgs art. 4 lid 1)',
  });
});

test('wrong numbers and an empty rule get Dutch messages at their fields', () => {
  const values = caseToForm(LAW_CASE_SETTINGS);
  values.terms.wmo_onderzoek.amount = 'zes';
  values.terms.wmo_beschikking.amount = '0';
  values.terms.wgs_besluit.rule = '  ';
  values.board.riskMarginWorkingDays = '61';
  values.board.evaluationIntervalMonths = '';
  const { errors, settings } = validateCaseForm(values);
  assert.equal(settings, undefined);
  assert.deepEqual(errors, {
    'terms.wmo_onderzoek.amount': 'Vul de termijn in als een heel getal',
    'terms.wmo_beschikking.amount': 'Vul een termijn in van 1 tot en met 520',
    'terms.wgs_besluit.rule': 'Vul de regel in waar de termijn vandaan komt',
    'board.riskMarginWorkingDays': 'Vul een getal in van 0 tot en met 60',
    'board.evaluationIntervalMonths': 'Vul een heel getal in',
  });
});

test('the confirm step names each change with before and after', () => {
  const after = structuredClone(LAW_CASE_SETTINGS);
  after.terms.wgs_eerste_gesprek = { amount: 15, unit: 'werkdagen', rule: 'Wgs art. 4 lid 1' };
  after.board.riskMarginWorkingDays = 1;
  assert.deepEqual(caseChanges(LAW_CASE_SETTINGS, after), [
    'Eerste gesprek schuldhulp: was 4 weken (Wgs art. 4 lid 1), wordt 15 werkdagen (Wgs art. 4 lid 1)',
    'Termijn op risico vanaf: was 5 werkdagen, wordt 1 werkdag',
  ]);
  assert.deepEqual(caseChanges(LAW_CASE_SETTINGS, structuredClone(LAW_CASE_SETTINGS)), []);
});
