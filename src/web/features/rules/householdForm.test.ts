import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatEuro, formatEuroChange } from '../../i18n/format.ts';
import {
  emptyForm,
  emptyPerson,
  errorsFromServer,
  FIELD_IDS,
  type HouseholdForm,
  householdFieldId,
  householdFieldOrder,
  personFieldId,
  rowPrefix,
  splitPath,
  summaryItems,
  todayInAmsterdam,
  toInput,
  toWhatIf,
  validateHousehold,
  validateWhatIf,
  whatIfFieldId,
  withUniqueNames,
} from './householdForm.ts';
import { formatExactCents } from './labels.ts';

function filledForm(): HouseholdForm {
  const broer = {
    ...emptyPerson('a'),
    naam: ' broer ',
    geboortedatum: '1996-02-02',
    relatie: 'broer-zus' as const,
  };
  return {
    ...emptyForm('2026-01-15'),
    aanvragerGeboortedatum: '1980-05-01',
    medebewoners: [broer],
  };
}

test('euro amounts in integer cents are written the Dutch way', () => {
  assert.equal(formatEuro(100107), '€ 1.001,07');
  assert.equal(formatEuro(5), '€ 0,05');
  assert.equal(formatEuro(123456789), '€ 1.234.567,89');
  assert.equal(formatEuro(-250), '-€ 2,50');
  assert.equal(formatEuroChange(1250), '+€ 12,50');
  assert.equal(formatEuroChange(-1250), '-€ 12,50');
  assert.equal(formatEuroChange(0), '€ 0,00');
});

test('unrounded cents keep their fraction', () => {
  assert.equal(formatExactCents('100106.5000'), '€ 1.001,065');
  assert.equal(formatExactCents('200213.0000'), '€ 2.002,13');
  assert.equal(formatExactCents('86758.9667'), '€ 867,589667');
  assert.equal(formatExactCents('7'), '€ 0,07');
});

test('today is the calendar date in Amsterdam, not in UTC', () => {
  assert.equal(todayInAmsterdam(new Date('2025-12-31T23:30:00Z')), '2026-01-01');
});

test('the form becomes the API input: trimmed name, no partner when "nee", children as a number', () => {
  const input = toInput({ ...filledForm(), kinderenOnder18: ' 2 ', partnerGeboortedatum: '1990-01-01' });
  assert.deepEqual(input, {
    peildatum: '2026-01-15',
    aanvrager: { geboortedatum: '1980-05-01' },
    kinderenOnder18: 2,
    medebewoners: [
      {
        naam: 'broer',
        geboortedatum: '1996-02-02',
        relatie: 'broer-zus',
        commercieleHuur: false,
        studiefinanciering: false,
        bbl: false,
        mantelzorg: false,
      },
    ],
  });
  const withPartner = toInput({
    ...filledForm(),
    heeftPartner: 'ja',
    partnerGeboortedatum: '1990-01-01',
    mantelzorgElders: true,
  });
  assert.deepEqual(withPartner.partner, { geboortedatum: '1990-01-01' });
  assert.deepEqual(withPartner.aanvrager, { geboortedatum: '1980-05-01', mantelzorgElders: true });
});

test('required fields are checked per field, housemates by row', () => {
  const form: HouseholdForm = {
    ...emptyForm(''),
    heeftPartner: 'ja',
    kinderenOnder18: 'twee',
    medebewoners: [{ ...emptyPerson('x'), naam: 'oom' }],
  };
  const errors = validateHousehold(form);
  const prefix = rowPrefix(form.medebewoners[0]!);
  assert.deepEqual(
    Object.keys(errors.fields).sort(),
    [
      FIELD_IDS.aanvragerGeboortedatum,
      FIELD_IDS.kinderenOnder18,
      FIELD_IDS.partnerGeboortedatum,
      FIELD_IDS.peildatum,
      personFieldId(prefix, 'geboortedatum'),
      personFieldId(prefix, 'relatie'),
    ].sort(),
  );
  assert.match(errors.fields[personFieldId(prefix, 'relatie')]!, /medebewoner 1 \(oom\)/);
  // The summary follows the order of the page.
  const items = summaryItems(errors, householdFieldOrder(form));
  assert.equal(items[0]?.fieldId, FIELD_IDS.peildatum);
  assert.equal(items.at(-1)?.fieldId, personFieldId(prefix, 'relatie'));
  assert.equal(Object.keys(validateHousehold(filledForm()).fields).length, 0);
  assert.ok(validateHousehold({ ...filledForm(), kinderenOnder18: '31' }).fields[FIELD_IDS.kinderenOnder18]);
});

