import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Ctx, Tx } from '../../../context.ts';
import { inTransaction } from '../../../context.ts';
import {
  municipalities,
  organisationMunicipalities,
  organisations,
  signals,
} from '../../../db/schema/index.ts';
import { DomainError, type FieldError } from '../../../http/errors.ts';
import { dateInAmsterdam } from '../../../lib/dates.ts';
import { can } from '../../access/policy.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import { processSignals } from '../pipeline/process.ts';
import { loadSignalSettings, partnerTypeOf } from '../settings.ts';
import { apiSourceKey, keyReusedError, parseIdempotencyKey, requestHash } from './idempotency.ts';
import type { Terugkoppeling } from './partner-feedback.ts';
import type { NieuwSignaal } from './signals.schemas.ts';

export type SignalReceipt = { id: string; status: 'ontvangen'; terugkoppeling: Terugkoppeling };
export type IntakeResult = { created: boolean; receipt: SignalReceipt };

/** Who files: a person with `signal.file` (the web form) or a partner system with its API key. */
type Filer =
  | { source: 'formulier'; organisationId: string; userId: string }
  | { source: 'api'; organisationId: string; sourceKey: string; requestHash: string };

function filerOf(ctx: Ctx, idempotencyKey: string | undefined, rawBody: unknown): Filer {
  const actor = ctx.actor;
  if (!actor) throw new DomainError('unauthenticated');
  if (actor.type === 'api_key') {
    const key = parseIdempotencyKey(idempotencyKey);
    return {
      source: 'api',
      organisationId: actor.organisationId,
      sourceKey: apiSourceKey(actor.organisationId, key),
      requestHash: requestHash(rawBody),
    };
  }
  if (actor.type !== 'user' || !can(actor, 'signal.file')) throw new DomainError('forbidden');
  return { source: 'formulier', organisationId: actor.organisationId, userId: actor.userId };
}

/** Dates cannot lie after today (Amsterdam): the schema cannot know today, the pinned clock does. */
function futureDateErrors(input: NieuwSignaal, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const check = (path: string, value: string | undefined, label: string) => {
    if (value && value > today) errors.push({ path, message: `De ${label} kan niet in de toekomst liggen` });
  };
  check('persoon.geboortedatum', input.persoon.geboortedatum, 'geboortedatum');
  check('ontstaansdatum', input.ontstaansdatum, 'datum waarop de achterstand ontstond');
  check('signaaldatum', input.signaaldatum, 'datum van het signaal');
  return errors;
}

/**
 * The answer to the filer: always "in behandeling", whatever the pipeline decided in this request. Anything else
 * would tell a partner at once whether the person lives here (see terugkoppelingOf).
 */
function receiptOf(id: string): SignalReceipt {
  return { id, status: 'ontvangen', terugkoppeling: 'in behandeling' };
}

/**
 * A signal this partner filed before under the same key, in any municipality the partner works in (the unique
 * index is per municipality, so the lookup names them and stays on the index).
 */
async function earlierApiSignal(tx: Tx, filer: Extract<Filer, { source: 'api' }>) {
  const [row] = await tx
    .select({ id: signals.id, requestHash: signals.requestHash })
    .from(signals)
    .where(
      and(
        eq(signals.sourceKey, filer.sourceKey),
        sql`${signals.municipalityCode} IN (SELECT om.municipality_code FROM ${organisationMunicipalities} om
          WHERE om.organisation_id = ${filer.organisationId})`,
      ),
    );
  return row;
}

function replay(
  filer: Extract<Filer, { source: 'api' }>,
  earlier: { id: string; requestHash: string | null },
) {
  if (earlier.requestHash !== filer.requestHash) throw keyReusedError();
  return { created: false, receipt: receiptOf(earlier.id) };
}

