import { sql } from 'drizzle-orm';
import type { Ctx, Tx } from '../../context.ts';
import { actorId, inTransaction } from '../../context.ts';
import {
  type AgreementPhase,
  agreementParties,
  agreementPhaseChanges,
  agreementPhases,
  agreements,
  type CommitmentBreakdown,
  commitmentComments,
  commitments,
  organisationKinds,
} from '../../db/schema/index.ts';
import { DomainError, fieldError } from '../../http/errors.ts';
import { can, officerMunicipalityScope, requireCapability, todayOf } from '../access/policy.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findIndicator, versionOn } from '../indicators/indicators.catalogue.ts';
import { commitmentScope } from './agreements.access.ts';
import { getAgreement, loadAgreement } from './agreements.read.ts';
import type { NewAgreement, NewCommitment, PhaseChange } from './agreements.schemas.ts';
import { findPartnerFigure, PARTNER_MEASURE } from './partner-figures.ts';

/** A new agreement of a municipality the beleidsmedewerker oversees, in phase bod, with its parties. */
export async function createAgreement(ctx: Ctx, input: NewAgreement) {
  requireCapability(ctx, 'agreement.manage');
  const id = await inTransaction(ctx, async (tx) => {
    const own = await tx.execute(sql`SELECT 1 FROM municipalities m
      WHERE m.code = ${input.municipality} AND ${officerMunicipalityScope(ctx.actor, sql`m.code`)}`);
    if (own.rows.length === 0)
      throw fieldError('municipality', 'U kunt alleen afspraken maken voor de gemeente(n) waarvoor u werkt');
    const parties = [...new Set(input.parties)];
    const known = await tx.execute<{ id: string }>(sql`SELECT om.organisation_id AS id
      FROM organisation_municipalities om
      WHERE om.municipality_code = ${input.municipality} AND om.organisation_id IN (${sql.join(
        parties.map((p) => sql`${p}`),
        sql`, `,
      )})`);
    if (known.rows.length !== parties.length)
      throw fieldError('parties', 'Kies alleen organisaties die in deze gemeente werken');
    const [row] = await tx
      .insert(agreements)
      .values({
        municipalityCode: input.municipality,
        title: input.title,
        year: input.year,
        schedule: input.schedule ?? {},
        createdBy: actorId(ctx.actor),
        createdAt: ctx.now,
      })
      .returning({ id: agreements.id });
    const agreementId = row!.id;
    await tx
      .insert(agreementParties)
      .values(parties.map((organisationId) => ({ agreementId, organisationId })));
    await tx.insert(agreementPhaseChanges).values({
      agreementId,
      fromPhase: null,
      toPhase: 'bod',
      occurredOn: todayOf(ctx.now),
      changedBy: actorId(ctx.actor),
      changedAt: ctx.now,
    });
    await audit(ctx, tx, 'agreement.create', agreementId, input.municipality, { parties: parties.length });
    return agreementId;
  });
  return getAgreement(ctx, id);
}

/** The agreement, for a change by a beleidsmedewerker who oversees its municipality (else 403/404). */
async function managed(ctx: Ctx, tx: Tx, id: string) {
  requireCapability(ctx, 'agreement.manage');
  const a = await loadAgreement(ctx, tx, id);
  if (!a.overseer) throw new DomainError('forbidden');
  return a;
}

/** A commitment of a party on an indicator measure of the catalogue, for the municipality or one of its wijken. */
export async function addCommitment(ctx: Ctx, id: string, input: NewCommitment) {
  await inTransaction(ctx, async (tx) => {
    const a = await managed(ctx, tx, id);
    if (!a.parties.some((p) => p.id === input.ownerOrganisationId))
      throw fieldError('ownerOrganisationId', 'Kies een partij van deze afspraak');
    const source = input.source ?? 'indicator';
    const breakdown = input.breakdown ?? null;
    if (source === 'partij') checkSuppliedFigure(input);
    else checkIndicator(input, todayOf(ctx.now));
    const v = version(input, todayOf(ctx.now));
    if (breakdown && v) {
      if (!v.breakdowns.includes(breakdown.kind))
        throw fieldError('breakdown', `${v.title} is niet zo te verdelen; kies een andere verdeling of geen`);
      if (!(await breakdownExists(tx, a.municipality_code, breakdown.kind, breakdown.code)))
        throw fieldError('breakdown', 'Kies een wijk, soort organisatie of team van deze gemeente');
    }
    const [row] = await tx
      .insert(commitments)
      .values({
        agreementId: id,
        theme: input.theme,
        ownerOrganisationId: input.ownerOrganisationId,
        description: input.description,
        indicatorCode: input.indicatorCode,
        measureKey: input.measureKey,
        target: input.target,
        direction: input.direction,
        breakdown: breakdown?.kind ?? null,
        breakdownCode: breakdown?.code ?? null,
        source,
        periodType: source === 'partij' ? (input.periodType ?? null) : null,
        createdBy: actorId(ctx.actor),
        createdAt: ctx.now,
      })
      .returning({ id: commitments.id });
    await audit(ctx, tx, 'commitment.create', row!.id, a.municipality_code, { agreementId: id });
  });
  return getAgreement(ctx, id);
}

const version = (input: NewCommitment, today: string) => {
  const indicator = input.source === 'partij' ? undefined : findIndicator(input.indicatorCode);
  return indicator ? versionOn(indicator, today) : undefined;
};

function checkIndicator(input: NewCommitment, today: string) {
  const v = version(input, today);
  if (!v) throw fieldError('indicatorCode', 'Kies een indicator uit de catalogus');
  if (!v.measures.some((m) => m.key === input.measureKey))
    throw fieldError('measureKey', `Kies een onderdeel van de indicator ${v.title}`);
  if (input.periodType)
    throw fieldError('periodType', 'Alleen een cijfer dat de partij aanlevert heeft een periode');
}

