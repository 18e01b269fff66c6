/**
 * The typed, validated form of `launch-ready.yml` (see `launch-ready.schema.json`, which documents
 * every key). Durations are already parsed to milliseconds and percentages to fractions.
 * Strings written as `${env.NAME}` are kept as they are: a check resolves them with
 * `resolveEnvReference` when it needs the value, so values never sit in the Config.
 */
import type { FailOn } from '../gate.js';
import type { Severity } from '../report/finding.js';

export interface Config {
  /** Path of the file it came from, relative to the workspace; undefined when defaults were used. */
  file?: string;
  /** Default `critical`; the `fail-on` input overrides it. */
  failOn: FailOn;
  /** Where the deployed app answers, shared by smoke and perf. Default: none (inputs or the event). */
  baseUrl?: string;
  /** Extra request headers for smoke and perf; values may come from `${env.NAME}`. Default `{}`. */
  headers: Record<string, string>;
  /** How long a check may run before it ends as errored (the file's `timeout`). Default 600 000 (10m). */
  timeoutMs: number;
  /** Always present: the secrets check needs no configuration. */
  secrets: SecretsConfig;
  /** Present only when the file has an `env` section; likewise smoke, perf, domain and monitor. */
  env?: EnvConfig;
  smoke?: SmokeConfig;
  perf?: PerfConfig;
  domain?: DomainConfig;
  monitor?: MonitorConfig;
}

export interface SecretsConfig {
  /** This check's own deadline (the section's `timeout`); default: the top-level `timeoutMs`. */
  timeoutMs?: number;
  /** `diff` (lines a PR or push adds; default), `tree` (tracked files), `history` (all commits). */
  scan: 'diff' | 'tree' | 'history';
  /** Globs relative to the repository root. Default: both empty (scan every file). */
  paths: { include: string[]; exclude: string[] };
  /** Build output and logs, scanned even when git ignores them. Default `[]`. */
  artifacts: string[];
  /** JSON file of accepted findings. Default: none. */
  baseline?: string;
  /** Accepted findings; each has a reason and at least one of rule, path, value, valueRegex. Default `[]`. */
  allow: AllowEntry[];
  /** Ids of rules (built-in or custom) not to run. Default `[]`. */
  disableRules: string[];
  /** Custom rules; `pattern` is known to compile as a JS RegExp. Default `[]`. */
  rules: Array<{
    id: string;
    pattern: string;
    /** Default `[]`. */
    keywords: string[];
    /** Default `high`. */
    severity: Severity;
    title?: string;
    description?: string;
    /** Minimum Shannon entropy of the secret in bits per character; below it, no finding. Default: none. */
    entropy?: number;
  }>;
}

/** One `secrets.allow` entry: every field it sets must match. */
export interface AllowEntry {
  /** Glob of rule ids. */
  rule?: string;
  /** Glob of repository-relative paths (`dot: true`). */
  path?: string;
  /** The exact secret. */
  value?: string;
  /** A JS RegExp (a leading `(?i)` is the `i` flag) found anywhere in the secret; known to compile. */
  valueRegex?: string;
  reason: string;
  /** `YYYY-MM-DD`, a real date: from that day (UTC) on the entry no longer suppresses. Default: never. */
  expires?: string;
  /** 1-based line of the entry in the config file, for findings about it; set by `parseConfig`. */
  line?: number;
}

/**
 * The env var types, the one list every reader of a schema uses (the YAML's, the annotated
 * `.env.example`'s); launch-ready.schema.json's `envVar.type` enum is this plus the short
 * spellings of `ENV_TYPE_ALIASES` (a test keeps them equal).
 */
export const ENV_VAR_TYPES = ['string', 'url', 'https-url', 'port', 'number', 'integer', 'boolean', 'enum', 'email', 'json', 'host', 'duration'] as const;

/** What an env var must hold; `enum` takes its allowed values from `values`. */
export type EnvVarType = (typeof ENV_VAR_TYPES)[number];

