import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PlanContent } from '../../../api/plans.ts';
import {
  contentForSave,
  fieldErrorsFromServer,
  newAction,
  newGoal,
  normaliseContent,
  planFieldId,
  SITUATION_MAX,
  validatePlan,
} from './planForm.ts';
import { planTexts } from './texts.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function plan(): PlanContent {
  const goal = newGoal();
  goal.domain = 'financien';
  goal.text = ' Ik wil mijn huur weer betalen ';
  const action = newAction();
  action.description = ' Afspraak bij de schuldhulp ';
  action.owner = { kind: 'organisatie', name: ' Schuldhulp Regiedam ' };
  action.dueOn = '';
  goal.actions.push(action);
  return { situation: { network: ' buren ', strengths: '', worries: '', earlierHelp: '' }, goals: [goal] };
}

test('new goals and actions get distinct v4 uuids and sensible defaults', () => {
  const a = newGoal();
  const b = newGoal();
  assert.match(a.id, UUID);
  assert.notEqual(a.id, b.id);
  assert.deepEqual(
    { ...a, id: 'x' },
    { id: 'x', domain: '', text: '', personId: null, transition18: false, actions: [] },
  );
  const action = newAction();
  assert.match(action.id, UUID);
  assert.equal(action.status, 'open');
  assert.equal(action.owner.kind, 'persoon');
});

test('a server path and a form path give the same field id', () => {
  assert.equal(planFieldId('goals.0.actions.1.owner.name'), 'plan-goals-0-actions-1-owner-name');
  assert.equal(planFieldId('content.goals.0.actions.1.owner.name'), 'plan-goals-0-actions-1-owner-name');
  assert.equal(planFieldId('body.content.situation.network'), 'plan-situation-network');
});

test('server field errors map to the plan fields; the first message per field wins; others are left out', () => {
  const errors = fieldErrorsFromServer([
    { path: 'content.goals.0.text', message: 'Schrijf het doel op' },
    { path: 'content.goals.0.text', message: 'tweede' },
    { path: 'body.content.goals.1.actions.0.dueOn', message: 'Vul de datum in' },
    { path: 'baseVersion', message: 'De versie ontbreekt' },
  ]);
  assert.deepEqual(errors, {
    'plan-goals-0-text': 'Schrijf het doel op',
    'plan-goals-1-actions-0-dueOn': 'Vul de datum in',
  });
});

test('validatePlan names every missing part at its field', () => {
  assert.deepEqual(validatePlan(plan()), {});
  const content = plan();
  const goal = content.goals[0];
  assert.ok(goal);
  goal.domain = '';
  goal.text = '   ';
  const action = goal.actions[0];
  assert.ok(action);
  action.description = '';
  action.owner.name = ' ';
  content.situation.worries = 'x'.repeat(SITUATION_MAX + 1);
  assert.deepEqual(validatePlan(content), {
    'plan-situation-worries': planTexts.errors.tooLong,
    'plan-goals-0-domain': planTexts.errors.goalDomain,
    'plan-goals-0-text': planTexts.errors.goalText,
    'plan-goals-0-actions-0-description': planTexts.errors.actionDescription,
    'plan-goals-0-actions-0-owner-name': planTexts.errors.ownerName,
  });
});

test('contentForSave trims texts and sends an empty due date as null, keeping ids', () => {
  const content = plan();
  const saved = contentForSave(content);
  assert.equal(saved.situation.network, 'buren');
  assert.equal(saved.goals[0]?.text, 'Ik wil mijn huur weer betalen');
  assert.equal(saved.goals[0]?.id, content.goals[0]?.id);
  assert.deepEqual(saved.goals[0]?.actions[0]?.owner, { kind: 'organisatie', name: 'Schuldhulp Regiedam' });
  assert.equal(saved.goals[0]?.actions[0]?.dueOn, null);
  assert.equal(saved.goals[0]?.actions[0]?.description, 'Afspraak bij de schuldhulp');
});

test('normaliseContent fills in what a partial plan lacks and keeps what is there', () => {
  const filled = normaliseContent({
    situation: { network: 'oma' } as PlanContent['situation'],
    goals: [{ id: 'g1', domain: 'overig', text: 'Rust' } as PlanContent['goals'][number]],
  });
  assert.deepEqual(filled.situation, { network: 'oma', strengths: '', worries: '', earlierHelp: '' });
  assert.equal(filled.goals[0]?.id, 'g1');
  assert.deepEqual(filled.goals[0]?.actions, []);
  assert.equal(filled.goals[0]?.transition18, false);
  assert.deepEqual(normaliseContent(null).goals, []);
});
