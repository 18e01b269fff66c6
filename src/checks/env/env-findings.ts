/**
 * The env check's own rules and the one way its findings are built. Every finding is keyed by
 * names (rule, variable, environment or file), never by a value, so fingerprints hold no secret.
 */
import type { EnvVarSpec } from '../../config/config-types.js';
import type { Finding, Location, Severity } from '../../report/finding.js';
import { fingerprintOf } from '../../report/fingerprint.js';
import { describeShape } from './values/describe-shape.js';

/** Rule ids and severities of the findings this folder makes (drift and platform have theirs). */
export const ENV_RULES = {
  missing: { id: 'env-missing', severity: 'critical', title: 'Required env var missing' },
  // Critical as `missing`: a value of the wrong type breaks the deploy as surely (issue 13: `PORT=eighty` passed fail-on critical).
  invalid: { id: 'env-invalid', severity: 'critical', title: 'Env var has an invalid value' },
  deprecated: { id: 'env-deprecated', severity: 'medium', title: 'Deprecated env var is set' },
  fileInvalid: { id: 'env-file-invalid', severity: 'medium', title: 'Invalid value in an env file' },
  exampleInvalid: { id: 'env-example-invalid', severity: 'low', title: 'Example value does not fit the schema' },
  secretInFile: { id: 'env-secret-in-file', severity: 'critical', title: 'Secret value in a committed env file' },
  insecureUrl: { id: 'env-insecure-url', severity: 'high', title: 'Plain-http URL in production' },
  baseUrlMismatch: { id: 'env-base-url-mismatch', severity: 'high', title: 'URL does not match the deployed origin' },
  sharedDatabase: { id: 'env-shared-database', severity: 'critical', title: 'Preview shares the production database' },
  secretPublicPrefix: { id: 'env-secret-public-prefix', severity: 'critical', title: 'Secret env var exposed to the browser' },
  publicValueLooksSecret: { id: 'env-public-value-looks-secret', severity: 'critical', title: 'Browser-exposed env var holds a secret-like value' },
  platformUnavailable: { id: 'env-platform-unavailable', severity: 'low', title: 'Hosting platform variables not read' }
} as const satisfies Record<string, { id: string; severity: Severity; title: string }>;

/** A rule: one of ENV_RULES, or a lint rule of the env file parser. */
export interface EnvRule {
  id: string;
  severity: Severity;
  title: string;
}

/** Inputs of {@link envFinding}. */
export interface EnvFindingInput {
  rule: EnvRule;
  message: string;
  location: Location;
  /** What identifies the problem across runs (names, environments, paths), never a value. */
  key: readonly string[];
  evidence?: string;
  remediation?: string;
  /** Overrides the rule's severity (a lint problem's own). */
  severity?: Severity;
  title?: string;
}

export function envFinding(input: EnvFindingInput): Finding {
  const finding: Finding = {
    check: 'env',
    ruleId: input.rule.id,
    severity: input.severity ?? input.rule.severity,
    title: input.title ?? input.rule.title,
    message: input.message,
    location: input.location,
    fingerprint: fingerprintOf(input.rule.id, ...input.key)
  };
  if (input.evidence !== undefined) finding.evidence = input.evidence;
  if (input.remediation !== undefined) finding.remediation = input.remediation;
  return finding;
}

/** Where a finding about a variable of the schema points: its name in the config file. */
export function variableLocation(name: string, configFile: string | undefined): Location {
  return { kind: 'env', name, ...(configFile ? { file: configFile } : {}) };
}

/** Where a value came from: the job's environment, or a line of an env file. */
export type ValueOrigin = { kind: 'process' } | { kind: 'file'; path: string; line: number };

/** A finding about a value points at the env file line it came from, else at the variable. */
export function originLocation(name: string, origin: ValueOrigin, configFile: string | undefined): Location {
  return origin.kind === 'file' ? { kind: 'file', path: origin.path, line: origin.line } : variableLocation(name, configFile);
}

/** `.env.production:4` or "the job's environment", for messages. */
export function describeOrigin(origin: ValueOrigin): string {
  return origin.kind === 'file' ? `${origin.path}:${origin.line}` : "the job's environment";
}

/** The longest public value shown as is; longer ones are cut. */
const MAX_SHOWN_PUBLIC = 80;

/**
 * Evidence for a value: a variable declared `public` may be shown (it ships to every browser
 * anyway); any other only by its shape (length, character classes, a known prefix).
 */
export function valueEvidence(value: string, spec: EnvVarSpec | undefined): string {
  if (spec?.public === true) return value.length > MAX_SHOWN_PUBLIC ? `${value.slice(0, MAX_SHOWN_PUBLIC)}…` : value;
  return describeShape(value);
}

/** `is not a valid port` (a typed variable) or `has an invalid value` (a string, where only length or pattern can fail). */
export function invalidPhrase(spec: EnvVarSpec): string {
  return spec.type === 'string' ? 'has an invalid value' : `is not a valid ${spec.type}`;
}
