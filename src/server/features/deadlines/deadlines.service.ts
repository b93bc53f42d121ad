import { and, asc, eq } from 'drizzle-orm';
import { type Ctx, inTransaction, type Tx } from '../../context.ts';
import { caseDeadlines } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { dateInAmsterdam, formatDutchDate, type IsoDate } from '../../lib/dates.ts';
import { deadlineLaw, lawVisible } from '../access/law-visibility.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { type CaseRow, requireCase, requireOpen } from '../cases/case-access.ts';
import { loadCaseSettings, type Term } from './case-settings.ts';
import { allowsThreatening, type DeadlineKind, deadlineLabel, termFor } from './deadline-kinds.ts';
import type { DeadlineView, NewSuspension } from './deadlines.schemas.ts';
import {
  computeDeadline,
  type DeadlineBasis,
  deadlineStatus,
  type Extension,
  hasOpenSuspension,
  type Suspension,
} from './engine.ts';

/**
 * The legal terms of a household case. A deadline keeps the term it was computed with (rule, amount, unit in
 * `basis`): a later change of the municipality's settings does not move a running deadline, and a suspension or
 * extension recomputes the due date from that same term. Every read and change is audited in its transaction.
 */

type DeadlineRow = typeof caseDeadlines.$inferSelect;

/** Deadlines of a law the actor may not see in the case (access rule 6) are left out, as if they did not exist. */
function visibleToActor(ctx: Ctx) {
  return lawVisible(ctx.actor, ctx.now, caseDeadlines.caseId, deadlineLaw('case_deadlines'));
}

/** What the basis column holds: the engine's basis plus whether the shorter threatening-situation term applied. */
type StoredBasis = DeadlineBasis & { threatening: boolean };

const RESOURCE = 'case_deadline';

function todayOf(ctx: Ctx): IsoDate {
  return dateInAmsterdam(ctx.now);
}

function storedBasis(row: DeadlineRow): StoredBasis {
  const b = row.basis as Partial<StoredBasis>;
  return {
    rule: String(b.rule ?? ''),
    amount: Number(b.amount ?? 0),
    unit: (b.unit ?? 'dagen') as Term['unit'],
    explanation: String(b.explanation ?? ''),
    threatening: b.threatening === true,
  };
}

function suspensionsOf(row: DeadlineRow): Suspension[] {
  return (row.suspensions as Suspension[]).map((s) => ({ from: s.from, to: s.to ?? null, reason: s.reason }));
}

function extensionOf(row: DeadlineRow): Extension | null {
  return row.extension ? (row.extension as Extension) : null;
}

function termOf(basis: StoredBasis): Term {
  return { rule: basis.rule, amount: basis.amount, unit: basis.unit };
}

/** The due date and explanation for the row's own term with these suspensions and extension, on `today`. */
function recompute(
  row: DeadlineRow,
  suspensions: Suspension[],
  extension: Extension | null,
  today: IsoDate,
): { dueOn: IsoDate; basis: StoredBasis } {
  const stored = storedBasis(row);
  const computed = computeDeadline({
    term: termOf(stored),
    startedOn: row.startedOn,
    suspensions,
    extension,
    today,
  });
  return { dueOn: computed.dueOn, basis: { ...computed.basis, threatening: stored.threatening } };
}

/**
 * The deadline as the API shows it. While a suspension is open the due date moves every day, so it is computed
 * for today; otherwise the stored due date is exact (the board and caseload compare it in SQL).
 */
function view(row: DeadlineRow, today: IsoDate, riskMargin: number): DeadlineView {
  const suspensions = suspensionsOf(row);
  const extension = extensionOf(row);
  const current = hasOpenSuspension(suspensions)
    ? recompute(row, suspensions, extension, today)
    : { dueOn: row.dueOn, basis: storedBasis(row) };
  return {
    id: row.id,
    kind: row.kind,
    label: deadlineLabel(row.kind, current.basis.threatening),
    startedOn: row.startedOn,
    dueOn: current.dueOn,
    basis: {
      rule: current.basis.rule,
      amount: current.basis.amount,
      unit: current.basis.unit,
      explanation: current.basis.explanation,
    },
    suspensions,
    extension,
    metOn: row.metOn,
    status: deadlineStatus({ dueOn: current.dueOn, metOn: row.metOn, suspensions }, today, riskMargin),
  };
}

function invalid(path: string, message: string): DomainError {
  return new DomainError('validation', message, [{ path, message }]);
}

