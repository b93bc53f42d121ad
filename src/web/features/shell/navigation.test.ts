import assert from 'node:assert/strict';
import { test } from 'node:test';
import { navigationFor } from './navigation.ts';

test('signal admin pages are in the navigation of the roles that use them', () => {
  const paths = (roles: Parameters<typeof navigationFor>[0]) => navigationFor(roles).map((item) => item.to);
  assert.ok(paths(['intake']).includes('/signalen/beoordelen'));
  assert.ok(paths(['intake']).includes('/signalen/import'));
  assert.ok(!paths(['intake']).includes('/signalen/routering'));
  assert.ok(paths(['teamleider']).includes('/signalen/routering'));
  assert.ok(!paths(['teamleider']).includes('/signalen/import'));
  assert.ok(paths(['beheerder']).includes('/signalen/routering'));
  assert.ok(!paths(['partner_medewerker']).includes('/signalen/beoordelen'));
});

test('a page with pages under its path is current only on its own path', () => {
  for (const item of navigationFor(['intake'])) {
    const parent = navigationFor(['intake']).some((other) => other.to.startsWith(`${item.to}/`));
    if (item.to !== '/') assert.equal(Boolean(item.exact), parent, item.to);
  }
});
