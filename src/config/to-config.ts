/**
 * Fills in defaults and converts units: the validated file (`RawConfig`) → the typed `Config`.
 * Every default lives here and in the schema's descriptions, nowhere else.
 */
import type {
  AlertChannel,
  AlertSeverity,
  Config,
  DomainConfig,
  EnvConfig,
  EnvVarSpec,
  EnvVarType,
  InboxConfig,
  MonitorConfig,
  PerfBudget,
  PerfConfig,
  SecretsConfig,
  SmokeConfig,
  SmokeRoute
} from './config-types.js';
import { ALERT_SEVERITIES, ENV_VAR_TYPES } from './config-types.js';
import type { RawConfig, RawDomain, RawEnv, RawInbox, RawEnvVar, RawMonitor, RawPerf, RawPerfBudget, RawSecrets, RawSmoke, RawSmokeRoute } from './raw-config.js';
import { parseDurationMs, parsePercentage } from './units.js';

/** The top-level `timeout` when the file gives none: a check that hangs ends as errored after it. */
export const DEFAULT_CHECK_TIMEOUT_MS = 600_000;

/** The smoke check's deadline when neither its section nor the top level sets one. */
export const DEFAULT_SMOKE_TIMEOUT_MS = 300_000;

/** A smoke request's deadline when neither the route nor `smoke.requestTimeout` sets one. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/** `smoke.waitFor.timeout` when the file gives none. */
export const DEFAULT_WAIT_FOR_TIMEOUT_MS = 60_000;

/**
 * The Config used when there is no file: fail on critical findings, scan the diff for secrets,
 * no other section. `file` is undefined.
 */
export function defaultConfig(): Config {
  return toConfig({}, undefined);
}

/** The typed Config for a file that passed the schema; `file` is its workspace-relative path. */
export function toConfig(raw: RawConfig, file: string | undefined): Config {
  return dropUndefined({
    file,
    failOn: raw.failOn ?? 'critical',
    baseUrl: raw.baseUrl,
    headers: raw.headers ?? {},
    timeoutMs: raw.timeout === undefined ? DEFAULT_CHECK_TIMEOUT_MS : parseDurationMs(raw.timeout),
    secrets: toSecrets(raw.secrets ?? {}),
    env: raw.env && toEnv(raw.env),
    smoke: raw.smoke && toSmoke(raw.smoke, raw.timeout !== undefined),
    perf: raw.perf && toPerf(raw.perf),
    domain: raw.domain && toDomain(raw.domain),
    monitor: raw.monitor && toMonitor(raw.monitor)
  });
}

function toSecrets(raw: RawSecrets): SecretsConfig {
  return {
    ...sectionTimeout(raw),
    scan: raw.scan ?? 'diff',
    paths: { include: raw.paths?.include ?? [], exclude: raw.paths?.exclude ?? [] },
    artifacts: raw.artifacts ?? [],
    baseline: raw.baseline,
    allow: raw.allow ?? [],
    disableRules: raw.disableRules ?? [],
    rules: (raw.rules ?? []).map((rule) => ({
      ...rule,
      keywords: rule.keywords ?? [],
      severity: rule.severity ?? 'high'
    }))
  };
}

function toEnv(raw: RawEnv): EnvConfig {
  const defaults = envDefaults();
  const vars: Record<string, EnvVarSpec> = {};
  for (const [name, spec] of Object.entries(raw.vars ?? {})) vars[name] = toEnvVar(spec);
  return {
    ...sectionTimeout(raw),
    environment: raw.environment,
    files: raw.files ?? defaults.files,
    ...(raw.files !== undefined ? { filesListed: true } : {}),
    vars,
    schemaFile: raw.schemaFile,
    environments: raw.environments ?? defaults.environments,
    clientPrefixes: raw.clientPrefixes ?? defaults.clientPrefixes,
    drift: {
      include: raw.drift?.include ?? defaults.drift.include,
      exclude: raw.drift?.exclude ?? defaults.drift.exclude,
      ignore: raw.drift?.ignore ?? defaults.drift.ignore
    },
    separateDatabases: raw.separateDatabases ?? defaults.separateDatabases,
    platform: raw.platform
  };
}

