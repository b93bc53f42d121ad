import { sql } from 'drizzle-orm';
import type { Ctx, Tx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import {
  type AgreementPhase,
  type CommitmentChangeKind,
  type CommitmentPrevious,
  commitmentChanges,
  type TargetDirection,
} from '../../db/schema/index.ts';
import { DomainError, fieldError } from '../../http/errors.ts';
import { requireCapability, todayOf } from '../access/policy.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { getAgreement, loadAgreement } from './agreements.read.ts';
import type { CommitmentChange, CommitmentWithdrawal } from './agreements.schemas.ts';

/**
 * Renegotiating a commitment during the year (bod, overleg, vaststelling, monitoring): the beleidsmedewerker who
 * manages the agreement changes its terms or lets it lapse (vervallen), always with a reason. Each change keeps the
 * values it replaced in commitment_changes, so the council sees what changed, when, by whom and why. Once the year is
 * in evaluatie it is closed: what was agreed is what gets evaluated.
 */

type Current = CommitmentPrevious & { withdrawn: boolean; seq: number };

/**
 * The agreement and the commitment, locked for this change. The agreement row is share-locked so a move to
 * evaluatie waits for (or is waited on by) this change; the commitment row is locked so two changes at once run one
 * after the other, the second seeing the first's values as "previous" and taking the next number.
 */
async function lockForChange(ctx: Ctx, tx: Tx, id: string, commitmentId: string) {
  requireCapability(ctx, 'agreement.manage');
  const a = await loadAgreement(ctx, tx, id);
  if (!a.overseer) throw new DomainError('forbidden');
  const agreement = await tx.execute<{ phase: AgreementPhase }>(
    sql`SELECT phase FROM agreements WHERE id = ${id} FOR SHARE`,
  );
  const { rows } = await tx.execute<{
    theme: string;
    description: string;
    target: number;
    direction: TargetDirection;
    withdrawn: boolean;
  }>(sql`SELECT c.theme, c.description, c.target, c.direction, c.withdrawn_on IS NOT NULL AS withdrawn
    FROM commitments c WHERE c.id = ${commitmentId} AND c.agreement_id = ${id} FOR UPDATE`);
  const row = rows[0];
  if (!row) throw new DomainError('not_found', 'Deze toezegging bestaat niet of u kunt haar niet zien');
  if (agreement.rows[0]?.phase === 'evaluatie')
    throw new DomainError(
      'conflict',
      'Het jaar van deze afspraak is afgesloten (fase evaluatie). U kunt toezeggingen niet meer wijzigen of laten vervallen.',
    );
  if (row.withdrawn)
    throw new DomainError(
      'conflict',
      'Deze toezegging is vervallen. U kunt haar niet meer wijzigen of opnieuw laten vervallen.',
    );
  const seq = await tx.execute<{ seq: number }>(sql`SELECT coalesce(max(seq), 0)::int + 1 AS seq
    FROM commitment_changes WHERE commitment_id = ${commitmentId}`);
  const current: Current = {
    theme: row.theme,
    description: row.description,
    target: Number(row.target),
    direction: row.direction,
    withdrawn: row.withdrawn,
    seq: seq.rows[0]!.seq,
  };
  return { municipality: a.municipality_code, current };
}

async function record(
  ctx: Ctx,
  tx: Tx,
  commitmentId: string,
  kind: CommitmentChangeKind,
  reason: string,
  current: Current,
) {
  if (ctx.actor?.type !== 'user') throw new DomainError('forbidden');
  const [row] = await tx
    .insert(commitmentChanges)
    .values({
      commitmentId,
      seq: current.seq,
      kind,
      reason,
      previous: {
        theme: current.theme,
        description: current.description,
        target: current.target,
        direction: current.direction,
      },
      changedBy: ctx.actor.userId,
      changedAt: ctx.now,
    })
    .returning({ id: commitmentChanges.id });
  return row!.id;
}

/** New terms for a commitment (any of theme, description, target, direction), with a reason. */
export async function changeCommitment(ctx: Ctx, id: string, commitmentId: string, input: CommitmentChange) {
  await inTransaction(ctx, async (tx) => {
    const { municipality, current } = await lockForChange(ctx, tx, id, commitmentId);
    const next = {
      theme: input.theme ?? current.theme,
      description: input.description ?? current.description,
      target: input.target ?? current.target,
      direction: input.direction ?? current.direction,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== current[k]);
    if (changed.length === 0)
      throw fieldError('target', 'U heeft niets gewijzigd: pas het thema, de beschrijving of het doel aan');
    const changeId = await record(ctx, tx, commitmentId, 'gewijzigd', input.reason, current);
    await tx.execute(sql`UPDATE commitments SET theme = ${next.theme}, description = ${next.description},
      target = ${next.target}, direction = ${next.direction} WHERE id = ${commitmentId}`);
    await appendAudit(ctx, tx, {
      action: 'commitment.change',
      resourceType: 'commitment',
      resourceIds: [commitmentId, changeId],
      municipalityCode: municipality,
      details: { agreementId: id, fields: changed },
    });
  });
  return getAgreement(ctx, id);
}

/** The commitment lapses (vervalt) from today, with a reason; it stays in the agreement, marked vervallen. */
export async function withdrawCommitment(
  ctx: Ctx,
  id: string,
  commitmentId: string,
  input: CommitmentWithdrawal,
) {
  await inTransaction(ctx, async (tx) => {
    const { municipality, current } = await lockForChange(ctx, tx, id, commitmentId);
    const changeId = await record(ctx, tx, commitmentId, 'vervallen', input.reason, current);
    await tx.execute(sql`UPDATE commitments SET withdrawn_on = ${todayOf(ctx.now)}, withdrawn_reason = ${input.reason}
      WHERE id = ${commitmentId}`);
    await appendAudit(ctx, tx, {
      action: 'commitment.withdraw',
      resourceType: 'commitment',
      resourceIds: [commitmentId, changeId],
      municipalityCode: municipality,
      details: { agreementId: id },
    });
  });
  return getAgreement(ctx, id);
}
