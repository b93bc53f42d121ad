import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SignalSettings } from '../../api/settings.ts';
import { DEFAULT_SIGNAL_SETTINGS } from './defaults.ts';
import {
  codeFromLabel,
  newCategoryRow,
  parsePercent,
  signalChanges,
  signalDefaultsFor,
  signalToForm,
  validateSignalForm,
} from './signalForm.ts';

const base = (): SignalSettings => structuredClone(DEFAULT_SIGNAL_SETTINGS);

test('the saved settings come back unchanged from the form', () => {
  const saved = base();
  saved.thresholds = {
    Huur: { minAmountEuros: 150, minSignals: 2 },
    Zorg: { minAmountEuros: 0, minSignals: 3 },
  };
  saved.autoMatchScore = 0.855;
  const { errors, settings } = validateSignalForm(signalToForm(saved));
  assert.deepEqual(errors, {});
  assert.deepEqual(settings, saved);
});

test('a threshold that rejects nothing is not stored', () => {
  const values = signalToForm(base());
  values.thresholds.Energie = { minAmountEuros: '0', minSignals: '1' };
  values.thresholds.Water = { minAmountEuros: '', minSignals: '2' };
  assert.deepEqual(validateSignalForm(values).settings?.thresholds, {
    Water: { minAmountEuros: 0, minSignals: 2 },
  });
});

test('percentages take a comma or a point and stay within 0 to 100', () => {
  assert.equal(parsePercent('80'), 0.8);
  assert.equal(parsePercent('85,5'), 0.855);
  assert.equal(parsePercent('0.5'), 0.005);
  for (const text of ['', '101', '-1', '80%', 'tachtig', '1,234'])
    assert.equal(parsePercent(text), null, text);
});

test('wrong values get Dutch messages at their fields', () => {
  const values = signalToForm(base());
  values.offerTermWorkingDays = '61';
  values.crisisTermWorkingDays = '4';
  values.bundlingWindowDays = '';
  values.reviewMinScore = '90';
  values.thresholds['CAK Eigen bijdrage'] = { minAmountEuros: '-5', minSignals: '0' };
  values.retentionMonths.pickedUp = '0';
  const { errors, settings } = validateSignalForm(values);
  assert.equal(settings, undefined);
  assert.deepEqual(errors, {
    offerTermWorkingDays: 'Vul een getal in van 1 tot en met 60',
    crisisTermWorkingDays:
      'Deze termijn mag niet langer zijn dan de wet toestaat: 3 werkdagen (Wgs art. 4 lid 2)',
    bundlingWindowDays: 'Vul dit veld in',
    reviewMinScore: 'De grens voor beoordelen mag niet hoger zijn dan de grens voor automatisch koppelen',
    'thresholds.CAK Eigen bijdrage.minAmountEuros': 'Vul een heel getal in',
    'thresholds.CAK Eigen bijdrage.minSignals': 'Vul een getal in van 1 of meer',
    'retentionMonths.pickedUp': 'Vul een getal in van 1 tot en met 1200',
  });
});

test('categories: names and codes are checked, a code only once, betalingsachterstand stays a vroegsignaal', () => {
  const values = signalToForm(base());
  values.categories[0] = { ...values.categories[0]!, kind: 'zorgsignaal' };
  values.categories.push(
    { ...newCategoryRow('nieuw-1'), label: 'Overlast buren', code: 'overlast' },
    { ...newCategoryRow('nieuw-2'), label: '', code: 'Met Hoofdletters' },
  );
  const n = values.categories.length;
  assert.deepEqual(validateSignalForm(values).errors, {
    'categories.0.kind':
      'Betalingsachterstand moet een vroegsignaal blijven: bestanden van het signaalplatform gebruiken deze categorie',
    [`categories.${n - 2}.code`]: 'De code overlast komt twee keer voor',
    [`categories.${n - 1}.label`]: 'Vul een naam in',
    [`categories.${n - 1}.code`]: 'Gebruik kleine letters, cijfers en streepjes',
  });
  values.categories = [];
  assert.equal(validateSignalForm(values).errors.categories, 'Er moet minstens één categorie zijn');
});

test('a new category’s code follows its name', () => {
  assert.equal(codeFromLabel('Schulden bij de gemeente'), 'schulden-bij-de-gemeente');
  assert.equal(codeFromLabel('  Zorg óm ouderen! '), 'zorg-om-ouderen');
});

test('the confirm step lists every change in words', () => {
  const after = base();
  after.offerTermWorkingDays = 5;
  after.categories[1] = { ...after.categories[1]!, label: 'Achterstand huur' };
  after.categories = after.categories.filter((c) => c.code !== 'overlast');
  after.categories.push({ code: 'gokken', label: 'Gokken', kind: 'zorgsignaal', crisis: false });
  after.thresholds = { Huur: { minAmountEuros: 100, minSignals: 1 } };
  after.autoMatchScore = 0.9;
  assert.deepEqual(signalChanges(base(), after), [
    'Categorie ‘Huurachterstand’ (huurachterstand), naam: was Huurachterstand, wordt Achterstand huur',
    'Categorie ‘Gokken’ (gokken), zorgsignaal komt erbij',
    'Categorie ‘Overlast’ (overlast) vervalt',
    'Zelf koppelen vanaf score: was 80, wordt 90',
    'Drempel Huur: was geen, wordt vanaf € 100 en 1 signaal',
    'Termijn om een signaal op te pakken: was 10 werkdagen, wordt 5 werkdagen',
  ]);
  assert.deepEqual(signalChanges(base(), base()), []);
});

test('back to the standard keeps the categories the municipality added', () => {
  const current = base();
  current.offerTermWorkingDays = 5;
  current.categories = current.categories.filter((c) => c.code !== 'eenzaamheid');
  current.categories.push({ code: 'gokken', label: 'Gokken', kind: 'zorgsignaal', crisis: false });
  const reset = signalDefaultsFor(current);
  assert.equal(reset.offerTermWorkingDays, 10);
  assert.deepEqual(
    reset.categories.map((c) => c.code),
    [...DEFAULT_SIGNAL_SETTINGS.categories.map((c) => c.code), 'gokken'],
  );
});
