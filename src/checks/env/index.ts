/**
 * The env check (issue 5): the variables the app needs, validated against the schema in
 * `launch-ready.yml` — in the job's real environment when a deployment or an explicit environment
 * selects one, in the env files, and in every declared environment at once (the matrix).
 * Flow: read env files → values per environment → judge every cell → rules → drift and platform.
 * No value of a non-public variable leaves this folder: findings and cells carry shapes only, and
 * the values of secret variables it read go back as `redact`, and the pipeline cuts them from every
 * check's output (report/scrub-values.ts).
 */
import type { Check, CheckDeps, CheckOutcome } from '../check.js';
import { resolveTarget } from '../../context/resolve-target.js';
import { commandNamed } from '../../cli/parse-cli-args.js';
import { envInitCommand } from './init-command.js';
import type { Config, EnvConfig } from '../../config/config-types.js';
import { resolveEnvReference } from '../../config/resolve-env-reference.js';
import type { Context } from '../../context/context.js';
import type { Finding } from '../../report/finding.js';
import type { ScanSource, SecretScanner } from '../../detect/contracts.js';
import { createSecretScanner } from '../../detect/create-scanner.js';
import { compileCustomRules } from '../../detect/custom-rules.js';
import { BUILTIN_RULES } from '../../detect/rules/index.js';
import { loadAnnotatedSchema } from './annotated-example/load-annotated-schema.js';
import { checkEnvFiles } from './check-env-files.js';
import { checkRealEnv } from './check-real-env.js';
import { clientExposureFindings } from './client-exposure.js';
import { crossRuleFindings } from './cross-rules.js';
import { collectReferences } from './drift/collect-references.js';
import type { EnvReference } from './drift/find-references.js';
import { findDrift } from './drift/find-drift.js';
import { buildEnvMatrix } from './env-matrix.js';
import { collectEnvironmentValues, evaluateMatrix, type Cell, type EnvironmentValues } from './evaluate-environments.js';
import { readPlatformPicture, type PlatformPicture } from './platform-picture.js';
import { readEnvFiles, type EnvFile } from './read-env-files.js';
import { unreadEnvFiles } from './unread-env-files.js';
import { scrubText } from '../../report/scrub-values.js';
import { secretValuesOf, type NamedValue } from './secret-values.js';

/** The `env` check, registered in the check registry. */
export const envCheck: Check = {
  name: 'env',
  description:
    'Validates env vars against the schema in launch-ready.yml: the deployment\'s real environment, .env files and every ' +
    'environment at once (a matrix), https and base-URL rules, secrets exposed to the browser, and drift from the code and the hosting platform.',
  appliesTo: (config) => (config.env ? { applies: true } : { applies: false, reason: 'no `env:` section in launch-ready.yml: declare the variables under env.vars' }),
  run: runEnvCheck,
  commands: { 'env-init': (command, io) => envInitCommand(commandNamed(command, 'env-init'), io) }
};

async function runEnvCheck(config: Config, context: Context, deps: CheckDeps): Promise<CheckOutcome> {
  if (!config.env) return { status: 'skipped', findings: [], reason: 'no env section in the config: declare the variables under env.vars in launch-ready.yml' };
  const processEnv = deps.env;
  let secrets = secretValuesOf(namedValues(processEnv, []), config.env.vars);
  try {
    // env.schemaFile: an annotated .env.example joins the YAML vars (the YAML wins per variable).
    const { env, findings: schemaFindings } = await loadAnnotatedSchema(config.env, context.workspace, config.file);
    const selected = declaredSpelling(resolveTarget(context, config, { name: 'env', environment: env.environment }).environment, env.environments);
    // The validated environment always gets a column, even when env.environments leaves it out.
    const environmentNames = selected !== undefined && !env.environments.includes(selected) ? [...env.environments, selected] : env.environments;
    const files = await readEnvFiles({ workspace: context.workspace, patterns: env.files, environments: environmentNames, selected, processEnv });
    const unread = await unreadEnvFiles({
      workspace: context.workspace,
      patterns: env.files,
      listed: env.filesListed === true,
      environments: environmentNames,
      readPaths: files.map((file) => file.path),
      configFile: config.file,
      debug: (message) => deps.logger.debug(`env: ${message}`)
    });
    secrets = secretValuesOf(namedValues(processEnv, files), env.vars);
    const today = deps.clock.today;
    const evaluated = await evaluate({ config, env, context, processEnv, selected, environmentNames, files, today });
    const outcome = { ...evaluated, findings: [...schemaFindings, ...unread, ...evaluated.findings] };
    deps.logger.debug(`env: ${Object.keys(env.vars).length} variables, ${files.length} env files, ${outcome.findings.length} findings`);
    // The pipeline cuts these values from every check's output, this one's included.
    return { ...outcome, redact: secrets };
  } catch (error) {
    // run-checks puts the message in the report: it must not carry a value either. The original
    // error is not kept as `cause`: its message is the unscrubbed one.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(scrubText(error instanceof Error ? error.message : String(error), secrets));
  }
}

