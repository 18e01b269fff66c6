/**
 * Client exposure (issue 5, point 5): bundlers copy every variable with a client prefix
 * (`NEXT_PUBLIC_`, `VITE_`…) into the JavaScript every visitor downloads. So:
 * - a prefixed variable marked `secret`, or whose name says it is one, is critical by its name
 *   alone (`NEXT_PUBLIC_STRIPE_SECRET`);
 * - a prefixed variable whose value is a provider credential (the secrets engine's rules, run on
 *   `NAME=value`) or is long and random like one is critical by its value.
 * Names come from the schema, the env files, the code and the job's environment; values from the
 * job's environment (the validated environment) and the env files, never templates.
 * A secret's value found in build output is the secrets check's (`env-secret-in-artifact`).
 */
import type { EnvVarSpec } from '../../config/config-types.js';
import type { Finding, Location } from '../../report/finding.js';
import type { ScanSource } from '../../detect/contracts.js';
import { isPlaceholder } from '../../detect/filters/placeholder.js';
import type { EnvReference } from './drift/find-references.js';
import { ENV_RULES, envFinding, originLocation, variableLocation, type ValueOrigin } from './env-findings.js';
import type { EnvironmentValues } from './evaluate-environments.js';
import type { EnvFile } from './read-env-files.js';
import { describeShape, looksSecret, valueLooksSecret } from './values/describe-shape.js';

/** Inputs of {@link clientExposureFindings}. */
export interface ClientExposureInput {
  vars: Record<string, EnvVarSpec>;
  clientPrefixes: readonly string[];
  files: readonly EnvFile[];
  /** The validated environment, whose values include the job's real environment. */
  selected: EnvironmentValues | undefined;
  references: readonly EnvReference[];
  /** Runs the secrets engine's rules over one source (`NAME=value`); called only when there is a prefixed value. */
  scan: (source: ScanSource) => Finding[];
  configFile: string | undefined;
}

export function clientExposureFindings(input: ClientExposureInput): Finding[] {
  const prefixOf = (name: string): string | undefined => input.clientPrefixes.find((prefix) => name.startsWith(prefix) && name.length > prefix.length);
  return [...nameFindings(input, prefixOf), ...valueFindings(input, prefixOf)];
}

type PrefixOf = (name: string) => string | undefined;

function nameFindings(input: ClientExposureInput, prefixOf: PrefixOf): Finding[] {
  const findings: Finding[] = [];
  for (const [name, location] of namesWithLocations(input)) {
    const prefix = prefixOf(name);
    const spec = input.vars[name];
    if (prefix === undefined || spec?.public === true) continue;
    const marked = spec?.secret === true;
    if (!marked && !looksSecret(name)) continue;
    const why = marked ? 'is marked secret' : 'is named like a secret';
    findings.push(
      envFinding({
        rule: ENV_RULES.secretPublicPrefix,
        message: `${name} ${why}, but the ${prefix} prefix makes the bundler ship its value to every visitor's browser.`,
        location,
        key: [name],
        remediation:
          `Rename it without ${prefix} and read it only on the server (an API route or server action), then rotate the value: ` +
          `it may already be in a deployed bundle. If it really is public, declare it \`public: true\` in ${input.configFile ?? 'launch-ready.yml'}.`
      })
    );
  }
  return findings;
}

/** Every name seen, with where a finding about it points: the schema first, then files, code, the job. */
function namesWithLocations(input: ClientExposureInput): Map<string, Location> {
  const names = new Map<string, Location>();
  const add = (name: string, location: Location): void => {
    if (!names.has(name)) names.set(name, location);
  };
  for (const name of Object.keys(input.vars)) add(name, variableLocation(name, input.configFile));
  for (const file of input.files) for (const entry of file.entries) add(entry.name, { kind: 'file', path: file.path, line: entry.line });
  for (const reference of input.references) add(reference.name, { kind: 'file', path: reference.file, line: reference.line, column: reference.column });
  for (const [name, sourced] of input.selected?.values ?? []) add(name, originLocation(name, sourced.origin, input.configFile));
  return names;
}