/** The municipality must be one the filer's organisation works in; returns the organisation's partner type. */
async function organisationFor(tx: Tx, organisationId: string, municipalityCode: string) {
  const [org] = await tx
    .select({
      kind: organisations.kind,
      serves: sql<boolean>`EXISTS (SELECT 1 FROM ${organisationMunicipalities} om
        WHERE om.organisation_id = ${organisations.id} AND om.municipality_code = ${municipalityCode})`,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!org) throw new DomainError('forbidden');
  if (!org.serves) {
    throw new DomainError('validation', 'Uw organisatie werkt niet in deze gemeente', [
      { path: 'gemeente', message: 'Kies een gemeente waarin uw organisatie werkt' },
    ]);
  }
  return { partnerType: partnerTypeOf(org.kind) };
}

/**
 * Files one signal from the web form or the partner API and takes it through the pipeline (matching, bundling,
 * routing) in the same transaction. An API retry with the same Idempotency-Key and body gets the same signal back
 * (`created: false`); the unique index on (municipality, source_key) keeps concurrent retries to one row.
 */
export async function fileSignal(
  ctx: Ctx,
  input: NieuwSignaal,
  request: { idempotencyKey?: string | undefined; rawBody: unknown },
): Promise<IntakeResult> {
  const filer = filerOf(ctx, request.idempotencyKey, request.rawBody);
  const today = dateInAmsterdam(ctx.now);
  const dateErrors = futureDateErrors(input, today);
  if (dateErrors.length > 0) {
    throw new DomainError(
      'validation',
      dateErrors.map((e) => `${e.path}: ${e.message}`).join('; '),
      dateErrors,
    );
  }

  return inTransaction(ctx, async (tx) => {
    if (filer.source === 'api') {
      const earlier = await earlierApiSignal(tx, filer);
      if (earlier) return replay(filer, earlier);
    }
    const { partnerType } = await organisationFor(tx, filer.organisationId, input.gemeente);
    const settings = await loadSignalSettings(tx, input.gemeente);
    const category = settings.categories.find((c) => c.code === input.categorie);
    if (!category) {
      throw new DomainError('validation', 'Deze categorie bestaat niet in deze gemeente', [
        { path: 'categorie', message: 'Kies een categorie uit de lijst van deze gemeente' },
      ]);
    }

    const [inserted] = await tx
      .insert(signals)
      .values({
        municipalityCode: input.gemeente,
        kind: category.kind,
        source: filer.source,
        sourceKey: filer.source === 'api' ? filer.sourceKey : `form:${randomUUID()}`,
        requestHash: filer.source === 'api' ? filer.requestHash : null,
        externalId: input.partnerReferentie ?? null,
        partnerOrganisationId: filer.organisationId,
        partnerType,
        filedBy: filer.source === 'formulier' ? filer.userId : null,
        category: category.code,
        urgency: input.urgentie,
        crisis: (input.crisis ?? false) || category.crisis,
        warmeOverdracht: input.warmeOverdracht ?? false,
        amountEuros: input.bedrag ?? null,
        arrearsSince: input.ontstaansdatum ?? null,
        signalDate: input.signaaldatum ?? today,
        receivedAt: ctx.now,
        bsn: input.persoon.bsn ?? null,
        birthDate: input.persoon.geboortedatum ?? null,
        name: input.persoon.naam ?? null,
        postcode: input.adres?.postcode ?? null,
        huisnummer: input.adres?.huisnummer ?? null,
        huisletter: input.adres?.huisletter ?? null,
        huisnummertoevoeging: input.adres?.toevoeging ?? null,
        description: input.omschrijving ?? null,
        residentInformed: input.bewonerGeinformeerd,
        residentConsents: input.bewonerStemtIn,
      })
      .onConflictDoNothing({ target: [signals.municipalityCode, signals.sourceKey] })
      .returning({ id: signals.id });

    if (!inserted) {
      // A concurrent request with the same key committed first: answer with its signal.
      if (filer.source !== 'api') throw new Error('form source key collided');
      const earlier = await earlierApiSignal(tx, filer);
      if (!earlier) throw new Error('conflicting signal not visible');
      return replay(filer, earlier);
    }

    await appendAudit(ctx, tx, {
      action: 'signal.file',
      resourceType: 'signal',
      resourceIds: [inserted.id],
      municipalityCode: input.gemeente,
      details: { source: filer.source, organisationId: filer.organisationId },
    });
    await processSignals(ctx, tx, [inserted.id]);
    return { created: true, receipt: receiptOf(inserted.id) };
  });
}

/** The categories a filer can choose from in a municipality. Configuration, no personal data. */
export async function listCategories(ctx: Ctx, municipalityCode: string) {
  if (!ctx.actor) throw new DomainError('unauthenticated');
  const [known] = await ctx.db
    .select({ code: municipalities.code })
    .from(municipalities)
    .where(eq(municipalities.code, municipalityCode));
  if (!known) throw new DomainError('not_found', 'Deze gemeente bestaat niet');
  const settings = await loadSignalSettings(ctx.db, municipalityCode);
  return {
    items: settings.categories.map((c) => ({
      code: c.code,
      label: c.label,
      soort: c.kind,
      crisis: c.crisis,
    })),
  };
}
