// The legal terms (termijnen) of a household case and the municipality's case settings. Shapes follow the
// "Deadlines" contract in the helper brief and src/server/features/deadlines/deadlines.schemas.ts (the OpenAPI
// source).
import { queryOptions } from '@tanstack/react-query';
import { api, request } from './client.ts';

export const deadlineKinds = [
  'wgs_eerste_gesprek',
  'wgs_besluit',
  'wmo_onderzoek',
  'wmo_beschikking',
  'awb_beslistermijn',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export type TermUnit = 'werkdagen' | 'dagen' | 'weken';
export type DeadlineStatus = 'lopend' | 'risico' | 'verlopen' | 'gehaald' | 'opgeschort';

export interface DeadlineBasis {
  /** Where the term comes from, e.g. "Wgs art. 4 lid 1". */
  rule: string;
  amount: number;
  unit: TermUnit;
  /** How the due date was reached, in plain Dutch. */
  explanation: string;
}

export interface Suspension {
  from: string;
  to: string | null;
  reason: string;
}

export interface Extension {
  amount: number;
  unit: TermUnit;
  reason: string;
}

export interface Deadline {
  id: string;
  kind: DeadlineKind;
  label: string;
  startedOn: string;
  dueOn: string;
  basis: DeadlineBasis;
  suspensions: Suspension[];
  extension: Extension | null;
  metOn: string | null;
  status: DeadlineStatus;
}

export interface NewDeadline {
  kind: DeadlineKind;
  startedOn: string;
  threatening?: boolean;
}

export interface Term {
  amount: number;
  unit: TermUnit;
  rule: string;
}

export interface CaseSettings {
  terms: Record<
    | 'wgs_eerste_gesprek'
    | 'wgs_eerste_gesprek_dreigend'
    | 'wgs_besluit'
    | 'wmo_onderzoek'
    | 'wmo_beschikking'
    | 'awb_beslistermijn',
    Term
  >;
  board: { riskMarginWorkingDays: number; evaluationIntervalMonths: number; transitionWindowMonths: number };
}

const base = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}/deadlines`;
const one = (caseId: string, deadlineId: string) => `${base(caseId)}/${encodeURIComponent(deadlineId)}`;

export const deadlineKeys = {
  list: (caseId: string) => ['cases', caseId, 'deadlines'] as const,
  settings: (municipalityCode: string) => ['case-settings', municipalityCode] as const,
};

export function deadlinesQuery(caseId: string) {
  return queryOptions({
    queryKey: deadlineKeys.list(caseId),
    queryFn: ({ signal }) => api.get<Deadline[]>(base(caseId), undefined, signal),
  });
}

export function createDeadline(caseId: string, input: NewDeadline): Promise<Deadline> {
  return api.post<Deadline>(base(caseId), input);
}

export function suspendDeadline(
  caseId: string,
  deadlineId: string,
  input: { from: string; to?: string; reason: string },
): Promise<Deadline> {
  return api.post<Deadline>(`${one(caseId, deadlineId)}/suspensions`, input);
}

export function endSuspension(caseId: string, deadlineId: string, input: { to: string }): Promise<Deadline> {
  return api.post<Deadline>(`${one(caseId, deadlineId)}/suspensions/end`, input);
}

export function extendDeadline(caseId: string, deadlineId: string, input: Extension): Promise<Deadline> {
  return api.post<Deadline>(`${one(caseId, deadlineId)}/extension`, input);
}

export function markDeadlineMet(
  caseId: string,
  deadlineId: string,
  input: { on: string },
): Promise<Deadline> {
  return api.post<Deadline>(`${one(caseId, deadlineId)}/met`, input);
}

export function caseSettingsQuery(municipalityCode: string) {
  return queryOptions({
    queryKey: deadlineKeys.settings(municipalityCode),
    queryFn: ({ signal }) =>
      api.get<CaseSettings>(
        `/api/v1/case-settings/${encodeURIComponent(municipalityCode)}`,
        undefined,
        signal,
      ),
  });
}

export function saveCaseSettings(municipalityCode: string, settings: CaseSettings): Promise<CaseSettings> {
  return request<CaseSettings>('PUT', `/api/v1/case-settings/${encodeURIComponent(municipalityCode)}`, {
    body: settings,
  });
}
