import { parseArgs } from 'node:util';
import { parseBaseUrl, parseBoolean, parseCheckList, parseFailOn, parseShard } from '../config/action-inputs.js';
import type { Shard } from '../context/context.js';
import { ConfigError } from '../errors.js';
import type { FailOn } from '../gate.js';

export const OUTPUT_FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export type CliCommand =
  | { name: 'help' }
  | { name: 'version' }
  | {
      name: 'demo';
      format: OutputFormat;
      /** `demo handover`: print the launch handover of the demo's run instead of its report. Default false. */
      handover: boolean;
    }
  | {
      name: 'run';
      cwd: string;
      config?: string;
      checks: 'auto' | string[];
      failOn?: FailOn;
      /** Whether a check that could not run fails the gate (`--fail-on-error false` turns it off). Default true. */
      failOnError: boolean;
      /** Record this run's latencies as the perf baseline (`--update-baseline`). Default false. */
      updateBaseline: boolean;
      baseUrl?: string;
      environment?: string;
      format: OutputFormat;
      output?: string;
      shard?: Shard;
    }
  | { name: 'comment'; report: string; pullRequest?: number; repository?: string }
  | { name: 'monitor'; cwd: string; config?: string; baseUrl?: string; environment?: string; format: OutputFormat }
  | {
      /** `launch-ready status-page --history FILE --out DIR`: the status page from the monitor's history. */
      name: 'status-page';
      history: string;
      /** The folder to publish (GitHub Pages): `index.html` is written in it. */
      out: string;
      /** The page's title. Default `Status`. */
      title?: string;
      /** Read recent deploys from the deployments API of OWNER/NAME (needs GITHUB_TOKEN). */
      repository?: string;
    }
  | {
      /** `launch-ready handover`: the launch handover document, from a run of the checks or an existing JSON report. */
      name: 'handover';
      cwd: string;
      config?: string;
      checks: 'auto' | string[];
      baseUrl?: string;
      environment?: string;
      /** A JSON report (`launch-ready run --format json`) to use instead of running the checks. */
      report?: string;
      output?: string;
    }
  | {
      name: 'secrets-scan';
      /** Files and folders to scan, as given (relative to `cwd`); `['.']` when none. */
      paths: string[];
      /** The current directory: shown paths, the config and the baseline are relative to it. */
      cwd: string;
      /** Scan the history of the repository at `paths[0]` instead of the files on disk. */
      history: boolean;
      config?: string;
      baseline?: string;
      failOn?: FailOn;
      format: OutputFormat;
      output?: string;
      shard?: Shard;
    }
  | { name: 'secrets-baseline'; path: string; cwd: string; history: boolean; config?: string; output?: string }
  | {
      name: 'env-init';
      /** The repository whose `.env.example` and code are read. */
      cwd: string;
      /** Where to write, relative to the current directory; `-` is stdout. Default `launch-ready.yml` in `cwd`. */
      output?: string;
      /** Overwrite an existing config file. */
      force: boolean;
    };

