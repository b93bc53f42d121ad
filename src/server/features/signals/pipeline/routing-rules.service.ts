import { sql } from 'drizzle-orm';
import { type Ctx, type Executor, inTransaction } from '../../../context.ts';
import type { SignalUrgency } from '../../../db/schema/index.ts';
import { DomainError, type FieldError } from '../../../http/errors.ts';
import { requireCapability } from '../../access/policy.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import { loadSignalSettings } from '../settings.ts';
import { CONFIG_READERS, configMunicipality, requireAnyCapability } from './config-scope.ts';

/** A routing rule as the API writes it (Dutch field names, like the rest of the API). */
export type RuleInput = {
  gemeente: string;
  naam: string;
  prioriteit: number;
  gebiedCode?: string | null | undefined;
  categorie?: string | null | undefined;
  urgentie?: SignalUrgency | null | undefined;
  alleenCrisis?: boolean | undefined;
  teamId: string;
};

export type RuleItem = {
  id: string;
  naam: string;
  prioriteit: number;
  gebiedCode: string | null;
  gebiedNaam: string | null;
  categorie: string | null;
  urgentie: SignalUrgency | null;
  alleenCrisis: boolean;
  teamId: string;
  teamNaam: string;
  actief: boolean;
};

type RuleRowDb = {
  id: string;
  name: string;
  priority: number;
  area_code: string | null;
  area_name: string | null;
  category: string | null;
  urgency: SignalUrgency | null;
  crisis_only: boolean;
  team_id: string;
  team_name: string;
  active: boolean;
};

function toItem(r: RuleRowDb): RuleItem {
  return {
    id: r.id,
    naam: r.name,
    prioriteit: r.priority,
    gebiedCode: r.area_code,
    gebiedNaam: r.area_name,
    categorie: r.category,
    urgentie: r.urgency,
    alleenCrisis: r.crisis_only,
    teamId: r.team_id,
    teamNaam: r.team_name,
    actief: r.active,
  };
}

const selectRules = sql`SELECT r.id, r.name, r.priority, r.area_code, a.name AS area_name, r.category, r.urgency,
    r.crisis_only, r.team_id, t.name AS team_name, r.active
  FROM routing_rules r JOIN teams t ON t.id = r.team_id LEFT JOIN areas a ON a.code = r.area_code`;

/** The teams, areas and categories a rule of this municipality may use. */
export async function ruleOptions(ctx: Ctx, gemeente: string) {
  requireAnyCapability(ctx, CONFIG_READERS);
  const municipality = await configMunicipality(ctx, ctx.db, gemeente);
  return optionsOf(ctx.db, municipality.code);
}

async function optionsOf(db: Executor, municipalityCode: string) {
  const teams = await db.execute<{ id: string; naam: string }>(sql`
    SELECT t.id, t.name AS naam FROM teams t JOIN team_municipalities tm ON tm.team_id = t.id
    WHERE tm.municipality_code = ${municipalityCode} ORDER BY t.name, t.id`);
  const areas = await db.execute<{ code: string; naam: string; soort: 'wijk' | 'buurt' }>(sql`
    SELECT code, name AS naam, kind AS soort FROM areas WHERE municipality_code = ${municipalityCode}
    ORDER BY code`);
  const settings = await loadSignalSettings(db, municipalityCode);
  return {
    teams: teams.rows,
    gebieden: areas.rows,
    categorieen: settings.categories.map((c) => ({ code: c.code, label: c.label })),
  };
}

/** Every rule of the municipality, active first, in the order they are tried. */
export async function listRules(ctx: Ctx, gemeente: string): Promise<RuleItem[]> {
  requireAnyCapability(ctx, CONFIG_READERS);
  const municipality = await configMunicipality(ctx, ctx.db, gemeente);
  const { rows } = await ctx.db.execute<RuleRowDb>(sql`${selectRules}
    WHERE r.municipality_code = ${municipality.code}
    ORDER BY r.active DESC, r.priority, r.created_at, r.id`);
  return rows.map(toItem);
}

/**
 * Checks that the area, team and category of a rule exist in its municipality; Dutch messages per field.
 * Shared by saving and by the preview, so a preview never shows a rule that could not be saved.
 */
export async function validateRule(db: Executor, municipalityCode: string, input: RuleInput): Promise<void> {
  const options = await optionsOf(db, municipalityCode);
  const errors: FieldError[] = [];
  if (input.gebiedCode && !options.gebieden.some((a) => a.code === input.gebiedCode)) {
    errors.push({ path: 'gebiedCode', message: 'Kies een wijk of buurt van deze gemeente' });
  }
  if (input.categorie && !options.categorieen.some((c) => c.code === input.categorie)) {
    errors.push({ path: 'categorie', message: 'Kies een categorie die deze gemeente gebruikt' });
  }
  if (!options.teams.some((t) => t.id === input.teamId)) {
    errors.push({ path: 'teamId', message: 'Kies een team dat voor deze gemeente werkt' });
  }
  if (errors.length > 0) {
    throw new DomainError('validation', errors.map((e) => e.message).join('; '), errors);
  }
}

