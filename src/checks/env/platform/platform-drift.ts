/**
 * The platform's side of env drift, as findings: a variable the schema requires in an
 * environment (without a default) but the platform does not set for it ("Preview lacks
 * `STRIPE_SECRET_KEY` on Vercel"), and a variable set on the platform that the schema does not
 * declare. Pure: the
 * variables were read before (`read-platform-variables.ts`).
 */
import type { EnvVarSpec } from '../../../config/config-types.js';
import type { Finding } from '../../../report/finding.js';
import { fingerprintOf } from '../../../report/fingerprint.js';
import { PLATFORM_LABELS, PLATFORM_TARGETS, type PlatformName, type PlatformVariable } from './platform-variable.js';

export const PLATFORM_MISSING_RULE = 'env-platform-missing';
export const PLATFORM_UNDECLARED_RULE = 'env-platform-undeclared';

export interface PlatformDriftInput {
  /** The schema (`env.vars`), by name. */
  vars: Record<string, EnvVarSpec>;
  platformVars: PlatformVariable[];
  /** `env.environments`; only production, preview and development exist on the platforms, so others are skipped. */
  environments: string[];
  /** Where the schema lives, for the findings' location and remediation. */
  configFile?: string;
  /**
   * The platforms that were read. Default: those appearing in `platformVars`; pass it so a
   * platform with no variables at all still yields its missing findings.
   */
  platforms?: PlatformName[];
  /** Names never reported as undeclared (`env.drift.ignore`). Default `[]`. */
  ignore?: string[];
}

/** Missing findings first (by name, then environment), then undeclared ones (by name), per platform. */
export function platformDriftFindings(input: PlatformDriftInput): Finding[] {
  const byPlatform = groupTargets(input.platformVars, input.platforms);
  const environments = input.environments.filter((env) => (PLATFORM_TARGETS as readonly string[]).includes(env));
  const names = Object.keys(input.vars).sort();
  const ignored = new Set(input.ignore ?? []);
  const findings: Finding[] = [];
  for (const [platform, targetsByName] of byPlatform) {
    for (const name of names) {
      const targets = targetsByName.get(name) ?? new Set<string>();
      for (const env of environments) {
        if (needsPlatformValue(input.vars[name]!, env) && !targets.has(env)) findings.push(missingFinding({ platform, name, env, targets, configFile: input.configFile }));
      }
    }
    for (const name of [...targetsByName.keys()].sort()) {
      if (!Object.hasOwn(input.vars, name) && !ignored.has(name)) findings.push(undeclaredFinding({ platform, name, targets: targetsByName.get(name)!, configFile: input.configFile }));
    }
  }
  return findings;
}

/**
 * `required: true` is every environment, a list names them; a default satisfies it (the schema's
 * `required`), so the app runs without the platform's value.
 */
function needsPlatformValue(spec: EnvVarSpec, env: string): boolean {
  if (spec.default !== undefined) return false;
  return spec.required === true || (Array.isArray(spec.required) && spec.required.includes(env));
}

interface FindingInput {
  platform: PlatformName;
  name: string;
  targets: ReadonlySet<string>;
  configFile?: string;
}

function missingFinding(input: FindingInput & { env: string }): Finding {
  const { platform, name, env } = input;
  const label = PLATFORM_LABELS[platform];
  const file = input.configFile ?? 'launch-ready.yml';
  return {
    check: 'env',
    ruleId: PLATFORM_MISSING_RULE,
    severity: env === 'production' ? 'critical' : 'high',
    title: `Required variable missing on ${label}`,
    message: `${capitalise(env)} lacks \`${name}\` on ${label}: ${file} requires it there, so the next ${env} deploy runs without it.`,
    location: { kind: 'env', name, ...(input.configFile ? { file: input.configFile } : {}) },
    evidence: describeTargets(label, input.targets),
    fingerprint: fingerprintOf(PLATFORM_MISSING_RULE, platform, name, env),
    remediation: `${addCommand(platform, name, env)}; a value limited to one branch does not count. If ${env} does not need it, narrow its \`required\` in ${file}.`
  };
}

function undeclaredFinding(input: FindingInput): Finding {
  const { platform, name } = input;
  const label = PLATFORM_LABELS[platform];
  const file = input.configFile ?? 'launch-ready.yml';
  return {
    check: 'env',
    ruleId: PLATFORM_UNDECLARED_RULE,
    severity: 'low',
    title: `${label} variable not in the schema`,
    message: `\`${name}\` is set on ${label} but not declared in ${file}, so nothing checks it.`,
    location: { kind: 'env', name, ...(input.configFile ? { file: input.configFile } : {}) },
    evidence: describeTargets(label, input.targets),
    fingerprint: fingerprintOf(PLATFORM_UNDECLARED_RULE, platform, name),
    remediation: `Declare it under \`env.vars\` in ${file} with its type and where it is required, or delete it from ${label} if nothing uses it.`
  };
}

/** Names and targets only: `on Vercel for production, development` or `not on Vercel`. */
function describeTargets(label: string, targets: ReadonlySet<string>): string {
  if (targets.size === 0) return `not set on ${label} for any environment`;
  return `on ${label} for ${PLATFORM_TARGETS.filter((target) => targets.has(target)).join(', ')}`;
}

/** Netlify deploy contexts for each target, for `netlify env:set --context`. */
const NETLIFY_CONTEXTS: Readonly<Record<string, readonly string[]>> = { production: ['production'], preview: ['deploy-preview', 'branch-deploy'], development: ['dev'] };

function addCommand(platform: PlatformName, name: string, env: string): string {
  if (platform === 'vercel') return `Add it for ${env} in the project's Environment Variables settings or with \`vercel env add ${name} ${env}\``;
  const contexts = (NETLIFY_CONTEXTS[env] ?? []).map((context) => ` --context ${context}`).join('');
  return `Add it for ${env} in the site's environment variables or with \`netlify env:set ${name} <value>${contexts}\``;
}

/** Per platform: name → the targets it is set for; platforms read but empty get an empty map. */
function groupTargets(platformVars: readonly PlatformVariable[], platforms: readonly PlatformName[] | undefined): Map<PlatformName, Map<string, Set<string>>> {
  const byPlatform = new Map<PlatformName, Map<string, Set<string>>>();
  const order = [...new Set([...(platforms ?? []), ...platformVars.map((variable) => variable.platform)])].sort();
  for (const platform of order) byPlatform.set(platform, new Map());
  for (const variable of platformVars) {
    const byName = byPlatform.get(variable.platform)!;
    const targets = byName.get(variable.name) ?? new Set<string>();
    for (const target of variable.targets) targets.add(target);
    byName.set(variable.name, targets);
  }
  return byPlatform;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
