import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Ctx, Executor } from '../../../context.ts';
import { inTransaction } from '../../../context.ts';
import { caseDataShares, consents, organisations, persons, users } from '../../../db/schema/index.ts';
import { DomainError, type FieldError } from '../../../http/errors.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import { type CaseRow, requireCase, requireOpen } from '../../cases/case-access.ts';
import { activeRegisseurOf } from '../../cases/case-roles.ts';
import { personName } from '../../plans/plan-members.ts';
import type { NewShare, Share } from './consent.schemas.ts';
import { purposeName } from './consent.service.ts';

/**
 * Case data shares (delen per wet): the plan shares one law's data of a case with case team members of another
 * law, on a legal basis (an article) or on a resident's consent. The scopes of access rule 6e read these rows;
 * a share on a consent stops working the moment the consent is withdrawn, without touching the share.
 */

const creator = alias(users, 'share_creator');
const ender = alias(users, 'share_ender');

/**
 * Only the active regisseur of the case or the leader of its owning team (role teamleider and a member of the
 * team, as the access rules define "leads") decides what is shared across laws.
 */
async function mayManageShares(ctx: Ctx, db: Executor, row: CaseRow): Promise<boolean> {
  if (ctx.actor?.type !== 'user') return false;
  if ((await activeRegisseurOf(db, row.id)) === ctx.actor.userId) return true;
  if (!ctx.actor.roles.includes('teamleider')) return false;
  const rows = await db.execute(sql`SELECT 1 FROM team_members
    WHERE user_id = ${ctx.actor.userId} AND team_id = ${row.teamId}`);
  return rows.rows.length > 0;
}

async function requireManager(ctx: Ctx, db: Executor, row: CaseRow): Promise<string> {
  if (ctx.actor?.type !== 'user' || !(await mayManageShares(ctx, db, row))) {
    throw new DomainError(
      'forbidden',
      'Alleen de regisseur van de casus of de teamleider van het team kan gegevens delen of het delen stoppen',
    );
  }
  return ctx.actor.userId;
}

async function loadShares(db: Executor, caseId: string, shareId?: string): Promise<Share[]> {
  const rows = await db
    .select({
      share: caseDataShares,
      consent: consents,
      person: {
        voornamen: persons.voornamen,
        voorvoegsel: persons.voorvoegsel,
        geslachtsnaam: persons.geslachtsnaam,
      },
      recipientName: organisations.name,
      creatorName: creator.displayName,
      enderName: ender.displayName,
    })
    .from(caseDataShares)
    .leftJoin(consents, eq(consents.id, caseDataShares.consentId))
    .leftJoin(persons, eq(persons.id, consents.personId))
    .leftJoin(organisations, eq(organisations.id, consents.recipientOrganisationId))
    .leftJoin(creator, eq(creator.id, caseDataShares.createdBy))
    .leftJoin(ender, eq(ender.id, caseDataShares.endedBy))
    .where(and(eq(caseDataShares.caseId, caseId), shareId ? eq(caseDataShares.id, shareId) : undefined))
    .orderBy(asc(caseDataShares.createdAt), asc(caseDataShares.id));
  return rows.map(({ share: s, consent: k, person, recipientName, creatorName, enderName }) => {
    const consentActive = k ? k.withdrawnAt === null : false;
    return {
      id: s.id,
      law: s.law,
      sharedWithLaw: s.sharedWithLaw,
      basis: s.basis,
      legalBasis: s.legalBasis,
      consent: k
        ? {
            id: k.id,
            personId: k.personId,
            personName: person ? personName(person) : '',
            purposeName: purposeName(k.purpose),
            recipient: { id: k.recipientOrganisationId, name: recipientName ?? '' },
            withdrawnOn: k.withdrawnOn,
            active: consentActive,
          }
        : null,
      createdBy: s.createdBy && creatorName ? { userId: s.createdBy, displayName: creatorName } : null,
      createdAt: s.createdAt.toISOString(),
      endedAt: s.endedAt ? s.endedAt.toISOString() : null,
      endedBy: s.endedBy && enderName ? { userId: s.endedBy, displayName: enderName } : null,
      active: s.endedAt === null && (s.basis === 'wettelijke_grondslag' || consentActive),
    };
  });
}

export async function listShares(ctx: Ctx, caseId: string): Promise<Share[]> {
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId);
    const shares = await loadShares(tx, row.id);
    await appendAudit(ctx, tx, {
      action: 'case_data_share.read',
      resourceType: 'case_data_share',
      resourceIds: shares.map((s) => s.id),
      municipalityCode: row.municipalityCode,
      details: { caseId: row.id },
    });
    return shares;
  });
}

/** The consent must be active and given by someone who is or was a member of the case's household. */
async function consentUsable(db: Executor, row: CaseRow, consentId: string): Promise<boolean> {
  const rows = await db
    .select({ id: consents.id })
    .from(consents)
    .where(
      and(
        eq(consents.id, consentId),
        isNull(consents.withdrawnAt),
        inArray(
          consents.personId,
          sql`(SELECT hm.person_id FROM household_members hm WHERE hm.household_id = ${row.householdId})`,
        ),
      ),
    );
  return rows.length > 0;
}

