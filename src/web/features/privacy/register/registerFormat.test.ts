import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ProcessingRegister } from './registerApi.ts';
import { categoryLabels, categoryRetention, lawText, monthsText, termText } from './registerFormat.ts';

const register: ProcessingRegister = {
  version: '2026.1',
  validFrom: '2026-11-01',
  municipality: { code: 'GM9901', name: 'Regiedam' },
  purposes: [],
  categories: [
    {
      code: 'signalen',
      label: 'Signalen',
      description: '',
      tables: ['signals'],
      law: null,
      special: false,
      retention: ['signaal_opgepakt', 'onbekend'],
      retentionNote: 'Zie ook de instellingen.',
    },
  ],
  retentionCategories: [
    {
      code: 'signaal_opgepakt',
      label: 'Signaal dat is opgepakt',
      months: 9,
      defaultMonths: 12,
      from: 'na het oppakken van het signaal',
      source: 'signal_settings',
      signalSettingsKey: 'pickedUp',
    },
  ],
  nonPersonalTables: [],
};

describe('register texts', () => {
  test('months in words, whole years added from two years', () => {
    assert.equal(monthsText(1), '1 maand');
    assert.equal(monthsText(12), '12 maanden');
    assert.equal(monthsText(240), '240 maanden (20 jaar)');
  });

  test('a changed term names the default; an unchanged one does not', () => {
    assert.equal(
      termText({ months: 9, defaultMonths: 12, from: 'na x' }),
      '9 maanden na x (standaard 12 maanden)',
    );
    assert.equal(termText({ months: 12, defaultMonths: 12, from: 'na x' }), '12 maanden na x');
  });

  test("a category's retention uses the current terms, skips unknown codes and adds its note", () => {
    assert.deepEqual(categoryRetention(register.categories[0]!, register), [
      'Signaal dat is opgepakt: 9 maanden na het oppakken van het signaal (standaard 12 maanden)',
      'Zie ook de instellingen.',
    ]);
  });

  test('category labels keep the order and fall back to the code', () => {
    assert.deepEqual(categoryLabels(['signalen', 'x'], register), ['Signalen', 'x']);
  });

  test('law names', () => {
    assert.equal(lawText('wmo'), 'Wmo 2015');
    assert.equal(lawText(null), 'Alle wetten');
  });
});
