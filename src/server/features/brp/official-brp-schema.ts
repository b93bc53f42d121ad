import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Validators built from the official Haal Centraal BRP Personen OpenAPI document (3.1, JSON Schema 2020-12), for
 * conformance tests. The document is not part of this repository: it lives in `../shared/reference/` next to the
 * clone, and `loadOfficialBrpSchema` answers null when it is absent so tests can skip with a message.
 *
 * Three quirks of the document are handled here:
 * - `discriminator` (OpenAPI) is only an annotation in JSON Schema, so a `$ref` to an abstract base such as
 *   `AbstractDatum` would check only the base's fields. Every reference to a base with a discriminator mapping is
 *   rewritten to a dispatching schema that applies the mapped subschema for the value of `type` and rejects unknown
 *   values. References inside a subschema's own `allOf` (its inheritance link) are left alone, so nothing loops.
 * - Patterns contain escapes such as `\'` that are invalid in Unicode-mode regular expressions, so patterns are
 *   compiled without the `u` flag (the character ranges used, like `À-ž`, are all in the Basic Multilingual Plane).
 * - `example` is not a JSON Schema keyword; it and `discriminator` are registered as annotations.
 *
 * The strict variant additionally rejects properties the official schema does not define
 * (`unevaluatedProperties: false` on every schema that is not an `allOf` parent), which catches misspelled
 * field names that the official schema itself would let through.
 */

const SCHEMA_ID = 'https://regie.invalid/reference/brp-personen.json';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export type OfficialBrpValidator = {
  /** Validates against `#/components/schemas/<name>`; returns the errors or [] when valid. */
  validate: (name: string, value: unknown) => ErrorObject[];
  /** Same, but also rejects properties the official schema does not define. */
  validateStrict: (name: string, value: unknown) => ErrorObject[];
  /** The schema names of the document (components/schemas). */
  names: readonly string[];
  /** The document's info.version, e.g. "2.7.0". */
  version: string;
};

/** The shared reference folder next to this clone: `<repo>/../shared/reference/`. */
export function referenceDirectory(): URL {
  return new URL('../../../../../shared/reference/', import.meta.url);
}

export function officialBrpSchemaFile(): URL {
  return new URL('brp-personen/openapi.json', referenceDirectory());
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const COMPONENT_REF = '#/components/schemas/';
const DEFS_REF = '#/$defs/';
const DISPATCH_SUFFIX = '__polymorf';

function refName(ref: Json | undefined): string | undefined {
  return typeof ref === 'string' && ref.startsWith(COMPONENT_REF)
    ? ref.slice(COMPONENT_REF.length)
    : undefined;
}

/** Deep copy with `#/components/schemas/X` → `#/$defs/X` (or `X__polymorf` where `rewrite` says so). */
function rewriteRefs(node: Json, rewrite: (name: string, parentKey: string | null) => string): Json {
  const walk = (value: Json, parentKey: string | null): Json => {
    if (Array.isArray(value)) return value.map((item) => walk(item, parentKey));
    if (!isObject(value)) return value;
    const out: JsonObject = {};
    for (const [key, child] of Object.entries(value)) {
      const name = key === '$ref' ? refName(child) : undefined;
      if (name !== undefined) out[key] = `${DEFS_REF}${rewrite(name, parentKey)}`;
      else if (key === 'discriminator')
        out[key] = child; // mapping values stay as documented
      else out[key] = walk(child, key);
    }
    return out;
  };
  return walk(node, null);
}

function buildDefs(schemas: JsonObject, strict: boolean): JsonObject {
  const bases = new Map<string, { property: string; mapping: Record<string, string> }>();
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema) || !isObject(schema.discriminator)) continue;
    const { propertyName, mapping } = schema.discriminator;
    if (typeof propertyName !== 'string' || !isObject(mapping)) continue;
    const targets: Record<string, string> = {};
    for (const [value, ref] of Object.entries(mapping)) {
      const target = refName(ref);
      if (target) targets[value] = target;
    }
    bases.set(name, { property: propertyName, mapping: targets });
  }

  // Schemas used as an allOf parent (inheritance): a strict "no other properties" rule would break their children.
  const allOfParents = new Set<string>();
  for (const schema of Object.values(schemas)) {
    if (!isObject(schema) || !Array.isArray(schema.allOf)) continue;
    for (const part of schema.allOf)
      if (isObject(part) && refName(part.$ref)) allOfParents.add(refName(part.$ref)!);
  }

  const defs: JsonObject = {};
  for (const [name, schema] of Object.entries(schemas)) {
    // Inside a mapped subschema, the allOf reference to its own base is the inheritance link: keep it plain.
    const ownBases = new Set(
      [...bases].filter(([, b]) => Object.values(b.mapping).includes(name)).map(([n]) => n),
    );
    const rewritten = rewriteRefs(schema, (target, parentKey) =>
      bases.has(target) && !(parentKey === 'allOf' && ownBases.has(target))
        ? target + DISPATCH_SUFFIX
        : target,
    );
    if (
      strict &&
      isObject(rewritten) &&
      !allOfParents.has(name) &&
      !bases.has(name) &&
      isObjectSchema(rewritten)
    ) {
      rewritten.unevaluatedProperties = false;
    }
    defs[name] = rewritten;
  }
  for (const [name, { property, mapping }] of bases) {
    const values = Object.keys(mapping);
    const dispatch: JsonObject = {
      allOf: [
        { $ref: `${DEFS_REF}${name}` },
        ...Object.entries(mapping).map(([value, target]) => ({
          if: { properties: { [property]: { const: value } }, required: [property] },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema keyword
          then: { $ref: `${DEFS_REF}${target}` },
        })),
      ],
      properties: { [property]: { enum: values } },
    };
    if (strict) dispatch.unevaluatedProperties = false;
    defs[name + DISPATCH_SUFFIX] = dispatch;
  }
  return defs;
}

