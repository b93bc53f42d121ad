import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Ctx, Executor } from '../../../context.ts';
import { inTransaction } from '../../../context.ts';
import { consents, organisations, users } from '../../../db/schema/index.ts';
import { DomainError, type FieldError } from '../../../http/errors.ts';
import { dateInAmsterdam } from '../../../lib/dates.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import { PROCESSING_PURPOSES } from '../register/register.ts';
import type { Consent, NewConsent, Withdrawal } from './consent.schemas.ts';
import { consentRecorder, requirePerson } from './consent-access.ts';

/**
 * Consents (toestemming) per person, purpose and recipient organisation. A consent is never edited or deleted:
 * withdrawal puts a date on the same row, and every scope that relies on the consent checks withdrawn_at, so
 * sharing on it stops with the withdrawing transaction.
 */

export type ConsentRow = typeof consents.$inferSelect;

const purposeNames = new Map(PROCESSING_PURPOSES.map((p) => [p.code as string, p.name]));

/** The register's name of a purpose; the code itself if the register no longer knows it. */
export function purposeName(code: string): string {
  return purposeNames.get(code) ?? code;
}

/** Consents with the recipient's and recorder's names, as the API shows them. */
export async function loadConsents(
  db: Executor,
  where: ReturnType<typeof and>,
): Promise<(Consent & { municipalityCode: string })[]> {
  const rows = await db
    .select({
      consent: consents,
      recipientName: organisations.name,
      recordedByName: users.displayName,
    })
    .from(consents)
    .innerJoin(organisations, eq(organisations.id, consents.recipientOrganisationId))
    .leftJoin(users, eq(users.id, consents.recordedBy))
    .where(where)
    .orderBy(desc(consents.givenOn), desc(consents.recordedAt), asc(consents.id));
  return rows.map(({ consent: c, recipientName, recordedByName }) => ({
    id: c.id,
    municipalityCode: c.municipalityCode,
    personId: c.personId,
    purpose: c.purpose,
    purposeName: purposeName(c.purpose),
    recipient: { id: c.recipientOrganisationId, name: recipientName },
    givenOn: c.givenOn,
    givenHow: c.givenHow,
    note: c.note,
    recordedBy: c.recordedBy && recordedByName ? { userId: c.recordedBy, displayName: recordedByName } : null,
    withdrawnOn: c.withdrawnOn,
    withdrawnHow: c.withdrawnHow,
    active: c.withdrawnAt === null,
  }));
}

const withoutMunicipality = ({
  municipalityCode: _,
  ...c
}: Consent & { municipalityCode: string }): Consent => c;

export async function listPersonConsents(ctx: Ctx, personId: string): Promise<Consent[]> {
  return inTransaction(ctx, async (tx) => {
    const person = await requirePerson(ctx, tx, personId);
    const rows = await loadConsents(tx, and(eq(consents.personId, person.id)));
    // One row in the person's municipality chain, also when there is nothing: the look itself is logged.
    await appendAudit(ctx, tx, {
      action: 'consent.read',
      resourceType: 'consent',
      resourceIds: rows.map((r) => r.id),
      municipalityCode: person.municipalityCode,
      details: { personId: person.id },
    });
    return rows.map(withoutMunicipality);
  });
}

/** An organisation that works in the municipality (organisation_municipalities) may receive data there. */
async function servesMunicipality(db: Executor, organisationId: string, municipalityCode: string) {
  const rows = await db.execute(sql`SELECT 1 FROM organisation_municipalities
    WHERE organisation_id = ${organisationId} AND municipality_code = ${municipalityCode}`);
  return rows.rows.length > 0;
}

