import { and, asc, eq, gte, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Ctx, Executor } from '../../../context.ts';
import { inTransaction } from '../../../context.ts';
import { addresses, signalCases, signals, teamMembers } from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { requireCapability, signalScope } from '../../access/policy.ts';
import { auditRead } from '../../audit/audit.service.ts';
import { loadCategories } from './categories.ts';
import { countSignalView, selectSignalView, toWorklistItem } from './signal-view.ts';
import type { WerklijstFilter } from './signals.schemas.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A team filter must name one of the actor's own teams: asking for another team's list is refused, not emptied. */
async function requireOwnTeam(ctx: Ctx, db: Executor, teamId: string): Promise<void> {
  if (ctx.actor?.type !== 'user') throw new DomainError('forbidden');
  const [member] = await db
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, ctx.actor.userId)));
  if (!member) throw new DomainError('forbidden', 'U hoort niet bij dit team');
}

function conditions(ctx: Ctx, filter: WerklijstFilter): SQL[] {
  const where: SQL[] = [signalScope(ctx.actor)];
  if (filter.teamId) where.push(eq(signals.teamId, filter.teamId));
  if (filter.status === 'nieuw') where.push(eq(signals.status, 'Nog niet opgepakt'));
  if (filter.status === 'open') where.push(isNotNull(signalCases.pickedUpOn), isNull(signalCases.closedOn));
  if (filter.categorie) where.push(eq(signals.category, filter.categorie));
  if (filter.wijk) where.push(eq(addresses.wijkCode, filter.wijk));
  if (filter.crisis !== undefined) where.push(eq(signals.crisis, filter.crisis));
  if (filter.minBedrag !== undefined) where.push(gte(signals.amountEuros, filter.minBedrag));
  if (filter.ouderDanDagen !== undefined) {
    where.push(lt(signals.receivedAt, new Date(ctx.now.getTime() - filter.ouderDanDagen * DAY_MS)));
  }
  return where;
}

function ordering(filter: WerklijstFilter): SQL[] {
  if (filter.sort === 'ontvangen') return [asc(signals.receivedAt), asc(signals.id)];
  return [sql`${signals.deadline} ASC NULLS LAST`, asc(signals.receivedAt), asc(signals.id)];
}

/**
 * The worklist of the actor's teams, filtered and paged in the database. It shows each matched household's
 * address, so the households listed are audited as a read.
 */
export async function listWorklist(
  ctx: Ctx,
  filter: WerklijstFilter,
  page: { limit: number; offset: number },
) {
  requireCapability(ctx, 'signal.work');
  return inTransaction(ctx, async (tx) => {
    if (filter.teamId) await requireOwnTeam(ctx, tx, filter.teamId);
    const where = and(...conditions(ctx, filter));
    const rows = await selectSignalView(tx)
      .where(where)
      .orderBy(...ordering(filter))
      .limit(page.limit)
      .offset(page.offset);
    const [count] = await countSignalView(tx).where(where);
    const households = new Map<string, string>();
    for (const r of rows) {
      if (r.householdId && r.householdMunicipalityCode)
        households.set(r.householdId, r.householdMunicipalityCode);
    }
    await auditRead(
      ctx,
      tx,
      'household',
      [...households].map(([id, municipalityCode]) => ({ id, municipalityCode })),
      { via: 'signal.worklist', signalIds: rows.map((r) => r.id) },
    );
    const catalogue = await loadCategories(
      tx,
      rows.map((r) => r.municipalityCode),
    );
    return { items: rows.map((r) => toWorklistItem(r, catalogue)), total: count?.n ?? 0 };
  });
}
