/**
 * The typed, validated form of `launch-ready.yml` (see `launch-ready.schema.json`, which documents
 * every key). Durations are already parsed to milliseconds and percentages to fractions.
 */
import type { FailOn } from '../gate.js';
import type { Severity } from '../report/finding.js';

export interface Config {
  /** Path of the file it came from, relative to the workspace; undefined when defaults were used. */
  file?: string;
  /** Default `critical`; the `fail-on` input overrides it. */
  failOn: FailOn;
  /** Where the deployed app answers, shared by smoke and perf. */
  baseUrl?: string;
  /** Extra request headers for smoke and perf; values may come from `${env.NAME}`. */
  headers: Record<string, string>;
  secrets: SecretsConfig;
  env?: EnvConfig;
  smoke?: SmokeConfig;
  perf?: PerfConfig;
  domain?: DomainConfig;
  monitor?: MonitorConfig;
}

export interface SecretsConfig {
  /** `diff` (lines a PR or push adds; default), `tree` (tracked files), `history` (all commits). */
  scan: 'diff' | 'tree' | 'history';
  paths: { include: string[]; exclude: string[] };
  /** Build output and logs, scanned even when git ignores them. */
  artifacts: string[];
  baseline?: string;
  allow: Array<{ rule?: string; path?: string; value?: string; reason: string }>;
  rules: Array<{
    id: string;
    pattern: string;
    keywords: string[];
    severity: Severity;
    title?: string;
    description?: string;
  }>;
}

export interface EnvVarSpec {
  type: string;
  required?: boolean | string[];
  secret?: boolean;
  public?: boolean;
  default?: string | number | boolean;
  pattern?: string;
  protocols?: string[];
  values?: string[];
}

export interface EnvConfig {
  environment?: string;
  files: string[];
  vars: Record<string, EnvVarSpec>;
}

export interface RouteExpect {
  status?: number | number[];
  bodyContains?: string;
  json?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export interface SmokeRoute {
  path: string;
  method?: string;
  private?: boolean;
  json?: unknown;
  expect?: RouteExpect;
  capture?: Record<string, { regex: string }>;
}

export interface SmokeConfig {
  baseUrl?: string;
  waitFor?: { path: string; timeoutMs: number };
  routes: SmokeRoute[];
  flows: Array<{ name: string; steps: SmokeRoute[] }>;
}

export interface PerfConfig {
  baseUrl?: string;
  routes: string[];
  samples: number;
  concurrency: number;
  budget?: { p95Ms?: number; p50Ms?: number; p99Ms?: number };
  regression?: { relative?: number; absoluteMs?: number };
  compareTo?: string;
  baseline?: string;
}

export interface DomainConfig {
  nameservers?: string[];
  hosts: string[];
  canonical?: string;
  email?: { domains: string[]; dkimSelectors: string[] };
}

export interface MonitorConfig {
  failuresBeforeAlert: number;
  alert: { issue: boolean; webhook?: string };
  certExpiryDays: number;
}
