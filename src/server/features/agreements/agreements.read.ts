import { type SQL, sql } from 'drizzle-orm';
import type { Ctx, Executor } from '../../context.ts';
import type {
  AgreementPhase,
  CommitmentBreakdown,
  CommitmentSource,
  FigurePeriodType,
  TargetDirection,
} from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { can, todayOf } from '../access/policy.ts';
import { findIndicator, versionOn } from '../indicators/indicators.catalogue.ts';
import { publishedSeries, SUPPRESSION_TEXT, seriesRequest } from '../indicators/indicators.service.ts';
import { agreementScope, commitmentScope, oversees } from './agreements.access.ts';
import type { Agreement } from './agreements.schemas.ts';
import { currentFigures, visibleFigure } from './commitment-figures.read.ts';
import {
  type CommitmentStatus,
  commitmentStatus,
  stateLabels,
  withdrawnStatus,
} from './commitment-status.ts';
import { findPartnerFigure, periodsOfYear } from './partner-figures.ts';

type Org = { id: string; name: string; kind: string };
type SummaryRow = {
  id: string;
  title: string;
  year: number;
  phase: AgreementPhase;
  municipality_code: string;
  municipality_name: string;
  schedule: Partial<Record<AgreementPhase, string>>;
  overseer: boolean;
  parties: Org[];
  commitments: number;
};

function requireUser(ctx: Ctx) {
  if (!ctx.actor) throw new DomainError('unauthenticated');
  if (ctx.actor.type !== 'user') throw new DomainError('forbidden');
}

function summaries(ctx: Ctx, db: Executor, where: ReturnType<typeof sql>) {
  return db.execute<SummaryRow>(sql`SELECT a.id, a.title, a.year, a.phase, a.schedule,
      a.municipality_code, m.name AS municipality_name, ${oversees(ctx.actor, sql`a.municipality_code`)} AS overseer,
      (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'kind', o.kind) ORDER BY o.name), '[]')
        FROM agreement_parties ap JOIN organisations o ON o.id = ap.organisation_id
        WHERE ap.agreement_id = a.id) AS parties,
      (SELECT count(*)::int FROM commitments c WHERE c.agreement_id = a.id
        AND (${oversees(ctx.actor, sql`a.municipality_code`)} OR ${commitmentScope(ctx.actor, false)})) AS commitments
    FROM agreements a JOIN municipalities m ON m.code = a.municipality_code
    WHERE ${agreementScope(ctx.actor)} AND ${where}
    ORDER BY a.year DESC, a.title, a.id`);
}

const summary = (r: SummaryRow) => ({
  id: r.id,
  title: r.title,
  year: r.year,
  municipality: { code: r.municipality_code, name: r.municipality_name },
  phase: r.phase,
  parties: r.parties,
  commitments: r.commitments,
});

/** The agreements the actor sees, newest year first. */
export async function listAgreements(ctx: Ctx) {
  requireUser(ctx);
  const { rows } = await summaries(ctx, ctx.db, sql`true`);
  return { items: rows.map(summary) };
}

/** One visible agreement as a row, or a 404 (an agreement outside the actor's view does not exist for them). */
export async function loadAgreement(ctx: Ctx, db: Executor, id: string): Promise<SummaryRow> {
  requireUser(ctx);
  const { rows } = await summaries(ctx, db, sql`a.id = ${id}`);
  const row = rows[0];
  if (!row) throw new DomainError('not_found', 'Deze afspraak bestaat niet of u kunt haar niet zien');
  return row;
}

type CommitmentRow = {
  id: string;
  theme: string;
  description: string;
  indicator_code: string;
  measure_key: string;
  target: number;
  direction: TargetDirection;
  breakdown: CommitmentBreakdown | null;
  breakdown_code: string | null;
  source: CommitmentSource;
  period_type: FigurePeriodType | null;
  owner: Org;
  comments: { id: string; organisation: string; author: string; body: string; createdAt: string }[];
  withdrawn_on: string | null;
  withdrawn_reason: string | null;
  changes: Agreement['commitments'][number]['changes'];
};

