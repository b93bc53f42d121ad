import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PlanAction, PlanContent, PlanGoal } from './plan.schema.ts';
import { diffPlans } from './plan-diff.ts';

const G1 = '11111111-1111-4111-8111-111111111111';
const G2 = '22222222-2222-4222-8222-222222222222';
const A1 = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1';
const A2 = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa2';

const action = (id: string, over: Partial<PlanAction> = {}): PlanAction => ({
  id,
  description: 'Bellen met de woningcorporatie',
  owner: { kind: 'persoon', name: 'Sanne' },
  dueOn: '2026-12-15',
  status: 'open',
  ...over,
});
const goal = (id: string, over: Partial<PlanGoal> = {}): PlanGoal => ({
  id,
  domain: 'financien',
  text: 'Ik wil mijn huur weer betalen',
  personId: null,
  transition18: false,
  actions: [],
  ...over,
});
const plan = (goals: PlanGoal[], situation: Partial<PlanContent['situation']> = {}): PlanContent => ({
  situation: { network: '', strengths: '', worries: '', earlierHelp: '', ...situation },
  goals,
});

describe('diffPlans', () => {
  test('identical plans have no changes', () => {
    const p = plan([goal(G1, { actions: [action(A1)] })], { network: 'Zus in de buurt' });
    assert.deepEqual(diffPlans(p, structuredClone(p)), []);
  });

  test('situation fields: added, changed and removed, with Dutch labels', () => {
    const changes = diffPlans(
      plan([], { network: 'Zus', worries: 'Schulden' }),
      plan([], { network: 'Zus en buurman', strengths: 'Doorzetter' }),
    );
    assert.deepEqual(
      changes.map((c) => [c.path, c.change, c.label]),
      [
        ['situation.network', 'gewijzigd', 'Netwerk gewijzigd'],
        ['situation.strengths', 'toegevoegd', 'Wat gaat goed toegevoegd'],
        ['situation.worries', 'verwijderd', 'Zorgen verwijderd'],
      ],
    );
    assert.equal(changes[0]?.before, 'Zus');
    assert.equal(changes[0]?.after, 'Zus en buurman');
    assert.equal(changes[2]?.after, null);
  });

  test('an action added to an existing goal is reported under that goal', () => {
    const changes = diffPlans(plan([goal(G1)]), plan([goal(G1, { actions: [action(A1)] })]));
    assert.equal(changes.length, 1);
    assert.equal(changes[0]?.path, `goals[${G1}].actions[${A1}]`);
    assert.equal(changes[0]?.change, 'toegevoegd');
    assert.match(changes[0]?.label ?? '', /^Doel 'Ik wil mijn huur weer betalen': actie toegevoegd/);
  });

  test('goals are matched by id, not by position or text: rewording is a change, not remove + add', () => {
    const before = plan([goal(G1), goal(G2, { text: 'Ik wil werk vinden', domain: 'werk_opleiding' })]);
    const after = plan([goal(G2, { text: 'Ik wil een baan', domain: 'werk_opleiding' }), goal(G1)]);
    const changes = diffPlans(before, after);
    assert.equal(changes.length, 1);
    assert.equal(changes[0]?.path, `goals[${G2}].text`);
    assert.equal(changes[0]?.change, 'gewijzigd');
    assert.equal(changes[0]?.before, 'Ik wil werk vinden');
    assert.equal(changes[0]?.after, 'Ik wil een baan');
  });

  test('a new goal is one change; its actions are not listed separately', () => {
    const changes = diffPlans(plan([]), plan([goal(G1, { actions: [action(A1), action(A2)] })]));
    assert.deepEqual(
      changes.map((c) => [c.path, c.change]),
      [[`goals[${G1}]`, 'toegevoegd']],
    );
    assert.equal(changes[0]?.label, "Doel 'Ik wil mijn huur weer betalen' toegevoegd");
  });

  test('removed goals and removed actions come last', () => {
    const before = plan([
      goal(G1, { actions: [action(A1), action(A2, { description: 'Post openen' })] }),
      goal(G2),
    ]);
    const after = plan([goal(G1, { actions: [action(A1)] })]);
    const changes = diffPlans(before, after);
    assert.deepEqual(
      changes.map((c) => [c.path, c.change]),
      [
        [`goals[${G1}].actions[${A2}]`, 'verwijderd'],
        [`goals[${G2}]`, 'verwijderd'],
      ],
    );
    assert.match(changes[0]?.label ?? '', /actie verwijderd: 'Post openen'/);
  });

  test('action fields: status, owner, due date with before and after in the label', () => {
    const before = plan([goal(G1, { actions: [action(A1)] })]);
    const after = plan([
      goal(G1, {
        actions: [
          action(A1, { status: 'klaar', owner: { kind: 'organisatie', name: 'Kredietbank' }, dueOn: null }),
        ],
      }),
    ]);
    const changes = diffPlans(before, after);
    assert.deepEqual(
      changes.map((c) => c.path.split('.').at(-1)),
      ['owner', 'dueOn', 'status'],
    );
    assert.match(changes[2]?.label ?? '', /stand gewijzigd van open naar klaar/);
    assert.match(changes[1]?.label ?? '', /datum gewijzigd van 2026-12-15 naar geen datum/);
    assert.deepEqual(changes[0]?.after, { kind: 'organisatie', name: 'Kredietbank' });
  });

  test('an action moved to another goal is one change, not removed and added', () => {
    const before = plan([goal(G1, { actions: [action(A1)] }), goal(G2, { text: 'Ik wil rust in huis' })]);
    const after = plan([goal(G1), goal(G2, { text: 'Ik wil rust in huis', actions: [action(A1)] })]);
    const changes = diffPlans(before, after);
    assert.equal(changes.length, 1);
    assert.equal(changes[0]?.path, `goals[${G2}].actions[${A1}].goal`);
    assert.match(
      changes[0]?.label ?? '',
      /verplaatst van doel 'Ik wil mijn huur weer betalen' naar doel 'Ik wil rust in huis'/,
    );
  });

  test('domain and 18-transition changes use Dutch words', () => {
    const changes = diffPlans(
      plan([goal(G1)]),
      plan([goal(G1, { domain: 'huisvesting', transition18: true })]),
    );
    assert.match(changes[0]?.label ?? '', /levensdomein gewijzigd van Financiën naar Huisvesting/);
    assert.match(changes[1]?.label ?? '', /overgang naar 18/);
  });

  test('long goal texts are cut off in labels so a label stays one line', () => {
    const long = 'Ik wil '.repeat(30);
    const changes = diffPlans(plan([]), plan([goal(G1, { text: long })]));
    assert.ok((changes[0]?.label.length ?? 0) < 90);
    assert.match(changes[0]?.label ?? '', /\.\.\.' toegevoegd$/);
  });
});
