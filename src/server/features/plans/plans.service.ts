import { and, desc, eq, lte } from 'drizzle-orm';
import type { Ctx, Executor } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { planAgreements, planVersions } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { dateInAmsterdam } from '../../lib/dates.ts';
import { appendAudit, auditRead } from '../audit/audit.service.ts';
import { type CaseRow, requireCase, requireOpen } from '../cases/case-access.ts';
import {
  EMPTY_PLAN,
  type NewAgreement,
  type PlanContent,
  PlanContentSchema,
  type PlanView,
} from './plan.schema.ts';
import { diffPlans } from './plan-diff.ts';
import { loadPlanMembers, loadUserRefs } from './plan-members.ts';

type VersionRow = typeof planVersions.$inferSelect;

/** The newest saved version of the case's plan, or null when nothing was saved yet. */
export async function latestVersion(db: Executor, caseId: string): Promise<VersionRow | null> {
  const [row] = await db
    .select()
    .from(planVersions)
    .where(eq(planVersions.caseId, caseId))
    .orderBy(desc(planVersions.version))
    .limit(1);
  return row ?? null;
}

async function versionRow(db: Executor, caseId: string, version: number): Promise<VersionRow> {
  const [row] = await db
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.caseId, caseId), eq(planVersions.version, version)));
  if (!row) throw new DomainError('not_found', `Versie ${version} van dit plan bestaat niet`);
  return row;
}

/** Stored content, read through the schema so a view never carries fields the contract does not have. */
export function contentOf(row: VersionRow | null): PlanContent {
  return row ? PlanContentSchema.parse(row.content) : EMPTY_PLAN;
}

/**
 * The plan as it was at one version (null: nothing saved yet), with the latest agreement given to that version or
 * an earlier one: an agreement to an older version stays visible, and planVersion < version shows it is older.
 */
async function viewOf(ctx: Ctx, db: Executor, row: CaseRow, version: VersionRow | null): Promise<PlanView> {
  const [agreement] = version
    ? await db
        .select()
        .from(planAgreements)
        .where(and(eq(planAgreements.caseId, row.id), lte(planAgreements.planVersion, version.version)))
        .orderBy(
          desc(planAgreements.planVersion),
          desc(planAgreements.recordedAt),
          desc(planAgreements.agreedOn),
        )
        .limit(1)
    : [];
  const users = await loadUserRefs(db, [version?.savedBy ?? null]);
  const members = await loadPlanMembers(db, row.householdId, dateInAmsterdam(ctx.now));
  return {
    version: version?.version ?? 0,
    content: contentOf(version),
    savedAt: version ? version.savedAt.toISOString() : null,
    savedBy: version?.savedBy ? (users.get(version.savedBy) ?? null) : null,
    agreement: agreement
      ? {
          planVersion: agreement.planVersion,
          agreedOn: agreement.agreedOn,
          how: agreement.how as 'mondeling' | 'schriftelijk' | 'digitaal',
          note: agreement.note,
        }
      : null,
    members,
  };
}

const audited = (row: CaseRow) => [{ id: row.id, municipalityCode: row.municipalityCode }];

/** The current plan of the case (version 0 with an empty plan when nothing was saved yet). */
export async function getPlan(ctx: Ctx, caseId: string): Promise<PlanView> {
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId);
    const view = await viewOf(ctx, tx, row, await latestVersion(tx, caseId));
    await auditRead(ctx, tx, 'plan', audited(row), { version: view.version });
    return view;
  });
}

/** One saved version of the plan, read-only. */
export async function getPlanVersion(ctx: Ctx, caseId: string, version: number): Promise<PlanView> {
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId);
    const view = await viewOf(ctx, tx, row, await versionRow(tx, caseId, version));
    await auditRead(ctx, tx, 'plan', audited(row), { version });
    return view;
  });
}

/** Who saved which version when, newest first. */
export async function listPlanVersions(ctx: Ctx, caseId: string) {
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId);
    const rows = await tx
      .select({ version: planVersions.version, savedAt: planVersions.savedAt, savedBy: planVersions.savedBy })
      .from(planVersions)
      .where(eq(planVersions.caseId, caseId))
      .orderBy(desc(planVersions.version));
    const users = await loadUserRefs(
      tx,
      rows.map((r) => r.savedBy),
    );
    await auditRead(ctx, tx, 'plan', audited(row), { versions: true });
    return rows.map((r) => ({
      version: r.version,
      savedAt: r.savedAt.toISOString(),
      savedBy: r.savedBy ? (users.get(r.savedBy) ?? null) : null,
    }));
  });
}

