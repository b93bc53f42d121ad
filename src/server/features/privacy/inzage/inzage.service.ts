import { ZRM_DOMAIN_CODES, zrmDomainLabel, zrmScoreLabel } from '../../../../shared/zrm.ts';
import { type Ctx, inTransaction, type Tx } from '../../../context.ts';
import type { CasePhase, DeadlineKind } from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { addressLine } from '../../../lib/address-line.ts';
import { dateInAmsterdam } from '../../../lib/dates.ts';
import { requireCapability } from '../../access/policy.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import { lifecycleDefinition, phaseLabel } from '../../cases/lifecycle.ts';
import { deadlineLabel } from '../../deadlines/deadline-kinds.ts';
import { LAW_LABELS } from '../../plans/provisions.schemas.ts';
import { findPurpose } from '../register/register.ts';
import { loadRetentionTerms } from '../retention/terms.ts';
import { describeAuditAction } from './access-log-words.ts';
import * as q from './inzage.queries.ts';
import { type Dossier, InzageQuery } from './inzage.schemas.ts';
import { processingOf } from './processing.ts';

/**
 * The inzage dossier (AVG art. 15) of one person, compiled for the FG: everything Regie holds about them, why,
 * for whom, how long, and who looked at it when. One transaction, one set-based statement per section, and the
 * compilation itself is audited ('privacy.inzage' on the person) in the same transaction.
 */

const RELATIONS: Record<string, string> = {
  hoofd: 'Hoofd van het huishouden',
  partner: 'Partner',
  kind: 'Kind',
  overig: 'Lid van het huishouden',
};
const SIGNAL_KINDS: Record<string, string> = {
  vroegsignaal: 'Vroegsignaal (betalingsachterstand)',
  zorgsignaal: 'Zorgsignaal',
};
const SIGNAL_CASE_KINDS: Record<string, string> = { vroegsignaalzaak: 'Vroegsignaalzaak', intake: 'Intake' };

/** ZRM scores in the matrix's own order (financiën first), whatever order the JSON kept. */
const domainOrder = (code: string) => {
  const i = (ZRM_DOMAIN_CODES as readonly string[]).indexOf(code);
  return i === -1 ? ZRM_DOMAIN_CODES.length : i;
};

const iso = (v: Date | string) => new Date(v).toISOString();
const isoOrNull = (v: Date | string | null) => (v === null ? null : iso(v));

function fullName(p: { voornamen: string; voorvoegsel: string | null; geslachtsnaam: string }): string {
  return [p.voornamen, p.voorvoegsel, p.geslachtsnaam].filter(Boolean).join(' ');
}

/** 400 with the Dutch field message when the BSN is missing, malformed or fails the 11-proof. */
export function parseBsn(input: unknown): string {
  const parsed = InzageQuery.safeParse({ bsn: input });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'Vul een geldig burgerservicenummer in';
    throw new DomainError('validation', message, [{ path: 'bsn', message }]);
  }
  return parsed.data.bsn;
}

export async function compileDossier(
  ctx: Ctx,
  bsnInput: unknown,
  format: 'json' | 'pdf' = 'json',
): Promise<Dossier> {
  requireCapability(ctx, 'privacy.inzage');
  const bsn = parseBsn(bsnInput);
  const dossier = await inTransaction(ctx, async (tx) => {
    const persons = await q.personsByBsn(tx, ctx.actor, bsn);
    const first = persons[0];
    if (!first) return null;
    const dossier = await compile(ctx, tx, persons, first);
    // Audited last, so the dossier's own access log shows earlier looks only, not this compilation.
    const byMunicipality = new Map<string, string[]>();
    for (const p of persons)
      byMunicipality.set(p.municipality_code, [...(byMunicipality.get(p.municipality_code) ?? []), p.id]);
    for (const [municipalityCode, ids] of byMunicipality) {
      await appendAudit(ctx, tx, {
        action: 'privacy.inzage',
        resourceType: 'person',
        resourceIds: ids,
        municipalityCode,
        details: {
          format,
          sections: {
            households: dossier.households.length,
            signals: dossier.signals.length,
            cases: dossier.cases.length,
            accessLog: dossier.accessLog.length,
          },
        },
      });
    }
    return dossier;
  });
  if (dossier) return dossier;
  // A search that finds nobody still leaves a trace (who searched, when), committed although the request fails.
  // The BSN itself is not kept: the audit log is never destroyed, and Regie holds no data about this person.
  await appendAudit(ctx, ctx.db, {
    action: 'privacy.inzage',
    resourceType: 'person',
    resourceIds: [],
    details: { format, found: false },
  });
  throw new DomainError(
    'not_found',
    'Regie kent niemand met dit burgerservicenummer in de gemeente(n) waarvoor u werkt',
  );
}

