import { and, eq, sql } from 'drizzle-orm';
import type { Ctx, Tx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { type DeadlineKind, teamMembers } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { addressLine } from '../../lib/address-line.ts';
import { addYearsMonths, dateInAmsterdam } from '../../lib/dates.ts';
import { caseScope, requireCapability } from '../access/policy.ts';
import { auditRead } from '../audit/audit.service.ts';
import { loadCaseSettings } from '../deadlines/case-settings.ts';
import { categoryLabel, loadCategories } from '../signals/intake/categories.ts';
import { type BoardKind, boardKinds, MAX_ITEMS_PER_KIND } from './board.kinds.ts';
import { type BoardParams, boardParams } from './board.params.ts';
import { type BoardQueryInput, kindQuery, paramsCte } from './board.queries.ts';
import { describe, type ItemFacts } from './board.texts.ts';

export type BoardFilter = { teamId?: string; kind?: BoardKind; limit?: number };

export type BoardItem = {
  kind: BoardKind;
  householdId: string | null;
  caseId: string | null;
  signalId: string | null;
  title: string;
  todo: string;
  dueOn: string | null;
  addressLine: string | null;
  team: { id: string; name: string } | null;
};

export type Board = { items: BoardItem[]; counts: Record<BoardKind, number> };

type Row = {
  kind: BoardKind;
  household_id: string | null;
  municipality_code: string;
  case_id: string | null;
  signal_id: string | null;
  due_on: string | null;
  team_id: string | null;
  team_name: string | null;
  detail: Record<string, unknown>;
  straat: string | null;
  huisnummer: number | null;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
  postcode: string | null;
  woonplaats: string | null;
  total: number;
};

/** A team filter must name one of the actor's own teams: another team's board is refused, not emptied. */
async function requireOwnTeam(ctx: Ctx, tx: Tx, teamId: string): Promise<void> {
  if (ctx.actor?.type !== 'user') throw new DomainError('forbidden');
  const [member] = await tx
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, ctx.actor.userId)));
  if (!member) throw new DomainError('forbidden', 'U hoort niet bij dit team');
}

/** The municipalities whose items the actor can have: those of its teams and of the cases it works on. */
async function actorMunicipalities(ctx: Ctx, tx: Tx): Promise<string[]> {
  if (ctx.actor?.type !== 'user') return [];
  const rows = await tx.execute<{ code: string }>(sql`
    SELECT t.municipality_code AS code FROM team_municipalities t
      JOIN team_members tm ON tm.team_id = t.team_id WHERE tm.user_id = ${ctx.actor.userId}
    UNION
    SELECT c.municipality_code FROM cases c WHERE c.phase <> 'afgesloten' AND ${caseScope(ctx.actor, ctx.now, sql`c.id`)}
    ORDER BY 1`);
  return rows.rows.map((r) => r.code);
}

function factsOf(row: Row, label: (code: string) => string): ItemFacts {
  const d = row.detail;
  const str = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : null);
  switch (row.kind) {
    case 'signaal_niet_opgepakt':
      return {
        kind: row.kind,
        category: label(str('category') ?? ''),
        crisis: d.crisis === true,
        matched: row.household_id !== null,
        dueOn: row.due_on,
      };
    case 'geen_regisseur':
      return {
        kind: row.kind,
        openedOn: str('openedOn') ?? '',
        offeredTo: str('offeredTo'),
        offeredOn: str('offeredOn'),
      };
    case 'termijn_risico':
    case 'termijn_verlopen':
      return {
        kind: row.kind,
        deadlineKind: (str('deadlineKind') ?? 'awb_beslistermijn') as DeadlineKind,
        threatening: d.threatening === true,
        dueOn: row.due_on ?? '',
      };
    case 'geen_gedeeld_plan':
      return {
        kind: row.kind,
        laws: Array.isArray(d.laws) ? (d.laws as string[]) : [],
        hasCase: row.case_id !== null,
      };
    case 'overgang_18':
      return {
        kind: row.kind,
        firstName: str('firstName') ?? '',
        turns18On: turns18On(row),
        hasCase: row.case_id !== null,
      };
    case 'niet_geevalueerd':
      return { kind: row.kind, since: str('since') ?? '', dueOn: row.due_on ?? '' };
  }
}

/** The 18th birthday, by the same anniversary rule as the rest of Regie (29 February → 1 March). */
function turns18On(row: Row): string {
  const born = row.detail.geboortedatum;
  return typeof born === 'string' ? addYearsMonths(born, 18) : '';
}

