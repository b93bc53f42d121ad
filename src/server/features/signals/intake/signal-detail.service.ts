import { and, asc, eq } from 'drizzle-orm';
import type { Contactsoort, Dagdeel, Eindresultaat, Signaalstatus } from '../../../../shared/ddas.ts';
import type { Ctx, Executor, Tx } from '../../../context.ts';
import { inTransaction } from '../../../context.ts';
import { signalCases, signalContactAttempts, signals } from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { requireCapability, signalScope } from '../../access/policy.ts';
import { auditRead } from '../../audit/audit.service.ts';
import { type CategoryCatalogue, categoryLabel, loadCategories } from './categories.ts';
import { selectSignalView, toWorklistItem } from './signal-view.ts';

export const signalNotFound = () =>
  new DomainError('not_found', 'Dit signaal bestaat niet of staat niet op de werklijst van uw team');

/** A vroegsignaalzaak or intake with its contact attempts and the signals bundled in it (labels and dates only). */
export async function caseView(db: Executor, caseId: string, catalogue: CategoryCatalogue) {
  const [c] = await db.select().from(signalCases).where(eq(signalCases.id, caseId));
  if (!c) return null;
  const attempts = await db
    .select()
    .from(signalContactAttempts)
    .where(eq(signalContactAttempts.caseId, caseId))
    .orderBy(asc(signalContactAttempts.datum), asc(signalContactAttempts.createdAt));
  const bundled = await db
    .select({
      id: signals.id,
      municipalityCode: signals.municipalityCode,
      category: signals.category,
      receivedAt: signals.receivedAt,
      status: signals.status,
    })
    .from(signals)
    .where(eq(signals.caseId, caseId))
    .orderBy(asc(signals.receivedAt), asc(signals.id));
  return {
    id: c.id,
    soort: c.kind,
    geopendOp: c.openedOn,
    opgepaktOp: c.pickedUpOn,
    geslotenOp: c.closedOn,
    resultaat: c.result as Eindresultaat | null,
    contactpogingen: attempts.map((a) => ({
      id: a.id,
      soort: a.soort as Contactsoort,
      bereikt: a.bereikt,
      datum: a.datum,
      dagdeel: a.dagdeel as Dagdeel | null,
    })),
    signalen: bundled.map((s) => ({
      id: s.id,
      categorieLabel: categoryLabel(catalogue, s.municipalityCode, s.category),
      ontvangenOp: s.receivedAt.toISOString(),
      status: s.status as Signaalstatus,
    })),
  };
}

/**
 * One signal on the actor's worklist with what the partner sent, why it was matched and its case. Runs in the
 * caller's transaction (a pick-up answers with the detail) and audits the read of the signal and its household.
 */
export async function signalDetailIn(ctx: Ctx, tx: Tx, id: string) {
  const [row] = await selectSignalView(tx).where(and(eq(signals.id, id), signalScope(ctx.actor)));
  if (!row) throw signalNotFound();
  const [sent] = await tx
    .select({
      bsn: signals.bsn,
      name: signals.name,
      birthDate: signals.birthDate,
      postcode: signals.postcode,
      huisnummer: signals.huisnummer,
      huisletter: signals.huisletter,
      toevoeging: signals.huisnummertoevoeging,
      description: signals.description,
      residentInformed: signals.residentInformed,
      residentConsents: signals.residentConsents,
      externalId: signals.externalId,
      arrearsSince: signals.arrearsSince,
      warmeOverdracht: signals.warmeOverdracht,
      match: signals.match,
    })
    .from(signals)
    .where(eq(signals.id, id));
  if (!sent) throw signalNotFound();
  const catalogue = await loadCategories(tx, [row.municipalityCode]);
  const zaak = row.caseId ? await caseView(tx, row.caseId, catalogue) : null;
  await auditRead(ctx, tx, 'signal', [{ id, municipalityCode: row.municipalityCode }], {
    householdId: row.householdId,
    caseId: row.caseId,
  });
  const m = sent.match;
  return {
    ...toWorklistItem(row, catalogue),
    persoon: { bsn: sent.bsn, naam: sent.name, geboortedatum: sent.birthDate },
    adres:
      sent.postcode === null
        ? null
        : {
            postcode: sent.postcode,
            huisnummer: sent.huisnummer,
            huisletter: sent.huisletter,
            toevoeging: sent.toevoeging,
          },
    omschrijving: sent.description,
    bewonerGeinformeerd: sent.residentInformed,
    bewonerStemtIn: sent.residentConsents,
    partnerReferentie: sent.externalId,
    ontstaansdatum: sent.arrearsSince,
    warmeOverdracht: sent.warmeOverdracht,
    // Why it was matched, without the candidates a reviewer weighed: they name households and persons the worker
    // may not see (access rule 4); the review queue shows them to reviewers only.
    match: m ? { methode: m.method, velden: m.fields, score: m.score } : null,
    zaak,
  };
}

export type SignalDetail = Awaited<ReturnType<typeof signalDetailIn>>;

export async function getSignalDetail(ctx: Ctx, id: string): Promise<SignalDetail> {
  requireCapability(ctx, 'signal.work');
  return inTransaction(ctx, (tx) => signalDetailIn(ctx, tx, id));
}
