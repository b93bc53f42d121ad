import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../../db/schema/index.ts';
import { DATA_CATEGORIES, NON_PERSONAL_TABLES } from './register.ts';

/** The SQL names of every table the drizzle schema declares, sorted. */
export function schemaTableNames(): string[] {
  const names: string[] = [];
  for (const value of Object.values(schema) as unknown[]) {
    if (is(value, PgTable)) names.push(getTableName(value));
  }
  return [...new Set(names)].sort();
}

/** Every table the register covers: in a data category, or listed as holding no personal data. */
export function registeredTableNames(): Set<string> {
  return new Set([...DATA_CATEGORIES.flatMap((c) => c.tables), ...Object.keys(NON_PERSONAL_TABLES)]);
}

/**
 * The tables the register does not account for. Used by the tests (drizzle schema and the live database) so a new
 * table cannot be added without saying which data category it holds, or why it holds no personal data.
 */
export function unregisteredTables(tables: readonly string[]): string[] {
  const registered = registeredTableNames();
  return tables.filter((t) => !registered.has(t));
}
