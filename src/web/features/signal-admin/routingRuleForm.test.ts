import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RoutingRule } from '../../api/signal-admin.ts';
import { emptyRuleForm, ruleErrorsFromServer, ruleToForm, validateRuleForm } from './routingRuleForm.ts';

const RULE: RoutingRule = {
  id: 'r1',
  naam: 'Noord naar Wijkteam Noord',
  prioriteit: 20,
  gebiedCode: 'WK990101',
  gebiedNaam: 'Noord',
  categorie: null,
  urgentie: 'hoog',
  alleenCrisis: false,
  teamId: 't1',
  teamNaam: 'Wijkteam Noord',
  actief: true,
};

test('a new rule gets the next free tens as priority', () => {
  assert.equal(emptyRuleForm().prioriteit, '10');
  assert.equal(emptyRuleForm([RULE]).prioriteit, '30');
  assert.equal(emptyRuleForm([{ ...RULE, prioriteit: 10000 }]).prioriteit, '10000');
});

test('a rule loaded for editing gives back the same body', () => {
  const { errors, input } = validateRuleForm('GM9901', ruleToForm(RULE));
  assert.deepEqual(errors, {});
  assert.deepEqual(input, {
    gemeente: 'GM9901',
    naam: 'Noord naar Wijkteam Noord',
    prioriteit: 20,
    gebiedCode: 'WK990101',
    urgentie: 'hoog',
    alleenCrisis: false,
    teamId: 't1',
  });
});

test('name, a whole priority and a team are required; empty choices mean "any"', () => {
  const { errors, input } = validateRuleForm('GM9901', { ...emptyRuleForm(), naam: ' ', prioriteit: '1,5' });
  assert.equal(input, undefined);
  assert.deepEqual(Object.keys(errors).sort(), ['naam', 'prioriteit', 'teamId']);
  assert.match(errors.prioriteit ?? '', /heel getal/);
  assert.equal(
    validateRuleForm('GM9901', { ...emptyRuleForm(), naam: 'x', prioriteit: '10001', teamId: 't' }).input,
    undefined,
  );
  const ok = validateRuleForm('GM9901', { ...emptyRuleForm(), naam: 'Alles', teamId: 't' }).input;
  assert.deepEqual(ok, {
    gemeente: 'GM9901',
    naam: 'Alles',
    prioriteit: 10,
    alleenCrisis: false,
    teamId: 't',
  });
});

test('server errors land on their field, also inside a preview body', () => {
  assert.deepEqual(
    ruleErrorsFromServer([
      { path: 'regel.teamId', message: 'Dit team werkt niet in deze gemeente.' },
      { path: 'prioriteit', message: 'Te hoog.' },
      { path: 'gemeente', message: 'Onbekende gemeente.' },
    ]),
    {
      teamId: 'Dit team werkt niet in deze gemeente.',
      prioriteit: 'Te hoog.',
      general: 'Onbekende gemeente.',
    },
  );
});
