import { and, desc, eq, not, sql } from 'drizzle-orm';
import type { Ctx, Tx, UserActor } from '../../../context.ts';
import { inTransaction } from '../../../context.ts';
import { accessGrants, addresses, households } from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { addressLine } from '../../../lib/address-line.ts';
import { householdFullScope, requireCapability } from '../../access/policy.ts';
import { appendAudit, auditRead } from '../../audit/audit.service.ts';
import { notifyUsers } from '../notifications/notifications.service.ts';
import type { GrantCreated, MyGrant, MyGrants, NewGrant } from './break-glass.schemas.ts';
import { activeGrant, isActive } from './grant-window.ts';
import { type HouseholdIdentifier, parseIdentifier } from './household-identifier.ts';
import { lockHouseholdByIdentifier } from './household-lookup.ts';

/**
 * Break-the-glass (noodtoegang): a professional outside a household's case team gets time-boxed read access to
 * that household, only with a reason. Every FG serving the municipality is notified and reviews the use; the
 * access ends by itself at expires_at because every scope compares it with the clock (access rule 2).
 */

export const NOTIFICATION_KIND = 'noodtoegang';
/** No personal data in a notification title: the FG opens the queue to see who and why. */
export const NOTIFICATION_TITLE = 'Noodtoegang gebruikt: beoordelen';
export const REVIEW_PATH = '/privacy/noodtoegang';

const HOUR_MS = 60 * 60 * 1000;

function professional(ctx: Ctx): UserActor {
  requireCapability(ctx, 'access.break_glass');
  if (ctx.actor?.type !== 'user') throw new DomainError('forbidden');
  return ctx.actor;
}

/**
 * The FGs to tell: active users with role fg whose organisation serves the household's municipality.
 * Their organisation, not a team: an FG works for the municipality as a whole.
 */
async function fgUsersOf(tx: Tx, municipalityCode: string): Promise<string[]> {
  const rows = await tx.execute<{ id: string }>(sql`
    SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'fg'
    WHERE u.active AND u.organisation_id IN (SELECT om.organisation_id FROM organisation_municipalities om
      WHERE om.municipality_code = ${municipalityCode})
    ORDER BY u.id`);
  return rows.rows.map((r) => r.id);
}

/**
 * Grants access to one household found by an exact identifier in the actor's municipalities. Refused (409) when
 * the actor already sees the household fully or already has an active grant on it. The household row is locked
 * first, so two requests at once cannot both pass the second check.
 */
export async function requestGrant(ctx: Ctx, input: NewGrant): Promise<GrantCreated> {
  const user = professional(ctx);
  const identifier = parseIdentifier(input);
  try {
    return await inTransaction(ctx, (tx) => grantIn(ctx, tx, user, input, identifier));
  } catch (error) {
    // A look-up that found nothing leaves a trace too (someone trying numbers); without the identifier itself.
    if (error instanceof DomainError && error.code === 'not_found') {
      await inTransaction(ctx, (tx) =>
        appendAudit(ctx, tx, {
          action: 'access.break_glass.not_found',
          resourceType: 'household',
          resourceIds: [],
          details: { identifiedBy: identifier.kind },
        }),
      );
    }
    throw error;
  }
}

async function grantIn(
  ctx: Ctx,
  tx: Tx,
  user: UserActor,
  input: NewGrant,
  identifier: HouseholdIdentifier,
): Promise<GrantCreated> {
  const household = await lockHouseholdByIdentifier(ctx, tx, identifier);
  const [activeOwn] = await tx
    .select({ id: accessGrants.id })
    .from(accessGrants)
    .where(
      and(
        eq(accessGrants.userId, user.userId),
        eq(accessGrants.householdId, household.id),
        activeGrant(ctx.now),
      ),
    );
  if (activeOwn) {
    throw new DomainError('conflict', 'U heeft al noodtoegang tot dit huishouden. Beëindig die eerst');
  }
  const [full] = await tx
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.id, household.id), householdFullScope(ctx.actor, ctx.now)));
  if (full) throw new DomainError('conflict', 'U heeft al toegang tot dit huishouden');

  const expiresAt = new Date(ctx.now.getTime() + input.hours * HOUR_MS);
  const [grant] = await tx
    .insert(accessGrants)
    .values({
      municipalityCode: household.municipalityCode,
      userId: user.userId,
      householdId: household.id,
      reason: input.reason,
      grantedAt: ctx.now,
      expiresAt,
    })
    .returning({ id: accessGrants.id });
  if (!grant) throw new Error('grant not stored');
  // The reason is kept in access_grants for the FG; the audit row names only the grant and the household.
  await appendAudit(ctx, tx, {
    action: 'access.break_glass',
    resourceType: 'access_grant',
    resourceIds: [grant.id],
    municipalityCode: household.municipalityCode,
    details: { householdId: household.id, hours: input.hours, identifiedBy: identifier.kind },
  });
  await notifyUsers(ctx, tx, await fgUsersOf(tx, household.municipalityCode), {
    kind: NOTIFICATION_KIND,
    title: NOTIFICATION_TITLE,
    link: REVIEW_PATH,
    resourceId: grant.id,
  });
  return { id: grant.id, householdId: household.id, expiresAt: expiresAt.toISOString() };
}

