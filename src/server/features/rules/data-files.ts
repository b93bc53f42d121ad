import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from '@hono/zod-openapi';

/** The folder with the dated parameter tables (law as data). */
export const DEFAULT_DATA_DIR = new URL('./data/', import.meta.url);

/**
 * Read one JSON parameter file and check it against its schema. A malformed table is a deployment error,
 * so this throws a plain Error naming the file and the field instead of computing with bad law.
 */
export function readDataFile<T extends z.ZodType>(file: URL, schema: T): z.output<T> {
  const path = fileURLToPath(file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Parameter file ${path} is not readable JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(`Parameter file ${path} does not match its schema: ${issues.join('; ')}`);
  }
  return parsed.data;
}
