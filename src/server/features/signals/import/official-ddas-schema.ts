import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { referenceDirectory } from '../../brp/official-brp-schema.ts';

/**
 * The official DDAS v1.2 JSON Schema (`json_schema_Uitwisselmodel.json`), for conformance tests only. It is not part
 * of this repository: it lives in `../shared/reference/ddas-v1.2/` next to the clone, and this answers null when it is
 * absent so tests can skip with a message. Regie's own schema is ddas-schema.ts.
 */

export function officialDdasSchemaFile(): URL {
  return new URL('ddas-v1.2/json_schema_Uitwisselmodel.json', referenceDirectory());
}

export type OfficialDdasValidator = {
  /** The whole Uitwisselmodel document; [] when valid. */
  validateDocument: (value: unknown) => ErrorObject[];
  /** One element of `leveringen[].vroegsignalen[]`; [] when valid. */
  validateVroegsignaal: (value: unknown) => ErrorObject[];
};

export function loadOfficialDdasSchema(): OfficialDdasValidator | null {
  const file = officialDdasSchemaFile();
  if (!existsSync(file)) return null;
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const document = ajv.compile(schema);
  const id = String(schema.$id);
  const signal = ajv.getSchema(`${id}#/properties/leveringen/items/properties/vroegsignalen/items`);
  if (!signal) throw new Error('official DDAS schema: vroegsignalen items not found');
  return {
    validateDocument: (value) => (document(value) ? [] : [...(document.errors ?? [])]),
    validateVroegsignaal: (value) => (signal(value) ? [] : [...(signal.errors ?? [])]),
  };
}
