import type { ProvisionLaw } from '../../../db/schema/index.ts';
import { DATA_CATEGORIES, PROCESSING_PURPOSES } from '../register/register.ts';
import type { RetentionTerm } from '../retention/terms.ts';
import type { Dossier, DossierProcessing } from './inzage.schemas.ts';

/**
 * The "why" of the dossier (AVG art. 15 lid 1 sub a–d): for every data category of the processing register that
 * this person's dossier actually holds, the purposes with their legal bases and recipients, and how long it is
 * kept (the municipality's own terms where it set them). A category counts as held when a section of the dossier
 * that reads one of its tables has rows; a category of one law only when a provision or term of that law is there.
 */

type Held = Omit<Dossier, 'processing' | 'compiledAt' | 'compiledOn' | 'municipalities'>;

/** Law-bound tables: their rows belong to the category of their own law (access rule 6). */
const LAW_TABLES = new Set(['provisions', 'case_deadlines']);

/** Which law a term belongs to, by its kind (wgs_*, wmo_*); Awb terms follow their provision and count as general. */
function deadlineLaw(kind: string): ProvisionLaw | null {
  if (kind.startsWith('wgs_')) return 'wgs';
  if (kind.startsWith('wmo_')) return 'wmo';
  return null;
}

function heldTables(d: Held): Set<string> {
  const tables = new Set<string>(['persons', 'audit_log']);
  const add = (has: boolean, ...names: string[]) => {
    if (has) for (const n of names) tables.add(n);
  };
  add(d.households.length > 0, 'addresses', 'households', 'household_members');
  add(d.signals.length > 0, 'signals');
  add(d.signalCases.length > 0, 'signal_cases');
  add(d.cases.length > 0, 'cases', 'case_transitions', 'case_regisseurs');
  add(d.plans.length > 0, 'plan_versions', 'plan_agreements');
  add(d.zrm.length > 0, 'zrm_assessments');
  add(d.consents.length > 0, 'consents');
  add(d.accessGrants.length > 0, 'access_grants');
  return tables;
}

function heldLaws(d: Held): Set<string> {
  const laws = new Set<string>(d.provisions.map((p) => p.law));
  for (const t of d.deadlines) {
    const law = deadlineLaw(t.kind);
    if (law) laws.add(law);
  }
  return laws;
}

export function processingOf(d: Held, terms: readonly RetentionTerm[]): DossierProcessing[] {
  const tables = heldTables(d);
  const laws = heldLaws(d);
  // Provisions without a law of their own (overig) and general terms are part of the case and plan.
  const generalLawRows =
    d.provisions.some((p) => p.law === 'overig') || d.deadlines.some((t) => !deadlineLaw(t.kind));
  const termByCode = new Map(terms.map((t) => [t.code, t]));
  return DATA_CATEGORIES.filter((c) => {
    if (c.law) return laws.has(c.law);
    return c.tables.some((t) => (LAW_TABLES.has(t) ? generalLawRows : tables.has(t)));
  }).map((c) => ({
    category: c.code,
    label: c.label,
    description: c.description,
    purposes: PROCESSING_PURPOSES.filter((p) => p.categories.includes(c.code)).map((p) => ({
      code: p.code,
      name: p.name,
      legalBases: [...p.legalBases],
      recipients: [...p.recipients],
    })),
    retention: c.retention.flatMap((code) => {
      const term = termByCode.get(code);
      return term ? [{ label: term.label, months: term.months, from: term.from }] : [];
    }),
    retentionNote: c.retentionNote ?? null,
  }));
}
