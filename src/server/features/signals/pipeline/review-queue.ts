import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Ctx, Tx } from '../../../context.ts';
import { inTransaction } from '../../../context.ts';
import { addresses, households, persons, signalMatchDecisions, signals } from '../../../db/schema/index.ts';
import { addressLine } from '../../../lib/address-line.ts';
import { municipalityScope, requireCapability } from '../../access/policy.ts';
import { auditRead } from '../../audit/audit.service.ts';
import { categoryLabel, loadCategories } from '../intake/categories.ts';
import { candidatesOf, type MatchCandidate } from './match-rules.ts';

// The review queue as listed: what the partner sent, the candidates with their details, the decision if any.

/** A decision can be undone (and is listed under "beslist") this long after it was taken. */
export const UNDO_WINDOW_DAYS = 30;

export type ReviewStatus = 'open' | 'beslist';
export type Decision = 'bevestigd' | 'afgewezen';

export type ReviewItem = {
  signalId: string;
  ontvangenOp: string;
  categorieLabel: string;
  partnerType: string | null;
  gegevens: {
    postcode: string | null;
    huisnummer: number | null;
    huisletter: string | null;
    toevoeging: string | null;
    geboortedatum: string | null;
    naam: string | null;
  };
  kandidaten: {
    householdId: string;
    personId: string | null;
    score: number;
    velden: string[];
    adres: string;
    naam: string | null;
    geboortedatum: string | null;
  }[];
  besluit: { besluit: Decision; householdId: string | null; beslistOp: string } | null;
};

export const undoWindowStart = (ctx: Ctx) => new Date(ctx.now.getTime() - UNDO_WINDOW_DAYS * 86_400_000);

/** The undone-not decision of a signal taken within the undo window (at most one: see `decide`). */
function recentDecisionExists(ctx: Ctx): SQL {
  return sql`EXISTS (SELECT 1 FROM ${signalMatchDecisions} d WHERE d.signal_id = ${signals.id}
    AND d.undone_at IS NULL AND d.decided_at >= ${undoWindowStart(ctx)})`;
}

/**
 * The review queue of the actor's municipalities: ambiguous matches waiting for a person ('open'), or those decided
 * in the last 30 days and not undone ('beslist'), so a mistake can be undone. Filtered and paged in the database;
 * the candidates are shown with address, name and birth date, so the read is audited.
 */
export async function listReviews(
  ctx: Ctx,
  status: ReviewStatus,
  page: { limit: number; offset: number },
): Promise<{ items: ReviewItem[]; total: number }> {
  requireCapability(ctx, 'signal.review');
  const where = and(
    municipalityScope(ctx.actor, signals.municipalityCode),
    status === 'open' ? eq(signals.matchStatus, 'te_beoordelen') : recentDecisionExists(ctx),
  );
  return inTransaction(ctx, async (tx) => {
    const latestDecision = sql`(SELECT max(d.decided_at) FROM ${signalMatchDecisions} d
      WHERE d.signal_id = ${signals.id} AND d.undone_at IS NULL)`;
    const rows = await tx
      .select({
        id: signals.id,
        municipalityCode: signals.municipalityCode,
        receivedAt: signals.receivedAt,
        category: signals.category,
        partnerType: signals.partnerType,
        postcode: signals.postcode,
        huisnummer: signals.huisnummer,
        huisletter: signals.huisletter,
        toevoeging: signals.huisnummertoevoeging,
        birthDate: signals.birthDate,
        name: signals.name,
        match: signals.match,
      })
      .from(signals)
      .where(where)
      .orderBy(
        ...(status === 'open' ? [asc(signals.receivedAt)] : [sql`${latestDecision} DESC`]),
        asc(signals.id),
      )
      .limit(page.limit)
      .offset(page.offset);
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(signals).where(where);
    const signalIds = rows.map((r) => r.id);
    const decisions = await activeDecisions(tx, signalIds);
    const candidates = rows.flatMap((r) => candidatesOf(r.match));
    const details = await candidateDetails(tx, candidates);
    const catalogue = await loadCategories(
      tx,
      rows.map((r) => r.municipalityCode),
    );
    await auditRead(ctx, tx, 'signal', rows, {
      list: 'signal-reviews',
      status,
      householdIds: [...new Set(candidates.map((c) => c.householdId))],
      personIds: [...new Set(candidates.flatMap((c) => (c.personId ? [c.personId] : [])))],
    });
    const items = rows.map(
      (r): ReviewItem => ({
        signalId: r.id,
        ontvangenOp: r.receivedAt.toISOString(),
        categorieLabel: categoryLabel(catalogue, r.municipalityCode, r.category),
        partnerType: r.partnerType,
        gegevens: {
          postcode: r.postcode,
          huisnummer: r.huisnummer,
          huisletter: r.huisletter,
          toevoeging: r.toevoeging,
          geboortedatum: r.birthDate,
          naam: r.name,
        },
        kandidaten: candidatesOf(r.match).map((c) => ({
          householdId: c.householdId,
          personId: c.personId,
          score: c.score,
          velden: c.fields,
          adres: details.addresses.get(c.householdId) ?? '',
          naam: c.personId ? (details.persons.get(c.personId)?.naam ?? null) : null,
          geboortedatum: c.personId ? (details.persons.get(c.personId)?.geboortedatum ?? null) : null,
        })),
        besluit: decisions.get(r.id) ?? null,
      }),
    );
    return { items, total: count?.n ?? 0 };
  });
}

