import { sql } from 'drizzle-orm';
import { type Ctx, type Executor, inTransaction } from '../../../context.ts';
import { DomainError } from '../../../http/errors.ts';
import { requireCapability } from '../../access/policy.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import { configMunicipality } from '../../signals/pipeline/config-scope.ts';
import { retentionMunicipality } from './municipality.ts';
import type { LegalHoldView } from './retention.schemas.ts';

/**
 * Legal holds (juridische bewaarplicht): while a hold on a case or a household is active, the destruction run
 * skips that case, the household's cases and signals. The FG or beheerder places one by id (they never see the
 * household itself) and lifts it with a reason; both are audited. Only the municipality's own cases and
 * households can be held; any other id is "not found".
 */

type HoldRow = {
  id: string;
  municipality_code: string;
  case_id: string | null;
  household_id: string | null;
  reason: string;
  placed_by: string | null;
  placed_by_name: string | null;
  placed_at: string;
  lifted_by: string | null;
  lifted_by_name: string | null;
  lifted_at: string | null;
  lift_reason: string | null;
};

const iso = (column: string) =>
  sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

function selectHolds() {
  return sql`SELECT h.id, h.municipality_code, h.case_id, h.household_id, h.reason,
      h.placed_by, pb.display_name AS placed_by_name, ${iso('h.placed_at')} AS placed_at,
      h.lifted_by, lb.display_name AS lifted_by_name, ${iso('h.lifted_at')} AS lifted_at, h.lift_reason
    FROM legal_holds h
    LEFT JOIN users pb ON pb.id = h.placed_by
    LEFT JOIN users lb ON lb.id = h.lifted_by`;
}

function toView(r: HoldRow): LegalHoldView {
  return {
    id: r.id,
    municipalityCode: r.municipality_code,
    caseId: r.case_id,
    householdId: r.household_id,
    reason: r.reason,
    placedBy: r.placed_by ? { userId: r.placed_by, displayName: r.placed_by_name ?? '' } : null,
    placedAt: r.placed_at,
    liftedBy: r.lifted_by ? { userId: r.lifted_by, displayName: r.lifted_by_name ?? '' } : null,
    liftedAt: r.lifted_at,
    liftReason: r.lift_reason,
    active: r.lifted_at === null,
  };
}

async function holdById(db: Executor, id: string): Promise<LegalHoldView | null> {
  const { rows } = await db.execute<HoldRow>(sql`${selectHolds()} WHERE h.id = ${id}`);
  return rows[0] ? toView(rows[0]) : null;
}

export async function listLegalHolds(
  ctx: Ctx,
  query: { gemeente?: string; status: 'actief' | 'alle' },
): Promise<{ municipality: { code: string; name: string }; items: LegalHoldView[] }> {
  requireCapability(ctx, 'retention.manage');
  const municipality = await retentionMunicipality(ctx, ctx.db, query.gemeente);
  const { rows } = await ctx.db.execute<HoldRow>(sql`${selectHolds()}
    WHERE h.municipality_code = ${municipality.code}
      ${query.status === 'actief' ? sql`AND h.lifted_at IS NULL` : sql``}
    ORDER BY h.lifted_at IS NULL DESC, h.placed_at DESC, h.id`);
  return { municipality, items: rows.map(toView) };
}

const notFound = (what: string) =>
  new DomainError('not_found', `Deze ${what} bestaat niet of hoort niet bij uw gemeente`);

export async function placeLegalHold(
  ctx: Ctx,
  input: { caseId?: string; householdId?: string; reason: string },
): Promise<LegalHoldView> {
  requireCapability(ctx, 'retention.manage');
  if ((input.caseId === undefined) === (input.householdId === undefined)) {
    throw new DomainError('validation', 'Vul een casus-id of een huishouden-id in, niet allebei', [
      { path: input.caseId ? 'householdId' : 'caseId', message: 'Vul een casus-id of een huishouden-id in' },
    ]);
  }
  return inTransaction(ctx, async (tx) => {
    const target = input.caseId
      ? await tx.execute<{ municipality_code: string }>(
          sql`SELECT municipality_code FROM cases WHERE id = ${input.caseId}`,
        )
      : await tx.execute<{ municipality_code: string }>(
          sql`SELECT municipality_code FROM households WHERE id = ${input.householdId}`,
        );
    const what = input.caseId ? 'casus' : 'huishouden';
    const code = target.rows[0]?.municipality_code;
    if (!code) throw notFound(what);
    await configMunicipality(ctx, tx, code).catch(() => {
      throw notFound(what);
    });
    const { rows: existing } = await tx.execute(sql`
      SELECT 1 FROM legal_holds WHERE lifted_at IS NULL
        AND ${input.caseId ? sql`case_id = ${input.caseId}` : sql`household_id = ${input.householdId}`}`);
    if (existing.length > 0) {
      throw new DomainError('conflict', `Er is al een actieve blokkade op dit ${what}`);
    }
    const { rows } = await tx.execute<{ id: string }>(sql`
      INSERT INTO legal_holds (municipality_code, case_id, household_id, reason, placed_by, placed_at)
      VALUES (${code}, ${input.caseId ?? null}, ${input.householdId ?? null}, ${input.reason},
        ${ctx.actor?.type === 'user' ? ctx.actor.userId : null}, ${ctx.now.toISOString()}::timestamptz)
      RETURNING id`);
    const id = rows[0]!.id;
    await appendAudit(ctx, tx, {
      action: 'legal-hold.place',
      resourceType: 'legal_hold',
      resourceIds: [id],
      municipalityCode: code,
      details: input.caseId ? { casus: input.caseId } : { huishouden: input.householdId },
    });
    return (await holdById(tx, id))!;
  });
}

export async function liftLegalHold(ctx: Ctx, id: string, reason: string): Promise<LegalHoldView> {
  requireCapability(ctx, 'retention.manage');
  return inTransaction(ctx, async (tx) => {
    const hold = await holdById(tx, id);
    if (!hold) throw notFound('blokkade');
    await configMunicipality(ctx, tx, hold.municipalityCode).catch(() => {
      throw notFound('blokkade');
    });
    if (!hold.active) throw new DomainError('conflict', 'Deze blokkade is al opgeheven');
    await tx.execute(sql`
      UPDATE legal_holds SET lifted_at = ${ctx.now.toISOString()}::timestamptz, lift_reason = ${reason},
        lifted_by = ${ctx.actor?.type === 'user' ? ctx.actor.userId : null}
      WHERE id = ${id}`);
    await appendAudit(ctx, tx, {
      action: 'legal-hold.lift',
      resourceType: 'legal_hold',
      resourceIds: [id],
      municipalityCode: hold.municipalityCode,
      details: hold.caseId ? { casus: hold.caseId } : { huishouden: hold.householdId },
    });
    return (await holdById(tx, id))!;
  });
}
