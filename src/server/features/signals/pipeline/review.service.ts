import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Ctx, Tx } from '../../../context.ts';
import { inTransaction } from '../../../context.ts';
import {
  householdMembers,
  type MatchStatus,
  signalCases,
  signalMatchDecisions,
  signals,
} from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { municipalityScope, requireCapability } from '../../access/policy.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import { loadSignalSettings } from '../settings.ts';
import { afterMatch } from './after-match.ts';
import { candidatesOf, confirmedMatch, noMatchStatus, rejectedMatch, reopenedMatch } from './match-rules.ts';
import { type Decision, type ReviewItem, UNDO_WINDOW_DAYS, undoWindowStart } from './review-queue.ts';
import { STATUS } from './statuses.ts';

/** Decisions on the review queue: confirm a candidate, reject them all, or undo the latest decision. */

export type ReviewOutcome = {
  signalId: string;
  matchStatus: MatchStatus;
  status: string;
  householdId: string | null;
  besluit: ReviewItem['besluit'];
};

/** The signal, locked for this decision, if it is in one of the actor's municipalities; otherwise 404. */
async function lockSignal(ctx: Ctx, tx: Tx, signalId: string) {
  const [row] = await tx
    .select({
      id: signals.id,
      municipalityCode: signals.municipalityCode,
      matchStatus: signals.matchStatus,
      status: signals.status,
      match: signals.match,
      caseId: signals.caseId,
    })
    .from(signals)
    .where(and(eq(signals.id, signalId), municipalityScope(ctx.actor, signals.municipalityCode)))
    .for('update');
  if (!row) throw new DomainError('not_found', 'Dit signaal bestaat niet of u heeft er geen toegang toe');
  return row;
}

function userOf(ctx: Ctx): string {
  if (ctx.actor?.type !== 'user') throw new DomainError('unauthenticated');
  return ctx.actor.userId;
}

function requireInReview(signal: { matchStatus: string }) {
  if (signal.matchStatus !== 'te_beoordelen') {
    throw new DomainError(
      'conflict',
      'Over dit signaal is al beslist. Maak dat besluit eerst ongedaan als het anders moet',
    );
  }
}

async function outcomeOf(tx: Tx, signalId: string, besluit: ReviewItem['besluit']): Promise<ReviewOutcome> {
  const [row] = await tx
    .select({ matchStatus: signals.matchStatus, status: signals.status, householdId: signals.householdId })
    .from(signals)
    .where(eq(signals.id, signalId));
  if (!row) throw new Error('signal vanished inside its transaction');
  return { signalId, ...row, besluit };
}

/**
 * "Dit is het huishouden": the reviewer picks one of the candidates (and optionally the person in it). The signal
 * is matched by hand, the decision is kept, and the rest of the pipeline (thresholds, bundling, routing) runs.
 */
export async function confirmMatch(
  ctx: Ctx,
  signalId: string,
  input: { householdId: string; personId?: string },
): Promise<ReviewOutcome> {
  requireCapability(ctx, 'signal.review');
  const userId = userOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const signal = await lockSignal(ctx, tx, signalId);
    requireInReview(signal);
    const candidates = candidatesOf(signal.match);
    const chosen = candidates.find((c) => c.householdId === input.householdId);
    if (!chosen) {
      throw new DomainError('validation', 'Dit huishouden staat niet bij de voorgestelde huishoudens', [
        { path: 'householdId', message: 'Kies een van de voorgestelde huishoudens' },
      ]);
    }
    const personId = input.personId ?? chosen.personId;
    if (input.personId) await requireCurrentMember(tx, chosen.householdId, input.personId);
    await tx
      .update(signals)
      .set({
        matchStatus: 'gematcht',
        householdId: chosen.householdId,
        personId,
        match: confirmedMatch(candidates, chosen),
      })
      .where(eq(signals.id, signalId));
    const besluit = await decide(ctx, tx, signal, 'bevestigd', userId, chosen.householdId, personId);
    await afterMatch(ctx, tx, [signalId]);
    return outcomeOf(tx, signalId, besluit);
  });
}

async function requireCurrentMember(tx: Tx, householdId: string, personId: string) {
  const [member] = await tx
    .select({ id: householdMembers.id })
    .from(householdMembers)
    .where(
      and(
        eq(householdMembers.householdId, householdId),
        eq(householdMembers.personId, personId),
        isNull(householdMembers.toDate),
      ),
    );
  if (!member) {
    throw new DomainError('validation', 'Deze persoon woont niet (meer) in dit huishouden', [
      { path: 'personId', message: 'Kies een persoon die nu bij dit huishouden woont' },
    ]);
  }
}

/**
 * "Geen van deze": none of the candidates is the household. The signal gets the municipality's no-match status
 * ("geen inwoner" or pending) and continues through the pipeline like any unmatched signal.
 */
