import assert from 'node:assert/strict';
import { test } from 'node:test';
import { calculateBijstandsnorm } from './bijstandsnorm.ts';
import type { NormTable } from './norm-tables.ts';
import { defaultRuleParameters, type RuleParameters } from './rule-parameters.ts';
import { household, housemate } from './test-households.ts';

/**
 * The cost-sharer age was 21 until 31-12-2022. Regie ships no norm tables before 2025, so this test adds two
 * fixture tables (amounts copied from 1-1-2025, marked as fixtures) to show that the age comes from the dated
 * kostendeler-leeftijd table and not from code.
 */
const base = defaultRuleParameters();
const template = base.normTables[0]!;
const fixture = (geldigVanaf: string, geldigTotEnMet: string): NormTable => ({
  ...template,
  id: `fixture-${geldigVanaf}`,
  omschrijving: 'Testfixture: bedragen van 1-1-2025, alleen om de leeftijdsgrens te testen',
  geldigVanaf,
  geldigTotEnMet,
});
const params: RuleParameters = {
  ...base,
  normTables: [fixture('2022-07-01', '2022-12-31'), fixture('2023-01-01', '2023-06-30')],
};

test('a housemate of 22 counts on 31-12-2022 (age 21) and not on 1-1-2023 (age 27)', () => {
  const input = (peildatum: string) =>
    household({ peildatum, medebewoners: [housemate({ relatie: 'kind', geboortedatum: '2000-06-01' })] });
  const before = calculateBijstandsnorm(input('2022-12-31'), params);
  const after = calculateBijstandsnorm(input('2023-01-01'), params);
  assert.equal(before.kostendelerLeeftijd, 21);
  assert.equal(before.medebewoners[0]?.telt, true);
  assert.equal(before.totaalCent, 96104); // 50% × 1.922,07 = 961,035 → 961,04
  assert.equal(after.kostendelerLeeftijd, 27);
  assert.equal(after.medebewoners[0]?.telt, false);
  assert.equal(after.totaalCent, 134545);
  assert.match(
    before.uitleg.find((s) => s.onderwerp === 'Wie telt als kostendeler')?.besluit ?? '',
    /vanaf 21 jaar/,
  );
});