async function ruleItem(db: Executor, id: string): Promise<RuleItem> {
  const { rows } = await db.execute<RuleRowDb>(sql`${selectRules} WHERE r.id = ${id}`);
  if (!rows[0]) throw new Error('routing rule missing after write');
  return toItem(rows[0]);
}

/** The stored rule when it belongs to a municipality the actor configures; otherwise not found. */
export async function ruleInScope(ctx: Ctx, db: Executor, id: string) {
  const { rows } = await db.execute<{ id: string; municipality_code: string; created_at: Date }>(sql`
    SELECT id, municipality_code, created_at FROM routing_rules WHERE id = ${id}`);
  const rule = rows[0];
  if (!rule) throw new DomainError('not_found', 'Deze routeringsregel bestaat niet');
  await configMunicipality(ctx, db, rule.municipality_code).catch(() => {
    throw new DomainError('not_found', 'Deze routeringsregel bestaat niet');
  });
  return rule;
}

function auditDetails(input: RuleInput) {
  return {
    naam: input.naam,
    prioriteit: input.prioriteit,
    gebiedCode: input.gebiedCode ?? null,
    categorie: input.categorie ?? null,
    urgentie: input.urgentie ?? null,
    alleenCrisis: input.alleenCrisis ?? false,
    teamId: input.teamId,
  };
}

export async function createRule(ctx: Ctx, input: RuleInput): Promise<RuleItem> {
  requireCapability(ctx, 'routing.manage');
  return inTransaction(ctx, async (tx) => {
    const municipality = await configMunicipality(ctx, tx, input.gemeente);
    await validateRule(tx, municipality.code, input);
    const { rows } = await tx.execute<{ id: string }>(sql`
      INSERT INTO routing_rules (municipality_code, name, priority, area_code, category, urgency, crisis_only, team_id,
        created_by, created_at, updated_at)
      VALUES (${municipality.code}, ${input.naam}, ${input.prioriteit}, ${input.gebiedCode ?? null},
        ${input.categorie ?? null}, ${input.urgentie ?? null}, ${input.alleenCrisis ?? false}, ${input.teamId},
        ${ctx.actor?.type === 'user' ? ctx.actor.userId : null}, ${ctx.now.toISOString()}::timestamptz,
        ${ctx.now.toISOString()}::timestamptz)
      RETURNING id`);
    const id = rows[0]!.id;
    await appendAudit(ctx, tx, {
      action: 'routing-rule.create',
      resourceType: 'routing_rule',
      resourceIds: [id],
      municipalityCode: municipality.code,
      details: auditDetails(input),
    });
    return ruleItem(tx, id);
  });
}

/** Changes a rule (and activates it again when it was deactivated); the municipality of a rule never changes. */
export async function updateRule(ctx: Ctx, id: string, input: RuleInput): Promise<RuleItem> {
  requireCapability(ctx, 'routing.manage');
  return inTransaction(ctx, async (tx) => {
    const rule = await ruleInScope(ctx, tx, id);
    if (input.gemeente !== rule.municipality_code) {
      throw new DomainError('validation', 'Een regel hoort bij één gemeente', [
        { path: 'gemeente', message: `Deze regel hoort bij gemeente ${rule.municipality_code}` },
      ]);
    }
    await validateRule(tx, rule.municipality_code, input);
    await tx.execute(sql`
      UPDATE routing_rules SET name = ${input.naam}, priority = ${input.prioriteit}, area_code = ${input.gebiedCode ?? null},
        category = ${input.categorie ?? null}, urgency = ${input.urgentie ?? null},
        crisis_only = ${input.alleenCrisis ?? false}, team_id = ${input.teamId}, active = true,
        updated_at = ${ctx.now.toISOString()}::timestamptz
      WHERE id = ${id}`);
    await appendAudit(ctx, tx, {
      action: 'routing-rule.update',
      resourceType: 'routing_rule',
      resourceIds: [id],
      municipalityCode: rule.municipality_code,
      details: auditDetails(input),
    });
    return ruleItem(tx, id);
  });
}

/** Deactivates a rule: it stays for the history (signals name the rule that routed them) but routes nothing. */
export async function deactivateRule(ctx: Ctx, id: string): Promise<void> {
  requireCapability(ctx, 'routing.manage');
  await inTransaction(ctx, async (tx) => {
    const rule = await ruleInScope(ctx, tx, id);
    await tx.execute(sql`
      UPDATE routing_rules SET active = false, updated_at = ${ctx.now.toISOString()}::timestamptz WHERE id = ${id}`);
    await appendAudit(ctx, tx, {
      action: 'routing-rule.deactivate',
      resourceType: 'routing_rule',
      resourceIds: [id],
      municipalityCode: rule.municipality_code,
    });
  });
}