export async function rejectMatch(ctx: Ctx, signalId: string): Promise<ReviewOutcome> {
  requireCapability(ctx, 'signal.review');
  const userId = userOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const signal = await lockSignal(ctx, tx, signalId);
    requireInReview(signal);
    const settings = await loadSignalSettings(tx, signal.municipalityCode);
    await tx
      .update(signals)
      .set({
        matchStatus: 'geen_match',
        householdId: null,
        personId: null,
        match: rejectedMatch(candidatesOf(signal.match)),
        status: noMatchStatus(settings) ?? signal.status,
      })
      .where(eq(signals.id, signalId));
    const besluit = await decide(ctx, tx, signal, 'afgewezen', userId, null, null);
    await afterMatch(ctx, tx, [signalId]);
    return outcomeOf(tx, signalId, besluit);
  });
}

/**
 * Stores the decision and its audit row. A signal is only decided while in review and goes back to review when
 * the decision is undone, so a signal has at most one decision that is not undone.
 */
async function decide(
  ctx: Ctx,
  tx: Tx,
  signal: { id: string; municipalityCode: string },
  decision: Decision,
  userId: string,
  householdId: string | null,
  personId: string | null,
): Promise<NonNullable<ReviewItem['besluit']>> {
  const [row] = await tx
    .insert(signalMatchDecisions)
    .values({ signalId: signal.id, decision, householdId, personId, decidedBy: userId, decidedAt: ctx.now })
    .returning({ id: signalMatchDecisions.id });
  await appendAudit(ctx, tx, {
    action: decision === 'bevestigd' ? 'signal.match.confirm' : 'signal.match.reject',
    resourceType: 'signal',
    resourceIds: [signal.id],
    municipalityCode: signal.municipalityCode,
    details: { decisionId: row?.id, householdId, personId },
  });
  return { besluit: decision, householdId, beslistOp: ctx.now.toISOString() };
}

/**
 * Undoes the latest decision on a signal, within 30 days and only while its case was not picked up: the signal is
 * detached from its case, team and deadline (the case goes when no other signal uses it), and is back in review.
 */
export async function undoDecision(ctx: Ctx, signalId: string): Promise<ReviewOutcome> {
  requireCapability(ctx, 'signal.review');
  const userId = userOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const signal = await lockSignal(ctx, tx, signalId);
    const [latest] = await tx
      .select()
      .from(signalMatchDecisions)
      .where(eq(signalMatchDecisions.signalId, signalId))
      .orderBy(desc(signalMatchDecisions.decidedAt), desc(signalMatchDecisions.id))
      .limit(1);
    if (!latest || latest.undoneAt !== null) {
      throw new DomainError(
        'conflict',
        'Er is geen besluit over dit signaal dat ongedaan gemaakt kan worden',
      );
    }
    if (latest.decidedAt < undoWindowStart(ctx)) {
      throw new DomainError(
        'conflict',
        `Dit besluit is ouder dan ${UNDO_WINDOW_DAYS} dagen; ongedaan maken kan niet meer`,
      );
    }
    let caseDeleted = false;
    if (signal.caseId) {
      const [signalCase] = await tx
        .select({
          pickedUpOn: signalCases.pickedUpOn,
          closedOn: signalCases.closedOn,
          // Spelled out: drizzle writes an interpolated column unqualified, and inside this subquery "id" would
          // be the contact attempt's own id.
          attempts: sql<number>`(SELECT count(*)::int FROM signal_contact_attempts a
            WHERE a.case_id = signal_cases.id)`,
        })
        .from(signalCases)
        .where(eq(signalCases.id, signal.caseId))
        .for('update');
      if (signalCase?.pickedUpOn) {
        throw new DomainError('conflict', 'Dit signaal is al opgepakt; ongedaan maken kan niet meer');
      }
      // Work recorded on the case (a contact attempt, a closing result) must not disappear with the undo.
      if (signalCase && (signalCase.closedOn || signalCase.attempts > 0)) {
        throw new DomainError(
          'conflict',
          'Aan de zaak van dit signaal is al gewerkt; ongedaan maken kan niet meer',
        );
      }
    }
    await tx
      .update(signals)
      .set({
        matchStatus: 'te_beoordelen',
        match: reopenedMatch(candidatesOf(signal.match)),
        householdId: null,
        personId: null,
        caseId: null,
        teamId: null,
        routingRuleId: null,
        deadline: null,
        retentionUntil: null,
        status: STATUS.waiting,
      })
      .where(eq(signals.id, signalId));
    if (signal.caseId) {
      const deleted = await tx.execute(sql`DELETE FROM ${signalCases} WHERE id = ${signal.caseId}
        AND NOT EXISTS (SELECT 1 FROM ${signals} s WHERE s.case_id = ${signal.caseId})`);
      caseDeleted = (deleted.rowCount ?? 0) > 0;
    }
    await tx
      .update(signalMatchDecisions)
      .set({ undoneAt: ctx.now, undoneBy: userId })
      .where(eq(signalMatchDecisions.id, latest.id));
    await appendAudit(ctx, tx, {
      action: 'signal.match.undo',
      resourceType: 'signal',
      resourceIds: [signalId],
      municipalityCode: signal.municipalityCode,
      details: {
        decisionId: latest.id,
        decision: latest.decision,
        householdId: latest.householdId,
        caseId: signal.caseId,
        caseDeleted,
      },
    });
    return outcomeOf(tx, signalId, null);
  });
}
