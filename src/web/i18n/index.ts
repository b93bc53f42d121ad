// The active message catalogue. Dutch is the only language today; English will implement `Messages`.
import { type Messages, nl } from './nl.ts';

export type { Messages };
export const t: Messages = nl;

/** Label for a role code; unknown codes are shown as they are rather than hidden. */
export function roleLabel(role: string): string {
  return (t.roles as Record<string, string>)[role] ?? role;
}

/** Label for an organisation kind code; unknown codes are shown as they are. */
export function organisationKindLabel(kind: string): string {
  return (t.organisationKinds as Record<string, string>)[kind] ?? kind;
}

/** Label for a team kind (wijkteam, loket, schuldhulp, overig). */
export function teamKindLabel(kind: string): string {
  return (t.teamKinds as Record<string, string>)[kind] ?? kind;
}

/** Label for a household member's relation (hoofd, partner, kind, overig). */
export function relationLabel(relation: string): string {
  return (t.relations as Record<string, string>)[relation] ?? relation;
}

/** Dutch description of an audit action code; unknown codes are shown as they are. */
export function auditActionLabel(action: string): string {
  return (t.auditActions as Record<string, string>)[action] ?? action;
}

/** Label for who did something in the audit log: a user, a partner system (API key) or Regie itself. */
export function actorTypeLabel(type: string): string {
  return (t.actorTypes as Record<string, string>)[type] ?? type;
}

/** Label for the kind of record an audit row is about. */
export function resourceTypeLabel(type: string): string {
  return (t.resourceTypes as Record<string, string>)[type] ?? type;
}

/** Label for an area kind (wijk or buurt). */
export function areaKindLabel(kind: string): string {
  return (t.areaKinds as Record<string, string>)[kind] ?? kind;
}
