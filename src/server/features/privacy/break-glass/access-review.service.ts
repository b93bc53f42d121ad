import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Ctx, Executor, UserActor } from '../../../context.ts';
import { inTransaction } from '../../../context.ts';
import { accessGrants, organisations, users } from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { officerMunicipalityScope, requireCapability } from '../../access/policy.ts';
import { appendAudit, auditRead } from '../../audit/audit.service.ts';
import { markResourceRead } from '../notifications/notifications.service.ts';
import type { ReviewItem, ReviewQuery, ReviewRequest } from './break-glass.schemas.ts';
import { NOTIFICATION_KIND } from './break-glass.service.ts';
import { isActive, viewsDuringGrant } from './grant-window.ts';

/**
 * The FG's queue of break-the-glass uses (noodtoegang beoordelen): who, which household, why, how long, what they
 * looked at, and the FG's judgement. Limited in SQL to the FG's municipalities. A grant is judged once.
 */

function reviewer(ctx: Ctx): UserActor {
  requireCapability(ctx, 'privacy.review');
  if (ctx.actor?.type !== 'user') throw new DomainError('forbidden');
  return ctx.actor;
}

const reviewers = alias(users, 'reviewer');

function selectReviewItems(db: Executor) {
  return db
    .select({
      id: accessGrants.id,
      municipalityCode: accessGrants.municipalityCode,
      userId: accessGrants.userId,
      displayName: users.displayName,
      organisation: organisations.name,
      householdId: accessGrants.householdId,
      reason: accessGrants.reason,
      grantedAt: accessGrants.grantedAt,
      expiresAt: accessGrants.expiresAt,
      endedAt: accessGrants.endedAt,
      views: viewsDuringGrant,
      reviewStatus: accessGrants.reviewStatus,
      reviewedBy: accessGrants.reviewedBy,
      reviewerName: reviewers.displayName,
      reviewedAt: accessGrants.reviewedAt,
      reviewNote: accessGrants.reviewNote,
    })
    .from(accessGrants)
    .innerJoin(users, eq(users.id, accessGrants.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(reviewers, eq(reviewers.id, accessGrants.reviewedBy));
}

type ReviewRow = Awaited<ReturnType<ReturnType<typeof selectReviewItems>['execute']>>[number];

function toReviewItem(row: ReviewRow, now: Date): ReviewItem {
  return {
    id: row.id,
    user: { userId: row.userId, displayName: row.displayName, organisation: row.organisation },
    householdId: row.householdId,
    municipalityCode: row.municipalityCode,
    reason: row.reason,
    grantedAt: row.grantedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    active: isActive(row, now),
    views: row.views,
    review: {
      status: row.reviewStatus,
      reviewedBy:
        row.reviewedBy && row.reviewerName ? { userId: row.reviewedBy, displayName: row.reviewerName } : null,
      reviewedAt: row.reviewedAt?.toISOString() ?? null,
      note: row.reviewNote,
    },
  };
}

/**
 * One page of grants in the FG's municipalities: open ones (not judged yet) or all, newest first. Reading the
 * queue is audited with the grant ids shown.
 */
export async function listReviews(
  ctx: Ctx,
  query: ReviewQuery,
  page: { limit: number; offset: number },
): Promise<{ items: ReviewItem[]; total: number }> {
  reviewer(ctx);
  const where = and(
    officerMunicipalityScope(ctx.actor, accessGrants.municipalityCode),
    query.status === 'open' ? eq(accessGrants.reviewStatus, 'open') : undefined,
  );
  return inTransaction(ctx, async (tx) => {
    const rows = await selectReviewItems(tx)
      .where(where)
      .orderBy(desc(accessGrants.grantedAt), asc(accessGrants.id))
      .limit(page.limit)
      .offset(page.offset);
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(accessGrants).where(where);
    await auditRead(
      ctx,
      tx,
      'access_grant',
      rows.map((r) => ({ id: r.id, municipalityCode: r.municipalityCode })),
      { review: true, status: query.status },
    );
    return { items: rows.map((r) => toReviewItem(r, ctx.now)), total: count?.n ?? 0 };
  });
}

/**
 * The FG's judgement of one grant: gerechtvaardigd, or onterecht with a note saying why. A grant already judged
 * is a 409 (the update only touches an open grant, so two FGs at once cannot both judge it).
 */
export async function reviewGrant(ctx: Ctx, grantId: string, input: ReviewRequest): Promise<ReviewItem> {
  const fg = reviewer(ctx);
  const note = input.note?.trim() ? input.note.trim() : null;
  if (input.outcome === 'onterecht' && !note) {
    throw new DomainError('validation', 'Schrijf op waarom de noodtoegang onterecht was', [
      { path: 'note', message: 'Schrijf op waarom de noodtoegang onterecht was' },
    ]);
  }
  return inTransaction(ctx, async (tx) => {
    const inScope = and(
      eq(accessGrants.id, grantId),
      officerMunicipalityScope(ctx.actor, accessGrants.municipalityCode),
    );
    const [grant] = await tx
      .select({ id: accessGrants.id, municipalityCode: accessGrants.municipalityCode })
      .from(accessGrants)
      .where(inScope);
    if (!grant) throw new DomainError('not_found', 'Deze noodtoegang bestaat niet');
    const judged = await tx
      .update(accessGrants)
      .set({ reviewStatus: input.outcome, reviewedBy: fg.userId, reviewedAt: ctx.now, reviewNote: note })
      .where(and(inScope, eq(accessGrants.reviewStatus, 'open')))
      .returning({ id: accessGrants.id });
    if (judged.length === 0) throw new DomainError('conflict', 'Deze noodtoegang is al beoordeeld');
    await appendAudit(ctx, tx, {
      action: 'access.break_glass.review',
      resourceType: 'access_grant',
      resourceIds: [grant.id],
      municipalityCode: grant.municipalityCode,
      details: { outcome: input.outcome },
    });
    await markResourceRead(ctx, tx, fg.userId, NOTIFICATION_KIND, grant.id);
    const [row] = await selectReviewItems(tx).where(eq(accessGrants.id, grant.id));
    if (!row) throw new Error('grant vanished');
    return toReviewItem(row, ctx.now);
  });
}
