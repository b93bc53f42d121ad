import { desc, sql } from 'drizzle-orm';
import type { Ctx } from '../../../context.ts';
import { signals } from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { dateInAmsterdam } from '../../../lib/dates.ts';
import { can, partnerSignalScope } from '../../access/policy.ts';
import { categoryLabel, loadCategories } from './categories.ts';

export type Terugkoppeling = 'opgepakt' | 'niet opgepakt' | 'in behandeling';

/**
 * What a partner may learn of its own signal. The Wgs allows only "picked up or not": never the reason it was not
 * picked up (not a resident, repeated, below the threshold…) and no case data, so every other status collapses
 * into "niet opgepakt".
 */
/**
 * What the partner may learn. "Niet opgepakt" is only told once a person closed the signal's case or the signal's
 * term has passed: the pipeline sets "geen inwoner", "overleden" or "onterecht" within the same request, and telling
 * that at once would let a partner probe the register (file a signal for a BSN, read whether that person lives
 * here). After the term, "niet opgepakt" is what the municipality would answer anyway, still without a reason.
 */
export function terugkoppelingOf(
  status: string,
  settled: { deadline: string | null; caseClosed: boolean; today: string },
): Terugkoppeling {
  if (status === 'Opgepakt') return 'opgepakt';
  if (status === 'Nog niet opgepakt') return 'in behandeling';
  const told = settled.caseClosed || (settled.deadline !== null && settled.deadline < settled.today);
  return told ? 'niet opgepakt' : 'in behandeling';
}

/** Partner staff (any role that files signals) and partner API keys. */
function requirePartner(ctx: Ctx): void {
  if (!ctx.actor) throw new DomainError('unauthenticated');
  if (ctx.actor.type === 'api_key') return;
  if (!can(ctx.actor, 'signal.file')) throw new DomainError('forbidden');
}

/**
 * The signals the actor's organisation filed, newest first, with only the feedback the law allows. Selects no
 * personal data (the partner's own reference is theirs), so there is no read to audit.
 */
export async function listMySignals(ctx: Ctx, page: { limit: number; offset: number }) {
  requirePartner(ctx);
  const where = partnerSignalScope(ctx.actor);
  const rows = await ctx.db
    .select({
      id: signals.id,
      municipalityCode: signals.municipalityCode,
      externalId: signals.externalId,
      category: signals.category,
      signalDate: signals.signalDate,
      receivedAt: signals.receivedAt,
      status: signals.status,
      deadline: signals.deadline,
      caseClosed: sql<boolean>`EXISTS (SELECT 1 FROM signal_cases c
        WHERE c.id = signals.case_id AND c.closed_on IS NOT NULL)`,
    })
    .from(signals)
    .where(where)
    .orderBy(desc(signals.receivedAt), desc(signals.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(signals).where(where);
  const today = dateInAmsterdam(ctx.now);
  const catalogue = await loadCategories(
    ctx.db,
    rows.map((r) => r.municipalityCode),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      partnerReferentie: r.externalId,
      categorie: r.category,
      categorieLabel: categoryLabel(catalogue, r.municipalityCode, r.category),
      signaaldatum: r.signalDate,
      ontvangenOp: r.receivedAt.toISOString(),
      terugkoppeling: terugkoppelingOf(r.status, { deadline: r.deadline, caseClosed: r.caseClosed, today }),
    })),
    total: count?.n ?? 0,
  };
}
