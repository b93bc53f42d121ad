// A municipality's settings: the signal settings (categories, bundling, matching, thresholds, terms, retention;
// src/server/features/signals/settings.ts) and the case settings (terms and board margins;
// src/server/features/deadlines/case-settings.ts). Both are read and replaced whole with GET/PUT.
import { queryOptions } from '@tanstack/react-query';
import type { Signaalpartner } from '../../shared/ddas.ts';
import { request } from './client.ts';
import {
  type CaseSettings,
  caseSettingsQuery,
  deadlineKeys,
  saveCaseSettings,
  type Term,
  type TermUnit,
} from './deadlines.ts';

// The case settings share their query key with the Termijnen tab, so a change here is seen there at once.
export { type CaseSettings, caseSettingsQuery, saveCaseSettings, type Term, type TermUnit };
export const caseSettingsQueryKey = deadlineKeys.settings;

export type CaseTermKey = keyof CaseSettings['terms'];
export type BoardKey = keyof CaseSettings['board'];

export type SignalKind = 'vroegsignaal' | 'zorgsignaal';

export interface SignalCategory {
  /** Stable code stored on every signal; only the label may change once signals use it. */
  code: string;
  label: string;
  kind: SignalKind;
  /** A signal of this category is a crisis by itself (3-working-day term). */
  crisis: boolean;
}

export interface Threshold {
  minAmountEuros: number;
  minSignals: number;
}

export type NoMatchPolicy = 'geen_inwoner' | 'wachten';

export interface RetentionMonths {
  unmatched: number;
  notPickedUp: number;
  pickedUp: number;
  closedCase: number;
}

export interface SignalSettings {
  categories: SignalCategory[];
  bundlingWindowDays: number;
  noMatch: NoMatchPolicy;
  autoMatchScore: number;
  reviewMinScore: number;
  thresholds: Partial<Record<Signaalpartner, Threshold>>;
  offerTermWorkingDays: number;
  crisisTermWorkingDays: number;
  retentionMonths: RetentionMonths;
}

export const signalSettingsQueryKey = (municipalityCode: string) =>
  ['signal-settings', municipalityCode] as const;

const signalPath = (municipalityCode: string) =>
  `/api/v1/signal-settings/${encodeURIComponent(municipalityCode)}`;

export function signalSettingsQuery(municipalityCode: string) {
  return queryOptions({
    queryKey: signalSettingsQueryKey(municipalityCode),
    queryFn: ({ signal }) => request<SignalSettings>('GET', signalPath(municipalityCode), { signal }),
  });
}

export function saveSignalSettings(
  municipalityCode: string,
  settings: SignalSettings,
): Promise<SignalSettings> {
  return request<SignalSettings>('PUT', signalPath(municipalityCode), { body: settings });
}
