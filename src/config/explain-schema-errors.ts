/**
 * Turns ajv's errors into sentences a user can act on: where, what is wrong, what is expected, and
 * a "did you mean" when a name or value is one typo away.
 */
import type { ErrorObject } from 'ajv';
import type { PathProblem } from './config-problems.js';
import { describeValue, formatPath, isSensitivePath, quote, quoteValue } from './describe-value.js';
import { expectedFor, expectedKindFor } from './schema-labels.js';
import { suggestName } from './suggest-name.js';

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'nothing'
};

/** One problem per ajv error, except the summaries ajv adds on top of the errors they summarise. */
export function explainSchemaErrors(errors: readonly ErrorObject[]): PathProblem[] {
  return errors.flatMap((error) => {
    // `propertyNames` repeats the error of the name itself; `if` repeats the failed `then`.
    if (error.keyword === 'propertyNames' || error.keyword === 'if') return [];
    return [explainError(error)];
  });
}

function explainError(error: ErrorObject): PathProblem {
  const path = parsePointer(error.instancePath);
  if (error.propertyName !== undefined) return explainBadName(error, path, error.propertyName);
  if (error.keyword === 'additionalProperties') return explainUnknownKey(error, path);
  const where = formatPath(path);
  const sensitive = isSensitivePath(path);
  const expected = expectedFor(error.parentSchema);
  const value = error.data as unknown;
  const got = sensitive ? '' : `; got ${quoteValue(value)}`;
  const at = (message: string): PathProblem => ({ path, target: 'value', message: `${where}: ${message}` });
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return at(explainType(params.type as string | string[], expectedKindFor(error.parentSchema), value, sensitive));
    case 'enum':
      return at(explainEnum(params.allowedValues as unknown[], value, sensitive));
    case 'required':
      return at(`missing required key "${String(params.missingProperty)}"`);
    case 'minimum':
      return at(`expected ${expected ?? `at least ${String(params.limit)}`}${got}`);
    case 'maximum':
      return at(`expected ${expected ?? `at most ${String(params.limit)}`}${got}`);
    case 'exclusiveMinimum':
      return at(`expected ${expected ?? `a number greater than ${String(params.limit)}`}${got}`);
    case 'minItems':
      return at(`expected ${expected ? `${expected};` : `${atLeast(Number(params.limit), 'item')},`} got ${describeValue(value, true)}`);
    case 'minLength':
      return at(`expected ${expected ?? 'a non-empty string'}, got an empty string`);
    case 'minProperties':
      return at(`expected ${expected ?? atLeast(Number(params.limit), 'key')}; got only ${keysOf(value)}`);
    case 'pattern':
      return at(`expected ${expected ?? `a string matching ${String(params.pattern)}`}${got}`);
    default:
      return at(error.message ?? `is invalid (${error.keyword})`);
  }
}

function explainUnknownKey(error: ErrorObject, path: string[]): PathProblem {
  const key = String((error.params as { additionalProperty: unknown }).additionalProperty);
  const properties = (error.parentSchema as { properties?: object } | undefined)?.properties ?? {};
  const known = Object.keys(properties);
  const suggestion = suggestName(key, known);
  const where = path.length === 0 ? 'at the top level' : `in ${formatPath(path)}`;
  const hint = suggestion ? `did you mean "${suggestion}"?` : `expected one of ${known.join(', ')}`;
  return { path: [...path, key], target: 'key', message: `unknown key ${quote(key)} ${where}; ${hint}` };
}

function explainBadName(error: ErrorObject, path: string[], name: string): PathProblem {
  const expected = expectedFor(error.parentSchema) ?? error.message ?? 'a different name';
  return { path: [...path, name], target: 'key', message: `${formatPath(path)}: invalid name ${quote(name)}; expected ${expected}` };
}

function explainType(type: string | string[], expected: string | undefined, value: unknown, sensitive: boolean): string {
  const types = Array.isArray(type) ? type : [type];
  const got = describeValue(value, sensitive);
  if (expected) return `expected ${expected}; got ${got}`;
  const wanted = joinWithOr(types.map((name) => TYPE_WORDS[name] ?? name));
  // `perf:` with nothing after it is null; say how to ask for the defaults instead.
  const hint = types.includes('object') && value === null ? ' (write {} to use the defaults)' : '';
  return `expected ${wanted}, got ${got}${hint}`;
}

function explainEnum(allowed: readonly unknown[], value: unknown, sensitive: boolean): string {
  const words = allowed.map(String);
  const message = `expected one of ${words.join(', ')}`;
  if (sensitive) return message;
  const suggestion = typeof value === 'string' ? suggestName(value, words) : undefined;
  return `${message}; got ${quoteValue(value)}${suggestion ? ` — did you mean "${suggestion}"?` : ''}`;
}

/** RFC 6901: `/a~1b/0` → `['a/b', '0']`. */
function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function joinWithOr(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

function atLeast(limit: number, noun: string): string {
  return limit === 1 ? `at least one ${noun}` : `at least ${limit} ${noun}s`;
}

function keysOf(value: unknown): string {
  const keys = value && typeof value === 'object' ? Object.keys(value) : [];
  return keys.length === 0 ? 'nothing' : keys.join(', ');
}
