/**
 * The shape of `launch-ready.yml` as written, after it passed `launch-ready.schema.json`: every key
 * optional, durations and percentages still text. `toConfig` turns it into the typed `Config`.
 */
import type { FailOn } from '../gate.js';
import type { Severity } from '../report/finding.js';
import type { AlertChannel, AlertSeverity, EnvConfig, EnvVarSpec, EnvVarType, RouteExpect, SecretsConfig, SmokeEdgeConfig, SmokeRoute } from './config-types.js';

export interface RawConfig {
  failOn?: FailOn;
  baseUrl?: string;
  headers?: Record<string, string>;
  timeout?: string;
  secrets?: RawSecrets;
  env?: RawEnv;
  smoke?: RawSmoke;
  perf?: RawPerf;
  domain?: RawDomain;
  monitor?: RawMonitor;
}

export interface RawSecrets {
  timeout?: string;
  scan?: SecretsConfig['scan'];
  paths?: { include?: string[]; exclude?: string[] };
  artifacts?: string[];
  baseline?: string;
  allow?: Array<Omit<SecretsConfig['allow'][number], 'line'>>;
  disableRules?: string[];
  rules?: Array<{
    id: string;
    pattern: string;
    keywords?: string[];
    severity?: Severity;
    title?: string;
    description?: string;
    entropy?: number;
  }>;
}

export interface RawEnvVar extends Omit<Partial<EnvVarSpec>, 'type' | 'values' | 'example' | 'deprecated'> {
  /** The Config's types plus the short spellings `int` and `bool`. */
  type?: EnvVarType | 'int' | 'bool';
  /** YAML reads `values: [1, 2]` as numbers; the Config holds strings. */
  values?: Array<string | number | boolean>;
  example?: string | number | boolean;
  /** `true`, or what replaces it and why. */
  deprecated?: boolean | { replacement?: string; reason?: string };
}

export interface RawEnv {
  timeout?: string;
  environment?: string;
  files?: string[];
  vars?: Record<string, RawEnvVar>;
  schemaFile?: string;
  environments?: string[];
  clientPrefixes?: string[];
  drift?: { include?: string[]; exclude?: string[]; ignore?: string[] };
  separateDatabases?: boolean;
  platform?: EnvConfig['platform'];
}

/** A route as written: durations still text. */
export interface RawSmokeRoute extends Omit<SmokeRoute, 'timeoutMs' | 'expect'> {
  timeout?: string;
  expect?: Omit<RouteExpect, 'maxDurationMs'> & { maxDuration?: string };
}

export interface RawSmoke {
  timeout?: string;
  baseUrl?: string;
  headers?: Record<string, string>;
  waitFor?: { path: string; timeout?: string };
  routes?: RawSmokeRoute[];
  flows?: Array<{ name: string; severity?: Severity; steps: RawSmokeRoute[] }>;
  requestTimeout?: string;
  retries?: number;
  edge?: Partial<SmokeEdgeConfig>;
}

export interface RawPerfBudget {
  p50?: string;
  p95?: string;
  p99?: string;
  errorRate?: string;
}

export interface RawPerf {
  timeout?: string;
  baseUrl?: string;
  headers?: Record<string, string>;
  routes?: Array<string | { path: string; method?: string; headers?: Record<string, string> }>;
  samples?: number;
  warmup?: number;
  concurrency?: number;
  rate?: number;
  maxRequests?: number;
  budget?: RawPerfBudget;
  budgets?: Record<string, RawPerfBudget>;
  regression?: { relative?: string; absolute?: string };
  compareTo?: string;
  baseline?: string;
  import?: string[];
}

export interface RawDomain {
  timeout?: string;
  lookupTimeout?: string;
  nameservers?: string[];
  hosts?: Array<string | { name: string; private?: boolean; staging?: boolean }>;
  canonical?: string;
  edge?: 'cloudflare';
  email?: { domains?: string[]; dkimSelectors?: string[]; receives?: string[]; inbox?: RawInbox };
}

export interface RawInbox {
  host: string;
  port?: number;
  tls?: 'tls' | 'starttls';
  user: string;
  password: string;
  mailbox?: string;
  within?: string;
  expect?: { to: string; subjectContains: string; from?: string };
}

export interface RawMonitor {
  timeout?: string;
  failuresBeforeAlert?: number;
  alert?: { issue?: boolean; webhook?: string; routes?: Partial<Record<AlertSeverity, AlertChannel[]>> };
  certExpiryDays?: number;
  history?: number;
  latencySamples?: number;
  state?: string;
  statusPage?: string;
}