/** The decision of each signal that is not undone. */
async function activeDecisions(tx: Tx, signalIds: string[]) {
  const result = new Map<string, NonNullable<ReviewItem['besluit']>>();
  if (signalIds.length === 0) return result;
  const rows = await tx
    .select({
      signalId: signalMatchDecisions.signalId,
      decision: signalMatchDecisions.decision,
      householdId: signalMatchDecisions.householdId,
      decidedAt: signalMatchDecisions.decidedAt,
    })
    .from(signalMatchDecisions)
    .where(and(inArray(signalMatchDecisions.signalId, signalIds), isNull(signalMatchDecisions.undoneAt)))
    .orderBy(asc(signalMatchDecisions.decidedAt));
  for (const d of rows) {
    result.set(d.signalId, {
      besluit: d.decision,
      householdId: d.householdId,
      beslistOp: d.decidedAt.toISOString(),
    });
  }
  return result;
}

/** Address text per candidate household, name and birth date per candidate person. */
async function candidateDetails(tx: Tx, candidates: MatchCandidate[]) {
  const householdIds = [...new Set(candidates.map((c) => c.householdId))];
  const personIds = [...new Set(candidates.flatMap((c) => (c.personId ? [c.personId] : [])))];
  const addressRows =
    householdIds.length === 0
      ? []
      : await tx
          .select({
            id: households.id,
            straat: addresses.straat,
            huisnummer: addresses.huisnummer,
            huisletter: addresses.huisletter,
            huisnummertoevoeging: addresses.huisnummertoevoeging,
            postcode: addresses.postcode,
            woonplaats: addresses.woonplaats,
          })
          .from(households)
          .innerJoin(addresses, eq(addresses.id, households.addressId))
          .where(inArray(households.id, householdIds));
  const personRows =
    personIds.length === 0
      ? []
      : await tx
          .select({
            id: persons.id,
            voornamen: persons.voornamen,
            voorvoegsel: persons.voorvoegsel,
            geslachtsnaam: persons.geslachtsnaam,
            geboortedatum: persons.geboortedatum,
          })
          .from(persons)
          .where(inArray(persons.id, personIds));
  return {
    addresses: new Map(addressRows.map((a) => [a.id, addressLine(a)])),
    persons: new Map(
      personRows.map((p) => [
        p.id,
        {
          naam: [p.voornamen, p.voorvoegsel, p.geslachtsnaam].filter(Boolean).join(' '),
          geboortedatum: p.geboortedatum,
        },
      ]),
    ),
  };
}
