// Signals behind the front door: the review queue of ambiguous matches, batch imports (DDAS JSON or CSV) and the
// routing rules with their preview. Shapes follow the issue 3 contract and the route files under
// src/server/features/signals/ (pipeline/review.routes.ts, pipeline/routing-rules.routes.ts, import/import.routes.ts).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, buildUrl, request, requestHeaders } from './client.ts';
import { ApiError, NetworkError, problemFromResponse } from './problem.ts';
import type { Page } from './types.ts';

// ---------------------------------------------------------------------------------------------------------------
// Review queue
// ---------------------------------------------------------------------------------------------------------------

/** What the partner sent about the person, as it was sent (before matching). */
export interface ReviewGegevens {
  postcode: string | null;
  huisnummer: number | string | null;
  huisletter: string | null;
  toevoeging: string | null;
  geboortedatum: string | null;
  naam: string | null;
}

/** A household (and person in it) that came close. Score is 0..1; `velden` are the fields that agreed. */
export interface ReviewKandidaat {
  householdId: string;
  personId: string | null;
  score: number;
  velden: string[];
  adres: string;
  naam: string | null;
  geboortedatum: string | null;
}

export interface ReviewBesluit {
  besluit: 'bevestigd' | 'afgewezen';
  householdId: string | null;
  beslistOp: string;
}

export interface ReviewItem {
  signalId: string;
  ontvangenOp: string;
  categorieLabel: string;
  partnerType: string | null;
  gegevens: ReviewGegevens;
  kandidaten: ReviewKandidaat[];
  besluit: ReviewBesluit | null;
}

export type ReviewStatus = 'open' | 'beslist';

export const reviewsQueryKey = ['signal-reviews'] as const;

export const reviewsQuery = (query: { status: ReviewStatus; page?: number; pageSize?: number }) =>
  queryOptions({
    queryKey: [...reviewsQueryKey, query] as const,
    queryFn: ({ signal }) => api.get<Page<ReviewItem>>('/api/v1/signal-reviews', { ...query }, signal),
    placeholderData: keepPreviousData,
  });

const reviewPath = (signalId: string, action: string) =>
  `/api/v1/signal-reviews/${encodeURIComponent(signalId)}/${action}`;

/** "Dit is het huishouden": the signal belongs to this household (and person). */
export function confirmMatch(signalId: string, candidate: { householdId: string; personId?: string | null }) {
  return api.post<unknown>(reviewPath(signalId, 'bevestigen'), {
    householdId: candidate.householdId,
    ...(candidate.personId ? { personId: candidate.personId } : {}),
  });
}

/** "Geen van deze": none of the candidates is the household. */
export function rejectMatch(signalId: string) {
  return api.post<unknown>(reviewPath(signalId, 'afwijzen'), {});
}

/** Undo the last decision: the signal goes back to the queue. */
export function undoMatchDecision(signalId: string) {
  return api.post<unknown>(reviewPath(signalId, 'ongedaan-maken'), {});
}

// ---------------------------------------------------------------------------------------------------------------
// Imports
// ---------------------------------------------------------------------------------------------------------------

export type ImportStatus = 'bezig' | 'klaar' | 'mislukt';

export interface SignalImport {
  id: string;
  bestandsnaam: string;
  formaat: 'ddas' | 'csv';
  status: ImportStatus;
  gelezen: number;
  nieuw: number;
  dubbel: number;
  afgekeurd: number;
  bytesVerwerkt: number;
  bytesTotaal: number;
  gestartOp: string;
  klaarOp: string | null;
  melding: string | null;
  /** In the history list; not in the contract, shown when the server sends it. */
  gemeente?: string;
}

export interface ImportFout {
  rij: number;
  veld: string;
  reden: string;
}

export const importsQueryKey = ['signal-imports'] as const;

export const importsQuery = (query: { page?: number; pageSize?: number }) =>
  queryOptions({
    queryKey: [...importsQueryKey, 'list', query] as const,
    queryFn: ({ signal }) => api.get<Page<SignalImport>>('/api/v1/signal-imports', { ...query }, signal),
    placeholderData: keepPreviousData,
  });

/** One import; polled every second while it is still running (for the second progress bar). */
export const importQuery = (id: string) =>
  queryOptions({
    queryKey: [...importsQueryKey, 'one', id] as const,
    queryFn: ({ signal }) =>
      api.get<SignalImport>(`/api/v1/signal-imports/${encodeURIComponent(id)}`, undefined, signal),
    refetchInterval: (query) => (query.state.data?.status === 'bezig' ? 1000 : false),
  });

