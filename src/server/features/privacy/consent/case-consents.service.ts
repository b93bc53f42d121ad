import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../../context.ts';
import { inTransaction } from '../../../context.ts';
import { householdMembers, persons } from '../../../db/schema/index.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import { requireCase } from '../../cases/case-access.ts';
import { personName } from '../../plans/plan-members.ts';
import type { MemberConsents } from './consent.schemas.ts';
import { consentsOfPersons } from './consent.service.ts';
import { consentRecorder } from './consent-access.ts';

/**
 * The case's tab "Delen en toestemming": every person who is or was a member of the case's household, with their
 * consents. Loaded through requireCase, so only the case team (caseScope) reads it; audited as a consent read.
 */
export async function listCaseConsents(ctx: Ctx, caseId: string): Promise<MemberConsents[]> {
  consentRecorder(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId);
    const memberRows = await tx
      .select({
        personId: persons.id,
        voornamen: persons.voornamen,
        voorvoegsel: persons.voorvoegsel,
        geslachtsnaam: persons.geslachtsnaam,
        relation: householdMembers.relation,
        toDate: householdMembers.toDate,
      })
      .from(householdMembers)
      .innerJoin(persons, eq(persons.id, householdMembers.personId))
      .where(eq(householdMembers.householdId, row.householdId))
      .orderBy(asc(persons.geboortedatum), asc(persons.id), asc(householdMembers.fromDate));
    // A person can have several membership periods: one entry each, current if any period is open.
    const members = new Map<string, MemberConsents>();
    for (const m of memberRows) {
      const current = m.toDate === null;
      const known = members.get(m.personId);
      if (known) {
        known.current ||= current;
        if (current) known.relation = m.relation;
        continue;
      }
      members.set(m.personId, {
        personId: m.personId,
        name: personName(m),
        relation: m.relation,
        current,
        consents: [],
      });
    }
    const rows = await consentsOfPersons(tx, [...members.keys()]);
    for (const { municipalityCode: _, ...consent } of rows)
      members.get(consent.personId)?.consents.push(consent);
    await appendAudit(ctx, tx, {
      action: 'consent.read',
      resourceType: 'consent',
      resourceIds: rows.map((r) => r.id),
      municipalityCode: row.municipalityCode,
      details: { caseId: row.id, personIds: [...members.keys()] },
    });
    // Current members first; former members after them, their consents still explain past sharing.
    return [...members.values()].sort((a, b) => Number(b.current) - Number(a.current));
  });
}
