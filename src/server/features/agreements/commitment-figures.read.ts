import { sql } from 'drizzle-orm';
import type { Executor } from '../../context.ts';
import { isSmallCount } from './partner-figures.ts';

export type FigureRow = {
  id: string;
  commitment_id: string;
  period: string;
  value: number;
  source: string;
  organisation_id: string;
  organisation: string;
  entered_by: string;
  entered_at: string;
  corrections: number;
};

/** The current value of each period of the commitments (rows nothing supersedes), oldest period first. */
export async function currentFigures(db: Executor, commitmentIds: string[]) {
  if (commitmentIds.length === 0) return new Map<string, FigureRow[]>();
  const { rows } = await db.execute<FigureRow>(sql`WITH RECURSIVE chain AS (
      SELECT f.id, f.id AS root, 0 AS depth FROM commitment_figures f WHERE f.supersedes_id IS NULL
        AND f.commitment_id IN (${sql.join(
          commitmentIds.map((c) => sql`${c}`),
          sql`, `,
        )})
      UNION ALL
      SELECT g.id, chain.root, chain.depth + 1 FROM commitment_figures g JOIN chain ON g.supersedes_id = chain.id)
    SELECT f.id, f.commitment_id, f.period, f.value, f.source, f.organisation_id, o.name AS organisation,
      u.display_name AS entered_by,
      to_char(f.entered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS entered_at,
      chain.depth AS corrections
    FROM chain JOIN commitment_figures f ON f.id = chain.id
    JOIN organisations o ON o.id = f.organisation_id JOIN users u ON u.id = f.entered_by
    WHERE NOT EXISTS (SELECT 1 FROM commitment_figures g WHERE g.supersedes_id = f.id)
    ORDER BY f.commitment_id, f.period`);
  const out = new Map<string, FigureRow[]>();
  for (const r of rows) out.set(r.commitment_id, [...(out.get(r.commitment_id) ?? []), r]);
  return out;
}

/**
 * A supplied value as the viewer may see it. Counts under 10 are shown as "< 10" (value null) to everyone but the
 * organisation that owns the commitment (it supplies the figure and knows it already) and the organisation that
 * entered the value: with local knowledge a small count of evictions points at the households it is about.
 */
export function visibleFigure(row: FigureRow, ownerId: string, viewerOrganisationId: string | null) {
  const own = viewerOrganisationId !== null && [ownerId, row.organisation_id].includes(viewerOrganisationId);
  const suppressed = !own && isSmallCount(row.value);
  return {
    id: row.id,
    period: row.period,
    value: suppressed ? null : row.value,
    suppressed,
    source: row.source,
    organisation: row.organisation,
    enteredBy: row.entered_by,
    enteredAt: row.entered_at,
    corrections: Number(row.corrections),
  };
}
