import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { provisionLaws } from '../../../db/schema/index.ts';
import { DEFAULT_SIGNAL_SETTINGS } from '../../signals/settings.ts';
import {
  DATA_CATEGORIES,
  dataCategoryCodes,
  findPurpose,
  NON_PERSONAL_TABLES,
  PROCESSING_PURPOSES,
  purposeCodes,
  REGISTER_VALID_FROM,
  RETENTION_CATEGORIES,
  retentionCategoryCodes,
} from './register.ts';
import { schemaTableNames, unregisteredTables } from './schema-tables.ts';

describe('processing register completeness', () => {
  test('every table of the drizzle schema belongs to a data category or is listed as non-personal', () => {
    const tables = schemaTableNames();
    assert.ok(tables.length >= 40, `the schema walk found only ${tables.length} tables`);
    assert.ok(tables.includes('consents') && tables.includes('signals') && tables.includes('audit_log'));
    assert.deepEqual(
      unregisteredTables(tables),
      [],
      'add the table to a category in DATA_CATEGORIES, or to NON_PERSONAL_TABLES with the reason',
    );
  });

  test('the check catches a new table nobody registered', () => {
    assert.deepEqual(unregisteredTables(['persons', 'nieuwe_tabel', 'municipalities']), ['nieuwe_tabel']);
  });

  test('the register names only tables that exist (or the migration bookkeeping table)', () => {
    const tables = new Set([...schemaTableNames(), 'regie_migrations']);
    for (const category of DATA_CATEGORIES) {
      for (const table of category.tables)
        assert.ok(tables.has(table), `${category.code}: ${table} is no table`);
    }
    for (const table of Object.keys(NON_PERSONAL_TABLES))
      assert.ok(tables.has(table), `${table} is no table`);
  });

  test('a table is either personal or non-personal, never both', () => {
    const personal = new Set(DATA_CATEGORIES.flatMap((c) => c.tables));
    for (const [table, reason] of Object.entries(NON_PERSONAL_TABLES)) {
      assert.ok(!personal.has(table), `${table} is in a data category and in NON_PERSONAL_TABLES`);
      assert.ok(reason.length > 10, `${table} needs a reason`);
    }
  });

  test('every data category belongs to at least one purpose', () => {
    const used = new Set(PROCESSING_PURPOSES.flatMap((p) => p.categories));
    for (const category of DATA_CATEGORIES)
      assert.ok(used.has(category.code), `${category.code} has no purpose`);
  });

  test('codes are unique and match the exported code lists', () => {
    assert.deepEqual(
      DATA_CATEGORIES.map((c) => c.code),
      [...dataCategoryCodes],
    );
    assert.deepEqual(
      PROCESSING_PURPOSES.map((p) => p.code),
      [...purposeCodes],
    );
    assert.deepEqual(
      RETENTION_CATEGORIES.map((r) => r.code),
      [...retentionCategoryCodes],
    );
  });

  test('the purposes the brief requires are there, each with legal bases, categories and recipients', () => {
    for (const code of [
      'vroegsignalering',
      'schuldhulpverlening',
      'wmo_ondersteuning',
      'jeugdhulp',
      'participatie',
      'integrale_regie',
      'verantwoording',
      'beveiliging_logging',
    ]) {
      const purpose = findPurpose(code);
      assert.ok(purpose, code);
      assert.ok(purpose.legalBases.length > 0, `${code} has no legal basis`);
      assert.ok(purpose.categories.length > 0, `${code} has no categories`);
      assert.ok(purpose.recipients.length > 0, `${code} has no recipients`);
      assert.ok(
        purpose.legalBases.some((b) => b.startsWith('AVG art.')),
        `${code} names no AVG ground`,
      );
    }
    assert.ok(findPurpose('vroegsignalering')!.legalBases.includes('Wgs art. 8a–8d'));
    assert.ok(findPurpose('jeugdhulp')!.legalBases.some((b) => b.includes('art. 7.4.0')));
    assert.ok(findPurpose('participatie')!.legalBases.includes('Wet SUWI'));
    assert.ok(findPurpose('beveiliging_logging')!.legalBases.includes('AVG art. 32'));
  });

  test('purposes that process health data (AVG art. 9) name an art. 9 ground', () => {
    const special = new Set(DATA_CATEGORIES.filter((c) => c.special).map((c) => c.code));
    for (const purpose of PROCESSING_PURPOSES) {
      if (purpose.code === 'verantwoording') continue; // aggregates only
      if (!purpose.categories.some((c) => special.has(c))) continue;
      assert.ok(
        purpose.legalBases.some((b) => b.includes('art. 9 lid 2')),
        `${purpose.code} processes health data without an AVG art. 9 ground`,
      );
    }
  });

  test('every retention category has a positive default and a starting moment', () => {
    for (const r of RETENTION_CATEGORIES) {
      assert.ok(
        Number.isInteger(r.defaultMonths) && r.defaultMonths > 0,
        `${r.code} needs a positive default`,
      );
      assert.ok(r.from.length > 0, `${r.code} needs a starting moment`);
    }
  });

  test('the defaults follow the reference and the signal defaults match the signal settings', () => {
    const months = Object.fromEntries(RETENTION_CATEGORIES.map((r) => [r.code, r.defaultMonths]));
    assert.deepEqual(months, {
      signaal_niet_gekoppeld: 6,
      signaal_niet_opgepakt: 6,
      signaal_opgepakt: 12,
      vroegsignaalzaak_afgesloten: 18,
      casus_afgesloten: 24,
      jeugdwet_dossier: 240,
      importverslag: 6,
    });
    const keys = new Set<string>();
    for (const r of RETENTION_CATEGORIES) {
      if (r.source === 'signal_settings') {
        assert.ok(r.signalSettingsKey, `${r.code} needs its signalSettingsKey`);
        assert.equal(r.defaultMonths, DEFAULT_SIGNAL_SETTINGS.retentionMonths[r.signalSettingsKey], r.code);
        keys.add(r.signalSettingsKey);
      } else {
        assert.equal(r.signalSettingsKey, undefined, `${r.code} is not a signal setting`);
      }
    }
    assert.deepEqual([...keys].sort(), Object.keys(DEFAULT_SIGNAL_SETTINGS.retentionMonths).sort());
  });

  test('every retention category ends some data category, and the audit log has no term', () => {
    const used = new Set(DATA_CATEGORIES.flatMap((c) => c.retention));
    for (const r of RETENTION_CATEGORIES) assert.ok(used.has(r.code), `${r.code} ends no data`);
    const log = DATA_CATEGORIES.find((c) => c.tables.includes('audit_log'))!;
    assert.deepEqual(log.retention, []);
    assert.match(log.retentionNote ?? '', /niet vernietigd/);
    for (const c of DATA_CATEGORIES) {
      if (c.retention.length === 0) assert.ok(c.retentionNote, `${c.code} needs a retention note`);
    }
  });

  test('a purpose carries the retention terms of its categories, with their defaults', () => {
    const vroeg = findPurpose('vroegsignalering')!;
    assert.deepEqual(
      vroeg.retention.map((r) => [r.category, r.defaultMonths]),
      [
        ['signaal_niet_gekoppeld', 6],
        ['signaal_niet_opgepakt', 6],
        ['signaal_opgepakt', 12],
        ['vroegsignaalzaak_afgesloten', 18],
        ['importverslag', 6],
      ],
    );
    assert.deepEqual(
      findPurpose('jeugdhulp')!.retention.map((r) => r.category),
      ['casus_afgesloten', 'jeugdwet_dossier'],
    );
  });

  test('each law has its own data category, so access per law can name it', () => {
    for (const law of provisionLaws.filter((l) => l !== 'overig')) {
      const category = DATA_CATEGORIES.find((c) => c.law === law);
      assert.ok(category, `no data category for ${law}`);
      assert.ok(category.tables.includes('provisions'));
    }
  });

  test('the register is dated', () => {
    assert.match(REGISTER_VALID_FROM, /^\d{4}-\d{2}-\d{2}$/);
  });
});