export interface EnvVarSpec {
  /** Default `string`. */
  type: EnvVarType;
  /** `true` (everywhere) or the environments where it must be set. Default: not required. */
  required?: boolean | string[];
  /** A credential: never printed, must not be committed or public. Default false. */
  secret?: boolean;
  /** Meant to reach the browser (e.g. `NEXT_PUBLIC_*`). Never true together with `secret`. */
  public?: boolean;
  /** The app's fallback when unset. */
  default?: string | number | boolean;
  /** A JS regular expression the value must match; known to compile. */
  pattern?: string;
  /** Allowed URL schemes without `://`; only with type `url` or `https-url`. */
  protocols?: string[];
  /** Allowed values, as strings; present exactly when type is `enum`. */
  values?: string[];
  /** What it is for; shown in findings and written by `env init`. */
  description?: string;
  /** A harmless example value, for docs and `env init` (never a real secret). */
  example?: string;
  /** Bounds for `number`, `integer` and `port`. */
  min?: number;
  max?: number;
  /** Length bounds for the raw value, in characters. */
  minLength?: number;
  maxLength?: number;
  /** An empty string counts as set (default false: empty is unset). */
  allowEmpty?: boolean;
  /** Deprecated: setting it is a finding, naming the replacement when there is one. */
  deprecated?: { replacement?: string; reason?: string };
  /** A URL that must have the deployed base URL's origin (e.g. `NEXTAUTH_URL`). */
  matchesBaseUrl?: boolean;
  /** Exempt from "every *_URL is https in production". Default false. */
  allowHttp?: boolean;
}

/** A hosting platform whose variable names and target environments (never values) join the drift picture. */
export interface EnvPlatformConfig {
  vercel?: { project: string; team?: string; /** `${env.NAME}` reference to the token. */ token: string; apiUrl?: string };
  netlify?: { site: string; token: string; apiUrl?: string };
}

export interface EnvConfig {
  /** This check's own deadline (the section's `timeout`); default: the top-level `timeoutMs`. */
  timeoutMs?: number;
  /** Whose `required` lists apply. Default: the deployment's environment, else the input. */
  environment?: string;
  /** Env files to read, relative to the repository root. Default `['.env.example']`. */
  files: string[];
  /**
   * Whether `files` was written in the config. A listed path that is missing is reported; the
   * default `.env.example` is optional. Default: undefined (not written).
   */
  filesListed?: boolean;
  /** By variable name. Default `{}`. */
  vars: Record<string, EnvVarSpec>;
  /** An annotated `.env.example` (comments as annotations) whose variables join `vars`; `vars` win per variable. */
  schemaFile?: string;
  /** The environments evaluated in the matrix. Default `['development', 'preview', 'production']`. */
  environments: string[];
  /** Name prefixes that a bundler exposes to the browser. Default NEXT_PUBLIC_, VITE_, REACT_APP_, PUBLIC_, NUXT_PUBLIC_, EXPO_PUBLIC_. */
  clientPrefixes: string[];
  /** Drift: globs of files searched for env references, and names never reported as unused. */
  drift: { include: string[]; exclude: string[]; ignore: string[] };
  /** Preview must not use production's database host. Default true. */
  separateDatabases: boolean;
  platform?: EnvPlatformConfig;
}

/** An expected status: a code, a class such as `2xx`, or a list of those. */
export type StatusExpectation = number | string | Array<number | string>;

/** What a response header must be: exactly this value, present or absent, or matching a regex. */
export type HeaderExpectation = string | { present: boolean } | { matches: string };

