import { sql } from 'drizzle-orm';
import { type Ctx, type Executor, inTransaction } from '../../../context.ts';
import { DomainError } from '../../../http/errors.ts';
import { dateInAmsterdam } from '../../../lib/dates.ts';
import { requireCapability } from '../../access/policy.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import { loadRetentionTerms } from '../retention/terms.ts';
import { REGISTER_VERSION } from './register.ts';
import {
  defaultRetentionMonths,
  exportFileName,
  type RegisterMunicipality,
  type RegisterRow,
  type RegisterView,
  type RetentionMonths,
  registerCsv,
  registerRows,
  registerView,
} from './register-view.ts';

/**
 * The processing register for the FG, beheerder and beleidsmedewerker. The register itself is fixed text
 * (register.ts); only the retention terms differ per municipality, so the view fills in those of the actor's
 * municipality. Reading holds no personal data and is not audited; an export is, because it leaves Regie.
 */

/**
 * The municipalities an actor works for: those of its own organisation when that is a gemeente (the FG, beheerder
 * and beleidsmedewerker), and those of its teams. Same rule as the signal configuration (config-scope.ts).
 */
async function actorMunicipalities(ctx: Ctx, db: Executor): Promise<RegisterMunicipality[]> {
  const actor = ctx.actor;
  if (actor?.type !== 'user') return [];
  const { rows } = await db.execute<RegisterMunicipality>(sql`
    SELECT m.code, m.name FROM municipalities m WHERE m.code IN (
      SELECT om.municipality_code FROM organisation_municipalities om
        JOIN organisations o ON o.id = om.organisation_id AND o.kind = 'gemeente'
        WHERE om.organisation_id = ${actor.organisationId}
      UNION SELECT tmu.municipality_code FROM team_municipalities tmu
        JOIN team_members tm ON tm.team_id = tmu.team_id WHERE tm.user_id = ${actor.userId})
    ORDER BY m.code`);
  return rows;
}

/**
 * The municipality whose terms the register shows: the one asked for (when it is the actor's), else the actor's
 * first. An actor without a municipality sees the defaults; asking for another municipality is not found.
 */
async function registerMunicipality(
  ctx: Ctx,
  db: Executor,
  requested: string | undefined,
): Promise<RegisterMunicipality | null> {
  const mine = await actorMunicipalities(ctx, db);
  if (requested === undefined) return mine[0] ?? null;
  const found = mine.find((m) => m.code === requested);
  if (!found) throw new DomainError('not_found', 'Deze gemeente bestaat niet of u heeft er geen toegang toe');
  return found;
}

/** The municipality's current term per retention category (signal settings, retention_terms, or the default). */
async function currentRetentionMonths(db: Executor, municipalityCode: string): Promise<RetentionMonths> {
  const terms = await loadRetentionTerms(db, municipalityCode);
  return Object.fromEntries(terms.map((t) => [t.code, t.months])) as RetentionMonths;
}

async function load(ctx: Ctx, db: Executor, gemeente: string | undefined) {
  const municipality = await registerMunicipality(ctx, db, gemeente);
  const months = municipality
    ? await currentRetentionMonths(db, municipality.code)
    : defaultRetentionMonths();
  return { municipality, months };
}

export async function getRegister(ctx: Ctx, gemeente?: string): Promise<RegisterView> {
  requireCapability(ctx, 'privacy.register');
  const { municipality, months } = await load(ctx, ctx.db, gemeente);
  return registerView(municipality, months);
}

export type RegisterExport =
  | { format: 'csv'; fileName: string; body: string }
  | { format: 'json'; fileName: string; body: RegisterExportJson };

export type RegisterExportJson = RegisterView & { exportedAt: string; rows: RegisterRow[] };

/** The register as a file (CSV for spreadsheets, JSON for tools), with an audit row in the same transaction. */
export async function exportRegister(
  ctx: Ctx,
  format: 'csv' | 'json',
  gemeente?: string,
): Promise<RegisterExport> {
  requireCapability(ctx, 'privacy.register');
  return inTransaction(ctx, async (tx) => {
    const { municipality, months } = await load(ctx, tx, gemeente);
    const rows = registerRows(months);
    const fileName = exportFileName(municipality?.code ?? null, dateInAmsterdam(ctx.now), format);
    await appendAudit(ctx, tx, {
      action: 'privacy.register.export',
      resourceType: 'processing_register',
      resourceIds: [],
      municipalityCode: municipality?.code ?? null,
      details: { format, version: REGISTER_VERSION, rows: rows.length },
    });
    if (format === 'csv') return { format, fileName, body: registerCsv(rows) };
    return {
      format,
      fileName,
      body: { ...registerView(municipality, months), exportedAt: ctx.now.toISOString(), rows },
    };
  });
}
