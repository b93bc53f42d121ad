import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { ZRM_DOMAIN_CODES } from '../../../shared/zrm.ts';
import { PlanContentSchema, SavePlanSchema } from './plan.schema.ts';
import { ProvisionInputSchema } from './provisions.schemas.ts';
import { NewZrmSchema } from './zrm.schemas.ts';

z.config(z.locales.nl());

const G1 = '11111111-1111-4111-8111-111111111111';
const A1 = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1';

const validPlan = () => ({
  situation: { network: 'Zus woont in de buurt', strengths: '', worries: 'Huurachterstand', earlierHelp: '' },
  goals: [
    {
      id: G1,
      domain: 'financien',
      text: 'Ik wil mijn huur weer betalen',
      personId: null,
      transition18: false,
      actions: [
        {
          id: A1,
          description: 'Afspraak maken met de woningcorporatie',
          owner: { kind: 'persoon', name: 'Sanne' },
          dueOn: '2026-12-15',
          status: 'open',
        },
      ],
    },
  ],
});

const issues = (result: { success: boolean; error?: z.ZodError }) =>
  (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

describe('PlanContentSchema', () => {
  test('accepts a complete plan and trims texts', () => {
    const plan = validPlan();
    plan.goals[0]!.text = '  Ik wil mijn huur weer betalen  ';
    const parsed = PlanContentSchema.parse(plan);
    assert.equal(parsed.goals[0]?.text, 'Ik wil mijn huur weer betalen');
  });

  test('situation texts longer than 4000 characters are refused with the field named', () => {
    const plan = validPlan();
    plan.situation.worries = 'x'.repeat(4001);
    assert.deepEqual(issues(PlanContentSchema.safeParse(plan)), [
      ['situation.worries', 'Zorgen: hoogstens 4000 tekens'],
    ]);
  });

  test('the goal domain is a ZRM domain or overig', () => {
    const plan = validPlan();
    plan.goals[0]!.domain = 'overig';
    assert.equal(PlanContentSchema.safeParse(plan).success, true);
    plan.goals[0]!.domain = 'geluk';
    assert.deepEqual(issues(PlanContentSchema.safeParse(plan)), [
      ['goals.0.domain', 'Kies het levensdomein van het doel'],
    ]);
  });

  test('an action needs a description, an owner and a known status; messages in Dutch with the path', () => {
    const plan = validPlan();
    const a = plan.goals[0]!.actions[0]!;
    a.description = ' ';
    a.owner = { kind: 'buurman', name: '' };
    a.status = 'gedaan';
    a.dueOn = '15-12-2026';
    assert.deepEqual(issues(PlanContentSchema.safeParse(plan)), [
      ['goals.0.actions.0.description', 'Beschrijf wat er gebeurt'],
      ['goals.0.actions.0.owner.kind', 'Kies wie het doet: een persoon of een organisatie'],
      ['goals.0.actions.0.owner.name', 'Vul in wie het doet'],
      ['goals.0.actions.0.dueOn', 'Vul de datum waarop het klaar is in als 2026-01-31'],
      ['goals.0.actions.0.status', 'Kies de stand: open, bezig, klaar of vervallen'],
    ]);
  });

  test('ids must be unique across goals and actions', () => {
    const plan = validPlan();
    plan.goals.push({ ...structuredClone(plan.goals[0]!), actions: [] });
    plan.goals[0]!.actions.push({ ...plan.goals[0]!.actions[0]!, id: G1 });
    assert.deepEqual(issues(PlanContentSchema.safeParse(plan)), [
      ['goals.0.actions.1.id', 'Deze actie staat twee keer in het plan'],
      ['goals.1.id', 'Dit doel staat twee keer in het plan'],
    ]);
  });

  test('SavePlanSchema needs a base version of 0 or more', () => {
    assert.equal(SavePlanSchema.safeParse({ baseVersion: 0, content: validPlan() }).success, true);
    assert.deepEqual(issues(SavePlanSchema.safeParse({ baseVersion: -1, content: validPlan() })), [
      ['baseVersion', 'De versie is 0 of hoger'],
    ]);
  });
});

describe('NewZrmSchema', () => {
  const scores = () => Object.fromEntries(ZRM_DOMAIN_CODES.map((c) => [c, 3]));
  const body = (s: Record<string, unknown>) => ({ personId: G1, assessedOn: '2026-11-20', scores: s });

  test('all 13 domains scored 1..5 pass', () => {
    assert.equal(ZRM_DOMAIN_CODES.length, 13);
    assert.equal(NewZrmSchema.safeParse(body(scores())).success, true);
  });

  test('a missing, out-of-range or unknown domain is named', () => {
    const s = scores();
    delete s.justitie;
    s.financien = 6;
    s.huisvesting = 2.5;
    s.geluk = 3;
    const found = issues(NewZrmSchema.safeParse(body(s)));
    assert.deepEqual(
      found.filter(([path]) => path !== 'scores'),
      [
        ['scores.financien', 'Kies bij Financiën een score van 1 tot 5'],
        ['scores.huisvesting', 'Kies bij Huisvesting een score van 1 tot 5'],
        ['scores.justitie', 'Kies bij Justitie een score van 1 tot 5'],
      ],
    );
    assert.ok(
      found.some(([path]) => path === 'scores'),
      'the unknown key "geluk" is refused',
    );
  });
});

describe('ProvisionInputSchema', () => {
  const base = {
    law: 'wmo',
    product: 'Huishoudelijke ondersteuning',
    startDate: '2026-12-01',
    status: 'aangevraagd',
  };

  test('a minimal request passes; optional fields become null and goalIds []', () => {
    const parsed = ProvisionInputSchema.parse(base);
    assert.equal(parsed.endDate, null);
    assert.equal(parsed.reference, null);
    assert.deepEqual(parsed.goalIds, []);
  });

  test("law 'overig' needs a reference", () => {
    assert.deepEqual(issues(ProvisionInputSchema.safeParse({ ...base, law: 'overig' })), [
      ['reference', 'Vul bij "overig" in onder welke regeling het valt (bijvoorbeeld "Zvw wijkverpleging")'],
    ]);
    assert.equal(
      ProvisionInputSchema.safeParse({ ...base, law: 'overig', reference: 'Zvw wijkverpleging' }).success,
      true,
    );
  });

  test('period, decision date and ended status are checked', () => {
    assert.deepEqual(issues(ProvisionInputSchema.safeParse({ ...base, endDate: '2026-11-30' })), [
      ['endDate', 'De einddatum ligt vóór de begindatum'],
    ]);
    assert.deepEqual(issues(ProvisionInputSchema.safeParse({ ...base, status: 'toegekend' })), [
      ['decidedOn', 'Vul de datum van het besluit in: de voorziening is toegekend of afgewezen'],
    ]);
    assert.deepEqual(issues(ProvisionInputSchema.safeParse({ ...base, status: 'beeindigd' })), [
      ['endDate', 'Vul de einddatum in: de voorziening is beëindigd'],
    ]);
  });

  test('a goal may be chosen once', () => {
    assert.deepEqual(issues(ProvisionInputSchema.safeParse({ ...base, goalIds: [G1, G1] })), [
      ['goalIds', 'Elk doel mag maar één keer gekozen worden'],
    ]);
  });
});
