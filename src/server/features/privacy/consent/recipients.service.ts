import { asc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../../context.ts';
import { organisationMunicipalities, organisations } from '../../../db/schema/index.ts';
import { municipalityScope } from '../../access/policy.ts';
import { PROCESSING_PURPOSES } from '../register/register.ts';
import type { Recipient } from './consent.schemas.ts';
import { consentRecorder } from './consent-access.ts';

/**
 * Organisations that may receive data on a consent: those working in the actor's municipalities (optionally one
 * of them). Organisation names only, no personal data, so this read is not audited.
 */
export async function listRecipients(ctx: Ctx, municipality?: string): Promise<Recipient[]> {
  consentRecorder(ctx);
  return ctx.db
    .selectDistinct({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .innerJoin(organisationMunicipalities, eq(organisationMunicipalities.organisationId, organisations.id))
    .where(
      sql`${municipalityScope(ctx.actor, organisationMunicipalities.municipalityCode)}
        AND (${municipality ?? null}::text IS NULL OR ${organisationMunicipalities.municipalityCode} = ${municipality ?? null})`,
    )
    .orderBy(asc(organisations.name), asc(organisations.id));
}

/** The purposes of the processing register, for the consent form (the FG's register page needs another capability). */
export function listPurposes(ctx: Ctx): { code: string; name: string; description: string }[] {
  consentRecorder(ctx);
  return PROCESSING_PURPOSES.map((p) => ({ code: p.code, name: p.name, description: p.description }));
}
