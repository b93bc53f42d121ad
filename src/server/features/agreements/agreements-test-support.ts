import assert from 'node:assert/strict';
import type { Browser, TestApp } from '../../../../test/helpers/app.ts';
import { organisations } from '../../db/schema/index.ts';
import type { Agreement } from './agreements.schemas.ts';

/** Shared by the agreements API tests. */

export type Problem = { errors?: { path: string; message: string }[]; detail: string };
export type Commitment = Agreement['commitments'][number];

/** The JSON body of a response that must have this status (the body is shown when it has not). */
export async function body<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  assert.equal(res.status, status, text.slice(0, 300));
  return JSON.parse(text) as T;
}

/**
 * The year report as CSV, read by `b`: its header and rows of cells (the BOM left off). No field of the test
 * agreements holds a ';' or a quote, so a plain split reads every row.
 */
export async function reportCsv(
  b: Browser,
  agreementId: string,
): Promise<{ header: string[]; rows: string[][]; disposition: string }> {
  const res = await b.fetch(`/api/v1/agreements/${agreementId}/report.csv`);
  assert.equal(res.status, 200);
  const lines = Buffer.from(await res.arrayBuffer())
    .subarray(3)
    .toString('utf8')
    .trimEnd()
    .split('\r\n');
  return {
    header: lines[0]!.split(';'),
    rows: lines.slice(1).map((l) => l.split(';')),
    disposition: res.headers.get('content-disposition') ?? '',
  };
}

/** Every organisation's id by its name. */
export async function organisationIds(t: TestApp): Promise<Record<string, string>> {
  const rows = await t.database.db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations);
  return Object.fromEntries(rows.map((o) => [o.name, o.id]));
}