/** The env section's defaults for keys the file leaves out (the schema documents each). */
export function envDefaults(): Omit<EnvConfig, 'environment'> {
  return {
    files: ['.env.example'],
    vars: {},
    environments: ['development', 'preview', 'production'],
    clientPrefixes: ['NEXT_PUBLIC_', 'VITE_', 'REACT_APP_', 'PUBLIC_', 'NUXT_PUBLIC_', 'EXPO_PUBLIC_'],
    drift: { include: [], exclude: [], ignore: [] },
    separateDatabases: true
  };
}

/** The short spellings the schema accepts for a type, and the type each stands for. */
export const ENV_TYPE_ALIASES: Readonly<Record<string, EnvVarType>> = { int: 'integer', bool: 'boolean' };

/** The type `name` spells (`int` is `integer`), or undefined when it is none of ENV_VAR_TYPES. */
export function envVarTypeOf(name: string): EnvVarType | undefined {
  return ENV_TYPE_ALIASES[name] ?? ENV_VAR_TYPES.find((type) => type === name);
}

function toEnvVar(raw: RawEnvVar): EnvVarSpec {
  const { values, example, deprecated, ...rest } = raw;
  const type = raw.type === undefined ? 'string' : (ENV_TYPE_ALIASES[raw.type] ?? (raw.type as EnvVarType));
  const spec: EnvVarSpec = { ...rest, type };
  if (values) spec.values = values.map(String);
  if (example !== undefined) spec.example = String(example);
  // `deprecated: false` is the same as leaving it out.
  if (deprecated) spec.deprecated = deprecated === true ? {} : deprecated;
  return spec;
}

function toSmoke(raw: RawSmoke, topLevelTimeout: boolean): SmokeConfig {
  const { waitFor } = raw;
  const timeout = sectionTimeout(raw);
  return {
    // One deadline for the whole check, waiting included: 5m unless the file says otherwise.
    ...(timeout.timeoutMs !== undefined || topLevelTimeout ? timeout : { timeoutMs: DEFAULT_SMOKE_TIMEOUT_MS }),
    baseUrl: raw.baseUrl,
    headers: raw.headers,
    waitFor: waitFor && {
      path: waitFor.path,
      timeoutMs: waitFor.timeout === undefined ? DEFAULT_WAIT_FOR_TIMEOUT_MS : parseDurationMs(waitFor.timeout)
    },
    routes: (raw.routes ?? []).map(toSmokeRoute),
    flows: (raw.flows ?? []).map((flow) => ({ ...flow, steps: flow.steps.map(toSmokeRoute) })),
    requestTimeoutMs: raw.requestTimeout === undefined ? DEFAULT_REQUEST_TIMEOUT_MS : parseDurationMs(raw.requestTimeout),
    retries: raw.retries ?? 2,
    edge: {
      redirects: raw.edge?.redirects ?? true,
      tls: raw.edge?.tls ?? true,
      hsts: raw.edge?.hsts ?? true,
      caching: raw.edge?.caching ?? true,
      maxRedirects: raw.edge?.maxRedirects ?? 3,
      hosts: raw.edge?.hosts ?? [],
      noindexHosts: raw.edge?.noindexHosts ?? []
    }
  };
}

function toSmokeRoute(raw: RawSmokeRoute): SmokeRoute {
  const { timeout, expect, ...rest } = raw;
  const route: SmokeRoute = { ...rest };
  if (timeout !== undefined) route.timeoutMs = parseDurationMs(timeout);
  if (expect) {
    const { maxDuration, ...checks } = expect;
    route.expect = maxDuration === undefined ? checks : { ...checks, maxDurationMs: parseDurationMs(maxDuration) };
  }
  return route;
}

function toPerf(raw: RawPerf): PerfConfig {
  const budgets: Record<string, PerfBudget> = {};
  for (const [path, budget] of Object.entries(raw.budgets ?? {})) budgets[path] = toPerfBudget(budget);
  return {
    ...sectionTimeout(raw),
    baseUrl: raw.baseUrl,
    headers: raw.headers,
    routes: (raw.routes ?? ['/']).map((route) => (typeof route === 'string' ? { path: route, method: 'GET' } : { ...route, method: route.method ?? 'GET' })),
    samples: raw.samples ?? 100,
    warmup: raw.warmup ?? 5,
    concurrency: raw.concurrency ?? 4,
    rate: raw.rate,
    maxRequests: raw.maxRequests ?? 5_000,
    budget: raw.budget && toPerfBudget(raw.budget),
    budgets,
    regression: {
      relative: raw.regression?.relative === undefined ? 0.1 : parsePercentage(raw.regression.relative),
      absoluteMs: raw.regression?.absolute === undefined ? 20 : parseDurationMs(raw.regression.absolute)
    },
    compareTo: raw.compareTo,
    baseline: raw.baseline,
    import: raw.import ?? []
  };
}

