import { and, asc, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Ctx, Tx } from '../../../context.ts';
import { inTransaction } from '../../../context.ts';
import {
  households,
  type SignalCaseKind,
  signalCases,
  signalContactAttempts,
  signals,
  teams,
} from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { dateInAmsterdam, formatDutchDate } from '../../../lib/dates.ts';
import { requireCapability, signalScope } from '../../access/policy.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import { startOrJoinCaseOnPickUp } from '../../cases/case-start.ts';
import { retentionDate } from '../pipeline/retention.ts';
import { loadSignalSettings } from '../settings.ts';
import { loadCategories } from './categories.ts';
import { caseView, signalDetailIn, signalNotFound } from './signal-detail.service.ts';
import type { NieuweContactpoging } from './signals.schemas.ts';

const NOT_PICKED_UP_PREFIX = 'Niet opgepakt: ';
/** Statuses from which a team can still pick a signal up (again: picking up is safe to repeat). */
const PICKABLE = new Set(['Nog niet opgepakt', 'Opgepakt']);

function userOf(ctx: Ctx) {
  requireCapability(ctx, 'signal.work');
  if (ctx.actor?.type !== 'user') throw new DomainError('forbidden');
  return ctx.actor;
}

const caseKindOf = (signalKind: string): SignalCaseKind =>
  signalKind === 'vroegsignaal' ? 'vroegsignaalzaak' : 'intake';

/** The case, locked, if its team is one of the actor's teams; otherwise "not found", so its existence does not leak. */
async function caseInScope(tx: Tx, userId: string, caseId: string) {
  const [row] = await tx
    .select()
    .from(signalCases)
    .where(
      and(
        eq(signalCases.id, caseId),
        sql`${signalCases.teamId} IN (SELECT tm.team_id FROM team_members tm WHERE tm.user_id = ${userId})`,
      ),
    )
    .for('update');
  if (!row) throw new DomainError('not_found', 'Deze zaak bestaat niet of hoort niet bij uw team');
  return row;
}

async function isTeamMember(tx: Tx, userId: string, teamId: string): Promise<boolean> {
  const rows = await tx.execute(
    sql`SELECT 1 FROM team_members WHERE user_id = ${userId} AND team_id = ${teamId}`,
  );
  return rows.rows.length > 0;
}

/**
 * The household's case this signal's signals should join: one of the same kind that a team already picked up and
 * did not close. One household, one case: a second team does not start its own.
 */
async function openPickedUpCase(
  tx: Tx,
  householdId: string,
  kind: SignalCaseKind,
  exceptCaseId: string | null,
) {
  const [row] = await tx
    .select({ id: signalCases.id })
    .from(signalCases)
    .where(
      and(
        eq(signalCases.householdId, householdId),
        eq(signalCases.kind, kind),
        isNotNull(signalCases.pickedUpOn),
        isNull(signalCases.closedOn),
        exceptCaseId ? ne(signalCases.id, exceptCaseId) : undefined,
      ),
    )
    .orderBy(asc(signalCases.pickedUpOn), asc(signalCases.id))
    .limit(1)
    .for('update');
  return row ?? null;
}

/**
 * Picks a signal up: its whole case is picked up, or, when the household already has a picked-up open case of
 * the same kind, this signal's case is attached to that one (its signals and contact attempts move, the empty case
 * goes). Every signal of the case still waiting becomes "Opgepakt" and is kept for the picked-up retention.
 * Answers with the signal's detail.
 */
