import { and, desc, eq } from 'drizzle-orm';
import type { Ctx, Tx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import {
  addresses,
  caseRegisseurs,
  households,
  planAgreements,
  teams,
  users,
} from '../../db/schema/index.ts';
import { addressLine } from '../../lib/address-line.ts';
import { dateInAmsterdam } from '../../lib/dates.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { requireCase } from '../cases/case-access.ts';
import type { PlanContent } from './plan.schema.ts';
import { loadPlanMembers } from './plan-members.ts';
import { renderPlanPdf } from './plan-pdf.ts';
import { contentOf, latestVersion } from './plans.service.ts';
import type { Provision } from './provisions.schemas.ts';
import { householdProvisions, toProvision } from './provisions.service.ts';

export type PlanAgreementLine = {
  planVersion: number;
  agreedOn: string;
  how: 'mondeling' | 'schriftelijk' | 'digitaal';
};

/** Everything the printed plan shows, already in the household's terms (names instead of ids). */
export type PlanPrint = {
  version: number;
  savedOn: string | null;
  printedOn: string;
  printedAt: Date;
  memberNames: string[];
  addressLine: string;
  teamName: string;
  regisseur: { name: string; email: string | null } | null;
  goals: (PlanContent['goals'][number] & { personName: string | null })[];
  provisions: (Provision & { personName: string | null; goalNumbers: number[] })[];
  agreement: PlanAgreementLine | null;
};

/** Loads the latest plan with everything around it; the caller audits. */
async function loadPlanPrint(ctx: Ctx, tx: Tx, caseId: string) {
  const row = await requireCase(ctx, tx, caseId);
  const today = dateInAmsterdam(ctx.now);
  const version = await latestVersion(tx, caseId);
  const content = contentOf(version);
  const members = await loadPlanMembers(tx, row.householdId, today);
  const names = new Map(members.map((m) => [m.personId, m.name]));
  const [place] = await tx
    .select({
      straat: addresses.straat,
      huisnummer: addresses.huisnummer,
      huisletter: addresses.huisletter,
      huisnummertoevoeging: addresses.huisnummertoevoeging,
      postcode: addresses.postcode,
      woonplaats: addresses.woonplaats,
    })
    .from(households)
    .innerJoin(addresses, eq(addresses.id, households.addressId))
    .where(eq(households.id, row.householdId));
  const [team] = await tx.select({ name: teams.name }).from(teams).where(eq(teams.id, row.teamId));
  const [regisseur] = await tx
    .select({ name: users.displayName, email: users.email })
    .from(caseRegisseurs)
    .innerJoin(users, eq(users.id, caseRegisseurs.userId))
    .where(and(eq(caseRegisseurs.caseId, caseId), eq(caseRegisseurs.status, 'actief')));
  const [agreement] = version
    ? await tx
        .select()
        .from(planAgreements)
        .where(eq(planAgreements.caseId, caseId))
        .orderBy(desc(planAgreements.planVersion), desc(planAgreements.recordedAt))
        .limit(1)
    : [];
  const goalNumber = new Map(content.goals.map((g, i) => [g.id, i + 1]));
  const provisions = (await householdProvisions(ctx, tx, row)).map(toProvision);

  const print: PlanPrint = {
    version: version?.version ?? 0,
    savedOn: version ? dateInAmsterdam(version.savedAt) : null,
    printedOn: today,
    printedAt: ctx.now,
    memberNames: members.map((m) => m.name),
    addressLine: place ? addressLine(place) : '',
    teamName: team?.name ?? 'het wijkteam',
    regisseur: regisseur ? { name: regisseur.name, email: regisseur.email } : null,
    goals: content.goals.map((g) => ({
      ...g,
      personName: g.personId ? (names.get(g.personId) ?? null) : null,
    })),
    provisions: provisions.map((p) => ({
      ...p,
      personName: p.personId ? (names.get(p.personId) ?? null) : null,
      goalNumbers: p.goalIds.flatMap((id) => goalNumber.get(id) ?? []).sort((a, b) => a - b),
    })),
    agreement: agreement
      ? {
          planVersion: agreement.planVersion,
          agreedOn: agreement.agreedOn,
          how: agreement.how as PlanAgreementLine['how'],
        }
      : null,
  };
  return { row, print };
}

/** The printable plan as a PDF; the download is audited like a read of the plan, with the version printed. */
export async function planPdf(ctx: Ctx, caseId: string): Promise<Buffer> {
  const { print } = await inTransaction(ctx, async (tx) => {
    const loaded = await loadPlanPrint(ctx, tx, caseId);
    await appendAudit(ctx, tx, {
      action: 'plan.pdf',
      resourceType: 'plan',
      resourceIds: [caseId],
      municipalityCode: loaded.row.municipalityCode,
      details: { version: loaded.print.version },
    });
    return loaded;
  });
  return renderPlanPdf(print);
}
