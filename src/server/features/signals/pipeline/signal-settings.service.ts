import { sql } from 'drizzle-orm';
import { type Ctx, type Executor, inTransaction } from '../../../context.ts';
import { DomainError, type FieldError } from '../../../http/errors.ts';
import { requireCapability } from '../../access/policy.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import {
  ARREARS_CATEGORY,
  loadSignalSettings,
  type SignalSettings,
  SignalSettingsSchema,
} from '../settings.ts';
import { CONFIG_READERS, configMunicipality, requireAnyCapability } from './config-scope.ts';

/** The signal settings of a municipality (the defaults when it never changed them). */
export async function getSignalSettings(ctx: Ctx, gemeente: string): Promise<SignalSettings> {
  requireAnyCapability(ctx, CONFIG_READERS);
  const municipality = await configMunicipality(ctx, ctx.db, gemeente);
  return loadSignalSettings(ctx.db, municipality.code);
}

/** What the schema alone cannot check: unique category codes, the DDAS category, score order, rules' categories. */
function consistencyErrors(settings: SignalSettings, ruleCategories: { category: string; name: string }[]) {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  settings.categories.forEach((c, i) => {
    if (seen.has(c.code))
      errors.push({ path: `categories.${i}.code`, message: `De code ${c.code} komt twee keer voor` });
    seen.add(c.code);
  });
  const arrears = settings.categories.find((c) => c.code === ARREARS_CATEGORY);
  if (arrears?.kind !== 'vroegsignaal') {
    errors.push({
      path: 'categories',
      message: `De categorie ${ARREARS_CATEGORY} (vroegsignaal) is nodig voor DDAS- en CSV-bestanden`,
    });
  }
  if (settings.reviewMinScore > settings.autoMatchScore) {
    errors.push({
      path: 'reviewMinScore',
      message: 'De grens voor beoordelen mag niet hoger zijn dan de grens voor automatisch koppelen',
    });
  }
  for (const r of ruleCategories) {
    if (!seen.has(r.category)) {
      errors.push({
        path: 'categories',
        message: `De categorie ${r.category} wordt gebruikt door routeringsregel "${r.name}"; pas eerst die regel aan`,
      });
    }
  }
  return errors;
}

/** Replaces the municipality's settings (validated whole), with an audit row naming what changed. */
export async function putSignalSettings(ctx: Ctx, gemeente: string, input: unknown): Promise<SignalSettings> {
  requireCapability(ctx, 'routing.manage');
  const parsed = SignalSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({
      path: i.path.join('.') || '(invoer)',
      message: i.message,
    }));
    throw new DomainError('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
  }
  const settings = parsed.data;
  return inTransaction(ctx, async (tx) => {
    const municipality = await configMunicipality(ctx, tx, gemeente);
    const { rows: ruleCategories } = await tx.execute<{ category: string; name: string }>(sql`
      SELECT category, name FROM routing_rules
      WHERE municipality_code = ${municipality.code} AND active AND category IS NOT NULL ORDER BY name`);
    const errors = consistencyErrors(settings, ruleCategories);
    if (errors.length > 0)
      throw new DomainError('validation', errors.map((e) => e.message).join('; '), errors);
    await storeSignalSettings(ctx, tx, municipality.code, settings);
    return settings;
  });
}

/**
 * Stores a municipality's (valid) settings with an audit row naming what changed. The caller checked the
 * capability: routing.manage here, retention.manage for the retention terms (features/privacy/retention).
 */
export async function storeSignalSettings(
  ctx: Ctx,
  tx: Executor,
  municipalityCode: string,
  settings: SignalSettings,
): Promise<void> {
  const before = await loadSignalSettings(tx, municipalityCode);
  const json = JSON.stringify(settings);
  await tx.execute(sql`
    INSERT INTO signal_settings (municipality_code, settings, updated_at, updated_by)
    VALUES (${municipalityCode}, ${json}::jsonb, ${ctx.now.toISOString()}::timestamptz,
      ${ctx.actor?.type === 'user' ? ctx.actor.userId : null})
    ON CONFLICT (municipality_code) DO UPDATE SET settings = EXCLUDED.settings, updated_at = EXCLUDED.updated_at,
      updated_by = EXCLUDED.updated_by`);
  const changed = (Object.keys(settings) as (keyof SignalSettings)[]).filter(
    (k) => JSON.stringify(settings[k]) !== JSON.stringify(before[k]),
  );
  await appendAudit(ctx, tx, {
    action: 'signal-settings.update',
    resourceType: 'signal_settings',
    resourceIds: [municipalityCode],
    municipalityCode,
    details: { gewijzigd: changed },
  });
}
