/**
 * Rules JSON Schema cannot say (or cannot say clearly): regular expressions must compile, and an
 * env var's keys must fit its type. Runs on unvalidated data, so every access is defensive: the
 * schema reports the wrong shapes, this only looks at values of the right type.
 */
import type { PathProblem } from './config-problems.js';
import { formatPath } from './describe-value.js';
import { child, entries, regexProblem } from './raw-access.js';
import { domainProblems } from './find-domain-problems.js';
import { monitorProblems } from './find-monitor-problems.js';
import { perfProblems } from './find-perf-problems.js';
import { smokeProblems } from './find-smoke-problems.js';
import { suggestName } from './suggest-name.js';
import { ENV_TYPE_ALIASES, envDefaults } from './to-config.js';

/** Problems the schema does not catch; empty when there are none. */
export function findSemanticProblems(data: unknown): PathProblem[] {
  return [
    ...regexProblems(data),
    ...allowEntryProblems(data),
    ...envVarProblems(data),
    ...smokeProblems(data),
    ...perfProblems(data),
    ...domainProblems(data),
    ...monitorProblems(data)
  ];
}

function regexProblems(data: unknown): PathProblem[] {
  const problems: PathProblem[] = [];
  const check = (path: string[], pattern: unknown, allowCaseFlag = false): void => {
    // The secrets check accepts a leading (?i), as written for gitleaks (checks/secrets/custom-rules.ts).
    const problem = regexProblem(path, typeof pattern === 'string' && allowCaseFlag ? pattern.replace(/^\(\?i\)/, '') : pattern);
    if (problem) problems.push(problem);
  };
  for (const [index, rule] of entries(child(data, 'secrets', 'rules'))) {
    check(['secrets', 'rules', index, 'pattern'], rule.pattern, true);
  }
  for (const [index, entry] of entries(child(data, 'secrets', 'allow'))) {
    check(['secrets', 'allow', index, 'valueRegex'], entry.valueRegex, true);
  }
  for (const [name, spec] of entries(child(data, 'env', 'vars'))) check(['env', 'vars', name, 'pattern'], spec.pattern);
  return problems;
}

const ALLOW_MATCHERS = ['rule', 'path', 'value', 'valueRegex'];

/**
 * An allow entry needs something to match on: the schema's `minProperties` catches a lone
 * `reason`, this catches `reason` + `expires`. And `expires` must be a day that exists.
 */
function allowEntryProblems(data: unknown): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const [index, entry] of entries(child(data, 'secrets', 'allow'))) {
    const path = ['secrets', 'allow', index];
    const keys = Object.keys(entry);
    if (keys.length >= 2 && !keys.some((key) => ALLOW_MATCHERS.includes(key))) {
      problems.push({ path, target: 'value', message: `${formatPath(path)}: expected rule, path, value or valueRegex next to reason; got only ${keys.join(', ')}` });
    }
    if (typeof entry.expires === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(entry.expires) && !isRealDate(entry.expires)) {
      problems.push({
        path: [...path, 'expires'],
        target: 'value',
        message: `${formatPath([...path, 'expires'])}: expected a date that exists, like 2025-12-31; got "${entry.expires}"`
      });
    }
  }
  return problems;
}

/** `2025-02-30` has the shape but is no day: `Date` would roll it over to March. */
function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function envVarProblems(data: unknown): PathProblem[] {
  const environments = declaredEnvironments(child(data, 'env', 'environments'));
  return envVarSpecProblems(child(data, 'env', 'vars'), environments, ['env', 'vars']);
}

/**
 * What the schema cannot say about variable specs (`{ NAME: { type, min, … } }`): keys that do not
 * apply to the type, bounds the wrong way round, a default outside the values, an undeclared
 * environment. Also run on an annotated `.env.example`'s specs, which have the same keys, with the
 * path `prefix` left empty.
 */
export function envVarSpecProblems(vars: unknown, environments: readonly string[], prefix: readonly string[]): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const [name, spec] of entries(vars)) {
    const path = [...prefix, name];
    const type = typeof spec.type === 'string' ? (ENV_TYPE_ALIASES[spec.type] ?? spec.type) : 'string';
    const at = (key: string, message: string, target: 'key' | 'value' = 'key'): void => {
      problems.push({ path: [...path, key], target, message: `${formatPath(path)}: ${message}` });
    };
    if (type === 'enum' && spec.values === undefined) at('type', 'type enum needs the allowed values; expected values: [a, b, …]');
    if (type !== 'enum' && spec.values !== undefined) at('values', `values only apply to type enum; got type ${String(type)}`);
    if (type === 'enum' && Array.isArray(spec.values) && isScalar(spec.default) && !spec.values.map(String).includes(String(spec.default))) {
      at('default', `default ${JSON.stringify(String(spec.default))} is not one of the allowed values; expected one of ${spec.values.map(String).join(', ')}`, 'value');
    }
    if (spec.protocols !== undefined && !URL_TYPES.has(type)) {
      at('protocols', `protocols only apply to type url or https-url; got type ${String(type)}`);
    }
    if (spec.matchesBaseUrl !== undefined && !URL_TYPES.has(type)) {
      at('matchesBaseUrl', `matchesBaseUrl only applies to type url or https-url; got type ${String(type)}`);
    }
    for (const key of ['min', 'max']) {
      if (spec[key] !== undefined && !NUMERIC_TYPES.has(type)) at(key, `${key} only applies to type number, integer or port; got type ${String(type)}`);
    }
    if (typeof spec.min === 'number' && typeof spec.max === 'number' && spec.min > spec.max) {
      at('max', `max (${spec.max}) is below min (${spec.min}); expected max ≥ min`, 'value');
    }
    if (typeof spec.minLength === 'number' && typeof spec.maxLength === 'number' && spec.minLength > spec.maxLength) {
      at('maxLength', `maxLength (${spec.maxLength}) is below minLength (${spec.minLength}); expected maxLength ≥ minLength`, 'value');
    }
    if (spec.secret === true && spec.public === true) {
      at('public', 'a variable cannot be both secret and public; expected one of them');
    }
    problems.push(...requiredEnvironmentProblems(path, spec.required, environments));
  }
  return problems;
}

const URL_TYPES: ReadonlySet<unknown> = new Set(['url', 'https-url']);
const NUMERIC_TYPES: ReadonlySet<unknown> = new Set(['number', 'integer', 'port']);

/** `env.environments` as written, else its default; a typo in `required: [prod]` would never apply. */
function declaredEnvironments(value: unknown): string[] {
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  return envDefaults().environments;
}

function requiredEnvironmentProblems(path: string[], required: unknown, environments: readonly string[]): PathProblem[] {
  if (!Array.isArray(required)) return [];
  return required.flatMap((name, index): PathProblem[] => {
    if (typeof name !== 'string' || environments.includes(name)) return [];
    const suggestion = suggestName(name, environments);
    const hint = suggestion ? `did you mean "${suggestion}"?` : `expected one of ${environments.join(', ')}, or add it to env.environments`;
    const at = [...path, 'required', String(index)];
    return [{ path: at, target: 'value', message: `${formatPath(at)}: unknown environment "${name}"; ${hint}` }];
  });
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
