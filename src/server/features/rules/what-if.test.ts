import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../../http/errors.ts';
import { household, housemate } from './test-households.ts';
import { calculateWhatIf } from './what-if.ts';

const home = household({
  medebewoners: [
    housemate({ naam: 'Oom Kees', relatie: 'overige-familie' }),
    housemate({ naam: 'dochter', relatie: 'kind', geboortedatum: '2003-04-04' }),
  ],
});

test('a named cost-sharer moves out: the norm goes up, difference per month and per year', () => {
  const r = calculateWhatIf(home, { soort: 'verhuist', naam: 'oom kees' });
  assert.equal(r.nu.totaalCent, 100107);
  assert.equal(r.straks.totaalCent, 140150);
  assert.equal(r.verschilPerMaandCent, 40043);
  assert.equal(r.verschilPerJaarCent, 480516);
  assert.equal(r.verschilTekst, 'De norm gaat omhoog met € 400,43 per maand (€ 4.805,16 per jaar).');
  assert.equal(r.wijziging, 'oom kees gaat uit huis.');
});

test('someone moves in: an adult without exception lowers the norm, a student changes nothing', () => {
  const brother = calculateWhatIf(home, {
    soort: 'komt-wonen',
    medebewoner: housemate({ naam: 'broer', relatie: 'broer-zus', geboortedatum: '1985-01-01' }),
  });
  assert.equal(brother.straks.kostendelers, 3);
  assert.equal(brother.straks.totaalCent, 86759);
  assert.equal(brother.verschilPerMaandCent, -13348);
  assert.equal(brother.verschilPerJaarCent, -160176);
  assert.match(brother.verschilTekst, /^De norm gaat omlaag met € 133,48 per maand/);

  const student = calculateWhatIf(home, {
    soort: 'komt-wonen',
    medebewoner: housemate({ naam: 'student', studiefinanciering: true }),
  });
  assert.equal(student.verschilPerMaandCent, 0);
  assert.equal(student.verschilTekst, 'De norm blijft gelijk.');
});

test('an unknown or ambiguous name is a Dutch error on wijziging.naam', () => {
  assert.throws(
    () => calculateWhatIf(home, { soort: 'verhuist', naam: 'tante Jo' }),
    (error: unknown) =>
      error instanceof DomainError &&
      error.errors?.[0]?.path === 'wijziging.naam' &&
      /Bekende namen: Oom Kees, dochter/.test(error.errors[0].message),
  );
  const twins = household({
    medebewoners: [housemate({ naam: 'tweeling' }), housemate({ naam: 'Tweeling' })],
  });
  assert.throws(
    () => calculateWhatIf(twins, { soort: 'verhuist', naam: 'tweeling' }),
    (error: unknown) =>
      error instanceof DomainError && /2 medebewoners met de naam/.test(error.errors?.[0]?.message ?? ''),
  );
});

test('errors point at the household or at the new housemate', () => {
  assert.throws(
    () =>
      calculateWhatIf(home, {
        soort: 'komt-wonen',
        medebewoner: housemate({ naam: 'baby', geboortedatum: '2026-05-01' }),
      }),
    (error: unknown) =>
      error instanceof DomainError &&
      error.errors?.[0]?.path === 'wijziging.medebewoner.geboortedatum' &&
      /De geboortedatum van de nieuwe medebewoner/.test(error.errors[0].message),
  );
  assert.throws(
    () => calculateWhatIf({ ...home, peildatum: '2030-01-01' }, { soort: 'verhuist', naam: 'dochter' }),
    (error: unknown) => error instanceof DomainError && error.errors?.[0]?.path === 'huishouden.peildatum',
  );
});
