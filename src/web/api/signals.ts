// Signals about households: filing one (form), the team's worklist, one signal with its case, pick-up, contact
// attempts and closing, and the partner's own signals with only the feedback the law allows. Shapes mirror
// src/server/features/signals/intake/signals.routes.ts and cases.routes.ts (the OpenAPI source).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Contactsoort, Dagdeel, Eindresultaat, PartnerTerugkoppeling } from '../../shared/ddas.ts';
import { api } from './client.ts';
import type { Page, PageQuery } from './types.ts';

export type SignaalSoort = 'vroegsignaal' | 'zorgsignaal';
export type Urgentie = 'normaal' | 'hoog';

export interface SignaalCategorie {
  code: string;
  label: string;
  soort: SignaalSoort;
  /** A signal of this category is a crisis by itself (eviction, end of supply). */
  crisis: boolean;
}

export interface SignaalInvoer {
  gemeente: string;
  categorie: string;
  urgentie: Urgentie;
  crisis?: boolean;
  omschrijving?: string;
  bewonerGeinformeerd: boolean;
  bewonerStemtIn: boolean;
  persoon: { bsn?: string; naam?: string; geboortedatum?: string };
  adres?: { postcode: string; huisnummer: number; huisletter?: string; toevoeging?: string };
  /** Arrears in whole euros. */
  bedrag?: number;
  ontstaansdatum?: string;
  signaaldatum?: string;
  partnerReferentie?: string;
  warmeOverdracht?: boolean;
}

export interface SignaalOntvangen {
  id: string;
  /** Always "ontvangen": the DDAS status is not told to the filer. */
  status: string;
  terugkoppeling: PartnerTerugkoppeling;
}

/** One of the partner's own signals: no case data, only whether it was picked up. */
export interface MijnSignaal {
  id: string;
  partnerReferentie: string | null;
  categorie: string;
  categorieLabel: string;
  signaaldatum: string;
  ontvangenOp: string;
  terugkoppeling: PartnerTerugkoppeling;
}

export interface WerklijstAdres {
  postcode: string;
  huisnummer: number;
  huisletter?: string | null;
  toevoeging?: string | null;
  straat?: string | null;
  woonplaats?: string | null;
}

export interface WerklijstSignaal {
  id: string;
  categorie: string;
  categorieLabel: string;
  soort: SignaalSoort;
  /** formulier, api, ddas or csv */
  bron: string;
  partnerType: string | null;
  urgentie: Urgentie;
  crisis: boolean;
  bedrag: number | null;
  ontvangenOp: string;
  signaaldatum: string;
  deadline: string | null;
  /** DDAS signal status, e.g. "Nog niet opgepakt" or "Opgepakt". */
  status: string;
  /** open, gematcht, te_beoordelen or geen_match */
  matchStatus: string;
  wijkCode: string | null;
  wijkNaam: string | null;
  teamId: string | null;
  teamNaam: string | null;
  zaakId: string | null;
  huishouden: { id: string; adres: WerklijstAdres | string | null } | null;
}

export interface MatchReden {
  /** bsn, adres or handmatig */
  methode: string;
  velden: string[];
  score: number;
}

export interface Contactpoging {
  id: string;
  soort: string;
  bereikt: boolean;
  datum: string;
  dagdeel: string | null;
}

export interface Zaak {
  id: string;
  /** vroegsignaalzaak or intake */
  soort: string;
  geopendOp: string;
  opgepaktOp: string | null;
  geslotenOp: string | null;
  resultaat: string | null;
  contactpogingen: Contactpoging[];
  signalen: { id: string; categorieLabel: string; ontvangenOp: string; status: string }[];
}

export interface SignaalDetail extends WerklijstSignaal {
  persoon: { bsn?: string | null; naam?: string | null; geboortedatum?: string | null } | null;
  adres: {
    postcode?: string | null;
    huisnummer?: number | null;
    huisletter?: string | null;
    toevoeging?: string | null;
  } | null;
  omschrijving: string | null;
  bewonerGeinformeerd: boolean | null;
  bewonerStemtIn: boolean | null;
  ontstaansdatum?: string | null;
  partnerReferentie?: string | null;
  warmeOverdracht?: boolean;
  match: MatchReden | null;
  zaak: Zaak | null;
}

export type WerklijstStatus = 'nieuw' | 'open' | 'alle';
export type WerklijstSortering = 'deadline' | 'ontvangen';

export interface WerklijstQuery extends PageQuery {
  teamId: string;
  status?: WerklijstStatus;
  categorie?: string;
  wijk?: string;
  crisis?: boolean;
  minBedrag?: number;
  ouderDanDagen?: number;
  sort?: WerklijstSortering;
}

export interface ContactpogingInvoer {
  soort: Contactsoort;
  bereikt: boolean;
  datum: string;
  dagdeel?: Dagdeel;
}

const BASE = '/api/v1/signals';

/** GET: the categories a municipality configured, for the form and the worklist filter. */
export const signalCategoriesQuery = (gemeente: string) =>
  queryOptions({
    queryKey: ['signals', 'categories', gemeente] as const,
    queryFn: ({ signal }) =>
      api.get<{ items: SignaalCategorie[] }>(`${BASE}/categories`, { gemeente }, signal),
    staleTime: 10 * 60_000,
  });

/** POST: file a signal from the form. */
export function fileSignal(input: SignaalInvoer): Promise<SignaalOntvangen> {
  return api.post<SignaalOntvangen>(BASE, input);
}

/** GET: the signals the user's organisation filed, with only the feedback (partner staff). */
export const mySignalsQuery = (query: PageQuery) =>
  queryOptions({
    queryKey: ['signals', 'mine', query] as const,
    queryFn: ({ signal }) => api.get<Page<MijnSignaal>>(`${BASE}/mine`, { ...query }, signal),
    placeholderData: keepPreviousData,
  });

/** GET: one page of a team's worklist. */
export const worklistQuery = (query: WerklijstQuery) =>
  queryOptions({
    queryKey: ['signals', 'worklist', query] as const,
    queryFn: ({ signal }) => api.get<Page<WerklijstSignaal>>(`${BASE}/worklist`, { ...query }, signal),
    placeholderData: keepPreviousData,
  });

/** GET: one signal with its match and case. Personal data: the server audits every read, so no refetching. */
export const signalQuery = (id: string) =>
  queryOptions({
    queryKey: ['signals', 'detail', id] as const,
    queryFn: ({ signal }) => api.get<SignaalDetail>(`${BASE}/${encodeURIComponent(id)}`, undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

/** POST: the team picks the signal up (starts or joins the household's case); answers with the detail. */
export function pickUpSignal(id: string): Promise<SignaalDetail> {
  return api.post<SignaalDetail>(`${BASE}/${encodeURIComponent(id)}/oppakken`);
}

export function recordContactAttempt(zaakId: string, input: ContactpogingInvoer): Promise<unknown> {
  return api.post(`/api/v1/signal-cases/${encodeURIComponent(zaakId)}/contactpogingen`, input);
}

export function closeCase(zaakId: string, resultaat: Eindresultaat): Promise<unknown> {
  return api.post(`/api/v1/signal-cases/${encodeURIComponent(zaakId)}/afsluiten`, { resultaat });
}
