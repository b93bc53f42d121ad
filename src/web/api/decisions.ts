// Bijstandsbesluiten: a Participatiewet provision recorded for a household, stored with the full calculation and
// its explanation, so a bezwaar can be answered from what was decided then. Shapes mirror
// src/server/features/decisions/decisions.routes.ts (the OpenAPI source). The server calculates again, on the
// ingangsdatum (it replaces the peildatum of `huishouden`), and stores its own result.
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { BijstandsnormInvoer, BijstandsnormResultaat } from './rules.ts';

export interface Bijstandsbesluit {
  id: string;
  householdId: string;
  /** The claimant: a member of the household (null when no longer known). */
  personId: string | null;
  ingangsdatum: string;
  besluitdatum: string;
  totaalCent: number;
  grondslag: string;
  berekening: BijstandsnormResultaat;
}

export interface BijstandsbesluitInvoer {
  personId: string;
  ingangsdatum: string;
  huishouden: BijstandsnormInvoer;
}

function path(householdId: string): string {
  return `/api/v1/households/${encodeURIComponent(householdId)}/bijstandsbesluiten`;
}

/** GET: the decisions of one household, newest first. Person-level data: the server audits every read. */
export const bijstandsbesluitenQuery = (householdId: string) =>
  queryOptions({
    queryKey: ['households', 'detail', householdId, 'bijstandsbesluiten'] as const,
    queryFn: ({ signal }) => api.get<{ items: Bijstandsbesluit[] }>(path(householdId), undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

/** POST: record a decision (regisseur only). Cannot be changed afterwards. */
export function recordBijstandsbesluit(
  householdId: string,
  input: BijstandsbesluitInvoer,
): Promise<Bijstandsbesluit> {
  return api.post<Bijstandsbesluit>(path(householdId), input);
}