function isObjectSchema(schema: JsonObject): boolean {
  return schema.type === 'object' || isObject(schema.properties) || Array.isArray(schema.allOf);
}

function compile(defs: JsonObject): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'discriminator' });
  ajv.addKeyword({ keyword: 'example' });
  ajv.addSchema({ $id: SCHEMA_ID, $defs: defs });
  return ajv;
}

/** Loads and compiles the official document; null when the reference folder is not there (another clone). */
export function loadOfficialBrpSchema(file: URL = officialBrpSchemaFile()): OfficialBrpValidator | null {
  if (!existsSync(file)) return null;
  const doc = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
  const components = doc.components;
  if (!isObject(components) || !isObject(components.schemas)) {
    throw new Error(`${file.pathname}: geen components.schemas in het OpenAPI-document`);
  }
  const schemas = components.schemas;
  const lenient = compile(buildDefs(schemas, false));
  const strict = compile(buildDefs(schemas, true));
  const cache = new Map<string, ValidateFunction>();
  const validator = (ajv: Ajv2020, key: string, name: string): ValidateFunction => {
    const cacheKey = `${key}:${name}`;
    let fn = cache.get(cacheKey);
    if (!fn) {
      if (!(name in schemas)) throw new Error(`Onbekend schema in het BRP-document: ${name}`);
      const target = isObject(schemas[name]) && isObject((schemas[name] as JsonObject).discriminator);
      fn = ajv.getSchema(`${SCHEMA_ID}${DEFS_REF}${target ? name + DISPATCH_SUFFIX : name}`);
      if (!fn) throw new Error(`Schema ${name} kon niet worden gecompileerd`);
      cache.set(cacheKey, fn);
    }
    return fn;
  };
  const run = (fn: ValidateFunction, value: unknown) => (fn(value) ? [] : [...(fn.errors ?? [])]);
  const info = isObject(doc.info) ? doc.info : {};
  return {
    validate: (name, value) => run(validator(lenient, 'lenient', name), value),
    validateStrict: (name, value) => run(validator(strict, 'strict', name), value),
    names: Object.keys(schemas),
    version: typeof info.version === 'string' ? info.version : 'onbekend',
  };
}

/** One line per error, for assertion messages: `/personen/0/naam: must match pattern …`. */
export function describeSchemaErrors(errors: readonly ErrorObject[]): string {
  return errors
    .map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`)
    .join('\n');
}
