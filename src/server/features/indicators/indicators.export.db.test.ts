import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';

type Series = {
  measures: { key: string; label: string }[];
  series: {
    period: string;
    rows: { cells: Record<string, { value: number | null; suppressed: boolean }> }[];
  }[];
};

let t: TestApp;
before(async () => {
  t = await createTestApp({ households: 300 });
});
after(() => t.close());

test('the CSV export holds exactly the published figures of the page, "< 10" where they are suppressed', async () => {
  const beleid = await signedIn(t, 'beleid');
  const query = 'municipality=GM9901&from=2026-01&to=2026-11&breakdown=partnertype';
  const res = await beleid.fetch(`/api/v1/indicators/signalen-per-1000-inwoners/csv?${query}`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
  assert.match(
    res.headers.get('content-disposition') ?? '',
    /filename="indicator-signalen-per-1000-inwoners-GM9901-2026-01-2026-11\.csv"/,
  );
  const bytes = Buffer.from(await res.arrayBuffer());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a BOM for spreadsheet programs');
  const text = bytes.subarray(3).toString('utf8');
  const [header, ...lines] = text
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(';'));
  const json = (await (
    await beleid.fetch(`/api/v1/indicators/signalen-per-1000-inwoners?${query}`)
  ).json()) as Series;
  assert.deepEqual(
    header!.slice(6),
    json.measures.map((m) => m.label),
  );
  const expected = json.series.flatMap((p) =>
    p.rows.map((row) =>
      json.measures.map((m) => {
        const cell = row.cells[m.key]!;
        return cell.suppressed ? '< 10' : cell.value === null ? '' : String(cell.value).replace('.', ',');
      }),
    ),
  );
  assert.deepEqual(
    lines.map((l) => l.slice(6)),
    expected,
  );
  assert.ok(
    lines.some((l) => l.includes('< 10')),
    'the demo has small cells, shown as "< 10"',
  );
  assert.doesNotMatch(text, /\b\d{9}\b/, 'no BSN');
  // Other roles: the same refusals as the page.
  const partner = await signedIn(t, 'partner');
  assert.equal(
    (await partner.fetch(`/api/v1/indicators/stapeling/csv?${query.replace('&breakdown=partnertype', '')}`))
      .status,
    403,
  );
  const foreign = await beleid.fetch(
    '/api/v1/indicators/stapeling/csv?municipality=GM9902&from=2026-01&to=2026-06',
  );
  assert.equal(foreign.status, 404);
});
