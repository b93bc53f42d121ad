import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  consentInput,
  emptyConsent,
  emptyShare,
  errorsFromServer,
  shareInput,
  validateConsent,
  validateShare,
  validateWithdrawal,
} from './consentForms.ts';
import { consentTexts } from './texts.ts';

const e = consentTexts.errors;
const TODAY = '2026-11-23';

test('an empty consent form names every required field; the date defaults to today', () => {
  const values = emptyConsent(TODAY);
  assert.equal(values.givenOn, TODAY);
  assert.deepEqual(validateConsent(values, TODAY, 'c'), {
    'c-purpose': e.purpose,
    'c-recipientOrganisationId': e.recipient,
    'c-givenHow': e.givenHow,
  });
});

test('a consent date in the future, a missing date, a bad method and a long note are refused', () => {
  const base = {
    purpose: 'jeugdhulp',
    recipientOrganisationId: 'org',
    givenOn: TODAY,
    givenHow: 'digitaal',
    note: '',
  };
  assert.deepEqual(validateConsent(base, TODAY, 'c'), {});
  assert.deepEqual(validateConsent({ ...base, givenOn: '2026-11-24' }, TODAY, 'c'), {
    'c-givenOn': e.givenOnFuture,
  });
  assert.deepEqual(validateConsent({ ...base, givenOn: '' }, TODAY, 'c'), { 'c-givenOn': e.givenOn });
  assert.deepEqual(validateConsent({ ...base, givenHow: 'per duif' }, TODAY, 'c'), {
    'c-givenHow': e.givenHow,
  });
  assert.deepEqual(validateConsent({ ...base, note: 'x'.repeat(1001) }, TODAY, 'c'), {
    'c-note': e.noteLong,
  });
  assert.deepEqual(consentInput({ ...base, note: '  ' }), { ...base, note: null });
  assert.equal(consentInput({ ...base, note: ' map 3 ' }).note, 'map 3');
});

test('a withdrawal is not in the future, not before the consent was given, and says how', () => {
  const v = (withdrawnOn: string, withdrawnHow = 'mondeling') =>
    validateWithdrawal({ withdrawnOn, withdrawnHow }, '2026-11-20', TODAY, 'w');
  assert.deepEqual(v('2026-11-20'), {});
  assert.deepEqual(v(TODAY), {});
  assert.deepEqual(v('2026-11-19'), { 'w-withdrawnOn': e.withdrawnBeforeGiven });
  assert.deepEqual(v('2026-11-24'), { 'w-withdrawnOn': e.withdrawnOnFuture });
  assert.deepEqual(v('', ''), { 'w-withdrawnOn': e.withdrawnOn, 'w-withdrawnHow': e.withdrawnHow });
});

test('a share needs a law other than the one it is shared with, and the field of its basis', () => {
  assert.deepEqual(validateShare(emptyShare(), 's'), { 's-law': e.law, 's-basis': e.basis });
  const byArticle = {
    ...emptyShare(),
    law: 'jeugdwet',
    sharedWithLaw: 'participatiewet',
    basis: 'wettelijke_grondslag',
  };
  assert.deepEqual(validateShare(byArticle, 's'), { 's-legalBasis': e.legalBasis });
  assert.deepEqual(validateShare({ ...byArticle, legalBasis: ' Jw art. 7.3.11 ' }, 's'), {});
  assert.deepEqual(validateShare({ ...byArticle, sharedWithLaw: 'jeugdwet', legalBasis: 'x' }, 's'), {
    's-sharedWithLaw': e.sameLaw,
  });
  assert.deepEqual(validateShare({ ...byArticle, law: 'overig', legalBasis: 'x' }, 's'), { 's-law': e.law });
  const byConsent = { ...byArticle, basis: 'toestemming' };
  assert.deepEqual(validateShare(byConsent, 's'), { 's-consentId': e.consent });

  // Only the field of the chosen basis is sent; "the whole case team" is null.
  assert.deepEqual(
    shareInput({ ...byArticle, sharedWithLaw: '', legalBasis: ' Wgs art. 8d ', consentId: 'k' }),
    {
      law: 'jeugdwet',
      sharedWithLaw: null,
      basis: 'wettelijke_grondslag',
      legalBasis: 'Wgs art. 8d',
    },
  );
  assert.deepEqual(shareInput({ ...byConsent, legalBasis: 'x', consentId: 'k1' }), {
    law: 'jeugdwet',
    sharedWithLaw: 'participatiewet',
    basis: 'toestemming',
    consentId: 'k1',
  });
});

test('server field errors land next to their field; others go to the summary', () => {
  const { fields, rest } = errorsFromServer(
    [
      { path: 'body.givenOn', message: 'in de toekomst' },
      { path: 'recipientOrganisationId', message: 'andere gemeente' },
      { path: 'personId', message: 'onbekend' },
    ],
    ['purpose', 'recipientOrganisationId', 'givenOn', 'givenHow', 'note'],
    'c',
  );
  assert.deepEqual(fields, { 'c-givenOn': 'in de toekomst', 'c-recipientOrganisationId': 'andere gemeente' });
  assert.deepEqual(rest, ['onbekend']);
});
