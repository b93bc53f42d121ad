import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { referenceDirectory } from '../../brp/official-brp-schema.ts';

/**
 * The official DDAS vroegsignalering v1.2 JSON Schema (VNG-Realisatie, draft 2020-12), for conformance tests. Like
 * the BRP document it is not part of this repository but lives in `../shared/reference/` next to the clone;
 * `loadOfficialDdasSchema` answers null when it is absent so tests can skip with a message.
 */

export type OfficialDdasSchema = {
  /** Validates a whole Uitwisselmodel; returns the errors or [] when valid. */
  validate: (value: unknown) => ErrorObject[];
  /** The `$defs` of the document (the enumerations live there). */
  defs: Record<string, { enum?: string[] } & Record<string, unknown>>;
};

export function officialDdasSchemaFile(): URL {
  return new URL('ddas-v1.2/json_schema_Uitwisselmodel.json', referenceDirectory());
}

export function loadOfficialDdasSchema(file: URL = officialDdasSchemaFile()): OfficialDdasSchema | null {
  if (!existsSync(file)) return null;
  const schema = JSON.parse(readFileSync(file, 'utf8')) as { $defs?: OfficialDdasSchema['defs'] };
  // allErrors: a failing test names every problem at once; formats (date, date-time, email) are checked.
  // Unknown keywords are still refused (ajv's default strictSchema). strictTypes is off: the document puts
  // maxLength on the BSN inside oneOf without repeating `type: string`, and names required members in a oneOf
  // branch that declares them one level up: valid JSON Schema, only a matter of style to ajv.
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return {
    validate: (value) => (validate(value) ? [] : [...(validate.errors ?? [])]),
    defs: schema.$defs ?? {},
  };
}
