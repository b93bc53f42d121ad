import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HouseholdMember } from '../../api/types.ts';
import { ageOn, defaultClaimant, formFromHousehold, possibleClaimants } from './householdPrefill.ts';

function member(id: string, relation: string, geboortedatum: string | null, voornamen = id): HouseholdMember {
  return {
    id,
    bsn: '000000000',
    voornamen,
    voorvoegsel: null,
    geslachtsnaam: 'Test',
    geboortedatum,
    relation,
    since: '2020-01-01',
  };
}

const members = [
  member('kind-jong', 'kind', '2015-03-01', 'Sam Jan'),
  member('partner', 'partner', '1982-02-02'),
  member('hoofd', 'hoofd', '1980-05-01'),
  member('kind-oud', 'kind', '2000-07-01', 'Noor'),
  member('huurder', 'overig', '1990-01-01', 'Kees'),
];

test('ageOn counts whole years, birthday included', () => {
  assert.equal(ageOn('2008-01-15', '2026-01-14'), 17);
  assert.equal(ageOn('2008-01-15', '2026-01-15'), 18);
  assert.equal(ageOn(null, '2026-01-15'), null);
});

test('the head is the default claimant; only adults can be chosen', () => {
  assert.equal(defaultClaimant(members, '2026-01-15')?.id, 'hoofd');
  assert.deepEqual(
    possibleClaimants(members, '2026-01-15').map((m) => m.id),
    ['hoofd', 'partner', 'kind-oud', 'huurder'],
  );
});

test('the form from a household: partner, children under 18, other adults as housemates', () => {
  const form = formFromHousehold(members, 'hoofd', '2026-01-15');
  assert.equal(form.peildatum, '2026-01-15');
  assert.equal(form.aanvragerGeboortedatum, '1980-05-01');
  assert.equal(form.heeftPartner, 'ja');
  assert.equal(form.partnerGeboortedatum, '1982-02-02');
  assert.equal(form.kinderenOnder18, '1');
  assert.deepEqual(
    form.medebewoners.map((m) => [m.naam, m.geboortedatum, m.relatie, m.commercieleHuur, m.mantelzorg]),
    [
      ['Noor', '2000-07-01', 'kind', false, false],
      ['Kees', '1990-01-01', 'geen-familie', false, false],
    ],
  );
});

test('an adult child as claimant: no partner, the parents as housemates', () => {
  const form = formFromHousehold(members, 'kind-oud', '2026-01-15');
  assert.equal(form.heeftPartner, 'nee');
  assert.equal(form.kinderenOnder18, '0', 'a younger brother is not a child of the claimant');
  assert.deepEqual(
    form.medebewoners.map((m) => [m.naam, m.relatie]),
    [
      ['Sam', 'broer-zus'],
      ['partner', 'ouder'],
      ['hoofd', 'ouder'],
      ['Kees', 'geen-familie'],
    ],
  );
});