/** A prefixed value to judge, and where it came from. */
interface PrefixedValue {
  name: string;
  value: string;
  origin: ValueOrigin;
}

function valueFindings(input: ClientExposureInput, prefixOf: PrefixOf): Finding[] {
  const findings: Finding[] = [];
  for (const candidate of prefixedValues(input, prefixOf)) {
    const spec = input.vars[candidate.name];
    const looksLike = providerSecret(input.scan, candidate) ?? (spec?.public || publicByDesign(candidate.name) ? undefined : randomLooking(candidate.value));
    if (looksLike === undefined) continue;
    const where = candidate.origin.kind === 'file' ? candidate.origin.path : "the job's environment";
    findings.push(
      envFinding({
        rule: ENV_RULES.publicValueLooksSecret,
        message: `${candidate.name} (in ${where}) holds ${looksLike}, and its prefix ships it to every visitor's browser.`,
        location: originLocation(candidate.name, candidate.origin, input.configFile),
        key: [candidate.name, candidate.origin.kind === 'file' ? candidate.origin.path : 'process'],
        evidence: describeShape(candidate.value),
        remediation:
          `If it is a credential, rotate it now (it may already be in a deployed bundle) and move it to a variable without ${prefixOf(candidate.name) ?? 'the'} prefix, read on the server only.` +
          ` If it is meant to be public, declare ${candidate.name} \`public: true\`.`
      })
    );
  }
  return findings;
}

/** Values of prefixed names: the job's (validated environment), then each non-template file's. */
function prefixedValues(input: ClientExposureInput, prefixOf: PrefixOf): PrefixedValue[] {
  const values: PrefixedValue[] = [];
  for (const [name, sourced] of input.selected?.values ?? []) {
    if (sourced.origin.kind === 'process' && prefixOf(name) !== undefined) values.push({ name, ...sourced });
  }
  for (const file of input.files) {
    if (file.role.kind === 'template') continue;
    for (const entry of file.entries) {
      if (prefixOf(entry.name) !== undefined) values.push({ name: entry.name, value: entry.value, origin: { kind: 'file', path: file.path, line: entry.line } });
    }
  }
  return values.filter(({ value }) => value.trim() !== '' && !isPlaceholder(value));
}

/**
 * Rules whose match is a key made for browsers: Google (Firebase, Maps) API keys are restricted
 * by referrer and shipped to clients by design (https://firebase.google.com/docs/projects/api-keys).
 */
const BROWSER_KEY_RULES: ReadonlySet<string> = new Set(['google-api-key']);

/** "what looks like a Stripe live secret key" when a provider rule matches with confidence. */
function providerSecret(scan: ClientExposureInput['scan'], candidate: PrefixedValue): string | undefined {
  const path = candidate.origin.kind === 'file' ? candidate.origin.path : `env:${candidate.name}`;
  const found = scan({ path, text: `${candidate.name}=${candidate.value}`, origin: 'present' })
    .find((finding) => finding.confidence !== 'low' && !BROWSER_KEY_RULES.has(finding.ruleId));
  return found ? `what looks like a ${found.title}` : undefined;
}

/** Names of keys that are public by design: publishable, anon, site and search-only keys, ids, DSNs. */
const PUBLIC_BY_DESIGN = /PUBLISHABLE|ANON(?:_|$)|PUBLIC_KEY|SITE_KEY|CLIENT_ID|MEASUREMENT_ID|TRACKING_ID|APP_ID|PROJECT_ID|DSN$|SEARCH(?:_ONLY)?(?:_API)?_KEY|FIREBASE|POSTHOG|WRITE_KEY|MAPS(?:_API)?_KEY/;

function publicByDesign(name: string): boolean {
  return PUBLIC_BY_DESIGN.test(name);
}

function randomLooking(value: string): string | undefined {
  return valueLooksSecret(value.trim()) ? 'a value shaped like a credential (long and random, or a URL with a password)' : undefined;
}