interface EvaluateInput {
  config: Config;
  env: EnvConfig;
  context: Context;
  processEnv: Readonly<Record<string, string | undefined>>;
  selected: string | undefined;
  /** `env.environments`, plus the validated one when it is not among them. */
  environmentNames: readonly string[];
  files: EnvFile[];
  /** For the secrets engine's allow-entry expiry. */
  today: () => Date;
}

/** Everything the rules look at, gathered once. */
interface EnvPicture extends EvaluateInput {
  environments: EnvironmentValues[];
  cells: Map<string, Cell[]>;
  references: EnvReference[];
  platform: PlatformPicture;
}

async function evaluate(input: EvaluateInput): Promise<CheckOutcome> {
  const { env, context, processEnv, selected, files } = input;
  const environments = collectEnvironmentValues({ environments: input.environmentNames, selected, files, processEnv });
  const cells = evaluateMatrix(env.vars, environments);
  const [references, platform] = await Promise.all([
    collectReferences(context.workspace, env.drift),
    readPlatformPicture({ env, processEnv, configFile: input.config.file })
  ]);
  const picture: EnvPicture = { ...input, environments, cells, references, platform };
  const declared = Object.keys(env.vars).length;
  return {
    findings: ruleFindings(picture),
    metrics: {
      variablesDeclared: declared,
      variablesChecked: [...cells.values()].flat().filter((cell) => cell.state === 'valid' || cell.state === 'invalid').length,
      filesParsed: files.length,
      referencesFound: references.length
    },
    tables: declared > 0 ? [buildEnvMatrix({ vars: env.vars, environments, cells, ...(platform.presence ? { platform: platform.presence } : {}) })] : [],
    ...(selected === undefined ? { reason: NO_ENVIRONMENT_REASON } : {})
  };
}

const NO_ENVIRONMENT_REASON =
  "no environment selected (env.environment, the deployment, or the environment input / --environment): the job's own variables were not validated";

/** The findings of every rule: the job's environment, env files, cross rules, exposure, drift, platform. */
function ruleFindings(picture: EnvPicture): Finding[] {
  const { config, env, files, environments, references } = picture;
  const configFile = config.file;
  const selectedIndex = environments.findIndex((environment) => environment.selected);
  const selected = environments[selectedIndex];
  // Built on first use: its fingerprint key costs a scrypt, wasted when no prefixed value exists.
  let scanner: SecretScanner | undefined;
  const scan = (source: ScanSource): Finding[] =>
    (scanner ??= createSecretScanner({ rules: [...BUILTIN_RULES, ...compileCustomRules(config.secrets.rules)], config: config.secrets, today: picture.today })).scan(source);
  const templates = files.filter((file) => file.role.kind === 'template');
  const exampleEntries = templates.flatMap((file) => file.entries.map(({ name, line }) => ({ name, file: file.path, line })));
  const deployUrl = deployUrlOf(config, picture.context, picture.processEnv);
  return [
    ...(selected ? checkRealEnv({ vars: env.vars, environment: selected, cells: cellsAt(picture.cells, selectedIndex), configFile }) : []),
    ...checkEnvFiles({ files, env, selected, configFile }),
    ...crossRuleFindings({ vars: env.vars, environments, deployUrl, separateDatabases: env.separateDatabases, configFile }),
    ...clientExposureFindings({ vars: env.vars, clientPrefixes: env.clientPrefixes, files, selected, references, scan, configFile }),
    ...findDrift({ config: env, references, ...(templates.length > 0 ? { exampleEntries } : {}), ...(configFile ? { configFile } : {}) }),
    ...picture.platform.findings
  ];
}

/**
 * The name as `env.environments` spells it: Vercel's deployments are named `Production` and
 * `Preview`, and `required: [production]` must apply to them (issue 13: the required variables of
 * a `Production` deployment were only matrix cells, in a column of their own). An exact match wins.
 */
function declaredSpelling(name: string | undefined, environments: readonly string[]): string | undefined {
  if (name === undefined || environments.includes(name)) return name;
  return environments.find((declared) => declared.toLowerCase() === name.toLowerCase()) ?? name;
}

function cellsAt<T>(cells: ReadonlyMap<string, readonly T[]>, index: number): Map<string, T> {
  const picked = new Map<string, T>();
  for (const [name, row] of cells) {
    const cell = row[index];
    if (cell !== undefined) picked.set(name, cell);
  }
  return picked;
}

/** The deployed app's URL as `resolveTarget` picks it (`${env.NAME}` resolved); undefined when unknown. */
function deployUrlOf(config: Config, context: Context, processEnv: Readonly<Record<string, string | undefined>>): string | undefined {
  const { baseUrl } = resolveTarget(context, config);
  if (!baseUrl) return undefined;
  try {
    return resolveEnvReference(baseUrl, processEnv);
  } catch {
    return undefined;
  }
}

function* namedValues(processEnv: Readonly<Record<string, string | undefined>>, files: readonly EnvFile[]): Generator<NamedValue> {
  for (const [name, value] of Object.entries(processEnv)) if (value !== undefined) yield { name, value };
  for (const file of files) {
    for (const entry of file.entries) {
      yield { name: entry.name, value: entry.value };
      yield { name: entry.name, value: entry.raw };
    }
  }
}