/**
 * Saves the plan as a new version on top of `baseVersion`. Two people saving on the same base: the unique
 * (case_id, version) index lets only one insert win; the other gets 409 and must reload, so no save is lost
 * silently. Goals' personIds must be members of the household.
 */
export async function savePlan(
  ctx: Ctx,
  caseId: string,
  input: { baseVersion: number; content: PlanContent },
): Promise<PlanView> {
  if (ctx.actor?.type !== 'user') throw new DomainError('forbidden');
  const userId = ctx.actor.userId;
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId);
    requireOpen(row);
    const latest = await latestVersion(tx, caseId);
    if ((latest?.version ?? 0) !== input.baseVersion) throw savedByOthers();
    const members = await loadPlanMembers(tx, row.householdId, dateInAmsterdam(ctx.now));
    const memberIds = new Set(members.map((m) => m.personId));
    const errors = input.content.goals.flatMap((goal, g) =>
      goal.personId && !memberIds.has(goal.personId)
        ? [
            {
              path: `content.goals.${g}.personId`,
              message: 'Deze persoon hoort niet (meer) bij het huishouden',
            },
          ]
        : [],
    );
    if (errors.length > 0)
      throw new DomainError('validation', errors.map((e) => e.message).join('; '), errors);

    const version = input.baseVersion + 1;
    const [inserted] = await tx
      .insert(planVersions)
      .values({ caseId, version, content: input.content, savedBy: userId, savedAt: ctx.now })
      .onConflictDoNothing()
      .returning();
    if (!inserted) throw savedByOthers();
    await appendAudit(ctx, tx, {
      action: 'plan.save',
      resourceType: 'plan',
      resourceIds: [caseId],
      municipalityCode: row.municipalityCode,
      details: { version, goals: input.content.goals.length },
    });
    return viewOf(ctx, tx, row, inserted);
  });
}

function savedByOthers() {
  return new DomainError(
    'conflict',
    'Iemand anders heeft het plan intussen opgeslagen. Laad het plan opnieuw en voer uw wijzigingen opnieuw in',
  );
}

/** The changes between two versions (from may be 0: everything in `to` is new). */
export async function diffPlanVersions(ctx: Ctx, caseId: string, from: number, to: number) {
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId);
    const before = from === 0 ? null : await versionRow(tx, caseId, from);
    const after = await versionRow(tx, caseId, to);
    await auditRead(ctx, tx, 'plan', audited(row), { diff: { from, to } });
    return { from, to, changes: diffPlans(contentOf(before), contentOf(after)) };
  });
}

/**
 * Records that the resident agreed to one saved version (when and how). The agreement belongs to that version:
 * after a later save, the view shows it as agreement to an older version.
 */
export async function recordAgreement(ctx: Ctx, caseId: string, input: NewAgreement): Promise<PlanView> {
  if (ctx.actor?.type !== 'user') throw new DomainError('forbidden');
  const userId = ctx.actor.userId;
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId);
    requireOpen(row);
    const [version] = await tx
      .select()
      .from(planVersions)
      .where(and(eq(planVersions.caseId, caseId), eq(planVersions.version, input.version)));
    if (!version) {
      throw new DomainError('validation', `Versie ${input.version} van dit plan bestaat niet`, [
        { path: 'version', message: 'Kies een versie die is opgeslagen' },
      ]);
    }
    const today = dateInAmsterdam(ctx.now);
    const savedOn = dateInAmsterdam(version.savedAt);
    const dateError =
      input.agreedOn > today
        ? 'De datum van instemming ligt in de toekomst'
        : input.agreedOn < savedOn
          ? `De bewoner kan niet instemmen voordat deze versie bestond (opgeslagen op ${savedOn})`
          : null;
    if (dateError) throw new DomainError('validation', dateError, [{ path: 'agreedOn', message: dateError }]);
    await tx.insert(planAgreements).values({
      caseId,
      planVersion: input.version,
      agreedOn: input.agreedOn,
      how: input.how,
      note: input.note?.length ? input.note : null,
      recordedBy: userId,
      recordedAt: ctx.now,
    });
    await appendAudit(ctx, tx, {
      action: 'plan.agreement',
      resourceType: 'plan',
      resourceIds: [caseId],
      municipalityCode: row.municipalityCode,
      details: { version: input.version, how: input.how },
    });
    return viewOf(ctx, tx, row, await latestVersion(tx, caseId));
  });
}
