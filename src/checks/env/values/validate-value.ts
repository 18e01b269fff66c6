/**
 * Validates one env var value against its `EnvVarSpec`. Pure: the same text and spec always give
 * the same verdict, and a verdict's `problem` never contains the value (issue #5: "show only kind
 * of problem, e.g. 'not a URL: missing scheme'").
 *
 * Order: unset → whitespace → type → length → pattern; the first problem wins.
 */
import type { EnvVarSpec, EnvVarType } from '../../../config/config-types.js';
import { ENV_TYPE_ALIASES } from '../../../config/to-config.js';
import { validateHost } from './validate-host.js';
import { validateDuration, validateInteger, validateNumber, validatePort } from './validate-number.js';
import { validateBoolean, validateEmail, validateEnum, validateJson } from './validate-text.js';
import { validateUrl } from './validate-url.js';
import { invalid, UNSET, valid, type ValueVerdict } from './value-verdict.js';

export { BOOLEAN_SPELLINGS } from './validate-text.js';
export type { ValueVerdict } from './value-verdict.js';

/**
 * Types whose values must not carry leading or trailing whitespace: `" 8080"` is a port to
 * `parseInt` but not to a Redis client, and `"true "` is no boolean. `string` keeps whitespace as
 * data; `json` ignores it by definition (RFC 8259 §2).
 */
const TRIMMED_TYPES: ReadonlySet<EnvVarType> = new Set<EnvVarType>([
  'url', 'https-url', 'host', 'port', 'number', 'integer', 'email', 'boolean', 'enum', 'duration'
]);

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Each spec's `pattern`, compiled once per spec (keyed by the spec, re-compiled if its pattern changes). */
const compiledPatterns = new WeakMap<EnvVarSpec, { pattern: string; regex: RegExp }>();

/**
 * The verdict for `raw` (undefined when the variable is absent). Empty text is unset unless
 * `spec.allowEmpty`, which makes `''` a valid value with no further rule applied to it.
 * Whitespace-only text is invalid unless `allowEmpty`. Lengths count Unicode code points.
 */
export function validateValue(raw: string | undefined, spec: EnvVarSpec): ValueVerdict {
  if (raw === undefined) return UNSET;
  if (raw === '') return spec.allowEmpty ? valid() : UNSET;
  if (raw.trim() === '' && !spec.allowEmpty) return invalid('only whitespace');
  const type = canonicalType(spec.type);
  if (TRIMMED_TYPES.has(type) && raw !== raw.trim()) return invalid('surrounding whitespace (spaces, tabs or newlines)');
  const verdict = validateType(raw, type, spec);
  if (verdict.state !== 'valid') return verdict;
  const problem = lengthProblem(raw, spec) ?? patternProblem(raw, spec);
  return problem === undefined ? verdict : invalid(problem);
}

/** `int` and `bool` as the config file may spell them; `toConfig` already maps them, callers with raw specs may not. */
function canonicalType(type: string): EnvVarType {
  return ENV_TYPE_ALIASES[type] ?? (type as EnvVarType);
}

function validateType(raw: string, type: EnvVarType, spec: EnvVarSpec): ValueVerdict {
  switch (type) {
    case 'string':
      return valid();
    case 'url':
    case 'https-url':
      return validateUrl(raw, { type, protocols: spec.protocols });
    case 'host':
      return validateHost(raw);
    case 'port':
      return validatePort(raw, spec);
    case 'integer':
      return validateInteger(raw, spec);
    case 'number':
      return validateNumber(raw, spec);
    case 'duration':
      return validateDuration(raw);
    case 'boolean':
      return validateBoolean(raw);
    case 'enum':
      return validateEnum(raw, spec);
    case 'email':
      return validateEmail(raw);
    case 'json':
      return validateJson(raw);
    default:
      // The schema's enum rules this out; reaching here is a bug (the type is config, not a value).
      throw new Error(`unknown env var type ${JSON.stringify(type satisfies never)}`);
  }
}

function lengthProblem(raw: string, { minLength, maxLength }: EnvVarSpec): string | undefined {
  if (minLength === undefined && maxLength === undefined) return undefined;
  // Code points, not UTF-16 units: "é" or "😀" is one character to whoever set the value.
  const length = raw.length - (raw.match(SURROGATE_PAIR)?.length ?? 0);
  if (minLength !== undefined && length < minLength) return `expected at least ${minLength} characters, got fewer`;
  if (maxLength !== undefined && length > maxLength) return `expected at most ${maxLength} characters, got more`;
  return undefined;
}

/** `pattern` is searched for, like JSON Schema's `pattern`: anchor it with `^…$` to match the whole value. */
function patternProblem(raw: string, spec: EnvVarSpec): string | undefined {
  if (spec.pattern === undefined) return undefined;
  let compiled = compiledPatterns.get(spec);
  if (compiled?.pattern !== spec.pattern) {
    // No flags: the config check compiles `pattern` the same way to know it is valid.
    compiled = { pattern: spec.pattern, regex: new RegExp(spec.pattern) };
    compiledPatterns.set(spec, compiled);
  }
  // The pattern is not quoted either: it may contain text close to the value (an alternation of names).
  return compiled.regex.test(raw) ? undefined : 'does not match the declared pattern';
}
