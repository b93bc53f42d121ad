import { csvDocument } from '../../../lib/csv.ts';
import {
  DATA_CATEGORIES,
  type DataCategory,
  NON_PERSONAL_TABLES,
  PROCESSING_PURPOSES,
  REGISTER_VALID_FROM,
  REGISTER_VERSION,
  RETENTION_CATEGORIES,
  type RetentionCategoryCode,
} from './register.ts';

/** A municipality's current term per retention category (its own value, or the default). */
export type RetentionMonths = Record<RetentionCategoryCode, number>;

export type RegisterMunicipality = { code: string; name: string };

export type RetentionView = {
  code: RetentionCategoryCode;
  label: string;
  months: number;
  defaultMonths: number;
  from: string;
  source: 'signal_settings' | 'retention_terms';
  signalSettingsKey: string | null;
};

export type CategoryView = {
  code: string;
  label: string;
  description: string;
  tables: string[];
  law: string | null;
  special: boolean;
  retention: RetentionCategoryCode[];
  retentionNote: string | null;
};

export type PurposeView = {
  code: string;
  name: string;
  description: string;
  legalBases: string[];
  categories: string[];
  recipients: string[];
  retention: {
    category: RetentionCategoryCode;
    label: string;
    months: number;
    defaultMonths: number;
    from: string;
  }[];
  retentionNote: string | null;
};

export type RegisterView = {
  version: string;
  validFrom: string;
  municipality: RegisterMunicipality | null;
  purposes: PurposeView[];
  categories: CategoryView[];
  retentionCategories: RetentionView[];
  nonPersonalTables: { table: string; reason: string }[];
};

export function defaultRetentionMonths(): RetentionMonths {
  return Object.fromEntries(RETENTION_CATEGORIES.map((r) => [r.code, r.defaultMonths])) as RetentionMonths;
}

/** The register as the API shows it: the fixed text with the municipality's current retention terms filled in. */
export function registerView(
  municipality: RegisterMunicipality | null,
  months: RetentionMonths,
): RegisterView {
  const retentionCategories: RetentionView[] = RETENTION_CATEGORIES.map((r) => ({
    code: r.code,
    label: r.label,
    months: months[r.code],
    defaultMonths: r.defaultMonths,
    from: r.from,
    source: r.source,
    signalSettingsKey: r.signalSettingsKey ?? null,
  }));
  const labels = new Map(RETENTION_CATEGORIES.map((r) => [r.code, r.label]));
  return {
    version: REGISTER_VERSION,
    validFrom: REGISTER_VALID_FROM,
    municipality,
    purposes: PROCESSING_PURPOSES.map((p) => ({
      code: p.code,
      name: p.name,
      description: p.description,
      legalBases: [...p.legalBases],
      categories: [...p.categories],
      recipients: [...p.recipients],
      retention: p.retention.map((r) => ({
        category: r.category,
        label: labels.get(r.category) ?? r.category,
        months: months[r.category],
        defaultMonths: r.defaultMonths,
        from: r.from,
      })),
      retentionNote: p.retentionNote ?? null,
    })),
    categories: DATA_CATEGORIES.map((c) => ({
      code: c.code,
      label: c.label,
      description: c.description,
      tables: [...c.tables],
      law: c.law ?? null,
      special: c.special ?? false,
      retention: [...c.retention],
      retentionNote: c.retentionNote ?? null,
    })),
    retentionCategories,
    nonPersonalTables: Object.entries(NON_PERSONAL_TABLES).map(([table, reason]) => ({ table, reason })),
  };
}

/** "12 maanden na het oppakken van het signaal"; whole years read better: "240 maanden (20 jaar) na ...". */
export function retentionText(months: number, from: string): string {
  const unit = months === 1 ? 'maand' : 'maanden';
  const years = months >= 24 && months % 12 === 0 ? ` (${months / 12} jaar)` : '';
  return `${months} ${unit}${years} ${from}`;
}

/** A data category's retention in words, with the municipality's current terms. */
export function categoryRetentionText(
  category: Pick<DataCategory, 'retention' | 'retentionNote'>,
  months: RetentionMonths,
): string {
  const byCode = new Map(RETENTION_CATEGORIES.map((r) => [r.code, r]));
  const parts = category.retention.map((code) => {
    const r = byCode.get(code)!;
    return `${r.label}: ${retentionText(months[code], r.from)}`;
  });
  if (category.retentionNote) parts.push(category.retentionNote);
  return parts.join(' | ');
}

export type RegisterRow = {
  purposeCode: string;
  purpose: string;
  purposeDescription: string;
  legalBases: string;
  categoryCode: string;
  category: string;
  categoryDescription: string;
  law: string;
  special: string;
  tables: string;
  recipients: string;
  retention: string;
};

/** One row per purpose × data category: the shape of the CSV and JSON export (AVG art. 30 lid 1). */
export function registerRows(months: RetentionMonths): RegisterRow[] {
  const categories = new Map(DATA_CATEGORIES.map((c) => [c.code, c]));
  return PROCESSING_PURPOSES.flatMap((p) =>
    p.categories.map((code) => {
      const c = categories.get(code)!;
      return {
        purposeCode: p.code,
        purpose: p.name,
        purposeDescription: p.description,
        legalBases: p.legalBases.join(' | '),
        categoryCode: c.code,
        category: c.label,
        categoryDescription: c.description,
        law: c.law ?? '',
        special: c.special ? 'ja' : 'nee',
        tables: c.tables.join(', '),
        recipients: p.recipients.join(' | '),
        // A purpose without its own copy (aggregates) says so; otherwise the category's terms.
        retention: p.retentionNote ?? categoryRetentionText(c, months),
      };
    }),
  );
}

const CSV_COLUMNS: readonly [keyof RegisterRow, string][] = [
  ['purposeCode', 'Doel (code)'],
  ['purpose', 'Doel'],
  ['purposeDescription', 'Omschrijving doel'],
  ['legalBases', 'Grondslag'],
  ['categoryCode', 'Categorie (code)'],
  ['category', 'Categorie persoonsgegevens'],
  ['categoryDescription', 'Omschrijving categorie'],
  ['law', 'Wet'],
  ['special', 'Bijzondere persoonsgegevens'],
  ['tables', 'Tabellen'],
  ['recipients', 'Ontvangers'],
  ['retention', 'Bewaartermijn'],
];

/**
 * The register as CSV for spreadsheet programs: UTF-8 BOM (so Excel reads it as UTF-8), ';' as separator (the
 * Dutch Excel default), CRLF line ends, a header row, then one row per purpose × data category.
 */
export function registerCsv(rows: readonly RegisterRow[]): string {
  return csvDocument(
    CSV_COLUMNS.map(([, label]) => label),
    rows.map((row) => CSV_COLUMNS.map(([key]) => row[key])),
  );
}

/** A dated, ASCII-only file name: verwerkingsregister-GM9901-v2026.1-2026-11-23.csv */
export function exportFileName(
  municipalityCode: string | null,
  today: string,
  format: 'csv' | 'json',
): string {
  const who = municipalityCode ? `-${municipalityCode.replace(/[^A-Za-z0-9]/g, '')}` : '';
  return `verwerkingsregister${who}-v${REGISTER_VERSION}-${today}.${format}`;
}
