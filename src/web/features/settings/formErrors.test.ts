import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldId, parseWhole, placeServerErrors } from './formErrors.ts';

test('an input id holds no dots or spaces', () => {
  assert.equal(
    fieldId('signalen', 'thresholds.CAK Eigen bijdrage.minSignals'),
    'signalen-thresholds-CAK-Eigen-bijdrage-minSignals',
  );
  assert.equal(fieldId('termijnen', 'terms.wgs_besluit.amount'), 'termijnen-terms-wgs_besluit-amount');
});

test('only plain digits are a whole number', () => {
  assert.equal(parseWhole(' 12 '), 12);
  assert.equal(parseWhole('0'), 0);
  for (const text of ['', '1,5', '1.5', '-3', '1e3', 'tien', '12a'])
    assert.equal(parseWhole(text), null, text);
});

test('a server error lands on its field, else on the nearest group, else in the general list', () => {
  const known = ['categories', 'categories.0.code', 'reviewMinScore'];
  const placed = placeServerErrors(
    [
      { path: 'categories.0.code', message: 'De code komt twee keer voor' },
      { path: 'categories.3', message: 'Ongeldige categorie' },
      { path: 'reviewMinScore', message: 'Te hoog' },
      { path: 'reviewMinScore', message: 'Tweede melding' },
      { path: '(invoer)', message: 'Ongeldige invoer' },
    ],
    known,
  );
  assert.deepEqual(placed.errors, {
    'categories.0.code': 'De code komt twee keer voor',
    categories: 'Ongeldige categorie',
    reviewMinScore: 'Te hoog',
  });
  assert.deepEqual(placed.general, ['Ongeldige invoer']);
});
