/**
 * Small type guards for reading untrusted JSON: each names the offending field by its path and
 * throws a `ConfigError`, so a bad report reads "report.json: results[2].status: expected one of …".
 */
import { ConfigError } from '../errors.js';

/** Where a value sits: the file it came from and its path inside the document, e.g. `results[0].check`. */
export interface JsonPath {
  file: string;
  path: string;
}

/** The path of a property or an array item under `at`. */
export function child(at: JsonPath, key: string | number): JsonPath {
  const path = typeof key === 'number' ? `${at.path}[${key}]` : at.path ? `${at.path}.${key}` : key;
  return { file: at.file, path };
}

/** Throws the `ConfigError` for a value that is not what was expected. */
export function reject(at: JsonPath, expected: string, value: unknown): never {
  rejectWith(at, `expected ${expected}, got ${describe(value)}`);
}

/** Throws a `ConfigError` naming the field at `at`. */
export function rejectWith(at: JsonPath, problem: string): never {
  throw new ConfigError(`${at.path || 'the document'}: ${problem}`, { file: at.file });
}

/** A plain object (not an array, not `null`). */
export function expectObject(value: unknown, at: JsonPath): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) reject(at, 'an object', value);
  return value as Record<string, unknown>;
}

/** @param maxItems default 100,000: a bound on work, not a real-world size */
export function expectArray(value: unknown, at: JsonPath, maxItems = 100_000): unknown[] {
  if (!Array.isArray(value)) reject(at, 'an array', value);
  if (value.length > maxItems) rejectWith(at, `expected at most ${maxItems} items, got ${value.length}`);
  return value;
}

/** @param maxLength default 10,000 characters */
export function expectString(value: unknown, at: JsonPath, maxLength = 10_000): string {
  if (typeof value !== 'string') reject(at, 'a string', value);
  if (value.length > maxLength) rejectWith(at, `expected at most ${maxLength} characters, got ${value.length}`);
  return value;
}

/** `undefined` for a missing or `null` field, else as {@link expectString}. */
export function optionalString(value: unknown, at: JsonPath, maxLength?: number): string | undefined {
  return value === undefined || value === null ? undefined : expectString(value, at, maxLength);
}

/** A finite number: `NaN` and infinities cannot come from JSON, but a number too large can. */
export function expectNumber(value: unknown, at: JsonPath): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) reject(at, 'a finite number', value);
  return value;
}

/** An integer of at least `min`. */
export function expectInteger(value: unknown, at: JsonPath, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) reject(at, `an integer ≥ ${min}`, value);
  return value;
}

/** `undefined` for a missing or `null` field, else as {@link expectInteger}. */
export function optionalInteger(value: unknown, at: JsonPath, min: number): number | undefined {
  return value === undefined || value === null ? undefined : expectInteger(value, at, min);
}

/** `true` or `false`. */
export function expectBoolean(value: unknown, at: JsonPath): boolean {
  if (typeof value !== 'boolean') reject(at, 'true or false', value);
  return value;
}

/** One of a fixed list of strings, e.g. an enum such as the severities. */
export function expectOneOf<T extends string>(value: unknown, at: JsonPath, options: readonly T[]): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    reject(at, `one of ${options.join(', ')}`, value);
  }
  return value as T;
}

/**
 * A short description of a value for an error message: its type, or a quote capped at 40 characters
 * (JSON-quoted, so a hostile string cannot put a newline or a `::workflow-command` into the log).
 */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}
