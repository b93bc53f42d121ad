import assert from 'node:assert/strict';
import { test } from 'node:test';
import { t } from '../../i18n/index.ts';
import { toAttemptInput, validateAttempt } from './contactAttempt.ts';
import { daysBetween, feedbackLabel, isOverdue, matchReasonText } from './labels.ts';
import { validateWorklistSearch } from './worklistSearch.ts';

test('match reasons read as Dutch sentences', () => {
  assert.equal(matchReasonText({ methode: 'bsn', velden: ['bsn'], score: 1 }), 'Gekoppeld op BSN');
  assert.equal(
    matchReasonText({ methode: 'adres', velden: ['postcode', 'huisnummer', 'geboortedatum'], score: 0.8 }),
    'Gekoppeld op adres en geboortedatum, score 0,8',
  );
  assert.equal(
    matchReasonText({
      methode: 'adres',
      velden: ['naam', 'postcode', 'huisnummer', 'toevoeging', 'geboortedatum'],
      score: 0.964,
    }),
    'Gekoppeld op adres, geboortedatum en naam, score 0,96',
  );
  assert.match(
    matchReasonText({ methode: 'handmatig', velden: ['postcode', 'huisnummer'], score: 0.5 }) ?? '',
    /medewerker.*\(adres, score 0,5\)/,
  );
  assert.equal(matchReasonText(null), null);
});

test('feedback labels: only the three answers a partner may get', () => {
  assert.equal(feedbackLabel('opgepakt'), 'Opgepakt');
  assert.equal(feedbackLabel('niet opgepakt'), 'Niet opgepakt');
  assert.equal(feedbackLabel('in behandeling'), 'In behandeling');
});

test('overdue: only while not picked up and after the deadline', () => {
  assert.equal(isOverdue('2026-11-20', 'Nog niet opgepakt', '2026-11-23'), true);
  assert.equal(isOverdue('2026-11-23', 'Nog niet opgepakt', '2026-11-23'), false);
  assert.equal(isOverdue('2026-11-20', 'Opgepakt', '2026-11-23'), false);
  assert.equal(isOverdue(null, 'Nog niet opgepakt', '2026-11-23'), false);
  assert.equal(daysBetween('2026-11-20', '2026-11-23'), 3);
});

test('worklist search params: good values kept, bad ones dropped', () => {
  assert.deepEqual(
    validateWorklistSearch({
      team: '0F8FAD5B-D9CB-469F-A165-70867728950E',
      status: 'alle',
      categorie: 'huurachterstand',
      wijk: 'WK990101',
      crisis: 'true',
      minBedrag: '500',
      ouderDanDagen: 7,
      sort: 'ontvangen',
      page: '3',
    }),
    {
      team: '0f8fad5b-d9cb-469f-a165-70867728950e',
      status: 'alle',
      categorie: 'huurachterstand',
      wijk: 'WK990101',
      crisis: true,
      minBedrag: 500,
      ouderDanDagen: 7,
      sort: 'ontvangen',
      page: 3,
    },
  );
  assert.deepEqual(
    validateWorklistSearch({
      team: 'x',
      status: 'nieuw',
      categorie: '<script>',
      crisis: 'ja',
      minBedrag: '-1',
      ouderDanDagen: '1.5',
      sort: 'deadline',
      page: '1',
    }),
    {},
  );
});

test('contact attempt: Dutch checks and the DDAS body', () => {
  const today = '2026-11-23';
  assert.deepEqual(validateAttempt({ soort: '', bereikt: '', datum: '', dagdeel: '' }, today), {
    soort: t.signals.attempt.errors.kindRequired,
    bereikt: t.signals.attempt.errors.reachedRequired,
    datum: t.signals.attempt.errors.dateRequired,
  });
  assert.equal(
    validateAttempt({ soort: 'Telefoon', bereikt: 'ja', datum: '2026-11-24', dagdeel: '' }, today).datum,
    t.signals.attempt.errors.dateFuture,
  );
  const values = { soort: 'Huisbezoek', bereikt: 'nee', datum: '2026-11-23', dagdeel: 'Middag' } as const;
  assert.deepEqual(validateAttempt(values, today), {});
  assert.deepEqual(toAttemptInput(values), {
    soort: 'Huisbezoek',
    bereikt: false,
    datum: '2026-11-23',
    dagdeel: 'Middag',
  });
  assert.equal(toAttemptInput({ ...values, dagdeel: '' }).dagdeel, undefined);
});
