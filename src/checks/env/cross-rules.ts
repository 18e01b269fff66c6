/**
 * Rules across variables and environments (issue 5, "cross-variable rules where users need them"):
 * - in production every `*_URL` is https, unless the variable allows http or uses another scheme
 *   (`postgres://`, `redis://`);
 * - a `matchesBaseUrl` variable has the deployed app's origin (`NEXTAUTH_URL` pointing at another
 *   host breaks sign-in);
 * - preview does not share production's database host (a preview deploy that runs migrations or
 *   test sign-ups against production data).
 * Hosts and origins of variables that are not `public` are never printed.
 */
import type { EnvVarSpec } from '../../config/config-types.js';
import type { Finding } from '../../report/finding.js';
import { ENV_RULES, envFinding, originLocation, variableLocation } from './env-findings.js';
import type { EnvironmentValues, SourcedValue } from './evaluate-environments.js';

/** Inputs of {@link crossRuleFindings}. */
export interface CrossRulesInput {
  vars: Record<string, EnvVarSpec>;
  environments: readonly EnvironmentValues[];
  /** The deployed app's URL (the deployment's, else `baseUrl`), resolved; undefined when unknown. */
  deployUrl: string | undefined;
  separateDatabases: boolean;
  configFile: string | undefined;
}

export function crossRuleFindings(input: CrossRulesInput): Finding[] {
  return [...insecureUrlFindings(input), ...baseUrlFindings(input), ...sharedDatabaseFindings(input)];
}

/** `production` and its short form. */
export function isProduction(environment: string): boolean {
  return /^prod(?:uction)?$/i.test(environment);
}

/** The runner's own variables (`GITHUB_API_URL`, `ACTIONS_RUNTIME_URL`…) are not the app's. */
const RUNNER_VARIABLE = /^(?:GITHUB|ACTIONS|RUNNER|INPUT)_/;
const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

function insecureUrlFindings(input: CrossRulesInput): Finding[] {
  const findings: Finding[] = [];
  for (const environment of input.environments.filter((candidate) => isProduction(candidate.environment))) {
    for (const [name, sourced] of environment.values) {
      const spec = input.vars[name];
      if (!/(?:^|_)URL$/.test(name) || (!spec && RUNNER_VARIABLE.test(name)) || exemptFromHttps(spec)) continue;
      const url = parseUrl(sourced.value);
      if (url?.protocol !== 'http:' || LOOPBACK_HOST.test(url.hostname)) continue;
      findings.push(
        envFinding({
          rule: ENV_RULES.insecureUrl,
          message: `${name} is a plain http:// URL in ${environment.environment}${spec?.public ? ` (${url.origin})` : ''}; production URLs must be https.`,
          location: originLocation(name, sourced.origin, input.configFile),
          key: [name, environment.environment],
          remediation: `Use the https:// URL, or set \`allowHttp: true\` for ${name} in ${input.configFile ?? 'launch-ready.yml'} if plain http is intended (an internal network).`
        })
      );
    }
  }
  return findings;
}

/**
 * Exempt: `allowHttp`, an explicit `http` in `protocols`, or a declared URL type with protocols
 * (a wrong scheme is then already an invalid value, reported once).
 */
function exemptFromHttps(spec: EnvVarSpec | undefined): boolean {
  if (!spec) return false;
  return spec.allowHttp === true || spec.protocols?.includes('http') === true || spec.type === 'https-url' || spec.protocols !== undefined;
}

function baseUrlFindings(input: CrossRulesInput): Finding[] {
  const expected = input.deployUrl === undefined ? undefined : parseUrl(input.deployUrl);
  const selected = input.environments.find((environment) => environment.selected);
  if (!expected || !selected) return [];
  const findings: Finding[] = [];
  for (const [name, spec] of Object.entries(input.vars)) {
    const sourced = selected.values.get(name);
    const actual = sourced === undefined ? undefined : parseUrl(sourced.value);
    if (!spec.matchesBaseUrl || !sourced || !actual || actual.origin === expected.origin) continue;
    findings.push(
      envFinding({
        rule: ENV_RULES.baseUrlMismatch,
        message:
          `${name} must have the deployed origin ${expected.origin} in ${selected.environment}; ` +
          `it has ${spec.public ? actual.origin : 'a different origin'}.`,
        location: originLocation(name, sourced.origin, input.configFile),
        key: [name, selected.environment],
        remediation: `Set ${name} to a URL on ${expected.origin} for ${selected.environment} (on Vercel, derive it from the deployment URL).`
      })
    );
  }
  return findings;
}

/** `DATABASE_URL`, `POSTGRES_URL`, `MONGODB_URI`, `REDIS_URL`, `DIRECT_DATABASE_URL`… */
const DATABASE_NAME = /(?:DATABASE|DB|POSTGRES(?:QL)?|PG|MYSQL|MARIADB|MONGO(?:DB)?|REDIS|SUPABASE_DB)[A-Z0-9_]*_UR[LI]$|^(?:DATABASE|DB)_UR[LI]/;
const DATABASE_SCHEMES = /^(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|sqlserver|mssql|cockroachdb|libsql)$/;

function isDatabaseVariable(name: string, spec: EnvVarSpec): boolean {
  return DATABASE_NAME.test(name) || (spec.protocols ?? []).some((scheme) => DATABASE_SCHEMES.test(scheme));
}

function sharedDatabaseFindings(input: CrossRulesInput): Finding[] {
  const preview = input.environments.find((environment) => environment.environment === 'preview');
  const production = input.environments.find((environment) => isProduction(environment.environment));
  if (!input.separateDatabases || !preview || !production) return [];
  const findings: Finding[] = [];
  for (const [name, spec] of Object.entries(input.vars)) {
    if (!isDatabaseVariable(name, spec)) continue;
    const host = sameHost(preview.values.get(name), production.values.get(name));
    if (host === undefined) continue;
    findings.push(
      envFinding({
        rule: ENV_RULES.sharedDatabase,
        message:
          `${name} points at ${spec.public ? `the same host (${host})` : 'the same host'} in preview and ${production.environment}: ` +
          'a preview deploy reads and writes production data.',
        location: variableLocation(name, input.configFile),
        key: [name],
        remediation: `Give preview its own database (a branch database, or a separate instance) and set ${name} for preview to it.`
      })
    );
  }
  return findings;
}

/** The shared host (lowercase) when both values are URLs on the same host; else undefined. */
function sameHost(a: SourcedValue | undefined, b: SourcedValue | undefined): string | undefined {
  const hostA = a && parseUrl(a.value)?.hostname.toLowerCase();
  const hostB = b && parseUrl(b.value)?.hostname.toLowerCase();
  return hostA && hostA === hostB ? hostA : undefined;
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text.trim());
  } catch {
    return undefined;
  }
}
