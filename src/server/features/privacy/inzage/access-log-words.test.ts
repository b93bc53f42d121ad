import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeAuditAction } from './access-log-words.ts';

test('a known action has its own plain-Dutch sentence', () => {
  assert.equal(describeAuditAction('case.read', 'case'), 'Heeft de casus bekeken');
  assert.equal(
    describeAuditAction('privacy.inzage', 'person'),
    'Heeft een inzage in uw gegevens gemaakt (zoals deze)',
  );
});

test('a break-the-glass row says noodtoegang, and its review says it was judged', () => {
  assert.equal(
    describeAuditAction('access_grant.review', 'access_grant'),
    'Heeft een noodtoegang tot uw gegevens beoordeeld',
  );
  assert.equal(
    describeAuditAction('access_grant.create', 'household'),
    'Heeft noodtoegang tot uw gegevens gebruikt of beëindigd',
  );
});

test('an action added later still reads as a sentence from its verb and record, never as a code', () => {
  assert.equal(describeAuditAction('zrm.update', 'zrm'), 'Heeft de zelfredzaamheid (ZRM) gewijzigd');
  assert.equal(describeAuditAction('thing.read', 'something_new'), 'Heeft uw gegevens bekeken');
  const unknown = describeAuditAction('household.merge', 'household');
  assert.equal(unknown, 'Heeft iets gedaan met het huishouden');
  assert.ok(!unknown.includes('.'), 'no action code in the sentence');
});