async function checkShare(db: Executor, row: CaseRow, input: NewShare): Promise<void> {
  const errors: FieldError[] = [];
  if (input.law === 'overig') {
    errors.push({
      path: 'law',
      message: 'Gegevens onder "overig" zijn algemene gegevens: die ziet het hele casusteam al',
    });
  }
  if (input.sharedWithLaw !== null && input.sharedWithLaw === input.law) {
    errors.push({
      path: 'sharedWithLaw',
      message: 'Kies een andere wet dan de wet waarvan u de gegevens deelt',
    });
  }
  if (input.basis === 'wettelijke_grondslag' && !input.legalBasis) {
    errors.push({ path: 'legalBasis', message: 'Vul het wetsartikel in, bijvoorbeeld "Wgs art. 8d"' });
  }
  if (input.basis === 'toestemming') {
    if (!input.consentId) {
      errors.push({ path: 'consentId', message: 'Kies de toestemming waarop het delen rust' });
    } else if (!(await consentUsable(db, row, input.consentId))) {
      errors.push({
        path: 'consentId',
        message: 'Kies een geldige toestemming van iemand uit dit huishouden',
      });
    }
  }
  if (errors.length > 0) throw new DomainError('validation', errors.map((e) => e.message).join('; '), errors);
}

export async function createShare(ctx: Ctx, caseId: string, input: NewShare): Promise<Share> {
  return inTransaction(ctx, async (tx) => {
    // The case row lock serialises share changes on one case, so the duplicate check below cannot race.
    const row = await requireCase(ctx, tx, caseId, { forUpdate: true });
    requireOpen(row);
    const userId = await requireManager(ctx, tx, row);
    await checkShare(tx, row, input);
    const values = {
      caseId: row.id,
      law: input.law,
      sharedWithLaw: input.sharedWithLaw,
      basis: input.basis,
      // Only the field that belongs to the basis is stored (the database check demands this too).
      legalBasis: input.basis === 'wettelijke_grondslag' ? input.legalBasis : null,
      consentId: input.basis === 'toestemming' ? input.consentId : null,
    };
    const [same] = await tx
      .select({ id: caseDataShares.id })
      .from(caseDataShares)
      .where(
        and(
          eq(caseDataShares.caseId, row.id),
          eq(caseDataShares.law, values.law),
          values.sharedWithLaw === null
            ? isNull(caseDataShares.sharedWithLaw)
            : eq(caseDataShares.sharedWithLaw, values.sharedWithLaw),
          eq(caseDataShares.basis, values.basis),
          values.consentId === null
            ? isNull(caseDataShares.consentId)
            : eq(caseDataShares.consentId, values.consentId),
          isNull(caseDataShares.endedAt),
        ),
      );
    if (same) throw new DomainError('conflict', 'Deze gegevens worden al op deze manier gedeeld');
    const [created] = await tx
      .insert(caseDataShares)
      .values({ ...values, createdBy: userId, createdAt: ctx.now })
      .returning({ id: caseDataShares.id });
    if (!created) throw new Error('share insert returned nothing');
    await appendAudit(ctx, tx, {
      action: 'case_data_share.create',
      resourceType: 'case_data_share',
      resourceIds: [created.id],
      municipalityCode: row.municipalityCode,
      details: {
        caseId: row.id,
        law: values.law,
        sharedWithLaw: values.sharedWithLaw,
        basis: values.basis,
        legalBasis: values.legalBasis,
        consentId: values.consentId,
      },
    });
    const [share] = await loadShares(tx, row.id, created.id);
    if (!share) throw new Error('share vanished');
    return share;
  });
}

/** Ends a share; also on a closed case, since ending only takes access away. */
export async function endShare(ctx: Ctx, caseId: string, shareId: string): Promise<Share> {
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId, { forUpdate: true });
    const userId = await requireManager(ctx, tx, row);
    const [share] = await tx
      .select({ id: caseDataShares.id, endedAt: caseDataShares.endedAt })
      .from(caseDataShares)
      .where(and(eq(caseDataShares.id, shareId), eq(caseDataShares.caseId, row.id)));
    if (!share) throw new DomainError('not_found', 'Deze deling bestaat niet');
    if (share.endedAt) throw new DomainError('conflict', 'Het delen is al gestopt');
    await tx
      .update(caseDataShares)
      .set({ endedAt: ctx.now, endedBy: userId })
      .where(eq(caseDataShares.id, share.id));
    await appendAudit(ctx, tx, {
      action: 'case_data_share.end',
      resourceType: 'case_data_share',
      resourceIds: [share.id],
      municipalityCode: row.municipalityCode,
      details: { caseId: row.id },
    });
    const [view] = await loadShares(tx, row.id, share.id);
    if (!view) throw new Error('share vanished');
    return view;
  });
}
