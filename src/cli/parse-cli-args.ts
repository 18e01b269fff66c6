import { parseArgs } from 'node:util';
import { parseBaseUrl, parseCheckList, parseFailOn } from '../config/action-inputs.js';
import { ConfigError } from '../errors.js';
import type { FailOn } from '../gate.js';

export const OUTPUT_FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export type CliCommand =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'demo'; format: OutputFormat }
  | {
      name: 'run';
      cwd: string;
      config?: string;
      checks: 'auto' | string[];
      failOn?: FailOn;
      baseUrl?: string;
      environment?: string;
      format: OutputFormat;
      output?: string;
    }
  | { name: 'comment'; report: string; pullRequest?: number; repository?: string };

const OPTIONS = {
  config: { type: 'string' },
  checks: { type: 'string' },
  'fail-on': { type: 'string' },
  'base-url': { type: 'string' },
  environment: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  cwd: { type: 'string' },
  report: { type: 'string' },
  pr: { type: 'string' },
  repo: { type: 'string' },
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
  if (extra.length > 0) throw new ConfigError(`unexpected argument "${extra[0]}"; see launch-ready --help`);
  const format = parseFormat(values.format);
  switch (command) {
    case 'help':
      return { name: 'help' };
    case 'demo':
      return { name: 'demo', format };
    case 'run':
      return {
        name: 'run',
        cwd: values.cwd ?? process.cwd(),
        config: values.config,
        checks: parseCheckList(values.checks ?? 'auto'),
        failOn: parseFailOn(values['fail-on'], '--fail-on'),
        baseUrl: parseBaseUrl(values['base-url'], '--base-url'),
        environment: values.environment,
        format,
        output: values.output
      };
    case 'comment':
      if (!values.report) throw new ConfigError('launch-ready comment needs --report FILE (a JSON report from `launch-ready run --format json`)');
      return { name: 'comment', report: values.report, pullRequest: parsePullNumber(values.pr), repository: values.repo };
    default:
      throw new ConfigError(`unknown command "${command}"; expected run, demo or comment (see launch-ready --help)`);
  }
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