/** An agreement with the commitments the actor sees, each with its live status and comments. */
export async function getAgreement(ctx: Ctx, id: string): Promise<Agreement> {
  const a = await loadAgreement(ctx, ctx.db, id);
  const changes = await ctx.db.execute<{
    from: AgreementPhase | null;
    to: AgreementPhase;
    on: string;
    note: string | null;
    by: string | null;
  }>(sql`SELECT pc.from_phase AS "from", pc.to_phase AS "to", pc.occurred_on AS "on", pc.note, u.display_name AS by
    FROM agreement_phase_changes pc LEFT JOIN users u ON u.id = pc.changed_by
    WHERE pc.agreement_id = ${id} ORDER BY pc.changed_at, pc.id`);
  const { rows } =
    await ctx.db.execute<CommitmentRow>(sql`SELECT c.id, c.theme, c.description, c.indicator_code,
      c.measure_key, c.target, c.direction, c.breakdown, c.breakdown_code, c.source, c.period_type,
      json_build_object('id', o.id, 'name', o.name, 'kind', o.kind) AS owner,
      (SELECT coalesce(json_agg(json_build_object('id', cc.id, 'organisation', co.name, 'author', u.display_name,
          'body', cc.body, 'createdAt', to_char(cc.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
          ORDER BY cc.created_at, cc.id), '[]')
        FROM commitment_comments cc JOIN organisations co ON co.id = cc.organisation_id
        JOIN users u ON u.id = cc.author_id WHERE cc.commitment_id = c.id) AS comments,
      to_char(c.withdrawn_on, 'YYYY-MM-DD') AS withdrawn_on, c.withdrawn_reason, ${changesOf(sql`c`)} AS changes
    FROM commitments c JOIN organisations o ON o.id = c.owner_organisation_id
    WHERE c.agreement_id = ${id} AND ${commitmentScope(ctx.actor, a.overseer)}
    ORDER BY c.theme, c.created_at, c.id`);
  const statuses = await liveStatuses(
    ctx,
    a,
    rows.filter((r) => r.source === 'indicator'),
  );
  const supplied = rows.filter((r) => r.source === 'partij');
  const figures = await currentFigures(
    ctx.db,
    supplied.map((r) => r.id),
  );
  const viewerOrg = ctx.actor?.type === 'user' ? ctx.actor.organisationId : null;
  const today = todayOf(ctx.now);
  for (const r of supplied) {
    const shown = (figures.get(r.id) ?? []).map((f) => visibleFigure(f, r.owner.id, viewerOrg));
    const cells = shown.map((f) => ({ ...f, complete: true }));
    statuses.set(r.id, { status: commitmentStatus(Number(r.target), r.direction, cells), part: null, shown });
  }
  const manages = a.overseer && can(ctx.actor, 'agreement.manage');
  for (const r of rows) if (r.withdrawn_on) statuses.get(r.id)!.status = withdrawnStatus();
  return {
    ...summary(a),
    schedule: a.schedule,
    phaseChanges: changes.rows,
    commitments: rows.map((c) => {
      const own = c.owner.id === viewerOrg;
      return {
        id: c.id,
        theme: c.theme,
        owner: c.owner,
        description: c.description,
        indicator: indicatorOf(c, today),
        target: Number(c.target),
        direction: c.direction,
        breakdown:
          c.breakdown && c.breakdown_code
            ? {
                kind: c.breakdown,
                code: c.breakdown_code,
                label: statuses.get(c.id)!.part ?? c.breakdown_code,
              }
            : null,
        status: statuses.get(c.id)!.status,
        source: c.source,
        periodType: c.period_type,
        figures: statuses.get(c.id)!.shown ?? [],
        canEnterFigures: c.source === 'partij' && (own || manages) && !c.withdrawn_on,
        openPeriods: c.period_type ? periodsOfYear(a.year, c.period_type, today) : [],
        canComment: own || manages,
        comments: c.comments,
        withdrawnOn: c.withdrawn_on,
        withdrawnReason: c.withdrawn_reason,
        canAmend: manages && !c.withdrawn_on && a.phase !== 'evaluatie',
        changes: c.changes,
      };
    }),
    ownOnly: !a.overseer,
    canManage: manages,
    suppression: SUPPRESSION_TEXT,
  };
}

