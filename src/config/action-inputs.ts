import type { Shard } from '../context/context.js';
import { ConfigError } from '../errors.js';
import { FAIL_ON_LEVELS, type FailOn } from '../gate.js';

/**
 * Every input the action reads (the public contract in action.yml), in one table so a rename is
 * one line and `action.yml` can be checked against it in a test.
 */
export const ACTION_INPUTS = {
  githubToken: 'github-token',
  config: 'config',
  failOn: 'fail-on',
  failOnError: 'fail-on-error',
  checks: 'checks',
  baseUrl: 'base-url',
  environment: 'environment',
  comment: 'comment',
  commentKey: 'comment-key',
  sarifFile: 'sarif-file',
  reportFile: 'report-file',
  report: 'report',
  shard: 'shard',
  mode: 'mode',
  handover: 'handover'
} as const;

export interface ActionInputs {
  /** Empty when no token was given: GitHub calls are skipped with a warning. */
  githubToken?: string;
  /** Path of launch-ready.yml; `explicit` says whether the user chose it (missing → error, not defaults). */
  config: { path: string; explicit: boolean };
  /** Overrides the config's `failOn` when set. */
  failOn?: FailOn;
  /** Whether a check that could not run fails the gate (default true). */
  failOnError: boolean;
  /** `auto`, or the names of the checks to run. */
  checks: 'auto' | string[];
  baseUrl?: string;
  environment?: string;
  /** Whether to upsert the PR comment (default true). */
  comment: boolean;
  /** Tells this workflow's sticky comment from another's on the same PR. Default: none (the one shared comment). */
  commentKey?: string;
  sarifFile?: string;
  reportFile?: string;
  /** Publish this existing JSON report instead of running checks (the fork-PR `workflow_run` pattern). */
  report?: string;
  /** This job's share of the files for a matrix of secret scans (`2/4`). Default: all files. */
  shard?: Shard;
  /**
   * `auto` (default): a monitoring run on `schedule` events, the gate otherwise; `monitor` or
   * `gate` force one (a `workflow_dispatch` of the monitor workflow sets `monitor`).
   */
  mode: 'auto' | 'gate' | 'monitor';
  /** Also write the launch handover document (a file and the job summary). Default false. */
  handover: boolean;
}

const DEFAULT_CONFIG = 'launch-ready.yml';

/** Parses the raw inputs; `get` returns '' for an input that was not set (as `core.getInput` does). */
export function parseActionInputs(get: (name: string) => string): ActionInputs {
  const optional = (name: string): string | undefined => get(name).trim() || undefined;
  const configPath = optional(ACTION_INPUTS.config);
  return {
    githubToken: optional(ACTION_INPUTS.githubToken),
    config: { path: configPath ?? DEFAULT_CONFIG, explicit: configPath !== undefined && configPath !== DEFAULT_CONFIG },
    failOn: parseFailOn(optional(ACTION_INPUTS.failOn), `input "${ACTION_INPUTS.failOn}"`),
    failOnError: parseBoolean(optional(ACTION_INPUTS.failOnError) ?? 'true', `input "${ACTION_INPUTS.failOnError}"`),
    checks: parseCheckList(optional(ACTION_INPUTS.checks) ?? 'auto'),
    baseUrl: parseBaseUrl(optional(ACTION_INPUTS.baseUrl), `input "${ACTION_INPUTS.baseUrl}"`),
    environment: optional(ACTION_INPUTS.environment),
    comment: parseBoolean(optional(ACTION_INPUTS.comment) ?? 'true', `input "${ACTION_INPUTS.comment}"`),
    commentKey: parseCommentKey(optional(ACTION_INPUTS.commentKey), `input "${ACTION_INPUTS.commentKey}"`),
    sarifFile: optional(ACTION_INPUTS.sarifFile),
    reportFile: optional(ACTION_INPUTS.reportFile),
    report: optional(ACTION_INPUTS.report),
    shard: parseShard(optional(ACTION_INPUTS.shard), `input "${ACTION_INPUTS.shard}"`),
    mode: parseMode(optional(ACTION_INPUTS.mode)),
    handover: parseBoolean(optional(ACTION_INPUTS.handover) ?? 'false', `input "${ACTION_INPUTS.handover}"`)
  };
}

function parseMode(value: string | undefined): ActionInputs['mode'] {
  const mode = (value ?? 'auto').toLowerCase();
  if (mode === 'auto' || mode === 'gate' || mode === 'monitor') return mode;
  throw new ConfigError(`input "${ACTION_INPUTS.mode}": expected auto, gate or monitor; got "${mode.slice(0, 40)}"`);
}

/** GitHub runs at most 256 jobs per matrix (https://docs.github.com/actions/using-jobs/using-a-matrix-for-your-jobs). */
export const MAX_SHARDS = 256;

/** `i/n` with 1 ≤ i ≤ n ≤ 256, as in `--shard 2/4`; shared with the CLI. */
export function parseShard(value: string | undefined, where: string): Shard | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*([1-9]\d{0,2})\s*\/\s*([1-9]\d{0,2})\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index > count || count > MAX_SHARDS) {
    throw new ConfigError(
      `${where}: expected a shard like 2/4 (this job's number, 1 to the job count, then the job count, at most ${MAX_SHARDS}); got "${value.slice(0, 40)}"`
    );
  }
  return { index, count };
}

/** Shared with the CLI's `--fail-on`. */
export function parseFailOn(value: string | undefined, where: string): FailOn | undefined {
  if (value === undefined) return undefined;
  const level = value.toLowerCase();
  if ((FAIL_ON_LEVELS as readonly string[]).includes(level)) return level as FailOn;
  throw new ConfigError(`${where}: expected one of ${FAIL_ON_LEVELS.join(', ')}; got "${value.slice(0, 40)}"`);
}

/** `auto` or a comma/newline separated list; names are checked against the registry later. */
export function parseCheckList(value: string): 'auto' | string[] {
  const names = value
    .split(/[\s,]+/)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  return names.length === 0 || (names.length === 1 && names[0] === 'auto') ? 'auto' : [...new Set(names)];
}

/** Only http(s) URLs: the smoke and perf checks send requests there. */
export function parseBaseUrl(value: string | undefined, where: string): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${where}: expected an absolute URL like https://app.example.com; got "${value.slice(0, 80)}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`${where}: expected an http or https URL; got the protocol "${url.protocol}"`);
  }
  return value;
}

/** Letters, digits, `.`, `_` and `-`, at most 64: it goes into an HTML comment that finds the PR comment again. */
export function parseCommentKey(value: string | undefined, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (/^[A-Za-z0-9._-]{1,64}$/.test(value)) return value;
  throw new ConfigError(`${where}: expected a key of letters, digits, ".", "_" or "-" (at most 64), e.g. "deploy"; got "${value.slice(0, 40)}"`);
}

/** `true` or `false` (and their YAML spellings); shared with the CLI's `--fail-on-error`. */
export function parseBoolean(value: string, where: string): boolean {
  // The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ConfigError(`${where}: expected true or false; got "${value.slice(0, 40)}"`);
}