test('server paths in either notation point at the right field of the right row', () => {
  const form = filledForm();
  const second = { ...emptyPerson('b'), geboortedatum: '2030-01-01', relatie: 'kind' as const };
  form.medebewoners.push(second);
  assert.deepEqual(splitPath('medebewoners[1].relatie'), ['medebewoners', 1, 'relatie']);
  assert.deepEqual(splitPath('medebewoners.1.relatie'), ['medebewoners', 1, 'relatie']);
  assert.equal(
    householdFieldId('medebewoners[1].geboortedatum', form),
    personFieldId(rowPrefix(second), 'geboortedatum'),
  );
  assert.equal(
    householdFieldId('medebewoners.1.commercieleHuur', form),
    personFieldId(rowPrefix(second), 'commercieleHuur'),
  );
  assert.equal(householdFieldId('peildatum', form), FIELD_IDS.peildatum);
  assert.equal(householdFieldId('aanvrager.geboortedatum', form), FIELD_IDS.aanvragerGeboortedatum);
  assert.equal(householdFieldId('aanvrager.mantelzorgElders', form), FIELD_IDS.mantelzorgElders);
  assert.equal(householdFieldId('(invoer)', form), undefined);
  const errors = errorsFromServer(
    [
      { path: 'medebewoners[1].geboortedatum', message: 'ligt na de peildatum' },
      { path: '(invoer)', message: 'algemeen' },
    ],
    (path) => householdFieldId(path, form),
  );
  assert.deepEqual(errors.general, ['algemeen']);
  assert.equal(errors.fields[personFieldId(rowPrefix(second), 'geboortedatum')], 'ligt na de peildatum');
});

test('what-if: every housemate gets a unique name, and the one who moves out is picked by row', () => {
  const household = toInput({
    ...filledForm(),
    medebewoners: [
      { ...emptyPerson('1'), naam: 'Kind', geboortedatum: '1990-01-01', relatie: 'kind' },
      { ...emptyPerson('2'), naam: 'kind ', geboortedatum: '1992-01-01', relatie: 'kind' },
      { ...emptyPerson('3'), geboortedatum: '1970-01-01', relatie: 'geen-familie' },
      { ...emptyPerson('4'), naam: 'huurder', geboortedatum: '1971-01-01', relatie: 'geen-familie' },
    ],
  });
  const named = withUniqueNames(household);
  assert.deepEqual(
    named.medebewoners.map((m) => m.naam),
    ['Medebewoner 1', 'Medebewoner 2', 'Medebewoner 3', 'huurder'],
  );
  const request = toWhatIf(household, { soort: 'verhuist', wie: '1', nieuw: emptyPerson('n') });
  assert.deepEqual(request.wijziging, { soort: 'verhuist', naam: 'Medebewoner 2' });
  assert.equal(request.huishouden.medebewoners[1]?.geboortedatum, '1992-01-01');
  assert.equal(
    whatIfFieldId('wijziging.naam', { soort: 'verhuist', wie: '1', nieuw: emptyPerson('n') }),
    FIELD_IDS.whatIfWie,
  );
  assert.equal(
    whatIfFieldId('wijziging.medebewoner.relatie', { soort: 'komt-wonen', wie: '', nieuw: emptyPerson('n') }),
    personFieldId(FIELD_IDS.whatIfNieuw, 'relatie'),
  );
  const missing = validateWhatIf({ soort: 'komt-wonen', wie: '', nieuw: emptyPerson('n') });
  assert.ok(missing.fields[personFieldId(FIELD_IDS.whatIfNieuw, 'geboortedatum')]);
  assert.ok(validateWhatIf({ soort: '', wie: '', nieuw: emptyPerson('n') }).fields[FIELD_IDS.whatIfSoort]);
});