/** The deadlines of a case in the actor's scope, earliest due first. */
export async function listDeadlines(ctx: Ctx, caseId: string): Promise<DeadlineView[]> {
  return inTransaction(ctx, async (tx) => {
    const c = await requireCase(ctx, tx, caseId);
    const rows = await tx
      .select()
      .from(caseDeadlines)
      .where(and(eq(caseDeadlines.caseId, c.id), visibleToActor(ctx)))
      .orderBy(asc(caseDeadlines.dueOn), asc(caseDeadlines.createdAt), asc(caseDeadlines.id));
    const settings = await loadCaseSettings(tx, c.municipalityCode);
    await appendAudit(ctx, tx, {
      action: 'deadline.read',
      resourceType: RESOURCE,
      resourceIds: rows.map((r) => r.id),
      municipalityCode: c.municipalityCode,
      details: { caseId: c.id },
    });
    const today = todayOf(ctx);
    return rows.map((r) => view(r, today, settings.board.riskMarginWorkingDays));
  });
}

export type CreateDeadlineInput = {
  caseId: string;
  kind: DeadlineKind;
  startedOn: IsoDate;
  threatening?: boolean | undefined;
};

/**
 * Starts a legal term on a case, in the caller's transaction (the cases feature calls this when a case step
 * starts a term). The term comes from the municipality's case settings (the law's value by default) and is
 * recorded with the deadline.
 */
export async function createDeadline(ctx: Ctx, tx: Tx, input: CreateDeadlineInput): Promise<DeadlineView> {
  const c = await requireCase(ctx, tx, input.caseId, { forUpdate: true });
  requireOpen(c);
  const today = todayOf(ctx);
  const threatening = input.threatening === true;
  if (threatening && !allowsThreatening(input.kind)) {
    throw invalid('threatening', 'Een dreigende situatie geldt alleen voor het eerste gesprek schuldhulp');
  }
  if (input.startedOn > today) {
    throw invalid('startedOn', 'De startdatum ligt in de toekomst. Vul de dag in waarop de termijn begon');
  }
  const settings = await loadCaseSettings(tx, c.municipalityCode);
  const computed = computeDeadline({
    term: termFor(settings, input.kind, threatening),
    startedOn: input.startedOn,
  });
  const basis: StoredBasis = { ...computed.basis, threatening };
  const [row] = await tx
    .insert(caseDeadlines)
    .values({
      caseId: c.id,
      municipalityCode: c.municipalityCode,
      kind: input.kind,
      startedOn: input.startedOn,
      dueOn: computed.dueOn,
      basis,
      suspensions: [],
      extension: null,
      createdBy: ctx.actor?.type === 'user' ? ctx.actor.userId : null,
      createdAt: ctx.now,
    })
    .returning();
  if (!row) throw new Error('deadline insert returned nothing');
  await appendAudit(ctx, tx, {
    action: 'deadline.create',
    resourceType: RESOURCE,
    resourceIds: [row.id],
    municipalityCode: c.municipalityCode,
    details: { caseId: c.id, kind: row.kind, startedOn: row.startedOn, dueOn: row.dueOn, rule: basis.rule },
  });
  return view(row, today, settings.board.riskMarginWorkingDays);
}

/** The API's create: its own transaction around createDeadline. */
export async function addDeadline(
  ctx: Ctx,
  caseId: string,
  input: Omit<CreateDeadlineInput, 'caseId'>,
): Promise<DeadlineView> {
  return inTransaction(ctx, (tx) => createDeadline(ctx, tx, { ...input, caseId }));
}

type Change = { suspensions?: Suspension[]; extension?: Extension | null; metOn?: IsoDate };

/**
 * One change to a deadline of an open case: lock the case and the deadline, let `decide` check the rules and
 * say what changes, recompute the due date from the deadline's own term, store, audit.
 */
async function changeDeadline(
  ctx: Ctx,
  caseId: string,
  deadlineId: string,
  action: string,
  decide: (row: DeadlineRow, today: IsoDate, c: CaseRow) => Change,
): Promise<DeadlineView> {
  return inTransaction(ctx, async (tx) => {
    const c = await requireCase(ctx, tx, caseId, { forUpdate: true });
    const [row] = await tx
      .select()
      .from(caseDeadlines)
      .where(and(eq(caseDeadlines.id, deadlineId), eq(caseDeadlines.caseId, c.id), visibleToActor(ctx)))
      .for('update');
    if (!row) throw new DomainError('not_found', 'Deze termijn bestaat niet of hoort niet bij deze casus');
    requireOpen(c);
    const today = todayOf(ctx);
    const change = decide(row, today, c);
    const suspensions = change.suspensions ?? suspensionsOf(row);
    const extension = change.extension !== undefined ? change.extension : extensionOf(row);
    const { dueOn, basis } = recompute(row, suspensions, extension, today);
    const [updated] = await tx
      .update(caseDeadlines)
      .set({ suspensions, extension, dueOn, basis, ...(change.metOn ? { metOn: change.metOn } : {}) })
      .where(eq(caseDeadlines.id, row.id))
      .returning();
    if (!updated) throw new Error('deadline update returned nothing');
    await appendAudit(ctx, tx, {
      action,
      resourceType: RESOURCE,
      resourceIds: [row.id],
      municipalityCode: c.municipalityCode,
      details: { caseId: c.id, dueOnBefore: row.dueOn, dueOn, metOn: updated.metOn },
    });
    const settings = await loadCaseSettings(tx, c.municipalityCode);
    return view(updated, today, settings.board.riskMarginWorkingDays);
  });
}

