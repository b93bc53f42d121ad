import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidBsn } from '../../../shared/bsn.ts';
import type { SignaalCategorie } from '../../api/signals.ts';
import { t } from '../../i18n/index.ts';
import { normaliseBsn } from './bsn.ts';
import {
  emptySignalForm,
  fieldForServerPath,
  isDate,
  isPostcode,
  normalisePostcode,
  parseEuros,
  type SignalFormValues,
  toSignalInput,
  validateSignalForm,
} from './signalForm.ts';

const e = t.signals.form.errors;
const CATEGORIES: SignaalCategorie[] = [
  { code: 'huurachterstand', label: 'Huurachterstand', soort: 'vroegsignaal', crisis: false },
  {
    code: 'dreigende-huisuitzetting',
    label: 'Dreigende huisuitzetting',
    soort: 'vroegsignaal',
    crisis: true,
  },
  { code: 'eenzaamheid', label: 'Eenzaamheid', soort: 'zorgsignaal', crisis: false },
];
const context = { categories: CATEGORIES, needsMunicipality: false, today: '2026-11-23' };

function filled(overrides: Partial<SignalFormValues> = {}): SignalFormValues {
  return {
    ...emptySignalForm('GM9901'),
    naam: ' Jan de Vries ',
    geboortedatum: '1980-05-01',
    postcode: '9811 ab',
    huisnummer: '12',
    categorie: 'eenzaamheid',
    bewonerGeinformeerd: 'ja',
    bewonerStemtIn: 'ja',
    ...overrides,
  };
}

test('BSN 11-proof: synthetic test numbers pass, a changed digit or a wrong length fails', () => {
  assert.equal(isValidBsn('999990019'), true);
  assert.equal(isValidBsn('999990018'), false);
  assert.equal(isValidBsn('99999001'), false);
  assert.equal(isValidBsn('000000000'), false);
  assert.equal(isValidBsn('abcdefghi'), false);
  assert.equal(normaliseBsn(' 9999.900 19 '), '999990019');
});

test('postcode: "1234 ab" is normalised to 1234AB; a leading 0 or wrong letters fail', () => {
  assert.equal(normalisePostcode(' 9811 ab '), '9811AB');
  assert.equal(isPostcode('9811AB'), true);
  assert.equal(isPostcode('0811AB'), false);
  assert.equal(isPostcode('9811A'), false);
  assert.equal(isPostcode('98111AB'), false);
});

test('dates: only real calendar days pass', () => {
  assert.equal(isDate('2024-02-29'), true);
  assert.equal(isDate('2025-02-29'), false);
  assert.equal(isDate('2025-13-01'), false);
  assert.equal(isDate('1-1-2025'), false);
});

test('amounts: whole euros as people type them; cents, negatives and text are refused', () => {
  assert.equal(parseEuros('450'), 450);
  assert.equal(parseEuros('1.250'), 1250);
  assert.equal(parseEuros('€ 1.250,-'), 1250);
  assert.equal(parseEuros('1250,00'), 1250);
  assert.equal(parseEuros('0'), 0);
  assert.equal(parseEuros('12,50'), null);
  assert.equal(parseEuros('-5'), null);
  assert.equal(parseEuros('veel'), null);
  assert.equal(parseEuros('1.25'), null);
});

test('a complete form without BSN has no errors and becomes the API body', () => {
  const values = filled();
  assert.deepEqual(validateSignalForm(values, context), {});
  assert.deepEqual(toSignalInput(values, CATEGORIES, 'GM9901'), {
    gemeente: 'GM9901',
    categorie: 'eenzaamheid',
    urgentie: 'normaal',
    crisis: false,
    bewonerGeinformeerd: true,
    bewonerStemtIn: true,
    persoon: { naam: 'Jan de Vries', geboortedatum: '1980-05-01' },
    adres: { postcode: '9811AB', huisnummer: 12 },
  });
});

