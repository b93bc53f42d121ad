import { sql } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../context.ts';
import { DomainError, type FieldError } from '../../http/errors.ts';
import { requireCapability } from '../access/policy.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { configMunicipality, requireAnyCapability } from '../signals/pipeline/config-scope.ts';
import {
  type CaseSettings,
  CaseSettingsSchema,
  DEFAULT_CASE_SETTINGS,
  loadCaseSettings,
  type Term,
} from './case-settings.ts';

/**
 * A municipality's case settings: the terms (the law's values by default) and the board's margins. Configuration
 * without personal data: the team leader or beheerder of the municipality changes it; the people working on its
 * cases may read it, so they can see which term a new deadline will get.
 */

export async function getCaseSettings(ctx: Ctx, gemeentecode: string): Promise<CaseSettings> {
  requireAnyCapability(ctx, ['case.settings', 'case.work']);
  const municipality = await configMunicipality(ctx, ctx.db, gemeentecode);
  return loadCaseSettings(ctx.db, municipality.code);
}

/** The term in calendar days it may at most take; a working day is never shorter than a calendar day. */
function calendarDays(term: Pick<Term, 'amount' | 'unit'>): number {
  return term.unit === 'weken' ? term.amount * 7 : term.amount;
}

function unitText(term: Pick<Term, 'amount' | 'unit'>): string {
  return `${term.amount} ${term.unit === 'weken' && term.amount === 1 ? 'week' : term.unit}`;
}

/**
 * A municipality may shorten a term the law sets, never lengthen it. Working days and calendar days compare
 * conservatively: N calendar days always end on or before N working days; N working days fit in a calendar-day
 * term only when N is at most 5/7 of it.
 */
export function exceedsLaw(term: Term, law: Term): boolean {
  if (law.unit === 'werkdagen') return term.amount > law.amount;
  if (term.unit === 'werkdagen') return term.amount > Math.floor((calendarDays(law) * 5) / 7);
  return calendarDays(term) > calendarDays(law);
}

function lawErrors(settings: CaseSettings): FieldError[] {
  const errors: FieldError[] = [];
  for (const key of Object.keys(settings.terms) as (keyof CaseSettings['terms'])[]) {
    const law = DEFAULT_CASE_SETTINGS.terms[key];
    if (exceedsLaw(settings.terms[key], law)) {
      errors.push({
        path: `terms.${key}.amount`,
        message: `Deze termijn mag niet langer zijn dan de wet toestaat: ${unitText(law)} (${law.rule})`,
      });
    }
  }
  return errors;
}

/** Replaces the municipality's case settings (validated whole), with an audit row naming what changed. */
export async function putCaseSettings(ctx: Ctx, gemeentecode: string, input: unknown): Promise<CaseSettings> {
  requireCapability(ctx, 'case.settings');
  const parsed = CaseSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({
      path: i.path.join('.') || '(invoer)',
      message: i.message,
    }));
    throw new DomainError('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
  }
  const settings = parsed.data;
  const errors = lawErrors(settings);
  if (errors.length > 0) throw new DomainError('validation', errors.map((e) => e.message).join('; '), errors);
  return inTransaction(ctx, async (tx) => {
    const municipality = await configMunicipality(ctx, tx, gemeentecode);
    const before = await loadCaseSettings(tx, municipality.code);
    await tx.execute(sql`
      INSERT INTO case_settings (municipality_code, settings, updated_at, updated_by)
      VALUES (${municipality.code}, ${JSON.stringify(settings)}::jsonb, ${ctx.now.toISOString()}::timestamptz,
        ${ctx.actor?.type === 'user' ? ctx.actor.userId : null})
      ON CONFLICT (municipality_code) DO UPDATE SET settings = EXCLUDED.settings, updated_at = EXCLUDED.updated_at,
        updated_by = EXCLUDED.updated_by`);
    const changed = [
      ...Object.keys(settings.terms)
        .filter((k) => {
          const key = k as keyof CaseSettings['terms'];
          return JSON.stringify(settings.terms[key]) !== JSON.stringify(before.terms[key]);
        })
        .map((k) => `terms.${k}`),
      ...Object.keys(settings.board)
        .filter((k) => {
          const key = k as keyof CaseSettings['board'];
          return settings.board[key] !== before.board[key];
        })
        .map((k) => `board.${k}`),
    ];
    await appendAudit(ctx, tx, {
      action: 'case-settings.update',
      resourceType: 'case_settings',
      resourceIds: [municipality.code],
      municipalityCode: municipality.code,
      details: { gewijzigd: changed },
    });
    return settings;
  });
}
