// The vocabulary of DDAS vroegsignalering v1.2 (VNG/Divosa/NVVK), as Regie uses it. Taken over from the enumerations
// of the official JSON Schema (`../shared/reference/ddas-v1.2/`); a conformance test checks these lists against it.
// Plain data only: the web bundle imports this file.

export const SIGNAALPARTNERS = [
  'Belastingdienst',
  'CAK Eigen bijdrage',
  'CAK Zorgverzekeringen',
  'Dienst Toeslagen',
  'DUO',
  'Energie',
  'Huur',
  'Hypotheek',
  'Overige',
  'Water',
  'Zorg',
] as const;
export type Signaalpartner = (typeof SIGNAALPARTNERS)[number];

export const SIGNAALSTATUSSEN = [
  'Inwoner al bekend bij schuldhulpverlening',
  'Inwoner is overleden',
  'Niet opgepakt: andere reden',
  'Niet opgepakt: herhaalde melding',
  'Niet opgepakt: onterecht signaal',
  'Nog niet opgepakt',
  'Opgepakt',
  'Persoon is geen inwoner (meer) in de gemeente',
] as const;
export type Signaalstatus = (typeof SIGNAALSTATUSSEN)[number];

export const EINDRESULTATEN = [
  '(Budget)advies en/of quick fix',
  'Definitief geen contact kunnen krijgen',
  'Geen reactie na eerder contact',
  'Inwoner al bekend bij schuldhulpverlening',
  'Inwoner heeft al een ander lopend traject',
  'Inwoner heeft zelf al betaald/betalingsregeling getroffen',
  'Inwoner is overleden',
  'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering',
  'Niet opgepakt: andere reden',
  'Niet opgepakt: herhaalde melding',
  'Niet opgepakt: onterecht signaal',
  'Persoon is geen inwoner (meer) in de gemeente',
  'Vervolghulp en/of verwijzing',
  'Vervolghulp en/of verwijzing financieel',
  'Vervolghulp en/of verwijzing niet financieel',
  'Verwijzing zonder tussenkomst inwoner',
] as const;
export type Eindresultaat = (typeof EINDRESULTATEN)[number];

export const CONTACTSOORTEN = [
  'Administratief',
  'Afspraak op locatie',
  'Brief',
  'Huisbezoek',
  'Kaartje',
  'Mail',
  'Onbekend',
  'Overige',
  'SMS/Whatsapp',
  'Telefoon',
] as const;
export type Contactsoort = (typeof CONTACTSOORTEN)[number];

export const DAGDELEN = ['Ochtend', 'Middag', 'Avond'] as const;
export type Dagdeel = (typeof DAGDELEN)[number];

export const GESLACHTEN = ['Man', 'Vrouw', 'Onbekend', 'Leeg'] as const;
export type Geslacht = (typeof GESLACHTEN)[number];

/** What a partner may learn of its own signal (Wgs: only whether it was picked up, not why and no case data). */
export type PartnerTerugkoppeling = 'opgepakt' | 'niet opgepakt' | 'in behandeling';
