import type { ProvisionLaw } from '../../../db/schema/index.ts';

/**
 * The processing register (verwerkingsregister, AVG art. 30) as plain, versioned data: what Regie processes, why,
 * on which legal basis, who receives it and how long it is kept. Other features read it (consent purposes, inzage,
 * retention), and register.test.ts proves every table of the schema is covered, so a new table cannot slip in
 * without a purpose. Legal bases follow shared/reference/sociaal-domein.md §1 and §3.
 *
 * Change the register by editing this file and raising REGISTER_VERSION and REGISTER_VALID_FROM: the FG exports
 * the register with its version, so an export can always be traced to the text that was in force.
 */
export const REGISTER_VERSION = '2026.1';
/** The first day this version of the register is in force (calendar date). */
export const REGISTER_VALID_FROM = '2026-11-01';

// ---------------------------------------------------------------------------------------------------------------
// Retention categories
// ---------------------------------------------------------------------------------------------------------------

export const retentionCategoryCodes = [
  'signaal_niet_gekoppeld',
  'signaal_niet_opgepakt',
  'signaal_opgepakt',
  'vroegsignaalzaak_afgesloten',
  'casus_afgesloten',
  'jeugdwet_dossier',
  'importverslag',
] as const;
export type RetentionCategoryCode = (typeof retentionCategoryCodes)[number];

/** The key of a term inside signal_settings.retentionMonths (features/signals/settings.ts). */
export type SignalRetentionKey = 'unmatched' | 'notPickedUp' | 'pickedUp' | 'closedCase';

export interface RetentionCategory {
  code: RetentionCategoryCode;
  label: string;
  /** The default term in months; a municipality may change it (signal settings or retention_terms). */
  defaultMonths: number;
  /** The moment the term starts counting, in words (B1): "na ontvangst van het signaal". */
  from: string;
  /** Where a municipality's own value is stored. */
  source: 'signal_settings' | 'retention_terms';
  /** For source 'signal_settings': the key in signal_settings.retentionMonths. */
  signalSettingsKey?: SignalRetentionKey;
}

/**
 * Terms per retention category. The four signal terms live in the signal settings (they existed before this
 * register); the others in retention_terms. The audit log has NO retention category on purpose: it is the proof of
 * who looked at what (AVG art. 32) and destruction never touches it.
 */