export async function pickUpSignal(ctx: Ctx, signalId: string) {
  const user = userOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const [signal] = await tx
      .select({
        id: signals.id,
        municipalityCode: signals.municipalityCode,
        householdId: signals.householdId,
        caseId: signals.caseId,
        kind: signals.kind,
        teamId: signals.teamId,
        status: signals.status,
      })
      .from(signals)
      .where(and(eq(signals.id, signalId), signalScope(ctx.actor)))
      .for('update');
    if (!signal) throw signalNotFound();
    if (!signal.householdId) {
      throw new DomainError(
        'conflict',
        'Dit signaal is nog niet aan een huishouden gekoppeld. Laat de koppeling eerst beoordelen; daarna kunt u het oppakken',
      );
    }
    if (!PICKABLE.has(signal.status)) {
      throw new DomainError(
        'conflict',
        `Dit signaal kan niet worden opgepakt: het heeft de status "${signal.status}"`,
      );
    }
    // One pick-up per household at a time, so two teams cannot both start a case for it.
    await tx
      .select({ id: households.id })
      .from(households)
      .where(eq(households.id, signal.householdId))
      .for('update');

    const today = dateInAmsterdam(ctx.now);
    const own = signal.caseId
      ? ((await tx.select().from(signalCases).where(eq(signalCases.id, signal.caseId)).for('update'))[0] ??
        null)
      : null;
    if (own?.closedOn) throw new DomainError('conflict', 'De zaak van dit signaal is al afgesloten');
    if (own?.teamId && !(await isTeamMember(tx, user.userId, own.teamId))) {
      // One household, one case: the case belongs to the team that opened it, even when this signal was routed to
      // another team. That team picks it up; this one is told who has it.
      const [team] = await tx.select({ name: teams.name }).from(teams).where(eq(teams.id, own.teamId));
      throw new DomainError(
        'conflict',
        `De zaak van dit huishouden ligt bij ${team?.name ?? 'een ander team'}. Neem contact op met dat team.`,
      );
    }

    let caseId: string;
    let attachedFrom: string | null = null;
    if (own?.pickedUpOn) {
      caseId = own.id;
    } else {
      const kind = own?.kind ?? caseKindOf(signal.kind);
      const target = await openPickedUpCase(tx, signal.householdId, kind, own?.id ?? null);
      if (target && own) {
        await tx.update(signals).set({ caseId: target.id }).where(eq(signals.caseId, own.id));
        await tx
          .update(signalContactAttempts)
          .set({ caseId: target.id })
          .where(eq(signalContactAttempts.caseId, own.id));
        await tx.delete(signalCases).where(eq(signalCases.id, own.id));
        caseId = target.id;
        attachedFrom = own.id;
      } else if (target) {
        await tx.update(signals).set({ caseId: target.id }).where(eq(signals.id, signal.id));
        caseId = target.id;
      } else if (own) {
        await tx
          .update(signalCases)
          .set({ pickedUpOn: today, pickedUpBy: user.userId })
          .where(eq(signalCases.id, own.id));
        caseId = own.id;
      } else {
        // Not bundled (yet): the signal starts its own case, handled by its team.
        const [created] = await tx
          .insert(signalCases)
          .values({
            municipalityCode: signal.municipalityCode,
            householdId: signal.householdId,
            kind,
            teamId: signal.teamId,
            openedOn: today,
            pickedUpOn: today,
            pickedUpBy: user.userId,
          })
          .returning({ id: signalCases.id });
        if (!created) throw new Error('case insert returned nothing');
        await tx.update(signals).set({ caseId: created.id }).where(eq(signals.id, signal.id));
        caseId = created.id;
      }
    }

    const settings = await loadSignalSettings(tx, signal.municipalityCode);
    const pickedUp = await tx
      .update(signals)
      .set({ status: 'Opgepakt', retentionUntil: retentionDate(settings, 'pickedUp', today) })
      .where(and(eq(signals.caseId, caseId), eq(signals.status, 'Nog niet opgepakt')))
      .returning({ id: signals.id });
    // One household, one case: the pick-up starts the household's case or joins its open one (issue 4).
    // signalScope only lets a team pick up its own signals, so the signal has a team here.
    const caseTeamId = signal.teamId ?? own?.teamId;
    if (!caseTeamId) throw new Error('picked-up signal without a team');
    const householdCaseId = await startOrJoinCaseOnPickUp(ctx, tx, {
      householdId: signal.householdId,
      municipalityCode: signal.municipalityCode,
      teamId: caseTeamId,
    });
    await tx.update(signalCases).set({ householdCaseId }).where(eq(signalCases.id, caseId));
    await appendAudit(ctx, tx, {
      action: 'signal.pick_up',
      resourceType: 'signal_case',
      resourceIds: [caseId],
      municipalityCode: signal.municipalityCode,
      details: {
        signalId,
        pickedUpSignalIds: pickedUp.map((s) => s.id),
        attachedFromCaseId: attachedFrom,
        householdCaseId,
      },
    });
    return { ...(await signalDetailIn(ctx, tx, signalId)), householdCaseId };
  });
}