export const importErrorsQuery = (id: string, query: { page?: number; pageSize?: number }) =>
  queryOptions({
    queryKey: [...importsQueryKey, 'fouten', id, query] as const,
    queryFn: ({ signal }) =>
      api.get<Page<ImportFout>>(
        `/api/v1/signal-imports/${encodeURIComponent(id)}/fouten`,
        { ...query },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

/** Where the browser downloads the CSV report (rij;veld;reden) of an import. */
export function importReportUrl(id: string): string {
  return `/api/v1/signal-imports/${encodeURIComponent(id)}/rapport`;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/** The part of XMLHttpRequest the upload uses, so a test can stand in for the browser. */
export interface UploadRequest {
  upload: {
    onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null;
  };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
  status: number;
  responseText: string;
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  getResponseHeader(name: string): string | null;
  send(body: Blob): void;
  abort(): void;
}

export interface UploadOptions {
  gemeente: string;
  file: Blob & { name: string };
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** Defaults to the browser's XMLHttpRequest. */
  createRequest?: () => UploadRequest;
}

/** The content type the server expects for a file: JSON for DDAS, CSV for a signal platform export. */
export function uploadContentType(fileName: string): string {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'application/json';
  if (lower.endsWith('.csv')) return 'text/csv';
  return 'application/octet-stream';
}

/**
 * POST /signal-imports with the raw file as body. XMLHttpRequest instead of fetch: only XHR reports upload progress
 * (`upload.onprogress`), which drives the first progress bar. Resolves with the new import's id (202).
 */
export function uploadSignalFile({
  gemeente,
  file,
  onProgress,
  signal,
  createRequest = () => new XMLHttpRequest() as unknown as UploadRequest,
}: UploadOptions): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    const xhr = createRequest();
    const url = buildUrl('/api/v1/signal-imports', { gemeente, bestandsnaam: file.name });
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(requestHeaders('POST'))) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Content-Type', uploadContentType(file.name));
    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : file.size;
      onProgress?.({ loaded: Math.min(event.loaded, total), total });
    };
    xhr.onload = () => {
      const contentType = xhr.getResponseHeader('Content-Type') ?? '';
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          const body = JSON.parse(xhr.responseText) as { id?: unknown };
          if (typeof body.id === 'string') {
            onProgress?.({ loaded: file.size, total: file.size });
            resolve({ id: body.id });
            return;
          }
        } catch {
          // fall through: an answer without an id is a server error for the user
        }
        reject(new ApiError(500, {}));
        return;
      }
      const response = new Response(xhr.responseText, {
        status: xhr.status,
        headers: { 'Content-Type': contentType },
      });
      void problemFromResponse(response).then(reject, () => reject(new ApiError(xhr.status, {})));
    };
    xhr.onerror = () => reject(new NetworkError());
    xhr.onabort = () => reject(new DOMException('Upload afgebroken', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Routing rules
// ---------------------------------------------------------------------------------------------------------------

export type Urgentie = 'normaal' | 'hoog';

export interface RoutingRule {
  id: string;
  naam: string;
  prioriteit: number;
  gebiedCode: string | null;
  gebiedNaam: string | null;
  categorie: string | null;
  urgentie: Urgentie | null;
  alleenCrisis: boolean;
  teamId: string;
  teamNaam: string;
  actief: boolean;
}

export interface RoutingRuleInput {
  gemeente: string;
  naam: string;
  prioriteit: number;
  gebiedCode?: string;
  categorie?: string;
  urgentie?: Urgentie;
  alleenCrisis?: boolean;
  teamId: string;
}

export interface RoutingOptions {
  teams: { id: string; naam: string }[];
  gebieden: { code: string; naam: string; soort: string }[];
  categorieen: { code: string; label: string }[];
}

export interface RoutingPreviewTeam {
  /** null: signals no rule routes ("Niet gerouteerd"). */
  teamId: string | null;
  teamNaam: string;
  nu: number;
  met: number;
}

export interface RoutingPreviewResult {
  periode: { van: string; tot: string };
  totaal: number;
  gewijzigd: number;
  perTeam: RoutingPreviewTeam[];
}

export const routingRulesQueryKey = ['routing-rules'] as const;

export const routingRulesQuery = (gemeente: string) =>
  queryOptions({
    queryKey: [...routingRulesQueryKey, 'list', gemeente] as const,
    queryFn: ({ signal }) => api.get<{ items: RoutingRule[] }>('/api/v1/routing-rules', { gemeente }, signal),
  });

export const routingOptionsQuery = (gemeente: string) =>
  queryOptions({
    queryKey: [...routingRulesQueryKey, 'options', gemeente] as const,
    queryFn: ({ signal }) => api.get<RoutingOptions>('/api/v1/routing-rules/options', { gemeente }, signal),
    staleTime: 5 * 60_000,
  });

export function createRoutingRule(input: RoutingRuleInput): Promise<RoutingRule> {
  return api.post<RoutingRule>('/api/v1/routing-rules', input);
}

export function updateRoutingRule(id: string, input: RoutingRuleInput): Promise<RoutingRule> {
  // The shared client has no PUT shortcut; `request` keeps the same headers and error handling.
  return request<RoutingRule>('PUT', `/api/v1/routing-rules/${encodeURIComponent(id)}`, { body: input });
}

/** Deactivates the rule (it stays in the list, no longer used). */
export function deactivateRoutingRule(id: string): Promise<void> {
  return api.delete(`/api/v1/routing-rules/${encodeURIComponent(id)}`);
}

/** Where last month's signals would have gone with this rule; counts only. */
export function previewRoutingRule(input: {
  gemeente: string;
  regel: RoutingRuleInput;
  vervangtRegelId?: string;
}): Promise<RoutingPreviewResult> {
  return api.post<RoutingPreviewResult>('/api/v1/routing-rules/preview', input);
}
