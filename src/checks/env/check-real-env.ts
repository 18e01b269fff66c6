/**
 * The real environment of the job (issue 5, point 1): a deploy job has the production variables,
 * so a required one missing is critical, and so is an invalid one (issue 13: a wrong type breaks
 * the deploy as surely; with what was expected, never the value); a deprecated one is medium.
 * Values that came from an env file are that file's findings (check-env-files.ts), located at its line.
 */
import type { EnvVarSpec } from '../../config/config-types.js';
import type { Finding, Location } from '../../report/finding.js';
import { ENV_RULES, envFinding, invalidPhrase, valueEvidence, variableLocation } from './env-findings.js';
import type { Cell, EnvironmentValues } from './evaluate-environments.js';

/** Inputs of {@link checkRealEnv}. */
export interface RealEnvInput {
  vars: Record<string, EnvVarSpec>;
  /** The validated environment's values. */
  environment: EnvironmentValues;
  /** Its cell of every variable, by name. */
  cells: ReadonlyMap<string, Cell>;
  configFile: string | undefined;
}

export function checkRealEnv(input: RealEnvInput): Finding[] {
  const { environment, configFile } = input;
  const findings: Finding[] = [];
  for (const [name, spec] of Object.entries(input.vars)) {
    const cell = input.cells.get(name);
    const location = variableLocation(name, configFile);
    if (cell?.state === 'missing') findings.push(missingFinding(name, spec, environment, configFile));
    if (cell?.origin?.kind !== 'process') continue;
    const value = environment.values.get(name)?.value ?? '';
    if (cell.state === 'invalid') {
      findings.push(
        envFinding({
          rule: ENV_RULES.invalid,
          message: `${name} is set in ${environment.environment} but ${invalidPhrase(spec)}: ${cell.problem ?? 'invalid'}.`,
          location,
          key: [name, environment.environment],
          evidence: valueEvidence(value, spec),
          remediation: `Set ${name} to a value its rules in ${configFile ?? 'launch-ready.yml'} accept (${spec.type}) in the ${environment.environment} environment${describeExample(spec)}.`
        })
      );
    }
    if (spec.deprecated) findings.push(deprecationFinding({ name, spec, location, where: environment.environment, configFile }));
  }
  return findings;
}

function missingFinding(name: string, spec: EnvVarSpec, environment: EnvironmentValues, configFile: string | undefined): Finding {
  const what = spec.description ? ` (${spec.description})` : '';
  const files = environment.files.length > 0 ? ` or in ${environment.files.join(', ')}` : '';
  return envFinding({
    rule: ENV_RULES.missing,
    message: `${name}${what} is required in ${environment.environment} but is not set in the job's environment${files}.`,
    location: variableLocation(name, configFile),
    key: [name, environment.environment],
    remediation:
      `Set ${name} for ${environment.environment} (the platform's environment variables, or the GitHub environment's secrets passed to this step)` +
      `${describeExample(spec)}; if ${environment.environment} does not need it, narrow its \`required\` in ${configFile ?? 'launch-ready.yml'}.`
  });
}

/** `, e.g. 3000` from the schema's example, never for a secret (an example secret still teaches a shape to copy). */
function describeExample(spec: EnvVarSpec): string {
  return spec.example !== undefined && !spec.secret ? `, e.g. ${spec.example}` : '';
}

/** Inputs of {@link deprecationFinding}. */
export interface DeprecationInput {
  name: string;
  spec: EnvVarSpec;
  location: Location;
  /** The environment or the env file where it is set. */
  where: string;
  configFile: string | undefined;
}

/** A deprecated variable that is still set, naming the replacement when there is one. */
export function deprecationFinding(input: DeprecationInput): Finding {
  const { name, where } = input;
  const deprecated = input.spec.deprecated ?? {};
  const replacement = deprecated.replacement ? `; use ${deprecated.replacement} instead` : '';
  const reason = deprecated.reason ? ` (${deprecated.reason})` : '';
  return envFinding({
    rule: ENV_RULES.deprecated,
    message: `${name} is deprecated${reason} but still set in ${where}${replacement}.`,
    location: input.location,
    key: [name, where],
    remediation: deprecated.replacement
      ? `Move the value to ${deprecated.replacement} and remove ${name} from ${where}.`
      : `Remove ${name} from ${where}, or drop \`deprecated\` for it in ${input.configFile ?? 'launch-ready.yml'}.`
  });
}
