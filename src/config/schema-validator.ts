/**
 * Validates parsed YAML against `launch-ready.schema.json`. The validator is ajv's standalone code,
 * generated from the schema at build time (scripts/config-validator.mjs): compiling the schema at
 * run time cost ~75 ms of every config load.
 */
import type { ErrorObject } from 'ajv';
// A static import puts the schema inside the esbuild bundle; the same file serves editors.
import schema from '../../launch-ready.schema.json' with { type: 'json' };
import validate from './generated/config-validator.js';

/** The JSON Schema of `launch-ready.yml`, as shipped at the repository root. */
export const CONFIG_SCHEMA = schema;

/**
 * Every way `data` breaks the schema (empty when it conforms). Errors are verbose: each carries its
 * `parentSchema` (a copy of the schema object, not `CONFIG_SCHEMA`'s own) and `data`, which
 * `explainSchemaErrors` needs to word them.
 */
export function validateAgainstSchema(data: unknown): ErrorObject[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