/** A figure the owner supplies: one of the catalogue of partner-figures.ts, a count, per month or half-year. */
function checkSuppliedFigure(input: NewCommitment) {
  const figure = findPartnerFigure(input.indicatorCode);
  if (!figure) throw fieldError('indicatorCode', 'Kies een cijfer dat een partij aanlevert uit de lijst');
  if (input.measureKey !== PARTNER_MEASURE)
    throw fieldError('measureKey', `${figure.title} is een aantal: kies "aantal"`);
  if (!input.periodType)
    throw fieldError('periodType', 'Kies of de partij het cijfer per maand of per halfjaar levert');
  if (input.breakdown)
    throw fieldError('breakdown', 'Een cijfer dat de partij aanlevert gaat over de hele gemeente');
}

/** The breakdown value exists in the municipality: a wijk of it, a kind of organisation, or a team working there. */
async function breakdownExists(tx: Tx, municipalityCode: string, kind: CommitmentBreakdown, code: string) {
  if (kind === 'partnertype') return (organisationKinds as readonly string[]).includes(code);
  const found =
    kind === 'wijk'
      ? await tx.execute(sql`SELECT 1 FROM areas
          WHERE code = ${code} AND kind = 'wijk' AND municipality_code = ${municipalityCode}`)
      : await tx.execute(sql`SELECT 1 FROM team_municipalities
          WHERE team_id::text = ${code} AND municipality_code = ${municipalityCode}`);
  return found.rows.length > 0;
}

const step = (phase: AgreementPhase) => agreementPhases.indexOf(phase);

/**
 * The yearly cycle, one step at a time: forward to the next phase, or back one step with a reason (talks reopen).
 * Two people moving the same agreement at once: the second gets a 409, not a skipped phase.
 */
export async function changePhase(ctx: Ctx, id: string, input: PhaseChange) {
  await inTransaction(ctx, async (tx) => {
    const a = await managed(ctx, tx, id);
    const from = a.phase;
    if (input.from && input.from !== from)
      throw new DomainError(
        'conflict',
        'Iemand anders heeft de fase net gewijzigd. Laad de afspraak opnieuw.',
      );
    const delta = step(input.to) - step(from);
    if (delta === 0) throw fieldError('to', 'De afspraak is al in deze fase');
    if (delta !== 1 && delta !== -1)
      throw fieldError('to', 'Een afspraak gaat één fase tegelijk vooruit (of één terug)');
    const note = input.note?.trim() || null;
    if (delta === -1 && (!note || note.length < 10))
      throw fieldError('note', 'Leg in minstens 10 tekens uit waarom de afspraak een fase terug gaat');
    const moved = await tx.execute(
      sql`UPDATE agreements SET phase = ${input.to} WHERE id = ${id} AND phase = ${from}`,
    );
    if ((moved.rowCount ?? 0) === 0)
      throw new DomainError(
        'conflict',
        'Iemand anders heeft de fase net gewijzigd. Laad de afspraak opnieuw.',
      );
    await tx.insert(agreementPhaseChanges).values({
      agreementId: id,
      fromPhase: from,
      toPhase: input.to,
      occurredOn: todayOf(ctx.now),
      note,
      changedBy: actorId(ctx.actor),
      changedAt: ctx.now,
    });
    await audit(ctx, tx, 'agreement.phase', id, a.municipality_code, { from, to: input.to });
  });
  return getAgreement(ctx, id);
}

/**
 * A comment on a commitment: by staff of the organisation that owns it, or by the beleidsmedewerker who manages the
 * agreement. Overseers who only read (team leader, FG of another organisation) do not comment.
 */
export async function addComment(ctx: Ctx, id: string, commitmentId: string, body: string) {
  await inTransaction(ctx, async (tx) => {
    const a = await loadAgreement(ctx, tx, id);
    const visible = await tx.execute(sql`SELECT 1 FROM commitments c
      WHERE c.id = ${commitmentId} AND c.agreement_id = ${id} AND ${commitmentScope(ctx.actor, a.overseer)}`);
    if (visible.rows.length === 0)
      throw new DomainError('not_found', 'Deze toezegging bestaat niet of u kunt haar niet zien');
    if (ctx.actor?.type !== 'user') throw new DomainError('forbidden');
    const owner = await tx.execute(sql`SELECT 1 FROM commitments c
      WHERE c.id = ${commitmentId} AND c.owner_organisation_id = ${ctx.actor.organisationId}`);
    if (owner.rows.length === 0 && !(a.overseer && can(ctx.actor, 'agreement.manage')))
      throw new DomainError(
        'forbidden',
        'Alleen de eigenaar van de toezegging en de gemeente reageren hierop',
      );
    const [row] = await tx
      .insert(commitmentComments)
      .values({
        commitmentId,
        organisationId: ctx.actor.organisationId,
        authorId: ctx.actor.userId,
        body,
        createdAt: ctx.now,
      })
      .returning({ id: commitmentComments.id });
    await audit(ctx, tx, 'commitment.comment', row!.id, a.municipality_code, { commitmentId });
  });
  return getAgreement(ctx, id);
}

function audit(
  ctx: Ctx,
  tx: Tx,
  action: string,
  resourceId: string,
  municipalityCode: string,
  details: Record<string, unknown>,
) {
  return appendAudit(ctx, tx, {
    action,
    resourceType: action.split('.')[0]!,
    resourceIds: [resourceId],
    municipalityCode,
    details,
  });
}