export interface RouteExpect {
  /** Default: any 2xx. */
  status?: StatusExpectation;
  bodyContains?: string;
  bodyNotContains?: string;
  /** A JS RegExp the body must match; known to compile. */
  bodyMatches?: string;
  /** Expected values by JSON pointer (RFC 6901), e.g. `{ "/status": "ok" }`. */
  json?: Record<string, unknown>;
  /** Expected JSON types by pointer; `any` means it exists. */
  jsonTypes?: Record<string, 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null' | 'any'>;
  /** Response headers by (any-case) name. */
  headers?: Record<string, HeaderExpectation>;
  /** Media type without parameters, e.g. `application/json`. */
  contentType?: string;
  /** A path or absolute URL where the redirects must end. */
  finalUrl?: string;
  maxRedirects?: number;
  /** The file's `maxDuration`, in milliseconds. */
  maxDurationMs?: number;
}

/** A value taken from a response for later flow steps: one of these. */
export type CaptureSpec = { regex: string } | { json: string } | { header: string };

export interface SmokeRoute {
  /** Starts with `/`; in flows `${name}` refers to a captured value. */
  path: string;
  /** GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS; undefined means GET. */
  method?: string;
  /** One user's answer: never cacheable by shared caches. */
  private?: boolean;
  /** `required`: an anonymous request must get 401/403 or a redirect to a login page. */
  auth?: 'required';
  /** JSON request body; in flows `${name}` strings refer to captured values. */
  json?: unknown;
  /** Raw request body. */
  body?: string;
  /** Headers for this request only, over the section's and the top-level ones. */
  headers?: Record<string, string>;
  /** The file's `timeout`, in milliseconds. Default: the section's `requestTimeoutMs`. */
  timeoutMs?: number;
  /** Default `critical`. */
  severity?: Severity;
  expect?: RouteExpect;
  /** Values to capture for later flow steps; each `regex` is known to compile. */
  capture?: Record<string, CaptureSpec>;
}

export interface SmokeEdgeConfig {
  /** Default true for each switch. */
  redirects: boolean;
  tls: boolean;
  hsts: boolean;
  caching: boolean;
  /** Default 3. */
  maxRedirects: number;
  /** Hosts a redirect may lead to besides the base URL's. Default `[]`. */
  hosts: string[];
  /** Non-production hosts that must answer noindex. Default `[]`. */
  noindexHosts: string[];
}

export interface SmokeConfig {
  /** This check's deadline; default 300 000 (5m) unless the file sets a top-level `timeout`. */
  timeoutMs?: number;
  /** Overrides the top-level `baseUrl`. */
  baseUrl?: string;
  /** Added to (and overriding) the top-level `headers` for smoke requests. */
  headers?: Record<string, string>;
  /** Poll `path` until it answers; `timeoutMs` defaults to 60 000 (the file's `timeout: 60s`). */
  waitFor?: { path: string; timeoutMs: number };
  /** Default `[]`. */
  routes: SmokeRoute[];
  /** Default `[]`; every flow has at least one step. */
  flows: Array<{ name: string; severity?: Severity; steps: SmokeRoute[] }>;
  /** Each request's deadline unless the route sets one. Default 10 000. */
  requestTimeoutMs: number;
  /** Extra attempts for idempotent requests on network errors and 502/503/504. Default 2. */
  retries: number;
  edge: SmokeEdgeConfig;
}

/** Latency and error limits, in milliseconds and as a fraction (the file's `p95: 500ms`, `errorRate: 1%`). */
export interface PerfBudget {
  p50Ms?: number;
  p95Ms?: number;
  p99Ms?: number;
  errorRate?: number;
}

export interface PerfRoute {
  path: string;
  /** Default GET. */
  method: string;
  headers?: Record<string, string>;
}