/**
 * The changes of a commitment (alias in `c`), oldest first: each with the terms it replaced and the terms after it
 * (the next change's "previous", or the commitment as it is now). Who made it is named as a comment's author is.
 */
function changesOf(c: SQL) {
  const now = sql`json_build_object('theme', ${c}.theme, 'description', ${c}.description,
    'target', ${c}.target, 'direction', ${c}.direction)`;
  return sql`(SELECT coalesce(json_agg(json_build_object('kind', ch.kind,
      'on', to_char((ch.changed_at AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM-DD'), 'reason', ch.reason,
      'by', u.display_name, 'organisation', o.name, 'previous', ch.previous, 'next', coalesce(ch.next, ${now}))
      ORDER BY ch.seq), '[]')
    FROM (SELECT x.*, lead(x.previous::json) OVER (ORDER BY x.seq) AS next
      FROM commitment_changes x WHERE x.commitment_id = ${c}.id) ch
    JOIN users u ON u.id = ch.changed_by JOIN organisations o ON o.id = u.organisation_id)`;
}

/** The indicator (or the supplied figure) a commitment is measured by, named as the catalogue names it today. */
function indicatorOf(c: CommitmentRow, today: string) {
  if (c.source === 'partij') {
    const figure = findPartnerFigure(c.indicator_code);
    return {
      code: c.indicator_code,
      title: figure?.title ?? c.indicator_code,
      measure: figure?.measure ?? c.measure_key,
      kind: 'aantal',
    };
  }
  const indicator = findIndicator(c.indicator_code);
  const current = indicator ? versionOn(indicator, today) : undefined;
  const measure = current?.measures.find((m) => m.key === c.measure_key);
  return {
    code: c.indicator_code,
    title: current?.title ?? c.indicator_code,
    measure: measure?.label ?? c.measure_key,
    kind: measure?.kind ?? 'aantal',
  };
}

/**
 * The status of each commitment from the live indicator of the agreement's year (up to this month), with small
 * cells suppressed exactly as on the indicator pages: one series per indicator and breakdown, however many
 * commitments use it. `part` is the breakdown value's label as the indicator names it (a wijk's name, a team's).
 */
async function liveStatuses(ctx: Ctx, a: SummaryRow, rows: CommitmentRow[]) {
  const today = todayOf(ctx.now);
  const thisMonth = today.slice(0, 7);
  const from = `${a.year}-01`;
  const to = `${a.year}-12` < thisMonth ? `${a.year}-12` : thisMonth;
  const out = new Map<
    string,
    { status: CommitmentStatus; part: string | null; shown?: ReturnType<typeof visibleFigure>[] }
  >();
  const groups = new Map<string, CommitmentRow[]>();
  for (const r of rows) {
    const key = `${r.indicator_code} ${r.breakdown ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const mine of groups.values()) {
    const { indicator_code: code, breakdown } = mine[0]!;
    const series =
      from <= to && findIndicator(code)
        ? await publishedSeries(
            ctx.db,
            seriesRequest(code, { from, to, breakdown: breakdown ?? undefined }, today),
            { code: a.municipality_code, name: a.municipality_name },
          )
        : null;
    type Period = NonNullable<typeof series>['series'][number];
    for (const r of mine) {
      // The commitment's row of a period: its breakdown value, or the municipality as a whole.
      const rowOf = (p: Period) =>
        p.rows.find((x) =>
          r.breakdown_code ? x.breakdown?.code === r.breakdown_code : x.breakdown === null,
        );
      const cells = (series?.series ?? []).map((p) => {
        const cell = rowOf(p)?.cells[r.measure_key];
        return {
          period: p.period,
          value: cell?.value ?? null,
          suppressed: cell?.suppressed ?? false,
          complete: p.to < today,
        };
      });
      const last = series?.series.at(-1);
      out.set(r.id, {
        status: series
          ? commitmentStatus(Number(r.target), r.direction, cells)
          : { state: 'geen_gegevens', label: stateLabels.geen_gegevens, value: null, period: null },
        part: (last && rowOf(last)?.breakdown?.label) ?? null,
      });
    }
  }
  return out;
}
