/**
 * The hosting platform's side, for the env check: its variable names and targets as drift
 * findings and as presence in the matrix. A platform that cannot be read (no token, a refused
 * token, an outage) is a low note and the rest of the check still runs: the platform is optional
 * context, never a reason to fail the whole check.
 */
import type { EnvConfig } from '../../config/config-types.js';
import type { Finding } from '../../report/finding.js';
import { ENV_RULES, envFinding } from './env-findings.js';
import type { PlatformPresence } from './env-matrix.js';
import { platformDriftFindings } from './platform/platform-drift.js';
import { PlatformReadError } from './platform/platform-read-error.js';
import { PLATFORM_LABELS, PLATFORM_TARGETS, type PlatformName, type PlatformVariable } from './platform/platform-variable.js';
import { readPlatformVariables } from './platform/read-platform-variables.js';

export interface PlatformPicture {
  findings: Finding[];
  /** Undefined when no platform is configured or it could not be read. */
  presence?: PlatformPresence;
}

/** Inputs of {@link readPlatformPicture}. */
export interface PlatformPictureInput {
  env: EnvConfig;
  processEnv: Readonly<Record<string, string | undefined>>;
  configFile: string | undefined;
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
}

export async function readPlatformPicture(input: PlatformPictureInput): Promise<PlatformPicture> {
  const { platform } = input.env;
  if (!platform) return { findings: [] };
  const platforms = (Object.keys(platform) as PlatformName[]).filter((name) => platform[name] !== undefined).sort();
  let platformVars: PlatformVariable[];
  try {
    platformVars = await readPlatformVariables(platform, { env: input.processEnv, ...(input.fetch ? { fetch: input.fetch } : {}) });
  } catch (error) {
    return { findings: [unavailableFinding(error, platforms, input.configFile)] };
  }
  const findings = platformDriftFindings({
    vars: input.env.vars,
    platformVars,
    environments: input.env.environments,
    platforms,
    ...(input.configFile ? { configFile: input.configFile } : {})
  });
  return { findings, presence: presenceOf(platformVars, platforms) };
}

function presenceOf(platformVars: readonly PlatformVariable[], platforms: readonly PlatformName[]): PlatformPresence {
  const keys = new Set(platformVars.flatMap((variable) => variable.targets.map((target) => `${variable.name}\0${target}`)));
  return {
    label: platforms.map((name) => PLATFORM_LABELS[name]).join(' or '),
    has: (name, environment) => keys.has(`${name}\0${environment}`),
    covers: (environment) => (PLATFORM_TARGETS as readonly string[]).includes(environment)
  };
}

/**
 * A `PlatformReadError` says what to check and never holds the token; anything else (a bug, a
 * network error with a URL) is reported by its kind only.
 */
function unavailableFinding(error: unknown, platforms: readonly PlatformName[], configFile: string | undefined): Finding {
  const labels = platforms.map((name) => PLATFORM_LABELS[name]).join(' and ');
  const reason = error instanceof PlatformReadError ? error.message : `${error instanceof Error ? error.name : 'an error'} while reading the API`;
  return envFinding({
    rule: ENV_RULES.platformUnavailable,
    message: `The ${labels} variables were not read, so the platform is left out of the drift picture: ${reason}`,
    location: { kind: 'env', name: 'env.platform', ...(configFile ? { file: configFile } : {}) },
    key: platforms,
    remediation: 'Check the token (the variable named in env.platform, passed to this step), the project or site id, and the platform\'s status.'
  });
}