export interface PerfConfig {
  /** This check's own deadline (the section's `timeout`); default: the top-level `timeoutMs`. */
  timeoutMs?: number;
  /** Overrides the top-level `baseUrl`. */
  baseUrl?: string;
  /** Added to (and overriding) the top-level `headers`. */
  headers?: Record<string, string>;
  /** Default `[{ path: '/', method: 'GET' }]`. */
  routes: PerfRoute[];
  /** Timed requests per route and side. Default 100 (at least 59: see find-perf-problems.ts). */
  samples: number;
  /** Untimed requests per route first. Default 5. */
  warmup: number;
  /** Requests in flight at once (closed model). Default 4. */
  concurrency: number;
  /** Requests per second: the open model. Default: none. */
  rate?: number;
  /** Every request the check may send. Default 5000. */
  maxRequests: number;
  /** For every route. Default: none. */
  budget?: PerfBudget;
  /** By route path, over `budget`. Default `{}`. */
  budgets: Record<string, PerfBudget>;
  /** Allowed slowdown of p95: a fraction (10% → 0.1) and milliseconds. Default 0.1 and 20. */
  regression: { relative: number; absoluteMs: number };
  /** A live reference URL measured in the same run. */
  compareTo?: string;
  /** A stored reference (local JSON file). */
  baseline?: string;
  /** Globs of k6 raw JSON output. Default `[]`. */
  import: string[];
}

export interface DomainConfig {
  /** This check's own deadline (the section's `timeout`); default: the top-level `timeoutMs`. */
  timeoutMs?: number;
  /** One DNS lookup's deadline, retries included. Default 3 000. */
  lookupTimeoutMs: number;
  /** DNS servers (`1.1.1.1`, `127.0.0.1:5353`, `[::1]:53`). Default: undefined, the system resolver. */
  nameservers?: string[];
  /** Default `[]`. */
  hosts: DomainHost[];
  /** The apex or www host that serves; the other redirects to it. */
  canonical?: string;
  /** The CDN every public host sits behind. Default: none. */
  edge?: EdgeProvider;
  /** Every list defaults to `[]` when the `email` section is present. */
  email?: { domains: string[]; dkimSelectors: string[]; receives: string[]; inbox?: InboxConfig };
}

export type EdgeProvider = 'cloudflare';

/** A declared host; `private` and `staging` hosts must not resolve to a public address. */
export interface DomainHost {
  name: string;
  /** Default false. */
  private: boolean;
  /** Default false. */
  staging: boolean;
}

/** The inbox test's mailbox (`domain.email.inbox`) and, optionally, the message the domain check waits for. */
export interface InboxConfig {
  host: string;
  /** Default 993 with `tls`, 143 with `starttls`. */
  port: number;
  /** Default `tls`. */
  tls: 'tls' | 'starttls';
  /** A login or `${env.NAME}`. */
  user: string;
  /** Always `${env.NAME}` (the schema refuses anything else): resolved by `checkInbox` when it connects. */
  password: string;
  /** Default `INBOX`. */
  mailbox: string;
  /** The file's `within`. Default 120 000 (2m). */
  withinMs: number;
  /** Default: none (only smoke flow steps wait). */
  expect?: { to: string; subjectContains: string; from?: string };
}

/** Where an incident's alerts go: a GitHub issue, the Slack-compatible webhook. */
export type AlertChannel = 'issue' | 'webhook';

/** The severities an incident can have (an `info` finding never opens one), most severe first. */
export const ALERT_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export interface MonitorConfig {
  /** This check's own deadline (the section's `timeout`); default: the top-level `timeoutMs`. */
  timeoutMs?: number;
  /** Consecutive failing runs before an alert. Default 2. */
  failuresBeforeAlert: number;
  /**
   * `issue` defaults to true; `webhook` is usually `${env.NAME}`. `routes` is complete after
   * defaults: every severity to every enabled channel unless the file lists its own.
   */
  alert: { issue: boolean; webhook?: string; routes: Record<AlertSeverity, AlertChannel[]> };
  /** Alert when a certificate expires within this many days. Default 14. */
  certExpiryDays: number;
  /** Probe results kept per target. Default 2016 (7 days at one run every 5 minutes). */
  history: number;
  /** Requests per perf route in the latency probe. Default 5. */
  latencySamples: number;
  /** The CLI's state file, relative to the repository. Default `.launch-ready/monitor-state.json`. */
  state: string;
  /** The folder each run writes the status page into, relative to the repository. Default `.launch-ready/status`. */
  statusPage: string;
}