export async function recordConsent(ctx: Ctx, personId: string, input: NewConsent): Promise<Consent> {
  const user = consentRecorder(ctx);
  return inTransaction(ctx, async (tx) => {
    const person = await requirePerson(ctx, tx, personId);
    const errors: FieldError[] = [];
    if (input.givenOn > dateInAmsterdam(ctx.now)) {
      errors.push({ path: 'givenOn', message: 'De datum van de toestemming ligt in de toekomst' });
    }
    if (!(await servesMunicipality(tx, input.recipientOrganisationId, person.municipalityCode))) {
      errors.push({
        path: 'recipientOrganisationId',
        message: 'Kies een organisatie die in de gemeente van deze persoon werkt',
      });
    }
    if (errors.length > 0)
      throw new DomainError('validation', errors.map((e) => e.message).join('; '), errors);
    const [same] = await tx
      .select({ id: consents.id })
      .from(consents)
      .where(
        and(
          eq(consents.personId, person.id),
          eq(consents.purpose, input.purpose),
          eq(consents.recipientOrganisationId, input.recipientOrganisationId),
          isNull(consents.withdrawnAt),
        ),
      );
    if (same) {
      throw new DomainError(
        'conflict',
        'Er is al een geldige toestemming van deze persoon voor dit doel en deze organisatie',
      );
    }
    const [created] = await tx
      .insert(consents)
      .values({
        municipalityCode: person.municipalityCode,
        personId: person.id,
        purpose: input.purpose,
        recipientOrganisationId: input.recipientOrganisationId,
        givenOn: input.givenOn,
        givenHow: input.givenHow,
        note: input.note,
        recordedBy: user.userId,
        recordedAt: ctx.now,
      })
      .returning({ id: consents.id });
    if (!created) throw new Error('consent insert returned nothing');
    await appendAudit(ctx, tx, {
      action: 'consent.record',
      resourceType: 'consent',
      resourceIds: [created.id],
      municipalityCode: person.municipalityCode,
      details: {
        personId: person.id,
        purpose: input.purpose,
        recipientOrganisationId: input.recipientOrganisationId,
        givenOn: input.givenOn,
        givenHow: input.givenHow,
      },
    });
    const [view] = await loadConsents(tx, and(eq(consents.id, created.id)));
    if (!view) throw new Error('consent vanished');
    return withoutMunicipality(view);
  });
}

export async function withdrawConsent(ctx: Ctx, consentId: string, input: Withdrawal): Promise<Consent> {
  const user = consentRecorder(ctx);
  return inTransaction(ctx, async (tx) => {
    // The row lock makes two withdrawals of the same consent run one after the other: the second gets 409.
    const [row] = await tx.select().from(consents).where(eq(consents.id, consentId)).for('update');
    const notFound = new DomainError('not_found', 'Deze toestemming bestaat niet of u heeft geen toegang');
    if (!row) throw notFound;
    try {
      await requirePerson(ctx, tx, row.personId);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'not_found') throw notFound;
      throw error;
    }
    if (row.withdrawnAt) throw new DomainError('conflict', 'Deze toestemming is al ingetrokken');
    const errors: FieldError[] = [];
    if (input.withdrawnOn > dateInAmsterdam(ctx.now)) {
      errors.push({ path: 'withdrawnOn', message: 'De datum van intrekken ligt in de toekomst' });
    } else if (input.withdrawnOn < row.givenOn) {
      errors.push({
        path: 'withdrawnOn',
        message: 'De datum van intrekken ligt vóór de datum waarop de toestemming is gegeven',
      });
    }
    if (errors.length > 0)
      throw new DomainError('validation', errors.map((e) => e.message).join('; '), errors);
    await tx
      .update(consents)
      .set({
        withdrawnOn: input.withdrawnOn,
        withdrawnHow: input.withdrawnHow,
        withdrawnBy: user.userId,
        withdrawnAt: ctx.now,
      })
      .where(eq(consents.id, row.id));
    await appendAudit(ctx, tx, {
      action: 'consent.withdraw',
      resourceType: 'consent',
      resourceIds: [row.id],
      municipalityCode: row.municipalityCode,
      details: { personId: row.personId, withdrawnOn: input.withdrawnOn, withdrawnHow: input.withdrawnHow },
    });
    const [view] = await loadConsents(tx, and(eq(consents.id, row.id)));
    if (!view) throw new Error('consent vanished');
    return withoutMunicipality(view);
  });
}

/** Consents of the given persons, for the case's tab and the share form. Callers audit what they return. */
export async function consentsOfPersons(db: Executor, personIds: string[]) {
  if (personIds.length === 0) return [];
  return loadConsents(db, and(inArray(consents.personId, personIds)));
}