function toPerfBudget(raw: RawPerfBudget): PerfBudget {
  return {
    p50Ms: optional(raw.p50, parseDurationMs),
    p95Ms: optional(raw.p95, parseDurationMs),
    p99Ms: optional(raw.p99, parseDurationMs),
    errorRate: optional(raw.errorRate, parsePercentage)
  };
}

function toDomain(raw: RawDomain): DomainConfig {
  const email = raw.email;
  return {
    ...sectionTimeout(raw),
    lookupTimeoutMs: optional(raw.lookupTimeout, parseDurationMs) ?? 3_000,
    nameservers: raw.nameservers,
    hosts: (raw.hosts ?? []).map((host) => (typeof host === 'string' ? { name: host, private: false, staging: false } : { name: host.name, private: host.private ?? false, staging: host.staging ?? false })),
    canonical: raw.canonical,
    edge: raw.edge,
    email: email && {
      domains: email.domains ?? [],
      dkimSelectors: email.dkimSelectors ?? [],
      receives: email.receives ?? [],
      inbox: email.inbox && toInbox(email.inbox)
    }
  };
}

/** `within` when the file gives none: a transactional email usually lands in seconds, a slow provider in a minute. */
export const DEFAULT_INBOX_WITHIN_MS = 120_000;

function toInbox(raw: RawInbox): InboxConfig {
  const tls = raw.tls ?? 'tls';
  return {
    host: raw.host,
    port: raw.port ?? (tls === 'tls' ? 993 : 143),
    tls,
    user: raw.user,
    password: raw.password,
    mailbox: raw.mailbox ?? 'INBOX',
    withinMs: raw.within === undefined ? DEFAULT_INBOX_WITHIN_MS : parseDurationMs(raw.within),
    expect: raw.expect
  };
}

/** `monitor.state` when the file gives none. */
export const DEFAULT_MONITOR_STATE_FILE = '.launch-ready/monitor-state.json';
/** `monitor.statusPage` when the file gives none. */
export const DEFAULT_STATUS_PAGE_DIR = '.launch-ready/status';

/** The monitor section as an empty `monitor: {}` gives it: `launch-ready monitor` runs without one. */
export function monitorDefaults(): MonitorConfig {
  return toMonitor({});
}

function toMonitor(raw: RawMonitor): MonitorConfig {
  const issue = raw.alert?.issue ?? true;
  const webhook = raw.alert?.webhook;
  // Without a routes table every incident goes to every channel that is on.
  const everywhere: AlertChannel[] = [...(issue ? (['issue'] as const) : []), ...(webhook ? (['webhook'] as const) : [])];
  const listed = raw.alert?.routes;
  const routes = Object.fromEntries(
    ALERT_SEVERITIES.map((severity) => [severity, listed ? [...(listed[severity] ?? [])] : [...everywhere]])
  ) as Record<AlertSeverity, AlertChannel[]>;
  return {
    ...sectionTimeout(raw),
    failuresBeforeAlert: raw.failuresBeforeAlert ?? 2,
    alert: { issue, webhook, routes },
    certExpiryDays: raw.certExpiryDays ?? 14,
    history: raw.history ?? 2016,
    latencySamples: raw.latencySamples ?? 5,
    state: raw.state ?? DEFAULT_MONITOR_STATE_FILE,
    statusPage: raw.statusPage ?? DEFAULT_STATUS_PAGE_DIR
  };
}

function optional<T>(text: string | undefined, parse: (text: string) => T): T | undefined {
  return text === undefined ? undefined : parse(text);
}

/** Removes keys whose value is undefined, so `'env' in config` and deep equality mean what they say. */
function dropUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(dropUndefined) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return Object.fromEntries(entries.map(([key, item]) => [key, dropUndefined(item)])) as T;
}

/** A section's own `timeout`, in milliseconds, when it sets one. */
function sectionTimeout(raw: { timeout?: string }): { timeoutMs?: number } {
  return raw.timeout === undefined ? {} : { timeoutMs: parseDurationMs(raw.timeout) };
}
