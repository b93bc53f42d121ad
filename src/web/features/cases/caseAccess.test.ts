import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canUse } from '../shell/access.ts';
import { navigationFor } from '../shell/navigation.ts';

const paths = (roles: Parameters<typeof navigationFor>[0]) => navigationFor(roles).map((item) => item.to);

test('the case pages are in the navigation of every role with case work, and of no other', () => {
  for (const role of ['regisseur', 'wijkteam_professional', 'schuldhulpverlener', 'teamleider'] as const) {
    assert.ok(paths([role]).includes('/casussen'), role);
    assert.ok(paths([role]).includes('/caseload'), role);
    assert.ok(canUse([role], 'case'), role);
  }
  for (const role of ['intake', 'partner_medewerker', 'beleidsmedewerker', 'fg', 'beheerder'] as const) {
    assert.ok(!paths([role]).includes('/casussen'), role);
    assert.ok(!paths([role]).includes('/caseload'), role);
    assert.ok(!canUse([role], 'case'), role);
  }
});

test('"Casussen" stays current on a case page (it has no sub-pages in the menu)', () => {
  const item = navigationFor(['regisseur']).find((entry) => entry.to === '/casussen');
  assert.ok(item);
  assert.ok(!item.exact);
});
