// Law as code: the Participatiewet bijstandsnorm, the what-if comparison and the kostendelersnorm impact report.
// Shapes mirror src/server/features/rules/rules.schemas.ts (the OpenAPI source); the calculation itself only
// happens on the server, so the CLI, the API and this page give the same answer.
import { queryOptions } from '@tanstack/react-query';
import { RELATIES, type Relatie } from '../../shared/relaties.ts';
import { api } from './client.ts';

export { RELATIES, type Relatie };

export interface MedebewonerInvoer {
  naam?: string;
  geboortedatum: string;
  relatie: Relatie;
  commercieleHuur: boolean;
  studiefinanciering: boolean;
  bbl: boolean;
  mantelzorg: boolean;
}

export interface BijstandsnormInvoer {
  peildatum: string;
  aanvrager: { geboortedatum: string; mantelzorgElders?: boolean };
  partner?: { geboortedatum: string };
  kinderenOnder18: number;
  medebewoners: MedebewonerInvoer[];
}

export type Categorie =
  | 'alleenstaande-18-20'
  | 'alleenstaande-21-tot-aow'
  | 'alleenstaande-aow'
  | 'gehuwden-beiden-18-20'
  | 'gehuwden-18-20-en-21-plus'
  | 'gehuwden-beiden-21-tot-aow'
  | 'gehuwden-aow';

export type Leefvorm = 'alleenstaande' | 'alleenstaande-ouder' | 'gehuwden';

export interface UitlegStap {
  nummer: number;
  onderwerp: string;
  artikel: string;
  besluit: string;
  reden: string;
}

export interface MedebewonerBeoordeling {
  nummer: number;
  naam: string;
  leeftijd: number;
  telt: boolean;
  artikel: string;
  reden: string;
}

export interface NormDeel {
  persoon: 'aanvrager' | 'partner' | 'gehuwden';
  artikel: string;
  omschrijving: string;
  exactCent: string;
}

export interface Bron {
  titel: string;
  url: string;
}

export interface BijstandsnormResultaat {
  peildatum: string;
  totaalCent: number;
  totaalTekst: string;
  kostendelers: number;
  kostendelendeMedebewoners: number;
  kostendelersnormToegepast: boolean;
  categorie: Categorie;
  leefvorm: Leefvorm;
  normB: { cent: number; artikel: string } | null;
  percentage: number | null;
  percentageTekst: string | null;
  exactCent: string;
  delen: NormDeel[];
  medebewoners: MedebewonerBeoordeling[];
  tabel: { id: string; geldigVanaf: string; geldigTotEnMet: string; bronnen: Bron[] };
  aowLeeftijdTabel: { id: string; bronnen: Bron[] };
  kostendelerLeeftijd: number;
  uitleg: UitlegStap[];
}

export type Wijziging =
  | { soort: 'verhuist'; naam: string }
  | { soort: 'komt-wonen'; medebewoner: MedebewonerInvoer };

export interface WatAlsInvoer {
  huishouden: BijstandsnormInvoer;
  wijziging: Wijziging;
}

export interface WatAlsResultaat {
  wijziging: string;
  nu: BijstandsnormResultaat;
  straks: BijstandsnormResultaat;
  verschilPerMaandCent: number;
  verschilPerJaarCent: number;
  verschilTekst: string;
}

/** POST /rules/bijstandsnorm: the monthly norm of one household with its explanation. */
export function calculateBijstandsnorm(input: BijstandsnormInvoer): Promise<BijstandsnormResultaat> {
  return api.post<BijstandsnormResultaat>('/api/v1/rules/bijstandsnorm', input);
}

/** POST /rules/wat-als: the norm now and after one person moves out or in. */
export function calculateWatAls(input: WatAlsInvoer): Promise<WatAlsResultaat> {
  return api.post<WatAlsResultaat>('/api/v1/rules/wat-als', input);
}

/** A number of households; null (with suppressed) when fewer than 10 or when it could be worked out. */
export interface ImpactCel {
  aantal: number | null;
  suppressed: boolean;
}

export interface ImpactBedrag {
  perMaandCent: number | null;
  perJaarCent: number | null;
  suppressed: boolean;
}

export interface ImpactVerdelingsklasse {
  id: string;
  label: string;
  vanafCent: number | null;
  totCent: number | null;
  aantal: number | null;
  suppressed: boolean;
}

export interface ImpactKostendelersKlasse {
  kostendelers: number;
  label: string;
  aantal: number | null;
  suppressed: boolean;
}

export interface ImpactVariant {
  id: string;
  omschrijving: string;
  getroffen: ImpactCel;
  huishoudensMetAndereNorm: ImpactCel;
  kosten: ImpactBedrag;
  verlaging: ImpactBedrag;
  toelichting: string | null;
}

export interface ImpactRapport {
  gemeenten: { code: string; naam: string }[];
  peildatum: string;
  normentabel: { id: string; geldigVanaf: string; geldigTotEnMet: string };
  kostendelerLeeftijd: number;
  drempel: number;
  huishoudensMetBijstand: ImpactCel;
  getroffen: ImpactCel;
  nietGetroffen: ImpactCel;
  nietBerekend: ImpactCel;
  verlaging: ImpactBedrag;
  gemiddeldeVerlagingPerMaandCent: number | null;
  verdeling: ImpactVerdelingsklasse[];
  naarKostendelers: ImpactKostendelersKlasse[];
  varianten: ImpactVariant[];
  aannames: string[];
  onderdrukking: string;
}

export interface ImpactQuery {
  municipality: string;
  peildatum?: string;
  /** An extra policy variant: the age from which a housemate is a cost-sharer. */
  kostendelerLeeftijd?: number;
}

/** GET /rules/impact: how many bijstand households the kostendelersnorm affects, and by how much. */
export const normImpactQuery = (query: ImpactQuery) =>
  queryOptions({
    queryKey: [
      'rules',
      'impact',
      query.municipality,
      query.peildatum ?? '',
      query.kostendelerLeeftijd ?? '',
    ] as const,
    queryFn: ({ signal }) =>
      api.get<ImpactRapport>(
        '/api/v1/rules/impact',
        {
          municipality: query.municipality,
          peildatum: query.peildatum,
          kostendelerLeeftijd: query.kostendelerLeeftijd,
        },
        signal,
      ),
  });