async function compile(ctx: Ctx, tx: Tx, persons: q.PersonRow[], first: q.PersonRow): Promise<Dossier> {
  const personIds = persons.map((p) => p.id);
  const memberships = await q.memberships(tx, personIds);
  const householdIds = [...new Set(memberships.map((m) => m.household_id))];
  const signals = await q.signalsOf(tx, personIds, householdIds);
  const signalCaseIdsOfSignals = [...new Set(signals.flatMap((s) => (s.case_id ? [s.case_id] : [])))];
  const signalCases = await q.signalCasesOf(tx, householdIds, signalCaseIdsOfSignals);
  const cases = await q.casesOf(tx, householdIds);
  const caseIds = cases.map((c) => c.id);
  const plans = await q.plansOf(tx, caseIds, personIds);
  const zrm = await q.zrmOf(tx, personIds);
  const provisions = await q.provisionsOf(tx, personIds, householdIds);
  const deadlines = await q.deadlinesOf(tx, caseIds);
  const consents = await q.consentsOf(tx, personIds);
  const grants = await q.grantsOf(tx, householdIds);
  const municipalityCodes = [...new Set(persons.map((p) => p.municipality_code))];
  // Every id an audit row may name for this person's data: reads are logged with the ids they returned.
  const resourceIds = [
    ...personIds,
    ...householdIds,
    ...caseIds,
    ...signals.map((s) => s.id),
    ...signalCases.map((s) => s.id),
    ...provisions.map((p) => p.id),
    ...deadlines.map((d) => d.id),
    ...consents.map((k) => k.id),
    ...grants.map((g) => g.id),
  ];
  const log = await q.accessLogOf(tx, municipalityCodes, resourceIds);
  const terms = await loadRetentionTerms(tx, first.municipality_code);

  const held = {
    person: {
      bsn: first.bsn,
      voornamen: first.voornamen,
      voorvoegsel: first.voorvoegsel,
      geslachtsnaam: first.geslachtsnaam,
      name: fullName(first),
      geboortedatum: first.geboortedatum,
      geslacht: first.geslacht,
      overlijdensdatum: first.overlijdensdatum,
    },
    households: memberships.map((m) => ({
      householdId: m.household_id,
      address: addressLine(m),
      relation: m.relation,
      relationLabel: RELATIONS[m.relation] ?? m.relation,
      from: m.from_date,
      to: m.to_date,
      coResidents: m.co_residents,
    })),
    signals: signals.map((s) => ({
      id: s.id,
      about: s.about_person ? ('persoon' as const) : ('huishouden' as const),
      kind: s.kind,
      kindLabel: SIGNAL_KINDS[s.kind] ?? s.kind,
      category: s.category,
      source: s.source,
      partnerType: s.partner_type,
      partnerOrganisation: s.partner_organisation,
      signalDate: s.signal_date,
      receivedAt: iso(s.received_at),
      urgency: s.urgency,
      crisis: s.crisis,
      amountEuros: s.amount_euros,
      arrearsSince: s.arrears_since,
      description: s.description,
      status: s.status,
      matchStatus: s.match_status,
      subject: s.about_person
        ? {
            bsn: s.bsn,
            name: s.name,
            birthDate: s.birth_date,
            postcode: s.postcode,
            huisnummer: s.huisnummer,
          }
        : null,
      retentionUntil: s.retention_until,
    })),
    signalCases: signalCases.map((c) => ({
      id: c.id,
      kind: c.kind,
      kindLabel: SIGNAL_CASE_KINDS[c.kind] ?? c.kind,
      team: c.team,
      openedOn: c.opened_on,
      pickedUpOn: c.picked_up_on,
      closedOn: c.closed_on,
      result: c.result,
      retentionUntil: c.retention_until,
    })),
    cases: cases.map((c) => {
      const definition = lifecycleDefinition(c.lifecycle_version);
      return {
        id: c.id,
        phase: c.phase,
        phaseLabel: phaseLabel(definition, c.phase as CasePhase),
        openedOn: c.opened_on,
        closedOn: c.closed_on,
        team: c.team,
        organisation: c.organisation,
        regisseurs: c.regisseurs.map((r) => ({ ...r, from: isoOrNull(r.from), to: isoOrNull(r.to) })),
        phases: c.phases.map((p) => ({
          from: p.from,
          to: p.to,
          toLabel: phaseLabel(definition, p.to as CasePhase),
          at: iso(p.at),
          reason: p.reason,
        })),
      };
    }),
    plans: plans.map((p) => ({
      caseId: p.case_id,
      version: p.version,
      savedAt: iso(p.saved_at),
      situation: p.situation ?? { network: '', strengths: '', worries: '', earlierHelp: '' },
      goals: p.goals.map((g) => ({
        domain: g.domain,
        domainLabel: zrmDomainLabel(g.domain),
        text: g.text,
        forYou: g.personId !== null,
        transition18: g.transition18,
        actions: g.actions.map((a) => ({
          description: a.description,
          owner: a.owner.name,
          dueOn: a.dueOn,
          status: a.status,
        })),
      })),
      agreements: p.agreements,
    })),
    zrm: zrm.map((z) => ({
      caseId: z.case_id,
      assessedOn: z.assessed_on,
      scores: Object.entries(z.scores)
        .sort(([a], [b]) => domainOrder(a) - domainOrder(b))
        .map(([domain, score]) => ({
          domain,
          label: zrmDomainLabel(domain),
          score,
          scoreLabel: zrmScoreLabel(score),
        })),
    })),
    provisions: provisions.map((p) => ({
      id: p.id,
      caseId: p.case_id,
      law: p.law,
      lawLabel: LAW_LABELS[p.law as keyof typeof LAW_LABELS] ?? p.law,
      product: p.product,
      reference: p.reference,
      forYou: p.for_person,
      status: p.status,
      startDate: p.start_date,
      endDate: p.end_date,
      extent: p.extent,
      decision: p.decided_on
        ? {
            decidedOn: p.decided_on,
            decidedBy: p.decided_by,
            legalBasis: p.legal_basis,
            amountCents: p.amount_cents,
          }
        : null,
      calculation: p.calculation,
    })),
    deadlines: deadlines.map((d) => ({
      caseId: d.case_id,
      kind: d.kind,
      label: deadlineLabel(d.kind as DeadlineKind, false),
      startedOn: d.started_on,
      dueOn: d.due_on,
      metOn: d.met_on,
      rule: d.rule,
    })),
    consents: consents.map((k) => ({
      id: k.id,
      purpose: k.purpose,
      purposeName: findPurpose(k.purpose)?.name ?? k.purpose,
      recipient: k.recipient,
      givenOn: k.given_on,
      givenHow: k.given_how,
      note: k.note,
      withdrawnOn: k.withdrawn_on,
      withdrawnHow: k.withdrawn_how,
      active: k.withdrawn_on === null,
    })),
    accessGrants: grants.map((g) => ({
      who: { name: g.who, organisation: g.organisation },
      grantedAt: iso(g.granted_at),
      expiresAt: iso(g.expires_at),
      endedAt: isoOrNull(g.ended_at),
      reason: g.reason,
      reviewStatus: g.review_status,
    })),
    accessLog: log.map((r) => ({
      at: iso(r.occurred_at),
      who: whoOf(r),
      actorType: r.actor_type,
      action: r.action,
      description: describeAuditAction(r.action, r.resource_type),
    })),
  };
  return {
    compiledAt: ctx.now.toISOString(),
    compiledOn: dateInAmsterdam(ctx.now),
    municipalities: persons.map((p) => ({ code: p.municipality_code, name: p.municipality_name })),
    ...held,
    processing: processingOf(held, terms),
  };
}

/** A professional by name and organisation; a partner's system by its organisation; Regie's own jobs as Regie. */
function whoOf(r: q.AccessLogRow): { name: string; organisation: string | null } | null {
  if (r.actor_type === 'user')
    return r.user_name ? { name: r.user_name, organisation: r.user_organisation } : null;
  if (r.actor_type === 'api_key')
    return { name: 'Systeem van een partner', organisation: r.key_organisation };
  return { name: 'Regie (automatisch)', organisation: null };
}
