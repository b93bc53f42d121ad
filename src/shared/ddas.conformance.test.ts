import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  loadOfficialDdasSchema,
  officialDdasSchemaFile,
} from '../server/features/signals/export/official-ddas-schema.ts';
import {
  CONTACTSOORTEN,
  DAGDELEN,
  EINDRESULTATEN,
  GESLACHTEN,
  SIGNAALPARTNERS,
  SIGNAALSTATUSSEN,
} from './ddas.ts';

/**
 * Regie's DDAS vocabulary (ddas.ts) is copied from the official v1.2 schema in ../shared/reference/ddas-v1.2/; this
 * test keeps the copy exact (same values, same order). Skipped with a message on a clone without that folder.
 */

const official = loadOfficialDdasSchema();
const SKIP = `het officiële DDAS-schema ontbreekt (${officialDdasSchemaFile().pathname}); vocabulaire niet vergeleken`;

describe('src/shared/ddas.ts equals the enumerations of the official DDAS v1.2 schema', () => {
  const lists: [string, readonly string[]][] = [
    ['EnumSignaalpartner', SIGNAALPARTNERS],
    ['EnumSignaalstatus', SIGNAALSTATUSSEN],
    ['EnumEindresultaat', EINDRESULTATEN],
    ['EnumContactsoort', CONTACTSOORTEN],
    ['EnumDagdeel', DAGDELEN],
    ['geslacht', GESLACHTEN],
  ];
  for (const [name, ours] of lists) {
    test(`${name}`, (t) => {
      if (!official) return t.skip(SKIP);
      const def = official.defs[name];
      assert.ok(def?.enum, `$defs/${name} has an enum in the official schema`);
      assert.deepEqual([...ours], def.enum);
    });
  }

  test('there are 16 end results and no enumeration in the schema that Regie does not know', (t) => {
    if (!official) return t.skip(SKIP);
    assert.equal(EINDRESULTATEN.length, 16);
    const withEnum = Object.entries(official.defs)
      .filter(([, def]) => Array.isArray(def.enum))
      .map(([name]) => name)
      .sort();
    assert.deepEqual(withEnum, lists.map(([name]) => name).sort());
  });

  test('without the reference folder the loader answers null, so these tests skip instead of failing', () => {
    assert.equal(loadOfficialDdasSchema(new URL('file:///nonexistent/ddas-v1.2/schema.json')), null);
  });
});
