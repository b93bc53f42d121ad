import { and, eq, sql } from 'drizzle-orm';
import type { Ctx, Tx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { caseRegisseurs, cases, userRoles, users } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { requireCapability } from '../access/policy.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { type CaseRow, requireCase, requireOpen } from './case-access.ts';
import { activeRegisseurOf, caseWorker, isTeamLeader } from './case-roles.ts';
import { becomeRegisseur, regisseurTaken } from './case-start.ts';
import { caseDetail } from './case-view.ts';
import type { CaseDetail, OfferAnswer, RegisseurRequest } from './cases.schemas.ts';
import { isUniqueViolation } from './unique-violation.ts';

/**
 * Exactly one regisseur per open case. Every change locks the case row first, so concurrent requests on one case
 * run one after the other and each sees the result of the one before. Behind that, the partial unique indexes
 * case_regisseurs_one_active_idx and case_regisseurs_one_offer_idx are the guarantee: a second active regisseur or
 * a second pending offer cannot be stored, whatever path a request takes; their refusal is answered with a 409.
 *
 * A handover is warm: the new regisseur gets an offer ('aangeboden') and the old one stays 'actief' and
 * responsible until the offer is accepted. Both see the pending handover on the case.
 */

type OfferRow = typeof caseRegisseurs.$inferSelect;

async function lockedOpenCase(ctx: Ctx, tx: Tx, caseId: string): Promise<CaseRow> {
  const row = await requireCase(ctx, tx, caseId, { forUpdate: true });
  requireOpen(row);
  return row;
}

async function pendingOffer(tx: Tx, caseId: string): Promise<OfferRow | null> {
  const [row] = await tx
    .select()
    .from(caseRegisseurs)
    .where(and(eq(caseRegisseurs.caseId, caseId), eq(caseRegisseurs.status, 'aangeboden')));
  return row ?? null;
}

/**
 * Only an active user with the role regisseur, in a team serving the case's municipality, can lead a case.
 * Anything else is a field error on userId (or forbidden when the actor tries to claim it).
 */
async function requireEligible(tx: Tx, userId: string, municipalityCode: string): Promise<void> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'regisseur')))
    .where(
      and(
        eq(users.id, userId),
        eq(users.active, true),
        sql`${users.id} IN (SELECT tm.user_id FROM team_members tm
          JOIN team_municipalities t ON t.team_id = tm.team_id WHERE t.municipality_code = ${municipalityCode})`,
      ),
    );
  if (rows.length === 0) {
    throw new DomainError('validation', 'Deze persoon kan geen regisseur van deze casus worden', [
      {
        path: 'userId',
        message: 'Kies iemand met de rol regisseur uit een team dat in deze gemeente werkt',
      },
    ]);
  }
}

async function audit(ctx: Ctx, tx: Tx, row: CaseRow, action: string, details: Record<string, unknown>) {
  await appendAudit(ctx, tx, {
    action: `case.regisseur.${action}`,
    resourceType: 'case',
    resourceIds: [row.id],
    municipalityCode: row.municipalityCode,
    details,
  });
}

async function detailAfter(ctx: Ctx, tx: Tx, caseId: string): Promise<CaseDetail> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId));
  if (!row) throw new Error('case vanished');
  return caseDetail(ctx, tx, row);
}

async function offer(
  ctx: Ctx,
  tx: Tx,
  row: CaseRow,
  input: RegisseurRequest,
  action: 'handover' | 'assign',
): Promise<void> {
  const user = caseWorker(ctx);
  try {
    await tx.insert(caseRegisseurs).values({
      caseId: row.id,
      userId: input.userId,
      status: 'aangeboden',
      offeredBy: user.userId,
      offeredAt: ctx.now,
      reason: input.reason,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'case_regisseurs_one_offer_idx')) throw offerPending();
    throw error;
  }
  await audit(ctx, tx, row, 'offer', { to: input.userId, reason: input.reason, via: action });
}

function offerPending() {
  return new DomainError(
    'conflict',
    'Er staat al een overdracht open voor deze casus. Wacht op het antwoord of trek de overdracht eerst in',
  );
}

/** The actor (role regisseur) becomes regisseur of a case that has none and no pending offer. */
export async function claimCase(ctx: Ctx, caseId: string): Promise<CaseDetail> {
  const user = caseWorker(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await lockedOpenCase(ctx, tx, caseId);
    if (!user.roles.includes('regisseur')) {
      throw new DomainError(
        'forbidden',
        'Alleen iemand met de rol regisseur kan regisseur van een casus worden',
      );
    }
    if (await activeRegisseurOf(tx, row.id)) throw regisseurTaken();
    if (await pendingOffer(tx, row.id)) throw offerPending();
    await requireEligible(tx, user.userId, row.municipalityCode);
    await becomeRegisseur(ctx, tx, row, user.userId, 'Zelf opgepakt');
    return detailAfter(ctx, tx, row.id);
  });
}

/**
 * The team leader of the owning team names the regisseur. Without a regisseur the person named is regisseur at
 * once; with one, the handover is warm like any other (an offer the person must accept).
 */
export async function assignRegisseur(
  ctx: Ctx,
  caseId: string,
  input: RegisseurRequest,
): Promise<CaseDetail> {
  requireCapability(ctx, 'case.assign');
  return inTransaction(ctx, async (tx) => {
    const row = await lockedOpenCase(ctx, tx, caseId);
    if (!(await isTeamLeader(ctx, tx, row.teamId))) {
      throw new DomainError(
        'forbidden',
        'Alleen de teamleider van het team van deze casus kan een regisseur toewijzen',
      );
    }
    await requireEligible(tx, input.userId, row.municipalityCode);
    const active = await activeRegisseurOf(tx, row.id);
    if (active === input.userId) {
      throw new DomainError('conflict', 'Deze persoon is al de regisseur van deze casus');
    }
    if (await pendingOffer(tx, row.id)) throw offerPending();
    if (active) {
      await offer(ctx, tx, row, input, 'assign');
    } else {
      await becomeRegisseur(ctx, tx, row, input.userId, input.reason);
      await audit(ctx, tx, row, 'assign', { to: input.userId, reason: input.reason });
    }
    return detailAfter(ctx, tx, row.id);
  });
}