function requireNotMet(row: DeadlineRow): void {
  if (row.metOn)
    throw new DomainError('conflict', 'Deze termijn is al gehaald. Er kan niets meer aan veranderen');
}

/** Awb 4:15: the term stands still from `from`; with `to` the suspension is recorded as already ended. */
export async function suspendDeadline(
  ctx: Ctx,
  caseId: string,
  deadlineId: string,
  input: NewSuspension,
): Promise<DeadlineView> {
  return changeDeadline(ctx, caseId, deadlineId, 'deadline.suspend', (row, today) => {
    requireNotMet(row);
    const suspensions = suspensionsOf(row);
    if (hasOpenSuspension(suspensions)) {
      throw new DomainError('conflict', 'De termijn staat al stil. Beëindig eerst die opschorting');
    }
    if (input.from < row.startedOn) {
      throw invalid('from', 'De opschorting kan niet beginnen vóór de start van de termijn');
    }
    if (input.from > today) throw invalid('from', 'De eerste dag van de opschorting ligt in de toekomst');
    const lastEnd = suspensions.reduce<IsoDate | null>(
      (max, s) => (s.to && (!max || s.to > max) ? s.to : max),
      null,
    );
    if (lastEnd && input.from < lastEnd) {
      throw invalid(
        'from',
        `De vorige opschorting liep tot ${formatDutchDate(lastEnd)}. Kies die dag of later`,
      );
    }
    if (input.from > row.dueOn) {
      throw invalid('from', `De termijn was toen al verstreken (uiterlijk ${formatDutchDate(row.dueOn)})`);
    }
    const to = input.to ?? null;
    if (to !== null && to < input.from) {
      throw invalid('to', 'De opschorting kan niet eindigen vóór de eerste dag');
    }
    if (to !== null && to > today) {
      throw invalid(
        'to',
        'Deze dag ligt in de toekomst. Laat het veld leeg en beëindig de opschorting later',
      );
    }
    return { suspensions: [...suspensions, { from: input.from, to, reason: input.reason }] };
  });
}

/** Ends the open suspension: the term runs again from `to`. */
export async function endSuspension(
  ctx: Ctx,
  caseId: string,
  deadlineId: string,
  to: IsoDate,
): Promise<DeadlineView> {
  return changeDeadline(ctx, caseId, deadlineId, 'deadline.resume', (row, today) => {
    const suspensions = suspensionsOf(row);
    const open = suspensions.find((s) => s.to === null);
    if (!open) throw new DomainError('conflict', 'Deze termijn staat niet stil');
    if (to < open.from) {
      throw invalid('to', `De opschorting begon op ${formatDutchDate(open.from)}. Kies die dag of later`);
    }
    if (to > today) throw invalid('to', 'Deze dag ligt in de toekomst');
    return { suspensions: suspensions.map((s) => (s === open ? { ...s, to } : s)) };
  });
}

/** Awb 4:14 lid 3: one extension (verdaging), announced before the term has passed. */
export async function extendDeadline(
  ctx: Ctx,
  caseId: string,
  deadlineId: string,
  input: Extension,
): Promise<DeadlineView> {
  return changeDeadline(ctx, caseId, deadlineId, 'deadline.extend', (row, today) => {
    requireNotMet(row);
    if (row.extension) {
      throw new DomainError('conflict', 'Deze termijn is al een keer verlengd. Dat kan maar één keer');
    }
    const current = hasOpenSuspension(suspensionsOf(row))
      ? recompute(row, suspensionsOf(row), null, today).dueOn
      : row.dueOn;
    if (today > current) {
      throw new DomainError(
        'conflict',
        `De termijn is al verstreken (uiterlijk ${formatDutchDate(current)}). Verlengen kan alleen binnen de termijn`,
      );
    }
    return { extension: { amount: input.amount, unit: input.unit, reason: input.reason } };
  });
}

/** The term was met on `on` (the conversation took place, the decision was sent). Ends an open suspension. */
export async function markDeadlineMet(
  ctx: Ctx,
  caseId: string,
  deadlineId: string,
  on: IsoDate,
): Promise<DeadlineView> {
  return changeDeadline(ctx, caseId, deadlineId, 'deadline.met', (row, today) => {
    requireNotMet(row);
    if (on < row.startedOn) throw invalid('on', 'Deze datum ligt vóór de start van de termijn');
    if (on > today) throw invalid('on', 'Deze datum ligt in de toekomst');
    const suspensions = suspensionsOf(row);
    const open = suspensions.find((s) => s.to === null);
    if (open && on < open.from) {
      throw invalid('on', `De termijn staat stil sinds ${formatDutchDate(open.from)}. Kies die dag of later`);
    }
    return { metOn: on, suspensions: suspensions.map((s) => (s === open ? { ...s, to: on } : s)) };
  });
}