test('with a valid BSN, name, birth date and address may stay empty', () => {
  const values = { ...emptySignalForm('GM9901'), bsn: '999 990 019', categorie: 'eenzaamheid' };
  values.bewonerGeinformeerd = 'nee';
  assert.deepEqual(validateSignalForm(values, context), {});
  const input = toSignalInput(values, CATEGORIES, 'GM9901');
  assert.deepEqual(input.persoon, { bsn: '999990019' });
  assert.equal(input.adres, undefined);
  assert.equal(input.bewonerStemtIn, false, 'a resident who does not know cannot have agreed');
});

test('an empty form names every required field in Dutch', () => {
  const errors = validateSignalForm(emptySignalForm(), { ...context, needsMunicipality: true });
  assert.deepEqual(errors, {
    gemeente: e.gemeenteRequired,
    naam: e.naamRequired,
    geboortedatum: e.geboortedatumRequired,
    postcode: e.postcodeRequired,
    huisnummer: e.huisnummerRequired,
    categorie: e.categorieRequired,
    bewonerGeinformeerd: e.bewonerGeinformeerdRequired,
  });
});

test('bad values get their own message: BSN 11-proof, postcode, huisnummer, dates, amount, consent', () => {
  const errors = validateSignalForm(
    filled({
      bsn: '999990018',
      postcode: '12345',
      huisnummer: '12a',
      huisletter: 'ab',
      toevoeging: 'toolong',
      geboortedatum: '2030-01-01',
      categorie: 'huurachterstand',
      bedrag: '12,50',
      ontstaansdatum: '2027-01-01',
      bewonerStemtIn: '',
      omschrijving: 'x'.repeat(2001),
      partnerReferentie: 'k'.repeat(101),
    }),
    context,
  );
  assert.equal(errors.bsn, e.bsnElfproef);
  assert.equal(errors.postcode, e.postcodeInvalid);
  assert.equal(errors.huisnummer, e.huisnummerInvalid);
  assert.equal(errors.huisletter, e.huisletterInvalid);
  assert.equal(errors.toevoeging, e.toevoegingInvalid);
  assert.equal(errors.geboortedatum, e.geboortedatumFuture);
  assert.equal(errors.bedrag, e.bedragInvalid);
  assert.equal(errors.ontstaansdatum, e.ontstaansdatumFuture);
  assert.equal(errors.bewonerStemtIn, e.bewonerStemtInRequired);
  assert.match(errors.omschrijving ?? '', /2\.000.*2\.001/);
  assert.equal(errors.partnerReferentie, e.kenmerkTooLong);
  assert.equal(validateSignalForm(filled({ bsn: '12345' }), context).bsn, e.bsnFormat);
});

test('debt categories send amount and since when; a crisis category always sends crisis', () => {
  const input = toSignalInput(
    filled({ categorie: 'dreigende-huisuitzetting', bedrag: '1.250', ontstaansdatum: '2026-06-01' }),
    CATEGORIES,
    'GM9901',
  );
  assert.equal(input.bedrag, 1250);
  assert.equal(input.ontstaansdatum, '2026-06-01');
  assert.equal(input.crisis, true);
  // A care signal never sends an amount, even one typed before the category changed.
  const care = toSignalInput(filled({ bedrag: '300', ontstaansdatum: '2026-06-01' }), CATEGORIES, 'GM9901');
  assert.equal(care.bedrag, undefined);
  assert.equal(care.ontstaansdatum, undefined);
  // The amount is not checked for a care signal either.
  assert.deepEqual(validateSignalForm(filled({ bedrag: 'veel' }), context), {});
});

test('server error paths land on their field', () => {
  assert.equal(fieldForServerPath('persoon.bsn'), 'bsn');
  assert.equal(fieldForServerPath('persoon'), 'bsn');
  assert.equal(fieldForServerPath('adres.postcode'), 'postcode');
  assert.equal(fieldForServerPath('adres.huisnummer'), 'huisnummer');
  assert.equal(fieldForServerPath('body.categorie'), 'categorie');
  assert.equal(fieldForServerPath('bewonerStemtIn'), 'bewonerStemtIn');
  assert.equal(fieldForServerPath('(invoer)'), undefined);
});