/** How many ended or expired grants "mine" shows besides the active ones. */
export const RECENT_GRANTS = 20;

function selectMyGrants(tx: Tx) {
  return tx
    .select({
      id: accessGrants.id,
      municipalityCode: accessGrants.municipalityCode,
      householdId: accessGrants.householdId,
      reason: accessGrants.reason,
      grantedAt: accessGrants.grantedAt,
      expiresAt: accessGrants.expiresAt,
      endedAt: accessGrants.endedAt,
      reviewStatus: accessGrants.reviewStatus,
      straat: addresses.straat,
      huisnummer: addresses.huisnummer,
      huisletter: addresses.huisletter,
      huisnummertoevoeging: addresses.huisnummertoevoeging,
      postcode: addresses.postcode,
      woonplaats: addresses.woonplaats,
    })
    .from(accessGrants)
    .innerJoin(households, eq(households.id, accessGrants.householdId))
    .innerJoin(addresses, eq(addresses.id, households.addressId));
}

type MyGrantRow = Awaited<ReturnType<ReturnType<typeof selectMyGrants>['execute']>>[number];

function toMyGrant(row: MyGrantRow, now: Date): MyGrant {
  return {
    id: row.id,
    householdId: row.householdId,
    addressLine: addressLine(row),
    reason: row.reason,
    grantedAt: row.grantedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    active: isActive(row, now),
    reviewStatus: row.reviewStatus,
  };
}

/**
 * The actor's active grants and the last ended or expired ones, with the address (they were allowed to see the
 * household). The addresses shown are audited, by grant id: counting them as a look at the household would make
 * the FG's "what they looked at" count grow by opening this page.
 */
export async function myGrants(ctx: Ctx): Promise<MyGrants> {
  const user = professional(ctx);
  return inTransaction(ctx, async (tx) => {
    const mine = eq(accessGrants.userId, user.userId);
    const active = await selectMyGrants(tx)
      .where(and(mine, activeGrant(ctx.now)))
      .orderBy(accessGrants.expiresAt, accessGrants.id);
    const recent = await selectMyGrants(tx)
      .where(and(mine, not(activeGrant(ctx.now))))
      .orderBy(desc(accessGrants.grantedAt), desc(accessGrants.id))
      .limit(RECENT_GRANTS);
    await auditRead(
      ctx,
      tx,
      'access_grant',
      [...active, ...recent].map((r) => ({ id: r.id, municipalityCode: r.municipalityCode })),
      { mine: true },
    );
    return {
      active: active.map((r) => toMyGrant(r, ctx.now)),
      recent: recent.map((r) => toMyGrant(r, ctx.now)),
    };
  });
}

/** Ends the actor's own active grant now. Someone else's grant is a 404; an ended or expired one a 409. */
export async function endGrant(ctx: Ctx, grantId: string): Promise<MyGrant> {
  const user = professional(ctx);
  return inTransaction(ctx, async (tx) => {
    const own = and(eq(accessGrants.id, grantId), eq(accessGrants.userId, user.userId));
    const [row] = await tx.select().from(accessGrants).where(own).for('update');
    if (!row) throw new DomainError('not_found', 'Deze noodtoegang bestaat niet');
    if (!isActive(row, ctx.now)) throw new DomainError('conflict', 'Deze noodtoegang is al afgelopen');
    await tx.update(accessGrants).set({ endedAt: ctx.now }).where(own);
    await appendAudit(ctx, tx, {
      action: 'access.break_glass.end',
      resourceType: 'access_grant',
      resourceIds: [row.id],
      municipalityCode: row.municipalityCode,
      details: { householdId: row.householdId },
    });
    const [ended] = await selectMyGrants(tx).where(own);
    if (!ended) throw new Error('grant vanished');
    return toMyGrant(ended, ctx.now);
  });
}