export const RETENTION_CATEGORIES: readonly RetentionCategory[] = [
  {
    code: 'signaal_niet_gekoppeld',
    label: 'Signaal dat niet aan een inwoner is gekoppeld',
    defaultMonths: 6,
    from: 'na ontvangst van het signaal',
    source: 'signal_settings',
    signalSettingsKey: 'unmatched',
  },
  {
    code: 'signaal_niet_opgepakt',
    label: 'Signaal dat niet is opgepakt',
    defaultMonths: 6,
    from: 'na ontvangst van het signaal',
    source: 'signal_settings',
    signalSettingsKey: 'notPickedUp',
  },
  {
    code: 'signaal_opgepakt',
    label: 'Signaal dat is opgepakt',
    defaultMonths: 12,
    from: 'na het oppakken van het signaal',
    source: 'signal_settings',
    signalSettingsKey: 'pickedUp',
  },
  {
    code: 'vroegsignaalzaak_afgesloten',
    label: 'Afgesloten vroegsignaalzaak',
    defaultMonths: 18,
    from: 'na het afsluiten van de vroegsignaalzaak',
    source: 'signal_settings',
    signalSettingsKey: 'closedCase',
  },
  {
    code: 'casus_afgesloten',
    label: 'Afgesloten casus met plan',
    defaultMonths: 24,
    from: 'na het afsluiten van de casus',
    source: 'retention_terms',
  },
  {
    code: 'jeugdwet_dossier',
    label: 'Jeugdwetdossier',
    // Jeugdwet art. 7.3.8: 20 years.
    defaultMonths: 240,
    from: 'na het afsluiten van de casus',
    source: 'retention_terms',
  },
  {
    code: 'importverslag',
    label: 'Verslag van een import van signalen',
    defaultMonths: 6,
    from: 'na het einde van de import',
    source: 'retention_terms',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Data categories
// ---------------------------------------------------------------------------------------------------------------

export const dataCategoryCodes = [
  'identificatie',
  'huishouden_adres',
  'signalen',
  'vroegsignaalzaken',
  'importverslagen',
  'casus_plan',
  'zelfredzaamheid',
  'voorzieningen_wmo',
  'voorzieningen_jeugdwet',
  'voorzieningen_participatiewet',
  'schuldhulp',
  'toestemming_delen',
  'toegangslog',
  'medewerkers',
] as const;
export type DataCategoryCode = (typeof dataCategoryCodes)[number];

export interface DataCategory {
  code: DataCategoryCode;
  label: string;
  description: string;
  /** Database tables (SQL names) holding data of this category. A table may serve several categories. */
  tables: readonly string[];
  /** Set when the category is the data of one law (access rule 6): only rows of that law belong to it. */
  law?: ProvisionLaw;
  /** Whether the category holds special categories of personal data (health: AVG art. 9). */
  special?: boolean;
  /** The retention categories that end this data; empty when it is kept without a term (see retentionNote). */
  retention: readonly RetentionCategoryCode[];
  /** How long, in words, when no retention category applies or when it needs an explanation. */
  retentionNote?: string;
}

export const DATA_CATEGORIES: readonly DataCategory[] = [
  {
    code: 'identificatie',
    label: 'Identificerende gegevens',
    description: 'BSN, naam, geboortedatum, geslacht en overlijdensdatum van inwoners (uit de BRP).',
    tables: ['persons'],
    // No own term: a copy of the municipality's BRP for matching signals, kept current by every BRP delivery (moves
    // and deaths end memberships). The destruction run does not delete these rows (see the retention README).
    retention: [],
    retentionNote:
      'Kopie uit de BRP om signalen aan het juiste huishouden te koppelen; bijgewerkt bij elke BRP-levering. ' +
      'Geen eigen bewaartermijn: vertrek en overlijden worden vastgelegd, de gegevens worden niet apart vernietigd.',
  },
  {
    code: 'huishouden_adres',
    label: 'Adres en samenstelling van het huishouden',
    description: 'Adres, wijk en buurt, en wie samen een huishouden vormen (hoofd, partner, kind).',
    tables: ['addresses', 'households', 'household_members'],
    // No own term: a copy of the municipality's BRP for matching signals, kept current by every BRP delivery (moves
    // and deaths end memberships). The destruction run does not delete these rows (see the retention README).
    retention: [],
    retentionNote:
      'Kopie uit de BRP om signalen aan het juiste huishouden te koppelen; bijgewerkt bij elke BRP-levering. ' +
      'Geen eigen bewaartermijn: vertrek en overlijden worden vastgelegd, de gegevens worden niet apart vernietigd.',
  },
  {
    code: 'signalen',
    label: 'Signalen',
    description:
      'Vroegsignalen over betalingsachterstanden (bedrag, soort partner, datum) en zorgsignalen, met de gegevens ' +
      'om ze aan een inwoner te koppelen en de keuzes bij het koppelen.',
    tables: ['signals', 'signal_match_decisions'],
    retention: ['signaal_niet_gekoppeld', 'signaal_niet_opgepakt', 'signaal_opgepakt'],
  },
  {
    code: 'vroegsignaalzaken',
    label: 'Vroegsignaalzaken',
    description:
      'De signalen van een huishouden die samen worden opgepakt, de contactpogingen en het eindresultaat.',
    tables: ['signal_cases', 'signal_contact_attempts'],
    retention: ['vroegsignaalzaak_afgesloten'],
  },
  {
    code: 'importverslagen',
    label: 'Importverslagen',
    description:
      'Verslag van het inlezen van een bestand met signalen: bestandsnaam, aantallen en afgekeurde regels.',
    tables: ['signal_imports', 'signal_import_errors'],
    retention: ['importverslag'],
  },
  {
    code: 'casus_plan',
    label: 'Casus en plan',
    description:
      'De casus van het huishouden: fasen, regisseur, casusteam, het plan met afspraken, wettelijke termijnen, ' +
      'voorzieningen zonder eigen wet (overig) en een eventuele blokkade van vernietiging (juridische bewaarplicht).',
    tables: [
      'cases',
      'case_transitions',
      'case_regisseurs',
      'case_team_members',
      'plan_versions',
      'plan_agreements',
      'case_deadlines',
      'provisions',
      'legal_holds',
    ],
    retention: ['casus_afgesloten'],
  },
  {
    code: 'zelfredzaamheid',
    label: 'Zelfredzaamheid (ZRM)',
    description:
      'Scores op de Zelfredzaamheid-Matrix, ook voor geestelijke en lichamelijke gezondheid en middelengebruik.',
    tables: ['zrm_assessments'],
    special: true,
    retention: ['casus_afgesloten', 'jeugdwet_dossier'],
    retentionNote: 'Bij een casus met jeugdhulp geldt de termijn van het Jeugdwetdossier.',
  },
  {
    code: 'voorzieningen_wmo',
    label: 'Wmo-ondersteuning',
    description:
      'Voorzieningen en termijnen onder de Wmo 2015, zoals begeleiding, huishoudelijke hulp en hulpmiddelen.',
    tables: ['provisions', 'case_deadlines'],
    law: 'wmo',
    special: true,
    retention: ['casus_afgesloten'],
  },
  {
    code: 'voorzieningen_jeugdwet',
    label: 'Jeugdhulp',
    description: 'Voorzieningen en termijnen onder de Jeugdwet: jeugdhulp en kinderbeschermingsmaatregelen.',
    tables: ['provisions', 'case_deadlines'],
    law: 'jeugdwet',
    special: true,
    retention: ['jeugdwet_dossier'],
  },
  {
    code: 'voorzieningen_participatiewet',
    label: 'Bijstand en werk',
    description: 'Voorzieningen en termijnen onder de Participatiewet: bijstand en re-integratie.',
    tables: ['provisions', 'case_deadlines'],
    law: 'participatiewet',
    retention: ['casus_afgesloten'],
  },
  {
    code: 'schuldhulp',
    label: 'Schuldhulpverlening',
    description: 'Voorzieningen en termijnen onder de Wgs: eerste gesprek, plan van aanpak en beschikking.',
    tables: ['provisions', 'case_deadlines'],
    law: 'wgs',
    retention: ['casus_afgesloten'],
  },
  {
    code: 'toestemming_delen',
    label: 'Toestemming en delen van gegevens',
    description:
      'Toestemmingen van inwoners per doel en ontvanger (met intrekking), en welke gegevens van een wet het plan ' +
      'deelt met het casusteam, op grond van de wet of van toestemming.',
    tables: ['consents', 'case_data_shares'],
    retention: ['casus_afgesloten'],
  },
  {
    code: 'toegangslog',
    label: 'Toegangslog en noodtoegang',
    description:
      'Wie wanneer welke gegevens heeft ingezien of gewijzigd, en elke noodtoegang met de reden en de beoordeling ' +
      'door de FG.',
    tables: ['audit_log', 'access_grants'],
    retention: [],
    retentionNote:
      'Wordt niet vernietigd door de bewaartermijnen: het log is het bewijs wie wat heeft ingezien (AVG art. 32). ' +
      'Een noodtoegang verdwijnt met het huishouden; het log ervan blijft.',
  },
  {
    code: 'medewerkers',
    label: 'Gegevens van medewerkers',
    description:
      'Accounts, rollen en teams van medewerkers, sessies, inlogpogingen (met versleuteld IP-adres), API-sleutels ' +
      'van partners, meldingen aan medewerkers, hun reacties op toezeggingen van prestatieafspraken, wie welk ' +
      'cijfer van een partij invoerde en wie een toezegging wijzigde of liet vervallen.',
    tables: [
      'users',
      'user_roles',
      'team_members',
      'sessions',
      'login_attempts',
      'api_keys',
      'notifications',
      'commitment_comments',
      'commitment_figures',
      'commitment_changes',
    ],
    retention: [],
    retentionNote:
      'Zo lang de medewerker een account heeft. Sessies eindigen na de ingestelde tijd; inlogpogingen worden ' +
      'alleen kort bewaard voor de beveiliging.',
  },
];

/**
 * Tables without personal data, each with the reason. Configuration, reference data and counts: nothing here can be
 * traced to a resident or an employee.
 */
export const NON_PERSONAL_TABLES: Readonly<Record<string, string>> = {
  regie_migrations: 'Welke databasewijzigingen zijn toegepast (technisch).',
  municipalities: 'Gemeenten: naam en CBS-code.',
  regions: 'Regio’s van gemeenten (arbeidsmarkt, jeugdzorg).',
  region_municipalities: 'Welke gemeente bij welke regio hoort.',
  areas: 'Wijken en buurten met CBS-codes.',
  organisations: 'Organisaties: gemeente, wijkteam, partners.',
  organisation_municipalities: 'In welke gemeenten een organisatie werkt.',
  teams: 'Teams van organisaties.',
  team_municipalities: 'In welke gemeenten een team werkt.',
  team_areas: 'Voor welke wijken een team werkt.',
  routing_rules: 'Regels die signalen naar een team sturen.',
  signal_settings: 'Instellingen voor signalen van een gemeente.',
  case_settings: 'Instellingen voor casussen van een gemeente.',
  retention_terms: 'Bewaartermijnen die een gemeente heeft ingesteld.',
  destruction_records: 'Aantallen vernietigde gegevens per categorie, zonder persoonsgegevens.',
  audit_chain_heads: 'Laatste hash van elke keten van het toegangslog (technisch bewijs).',
  agreements: 'Prestatieafspraken van een gemeente: titel, jaar, fase en planning.',
  agreement_parties: 'Welke organisaties partij zijn bij een afspraak.',
  agreement_phase_changes: 'Wanneer een afspraak naar een volgende fase ging, en waarom.',
  commitments: 'Toezeggingen: thema, eigenaar, indicator en doel. Alleen cijfers, nooit over een persoon.',
  tariffs:
    'Tarieven per product en periode van een gemeente (kostenbeheersing). Alleen prijzen, geen personen.',
  budgets: 'Budget per wet en jaar van een gemeente (kostenbeheersing). Alleen bedragen, geen personen.',
  indicator_aggregates:
    'Bijgehouden telling per indicator, gemeente en periode (voor onderdrukking). Alleen aantallen, geen personen.',
  oidc_login_states:
    'Tijdelijke willekeurige waarden tijdens inloggen met SSO, zonder gegevens van de persoon.',
};

// ---------------------------------------------------------------------------------------------------------------
// Processing purposes
// ---------------------------------------------------------------------------------------------------------------

export const purposeCodes = [
  'vroegsignalering',
  'schuldhulpverlening',
  'wmo_ondersteuning',
  'jeugdhulp',
  'participatie',
  'integrale_regie',
  'verantwoording',
  'beveiliging_logging',
] as const;
export type PurposeCode = (typeof purposeCodes)[number];

export interface PurposeRetention {
  category: RetentionCategoryCode;
  defaultMonths: number;
  from: string;
}

export interface ProcessingPurpose {
  code: PurposeCode;
  name: string;
  description: string;
  /** Article references: the law that makes the processing necessary, and the AVG ground. */
  legalBases: readonly string[];
  categories: readonly DataCategoryCode[];
  /** Who receives data, in words, with what they receive. */
  recipients: readonly string[];
  /** The retention terms of the purpose's categories (derived from DATA_CATEGORIES, defaults). */
  retention: readonly PurposeRetention[];
  /** How long, in words, where the retention terms do not say it all. */
  retentionNote?: string;
}

const RECIPIENT = {
  wijkteam: 'Wijkteam van de gemeente: de regisseur en het casusteam van het huishouden',
  schuldhulp: 'Schuldhulpverlening (gemeente of kredietbank) die met het huishouden werkt',
  partnerFeedback:
    'Signaalpartner (woningcorporatie, energie- of waterbedrijf, zorgverzekeraar): alleen of het signaal is ' +
    'opgepakt, ja of nee',
  cbs: 'CBS: alleen totalen per periode (DDAS vroegsignalering), geen gegevens van personen',
  casusteamPartners:
    'Leden van het casusteam van andere organisaties: alleen de gegevens van hun eigen wet, of meer als het plan ' +
    'die deelt op grond van de wet of met toestemming van de inwoner',
  beleid: 'Beleidsmedewerkers van de gemeente: alleen aantallen per wijk, kleine aantallen onzichtbaar',
  fg: 'Functionaris gegevensbescherming (FG) van de gemeente',
  beheerder: 'Beheerder van de gemeente: alleen accounts en teams',
} as const;

type PurposeDraft = Omit<ProcessingPurpose, 'retention'>;

const PURPOSE_DRAFTS: readonly PurposeDraft[] = [
  {
    code: 'vroegsignalering',
    name: 'Vroegsignalering van schulden',
    description:
      'Signalen van betalingsachterstanden ontvangen, aan het juiste huishouden koppelen en de inwoner hulp ' +
      'aanbieden voordat de schulden groot worden.',
    legalBases: ['Wgs art. 8a–8d', 'AVG art. 6 lid 1 sub c', 'AVG art. 6 lid 1 sub e'],
    categories: ['identificatie', 'huishouden_adres', 'signalen', 'vroegsignaalzaken', 'importverslagen'],
    recipients: [RECIPIENT.wijkteam, RECIPIENT.schuldhulp, RECIPIENT.partnerFeedback, RECIPIENT.cbs],
  },
  {
    code: 'schuldhulpverlening',
    name: 'Schuldhulpverlening',
    description:
      'Een inwoner met schulden helpen: eerste gesprek, plan van aanpak en beschikking, binnen de wettelijke termijnen.',
    legalBases: [
      'Wgs art. 8a–8d (8d: gegevens uit Wmo, Jeugdwet en Participatiewet hergebruiken)',
      'AVG art. 6 lid 1 sub e',
    ],
    categories: ['identificatie', 'huishouden_adres', 'casus_plan', 'schuldhulp'],
    recipients: [RECIPIENT.schuldhulp, RECIPIENT.wijkteam],
  },
  {
    code: 'wmo_ondersteuning',
    name: 'Ondersteuning (Wmo 2015)',
    description:
      'Onderzoek naar wat een inwoner nodig heeft om thuis te wonen en meedoen, en het toekennen van ondersteuning.',
    legalBases: [
      'Wmo 2015 hoofdstuk 5 (art. 5.1.1 e.v.)',
      'AVG art. 6 lid 1 sub e',
      'AVG art. 9 lid 2 sub h (gezondheidsgegevens voor zorg en ondersteuning)',
    ],
    categories: ['identificatie', 'huishouden_adres', 'casus_plan', 'zelfredzaamheid', 'voorzieningen_wmo'],
    recipients: [RECIPIENT.wijkteam, RECIPIENT.casusteamPartners],
  },
  {
    code: 'jeugdhulp',
    name: 'Jeugdhulp (Jeugdwet)',
    description: 'Jeugdhulp voor kinderen en jongeren en hun ouders, en samenwerking bij kinderbescherming.',
    legalBases: [
      'Jeugdwet hoofdstuk 7 (art. 7.4.0 e.v.)',
      'Jeugdwet art. 7.3.8 (bewaartermijn dossier)',
      'AVG art. 6 lid 1 sub e',
      'AVG art. 9 lid 2 sub h (gezondheidsgegevens voor zorg)',
    ],
    categories: [
      'identificatie',
      'huishouden_adres',
      'casus_plan',
      'zelfredzaamheid',
      'voorzieningen_jeugdwet',
    ],
    recipients: [RECIPIENT.wijkteam, RECIPIENT.casusteamPartners],
  },
  {
    code: 'participatie',
    name: 'Bijstand en werk (Participatiewet)',
    description: 'Bijstand toekennen en inwoners helpen om werk te vinden.',
    legalBases: [
      'Participatiewet art. 64 e.v.',
      'Wet SUWI',
      'AVG art. 6 lid 1 sub c',
      'AVG art. 6 lid 1 sub e',
    ],
    categories: ['identificatie', 'huishouden_adres', 'casus_plan', 'voorzieningen_participatiewet'],
    recipients: [RECIPIENT.wijkteam, RECIPIENT.casusteamPartners],
  },
  {
    code: 'integrale_regie',
    name: 'Eén plan voor het huishouden',
    description:
      'Eén casus en één plan voor het hele huishouden, over de wetten heen, met één regisseur. Gegevens van een ' +
      'wet gaan alleen naar collega’s van een andere wet als de wet dat toestaat of als de inwoner toestemming gaf.',
    legalBases: [
      'AVG art. 6 lid 1 sub e, met de wetten hierboven (Wmo 2015 art. 5.1.1 e.v., Jeugdwet art. 7.4.0 e.v., ' +
        'Participatiewet art. 64 e.v., Wgs art. 8d)',
      'AVG art. 6 lid 1 sub a (toestemming van de inwoner, per doel en ontvanger)',
      'AVG art. 9 lid 2 sub g en h (gezondheidsgegevens)',
    ],
    categories: [
      'identificatie',
      'huishouden_adres',
      'casus_plan',
      'zelfredzaamheid',
      'voorzieningen_wmo',
      'voorzieningen_jeugdwet',
      'voorzieningen_participatiewet',
      'schuldhulp',
      'toestemming_delen',
    ],
    recipients: [RECIPIENT.wijkteam, RECIPIENT.schuldhulp, RECIPIENT.casusteamPartners],
  },
  {
    code: 'verantwoording',
    name: 'Verantwoording en statistiek',
    description:
      'Aantallen voor het beleid van de gemeente en de levering aan het CBS. Niemand ziet hier een persoon: alleen ' +
      'totalen, en kleine aantallen worden niet getoond.',
    legalBases: [
      'Wgs art. 8a–8d (levering vroegsignalering aan CBS)',
      'AVG art. 6 lid 1 sub c',
      'AVG art. 6 lid 1 sub e',
    ],
    categories: ['signalen', 'vroegsignaalzaken', 'casus_plan'],
    recipients: [RECIPIENT.beleid, RECIPIENT.cbs],
    retentionNote:
      'Geen eigen kopie: de aantallen worden berekend uit de gegevens, met hun eigen bewaartermijnen.',
  },
  {
    code: 'beveiliging_logging',
    name: 'Beveiliging en toegangslog',
    description:
      'Bijhouden wie wanneer welke gegevens heeft ingezien, noodtoegang controleren en accounts beveiligen.',
    legalBases: ['AVG art. 32', 'AVG art. 6 lid 1 sub c'],
    categories: ['toegangslog', 'medewerkers'],
    recipients: [RECIPIENT.fg, RECIPIENT.beheerder],
  },
];

const retentionByCode = new Map(RETENTION_CATEGORIES.map((r) => [r.code, r]));
const categoryByCode = new Map(DATA_CATEGORIES.map((c) => [c.code, c]));

/** A purpose's retention terms: those of its categories, each once, in the order of RETENTION_CATEGORIES. */
function purposeRetention(categories: readonly DataCategoryCode[]): PurposeRetention[] {
  const codes = new Set(categories.flatMap((c) => categoryByCode.get(c)?.retention ?? []));
  return RETENTION_CATEGORIES.filter((r) => codes.has(r.code)).map((r) => ({
    category: r.code,
    defaultMonths: r.defaultMonths,
    from: r.from,
  }));
}

export const PROCESSING_PURPOSES: readonly ProcessingPurpose[] = PURPOSE_DRAFTS.map((p) => ({
  ...p,
  retention: purposeRetention(p.categories),
}));

export function findPurpose(code: string): ProcessingPurpose | undefined {
  return PROCESSING_PURPOSES.find((p) => p.code === code);
}

export function findRetentionCategory(code: string): RetentionCategory | undefined {
  return retentionByCode.get(code as RetentionCategoryCode);
}
