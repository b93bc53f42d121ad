import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { commitmentFigures, type FigurePeriodType } from '../../db/schema/index.ts';
import { DomainError, fieldError } from '../../http/errors.ts';
import { can, todayOf } from '../access/policy.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { isUniqueViolation } from '../cases/unique-violation.ts';
import { commitmentScope } from './agreements.access.ts';
import { getAgreement, loadAgreement } from './agreements.read.ts';
import type { NewFigure } from './agreements.schemas.ts';
import { periodStart } from './partner-figures.ts';

/**
 * Figures a party supplies for its commitment (source `partij`), one current value per period. Entering is for
 * staff of the owning organisation and the beleidsmedewerker who manages the agreement; every entry writes an audit
 * row. A correction is a new row that supersedes the current one: the caller names the value it corrects, so a page
 * that has not seen someone else's entry cannot overwrite it unseen (409).
 */
export async function enterFigure(ctx: Ctx, id: string, commitmentId: string, input: NewFigure) {
  await inTransaction(ctx, async (tx) => {
    const a = await loadAgreement(ctx, tx, id);
    const { rows } = await tx.execute<{
      owner: string;
      source: string;
      period_type: FigurePeriodType | null;
      withdrawn_on: string | null;
    }>(sql`SELECT c.owner_organisation_id AS owner, c.source, c.period_type, c.withdrawn_on::text FROM commitments c
      WHERE c.id = ${commitmentId} AND c.agreement_id = ${id} AND ${commitmentScope(ctx.actor, a.overseer)}`);
    const c = rows[0];
    if (!c) throw new DomainError('not_found', 'Deze toezegging bestaat niet of u kunt haar niet zien');
    if (ctx.actor?.type !== 'user') throw new DomainError('forbidden');
    const owner = c.owner === ctx.actor.organisationId;
    if (!owner && !(a.overseer && can(ctx.actor, 'agreement.manage')))
      throw new DomainError(
        'forbidden',
        'Alleen de partij van deze toezegging en de gemeente vullen cijfers in',
      );
    if (c.withdrawn_on)
      throw new DomainError('conflict', 'Deze toezegging is vervallen: er komen geen cijfers meer bij');
    if (c.source !== 'partij' || !c.period_type)
      throw fieldError('value', 'Bij deze toezegging rekent Regie het cijfer zelf uit; u vult hier niets in');
    const start = periodStart(input.period, c.period_type);
    if (!start)
      throw fieldError(
        'period',
        c.period_type === 'maand' ? 'Kies een maand, zoals 2026-03' : 'Kies een halfjaar, zoals 2026-H1',
      );
    if (!start.startsWith(`${a.year}-`))
      throw fieldError('period', `Kies een periode in ${a.year}, het jaar van deze afspraak`);
    if (start > todayOf(ctx.now)) throw fieldError('period', 'Deze periode is nog niet begonnen');
    const current = await tx.execute<{ id: string }>(sql`SELECT f.id FROM commitment_figures f
      WHERE f.commitment_id = ${commitmentId} AND f.period = ${input.period}
        AND NOT EXISTS (SELECT 1 FROM commitment_figures g WHERE g.supersedes_id = f.id)
      FOR UPDATE`);
    const currentId = current.rows[0]?.id ?? null;
    if ((input.corrects ?? null) !== currentId)
      throw new DomainError(
        'conflict',
        currentId
          ? 'Voor deze periode staat al een waarde. Laad de pagina opnieuw en corrigeer die waarde.'
          : 'De waarde die u wilt corrigeren bestaat niet (meer). Laad de pagina opnieuw.',
      );
    const [row] = await tx
      .insert(commitmentFigures)
      .values({
        commitmentId,
        period: input.period,
        value: input.value,
        source: input.source,
        supersedesId: currentId,
        organisationId: ctx.actor.organisationId,
        enteredBy: ctx.actor.userId,
        enteredAt: ctx.now,
      })
      .returning({ id: commitmentFigures.id });
    await appendAudit(ctx, tx, {
      action: currentId ? 'commitment.figure.correct' : 'commitment.figure.enter',
      resourceType: 'commitment',
      resourceIds: [commitmentId, row!.id],
      municipalityCode: a.municipality_code,
      details: { agreementId: id, period: input.period, ...(currentId ? { supersedes: currentId } : {}) },
    });
  }).catch((error: unknown) => {
    if (isUniqueViolation(error))
      throw new DomainError(
        'conflict',
        'Iemand anders vulde net een waarde in voor deze periode. Laad de pagina opnieuw.',
      );
    throw error;
  });
  return getAgreement(ctx, id);
}