function toItem(row: Row, label: (municipality: string, code: string) => string): BoardItem {
  const facts = factsOf(row, (code) => label(row.municipality_code, code));
  const { title, todo } = describe(facts);
  return {
    kind: row.kind,
    householdId: row.household_id,
    caseId: row.case_id,
    signalId: row.signal_id,
    title,
    todo,
    dueOn: row.kind === 'overgang_18' ? turns18On(row) : row.due_on,
    addressLine:
      row.straat !== null && row.huisnummer !== null && row.postcode !== null && row.woonplaats !== null
        ? addressLine({
            straat: row.straat,
            huisnummer: row.huisnummer,
            huisletter: row.huisletter,
            huisnummertoevoeging: row.huisnummertoevoeging,
            postcode: row.postcode,
            woonplaats: row.woonplaats,
          })
        : null,
    team: row.team_id && row.team_name ? { id: row.team_id, name: row.team_name } : null,
  };
}

/**
 * The signals board: per kind the items in the actor's scopes (filtered in SQL, at most `limit` per kind, the
 * counts exact), each with what to do. The households shown are audited as a read in the same transaction.
 */
export async function getBoard(ctx: Ctx, filter: BoardFilter = {}): Promise<Board> {
  requireCapability(ctx, 'case.work');
  const limit = Math.min(filter.limit ?? MAX_ITEMS_PER_KIND, MAX_ITEMS_PER_KIND);
  const today = dateInAmsterdam(ctx.now);
  return inTransaction(ctx, async (tx) => {
    if (filter.teamId) await requireOwnTeam(ctx, tx, filter.teamId);
    const counts = Object.fromEntries(boardKinds.map((k) => [k, 0])) as Record<BoardKind, number>;
    const rows: Row[] = [];
    const municipalities = await actorMunicipalities(ctx, tx);
    if (municipalities.length > 0) {
      const params: BoardParams[] = [];
      for (const code of municipalities)
        params.push(boardParams(code, await loadCaseSettings(tx, code), today));
      const input: BoardQueryInput = {
        actor: ctx.actor,
        now: ctx.now,
        today,
        teamId: filter.teamId ?? null,
      };
      const cte = paramsCte(params);
      for (const kind of boardKinds) {
        const query = kindQuery(kind, input);
        if (filter.kind && filter.kind !== kind) {
          const [count] = (
            await tx.execute<{ n: number }>(sql`WITH ${cte} SELECT count(*)::int AS n FROM (${query}) q`)
          ).rows;
          counts[kind] = count?.n ?? 0;
          continue;
        }
        const result = await tx.execute<Row>(sql`WITH ${cte}
          SELECT q.kind, q.household_id, q.municipality_code, q.case_id, q.signal_id, q.due_on::text AS due_on,
            q.team_id, t.name AS team_name, q.detail, a.straat, a.huisnummer, a.huisletter, a.huisnummertoevoeging,
            a.postcode, a.woonplaats, count(*) OVER ()::int AS total
          FROM (${query}) q
          LEFT JOIN households hh ON hh.id = q.household_id
          LEFT JOIN addresses a ON a.id = hh.address_id
          LEFT JOIN teams t ON t.id = q.team_id
          ORDER BY q.sort_on ASC NULLS LAST, q.household_id, q.case_id, q.signal_id, q.detail::text
          LIMIT ${limit}`);
        counts[kind] = result.rows[0]?.total ?? 0;
        rows.push(...result.rows);
      }
    }
    const catalogue = await loadCategories(
      tx,
      rows.filter((r) => r.kind === 'signaal_niet_opgepakt').map((r) => r.municipality_code),
    );
    const households = new Map<string, string>();
    for (const r of rows) if (r.household_id) households.set(r.household_id, r.municipality_code);
    await auditRead(
      ctx,
      tx,
      'household',
      [...households].map(([id, municipalityCode]) => ({ id, municipalityCode })),
      {
        via: 'board',
        kind: filter.kind ?? null,
        teamId: filter.teamId ?? null,
        signalIds: rows.flatMap((r) => (r.signal_id ? [r.signal_id] : [])),
      },
    );
    return {
      items: rows.map((r) => toItem(r, (municipality, code) => categoryLabel(catalogue, municipality, code))),
      counts,
    };
  });
}