const OPTIONS = {
  config: { type: 'string' },
  checks: { type: 'string' },
  'fail-on': { type: 'string' },
  'fail-on-error': { type: 'string' },
  'base-url': { type: 'string' },
  environment: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  cwd: { type: 'string' },
  report: { type: 'string' },
  out: { type: 'string' },
  title: { type: 'string' },
  pr: { type: 'string' },
  repo: { type: 'string' },
  history: { type: 'boolean' },
  'update-baseline': { type: 'boolean' },
  force: { type: 'boolean' },
  baseline: { type: 'string' },
  shard: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const;

/** Turns argv (without `node cli.js`) into a command; bad flags are usage errors (exit 2). */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ConfigError(`${(error as Error).message.split('\n')[0]}; see launch-ready --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help' };
  if (values.version) return { name: 'version' };
  const [command = 'help', ...extra] = positionals;
  if (command === 'secrets') return parseSecretsCommand(extra, values);
  if (command === 'env') return parseEnvCommand(extra, values);
  if (command === 'status-page') return parseStatusPageCommand(extra, values);
  if (command === 'demo' && extra.length === 1 && extra[0] === 'handover') return { name: 'demo', format: parseFormat(values.format), handover: true };
  if (extra.length > 0) throw new ConfigError(`unexpected argument "${extra[0]}"; see launch-ready --help`);
  const format = parseFormat(values.format);
  switch (command) {
    case 'help':
      return { name: 'help' };
    case 'demo':
      return { name: 'demo', format, handover: false };
    case 'run':
      return {
        name: 'run',
        cwd: values.cwd ?? process.cwd(),
        config: values.config,
        checks: parseCheckList(values.checks ?? 'auto'),
        failOn: parseFailOn(values['fail-on'], '--fail-on'),
        failOnError: parseBoolean(values['fail-on-error'] ?? 'true', '--fail-on-error'),
        updateBaseline: values['update-baseline'] ?? false,
        baseUrl: parseBaseUrl(values['base-url'], '--base-url'),
        environment: values.environment,
        format,
        output: values.output,
        shard: parseShard(values.shard, '--shard')
      };
    case 'monitor':
      return {
        name: 'monitor',
        cwd: values.cwd ?? process.cwd(),
        config: values.config,
        baseUrl: parseBaseUrl(values['base-url'], '--base-url'),
        environment: values.environment,
        format
      };
    case 'comment':
      if (!values.report) throw new ConfigError('launch-ready comment needs --report FILE (a JSON report from `launch-ready run --format json`)');
      return { name: 'comment', report: values.report, pullRequest: parsePullNumber(values.pr), repository: values.repo };
    case 'handover':
      return {
        name: 'handover',
        cwd: values.cwd ?? process.cwd(),
        config: values.config,
        checks: parseCheckList(values.checks ?? 'auto'),
        baseUrl: parseBaseUrl(values['base-url'], '--base-url'),
        environment: values.environment,
        report: values.report,
        output: values.output
      };
    default:
      throw new ConfigError(`unknown command "${command}"; expected run, monitor, secrets, env, demo, comment, status-page or handover (see launch-ready --help)`);
  }
}

type ParsedValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

/** `secrets scan [PATH…]` and `secrets baseline [PATH]`. */
function parseSecretsCommand(args: readonly string[], values: ParsedValues): CliCommand {
  const [sub, ...paths] = args;
  const cwd = process.cwd();
  if (sub === 'scan') {
    if (values.history && paths.length > 1) {
      throw new ConfigError('secrets scan --history: expected one repository path; scan other repositories in separate runs');
    }
    return {
      name: 'secrets-scan',
      paths: paths.length > 0 ? paths : ['.'],
      cwd,
      history: values.history ?? false,
      config: values.config,
      baseline: values.baseline,
      failOn: parseFailOn(values['fail-on'], '--fail-on'),
      format: parseFormat(values.format),
      output: values.output,
      shard: parseShard(values.shard, '--shard')
    };
  }
  if (sub === 'baseline') {
    if (paths.length > 1) throw new ConfigError(`unexpected argument "${paths[1]}"; secrets baseline takes one path (see launch-ready --help)`);
    return { name: 'secrets-baseline', path: paths[0] ?? '.', cwd, history: values.history ?? false, config: values.config, output: values.output };
  }
  const got = sub === undefined ? 'nothing' : `"${sub.slice(0, 40)}"`;
  throw new ConfigError(`launch-ready secrets: expected scan or baseline; got ${got} (see launch-ready --help)`);
}

/**
 * `status-page --history FILE --out DIR [--title TEXT] [--repo OWNER/NAME]`. `--history` is the
 * boolean flag `secrets scan` shares, so its file arrives as the one positional after the command.
 */
function parseStatusPageCommand(args: readonly string[], values: ParsedValues): CliCommand {
  const usage = "launch-ready status-page needs --history FILE (the monitor's history JSON) and --out DIR (the folder to publish)";
  if (!values.history || args.length !== 1 || !values.out) throw new ConfigError(usage);
  return { name: 'status-page', history: args[0]!, out: values.out, title: values.title, repository: values.repo };
}

/** `env init [--output FILE] [--force] [--cwd DIR]`. */
function parseEnvCommand(args: readonly string[], values: ParsedValues): CliCommand {
  const [sub, ...extra] = args;
  if (sub !== 'init') {
    const got = sub === undefined ? 'nothing' : `"${sub.slice(0, 40)}"`;
    throw new ConfigError(`launch-ready env: expected init; got ${got} (see launch-ready --help)`);
  }
  if (extra.length > 0) throw new ConfigError(`unexpected argument "${extra[0]?.slice(0, 40)}"; env init takes no paths (see launch-ready --help)`);
  return { name: 'env-init', cwd: values.cwd ?? process.cwd(), output: values.output, force: values.force ?? false };
}

function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return 'text';
  if ((OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new ConfigError(`--format: expected one of ${OUTPUT_FORMATS.join(', ')}; got "${value.slice(0, 40)}"`);
}

function parsePullNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^[1-9]\d{0,9}$/.test(value)) return Number(value);
  throw new ConfigError(`--pr: expected a pull request number; got "${value.slice(0, 40)}"`);
}

/** `command` as the command named `name`; a check's subcommand uses it to read its own flags. */
export function commandNamed<N extends CliCommand['name']>(command: CliCommand, name: N): Extract<CliCommand, { name: N }> {
  if (command.name !== name) throw new Error(`expected the ${name} command, got ${command.name}`);
  return command as Extract<CliCommand, { name: N }>;
}
