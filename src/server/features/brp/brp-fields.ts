/**
 * The `fields` Regie asks the BRP for. The API makes `fields` mandatory and answers only what is asked (and what
 * the caller is authorised for), so this list is also the list of BRP data Regie processes (AVG: data minimisation).
 */

/** For RaadpleegMetBurgerservicenummer: what the household register needs. */
export const PERSOON_FIELDS: readonly string[] = [
  'burgerservicenummer',
  'naam.voornamen',
  'naam.voorvoegsel',
  'naam.geslachtsnaam',
  'geboorte.datum',
  'geslacht',
  'overlijden.datum',
  'verblijfplaats',
  'gemeenteVanInschrijving',
  'datumInschrijvingInGemeente',
  'partners.burgerservicenummer',
  'partners.ontbindingHuwelijkPartnerschap.datum',
  'kinderen.burgerservicenummer',
  'ouders.burgerservicenummer',
];

/** For ZoekMetPostcodeEnHuisnummer: the search answers a PersoonBeperkt, which has only these. */
export const PERSOON_BEPERKT_FIELDS: readonly string[] = [
  'burgerservicenummer',
  'naam.voornamen',
  'naam.voorvoegsel',
  'naam.geslachtsnaam',
  'geboorte.datum',
  'geslacht',
  'leeftijd',
  'adressering',
];

/** Delivered automatically when relevant; the official API answers 400 when one of these is asked in `fields`. */
export const AUTOMATIC_FIELDS: readonly string[] = [
  'inOnderzoek',
  'geheimhoudingPersoonsgegevens',
  'opschortingBijhouding',
  'rni',
  'verificatie',
];

type FieldTree = Map<string, FieldTree | true>;

function fieldTree(fields: readonly string[]): FieldTree {
  const root: FieldTree = new Map();
  for (const field of fields) {
    let node = root;
    const parts = field.split('.');
    parts.forEach((part, i) => {
      const existing = node.get(part);
      if (existing === true) return;
      if (i === parts.length - 1) node.set(part, true);
      else {
        const next = existing ?? new Map();
        node.set(part, next);
        node = next;
      }
    });
  }
  return root;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick(value: unknown, tree: FieldTree): unknown {
  if (Array.isArray(value)) return value.map((item) => pick(item, tree));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  // Polymorphic objects (verblijfplaats, dates) keep their discriminator, as the API does.
  if (typeof value.type === 'string') out.type = value.type;
  for (const [key, sub] of tree) {
    if (value[key] === undefined) continue;
    out[key] = sub === true ? value[key] : pick(value[key], sub);
  }
  return out;
}

/**
 * Keeps only the requested field paths of a person (a path through a list applies to every item, so
 * "partners.burgerservicenummer" keeps each partner's BSN), plus the automatically delivered fields.
 * This is how the BRP answers, and how Regie's local source answers too.
 */
export function applyFields<T extends Record<string, unknown>>(
  persoon: T,
  fields: readonly string[],
): Partial<T> {
  const picked = pick(persoon, fieldTree([...fields, ...AUTOMATIC_FIELDS])) as Record<string, unknown>;
  delete picked.type;
  return picked as Partial<T>;
}