/** Records a DDAS contactpoging on a case of the actor's team; the date lies between the case's start and today. */
export async function addContactAttempt(ctx: Ctx, caseId: string, input: NieuweContactpoging) {
  const user = userOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const c = await caseInScope(tx, user.userId, caseId);
    if (c.closedOn) throw new DomainError('conflict', 'Deze zaak is al afgesloten');
    const today = dateInAmsterdam(ctx.now);
    if (input.datum > today) {
      throw new DomainError('validation', 'De datum kan niet in de toekomst liggen', [
        { path: 'datum', message: 'De datum van de contactpoging kan niet in de toekomst liggen' },
      ]);
    }
    if (input.datum < c.openedOn) {
      throw new DomainError('validation', 'De datum ligt voor de start van de zaak', [
        {
          path: 'datum',
          message: `De datum van de contactpoging kan niet voor de start van de zaak (${formatDutchDate(c.openedOn)}) liggen`,
        },
      ]);
    }
    const [row] = await tx
      .insert(signalContactAttempts)
      .values({
        caseId,
        municipalityCode: c.municipalityCode,
        soort: input.soort,
        bereikt: input.bereikt,
        datum: input.datum,
        dagdeel: input.dagdeel ?? null,
        recordedBy: user.userId,
        createdAt: ctx.now,
      })
      .returning({ id: signalContactAttempts.id });
    if (!row) throw new Error('contact attempt insert returned nothing');
    await appendAudit(ctx, tx, {
      action: 'signal_case.contact_attempt',
      resourceType: 'signal_case',
      resourceIds: [caseId],
      municipalityCode: c.municipalityCode,
      details: { contactAttemptId: row.id, soort: input.soort, bereikt: input.bereikt },
    });
    return {
      id: row.id,
      soort: input.soort,
      bereikt: input.bereikt,
      datum: input.datum,
      dagdeel: input.dagdeel ?? null,
    };
  });
}

/**
 * Closes a case with a DDAS eindresultaat. Only a picked-up case gets a result of the work done; a case that was
 * never picked up closes as "Niet opgepakt: …", and its waiting signals take that status (which the partner sees
 * as "niet opgepakt"). The case and its signals are then kept for the closed-case retention.
 */
export async function closeCase(ctx: Ctx, caseId: string, resultaat: string) {
  const user = userOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const c = await caseInScope(tx, user.userId, caseId);
    if (c.closedOn) throw new DomainError('conflict', 'Deze zaak is al afgesloten');
    const notPickedUp = resultaat.startsWith(NOT_PICKED_UP_PREFIX);
    if (!c.pickedUpOn && !notPickedUp) {
      throw new DomainError(
        'conflict',
        'Pak de zaak eerst op. Een zaak die niet is opgepakt sluit u af met "Niet opgepakt: …"',
      );
    }
    if (c.pickedUpOn && notPickedUp) {
      throw new DomainError('validation', 'Deze zaak is opgepakt', [
        {
          path: 'resultaat',
          message: 'Deze zaak is opgepakt: kies een eindresultaat van het werk dat is gedaan',
        },
      ]);
    }
    const today = dateInAmsterdam(ctx.now);
    const settings = await loadSignalSettings(tx, c.municipalityCode);
    const keepUntil = retentionDate(settings, 'closedCase', today);
    await tx
      .update(signalCases)
      .set({ closedOn: today, closedBy: user.userId, result: resultaat, retentionUntil: keepUntil })
      .where(eq(signalCases.id, caseId));
    // Signals still waiting take the case's outcome: "Niet opgepakt: …", or "Opgepakt" when they joined a case the
    // team had already picked up (they were handled with it; left waiting, they would stay open for ever).
    await tx
      .update(signals)
      .set({ status: notPickedUp ? resultaat : 'Opgepakt' })
      .where(and(eq(signals.caseId, caseId), eq(signals.status, 'Nog niet opgepakt')));
    await tx
      .update(signals)
      .set({
        retentionUntil: sql`GREATEST(COALESCE(${signals.retentionUntil}, ${keepUntil}::date), ${keepUntil}::date)`,
      })
      .where(eq(signals.caseId, caseId));
    await appendAudit(ctx, tx, {
      action: 'signal_case.close',
      resourceType: 'signal_case',
      resourceIds: [caseId],
      municipalityCode: c.municipalityCode,
      details: { resultaat },
    });
    const catalogue = await loadCategories(tx, [c.municipalityCode]);
    const zaak = await caseView(tx, caseId, catalogue);
    if (!zaak) throw new Error('closed case vanished');
    return zaak;
  });
}
