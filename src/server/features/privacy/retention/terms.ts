import { sql } from 'drizzle-orm';
import type { Executor } from '../../../context.ts';
import { loadSignalSettings } from '../../signals/settings.ts';
import {
  RETENTION_CATEGORIES,
  type RetentionCategory,
  type RetentionCategoryCode,
} from '../register/register.ts';

export type RetentionTerm = RetentionCategory & {
  /** The term in force for the municipality (its own value, else the register's default). */
  months: number;
};

/**
 * A municipality's terms per retention category. The four signal terms are read from the signal settings (where
 * /instellingen also changes them), the others from retention_terms; a missing value is the register's default.
 */
export async function loadRetentionTerms(db: Executor, municipalityCode: string): Promise<RetentionTerm[]> {
  const signal = await loadSignalSettings(db, municipalityCode);
  const { rows } = await db.execute<{ category: string; months: number }>(sql`
    SELECT category, months FROM retention_terms WHERE municipality_code = ${municipalityCode}`);
  const own = new Map(rows.map((r) => [r.category, r.months]));
  return RETENTION_CATEGORIES.map((c) => ({
    ...c,
    months: c.signalSettingsKey
      ? signal.retentionMonths[c.signalSettingsKey]
      : (own.get(c.code) ?? c.defaultMonths),
  }));
}

export type TermsByCode = Record<RetentionCategoryCode, RetentionTerm>;

export function byCode(terms: RetentionTerm[]): TermsByCode {
  return Object.fromEntries(terms.map((t) => [t.code, t])) as TermsByCode;
}
