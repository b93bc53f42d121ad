import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { createLogger } from './logger.ts';

test('personal data that reaches a log call is censored', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const log = createLogger('info', sink);
  log.info(
    {
      bsn: '999990019',
      person: { bsn: '999990019', voornamen: 'Anna', geslachtsnaam: 'Jansen', geboortedatum: '1980-01-01' },
      address: { postcode: '9810AB', huisnummer: 12, straat: 'Lindelaan' },
      req: { headers: { cookie: 'regie_session=geheim', authorization: 'Bearer rgk_x' } },
      count: 3,
    },
    'test',
  );
  const out = lines.join('');
  for (const secret of [
    '999990019',
    'Anna',
    'Jansen',
    '1980-01-01',
    '9810AB',
    'Lindelaan',
    'geheim',
    'rgk_x',
  ]) {
    assert.ok(!out.includes(secret), `${secret} leaked: ${out}`);
  }
  assert.match(out, /"count":3/);
  assert.match(out, /\[verwijderd\]/);
});