/** The active regisseur (or the team leader) offers the case to another regisseur; the old one stays until accepted. */
export async function handOver(ctx: Ctx, caseId: string, input: RegisseurRequest): Promise<CaseDetail> {
  const user = caseWorker(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await lockedOpenCase(ctx, tx, caseId);
    const active = await activeRegisseurOf(tx, row.id);
    if (!active) {
      throw new DomainError(
        'conflict',
        'Deze casus heeft nog geen regisseur om over te dragen. Pak de casus op of laat de teamleider iemand toewijzen',
      );
    }
    if (active !== user.userId && !(await isTeamLeader(ctx, tx, row.teamId))) {
      throw new DomainError('forbidden', 'Alleen de regisseur of de teamleider kan deze casus overdragen');
    }
    if (input.userId === active) {
      throw new DomainError('validation', 'Kies een andere regisseur dan de huidige', [
        { path: 'userId', message: 'Kies een andere regisseur dan de huidige' },
      ]);
    }
    await requireEligible(tx, input.userId, row.municipalityCode);
    if (await pendingOffer(tx, row.id)) throw offerPending();
    await offer(ctx, tx, row, input, 'handover');
    return detailAfter(ctx, tx, row.id);
  });
}

async function lockedOffer(tx: Tx, caseId: string, offerId: string): Promise<OfferRow> {
  const [row] = await tx
    .select()
    .from(caseRegisseurs)
    .where(and(eq(caseRegisseurs.id, offerId), eq(caseRegisseurs.caseId, caseId)))
    .for('update');
  if (!row) throw new DomainError('not_found', 'Deze overdracht bestaat niet');
  if (row.status !== 'aangeboden') {
    throw new DomainError('conflict', 'Deze overdracht staat niet meer open. Laad de pagina opnieuw');
  }
  return row;
}

/** The person offered the case accepts: the old regisseur ends and the new one starts, in one transaction. */
export async function acceptOffer(ctx: Ctx, caseId: string, offerId: string): Promise<CaseDetail> {
  const user = caseWorker(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await lockedOpenCase(ctx, tx, caseId);
    const offered = await lockedOffer(tx, row.id, offerId);
    if (offered.userId !== user.userId) {
      throw new DomainError(
        'forbidden',
        'Alleen de persoon aan wie de casus is aangeboden kan de overdracht accepteren',
      );
    }
    const ended = await tx
      .update(caseRegisseurs)
      .set({ status: 'beeindigd', endedAt: ctx.now })
      .where(and(eq(caseRegisseurs.caseId, row.id), eq(caseRegisseurs.status, 'actief')))
      .returning({ userId: caseRegisseurs.userId });
    try {
      await tx
        .update(caseRegisseurs)
        .set({ status: 'actief', acceptedAt: ctx.now })
        .where(eq(caseRegisseurs.id, offered.id));
    } catch (error) {
      if (isUniqueViolation(error, 'case_regisseurs_one_active_idx')) throw regisseurTaken();
      throw error;
    }
    await audit(ctx, tx, row, 'accept', { offerId, from: ended[0]?.userId ?? null, to: user.userId });
    return detailAfter(ctx, tx, row.id);
  });
}

/** The person offered the case says no; the current regisseur stays. */
export async function declineOffer(
  ctx: Ctx,
  caseId: string,
  offerId: string,
  input: OfferAnswer,
): Promise<CaseDetail> {
  const user = caseWorker(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await lockedOpenCase(ctx, tx, caseId);
    const offered = await lockedOffer(tx, row.id, offerId);
    if (offered.userId !== user.userId) {
      throw new DomainError(
        'forbidden',
        'Alleen de persoon aan wie de casus is aangeboden kan de overdracht weigeren',
      );
    }
    const reason = input.reason?.trim() || null;
    await tx
      .update(caseRegisseurs)
      .set({ status: 'geweigerd', endedAt: ctx.now, ...(reason ? { reason } : {}) })
      .where(eq(caseRegisseurs.id, offered.id));
    await audit(ctx, tx, row, 'decline', { offerId, reason });
    return detailAfter(ctx, tx, row.id);
  });
}

/** Whoever made the offer, the team leader or the active regisseur takes the offer back. */
export async function withdrawOffer(
  ctx: Ctx,
  caseId: string,
  offerId: string,
  input: OfferAnswer,
): Promise<CaseDetail> {
  const user = caseWorker(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await lockedOpenCase(ctx, tx, caseId);
    const offered = await lockedOffer(tx, row.id, offerId);
    const allowed =
      offered.offeredBy === user.userId ||
      (await activeRegisseurOf(tx, row.id)) === user.userId ||
      (await isTeamLeader(ctx, tx, row.teamId));
    if (!allowed) {
      throw new DomainError(
        'forbidden',
        'Alleen wie de overdracht deed, de regisseur of de teamleider kan de overdracht intrekken',
      );
    }
    const reason = input.reason?.trim() || null;
    await tx
      .update(caseRegisseurs)
      .set({ status: 'ingetrokken', endedAt: ctx.now })
      .where(eq(caseRegisseurs.id, offered.id));
    await audit(ctx, tx, row, 'withdraw', { offerId, reason });
    return detailAfter(ctx, tx, row.id);
  });
}
