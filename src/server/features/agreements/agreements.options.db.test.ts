import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { z } from '@hono/zod-openapi';
import { createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import type { AgreementOptionsSchema } from './agreements.schemas.ts';

type Options = z.infer<typeof AgreementOptionsSchema>;

describe('what the agreement forms offer', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ households: 50 });
  });
  after(() => t.close());

  test('the beleidsmedewerker gets the organisations, wijken and teams of the municipalities they oversee', async () => {
    const beleid = await signedIn(t, 'beleid');
    const res = await beleid.fetch('/api/v1/agreements/form-options');
    assert.equal(res.status, 200);
    const options = (await res.json()) as Options;
    assert.deepEqual(
      options.municipalities.map((m) => m.code),
      ['GM9901'],
      'only Regiedam: the beleidsmedewerker works for its gemeente',
    );
    const regiedam = options.municipalities[0]!;
    const names = regiedam.organisations.map((o) => o.name);
    for (const name of [
      'Gemeente Regiedam',
      'Woonstichting De Sleutel',
      'Kredietbank Delta',
      'Zorggroep Horizon',
    ])
      assert.ok(names.includes(name), name);
    assert.ok(
      !names.includes('Gemeente Samenwerk'),
      'an organisation of another municipality is no candidate',
    );
    assert.ok(regiedam.wijken.some((w) => w.code === 'WK990102' && w.name === 'Regiedam Noord'));
    assert.ok(regiedam.teams.some((team) => team.name === 'Wijkteam Noord'));
    assert.ok(options.partnerTypes.includes('woningcorporatie'));
    assert.ok(options.partnerFigures.some((f) => f.code === 'ontruimingen-huurachterstand'));
    assert.doesNotMatch(JSON.stringify(options), /\b\d{9}\b/);
  });

  test('nobody else: the form is for agreement.manage', async () => {
    for (const user of ['partner', 'fg', 'teamleider', 'regisseur']) {
      const res = await (await signedIn(t, user)).fetch('/api/v1/agreements/form-options');
      assert.equal(res.status, 403, user);
    }
    assert.equal((await t.request('/api/v1/agreements/form-options')).status, 401);
  });
});
