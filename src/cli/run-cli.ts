/**
 * Every `launch-ready` command but its first step (cli.ts): parses argv, runs the command and
 * turns what it returns or throws into an exit code.
 */
import { HELP_TEXT } from './help-text.js';
import { parseCliArgs } from './parse-cli-args.js';
import type { CliIo } from './cli-io.js';
import { runCommand } from './run-command.js';
import type { CheckCommand, PrestartedWorkers } from '../checks/check.js';
import { CHECKS } from '../checks/registry.js';
import { ConfigError, EXIT } from '../errors.js';
import { VERSION } from '../version.js';

/** What cli.ts prepared before this module was loaded. */
export interface CliStart {
  scanWorkerUrl: URL;
  prestartedScanWorkers?: PrestartedWorkers;
}

/** Runs the command `argv` names; the exit code. */
export async function runCli(argv: readonly string[], start: CliStart): Promise<number> {
  const io: CliIo = {
    stdout: (text) => void process.stdout.write(text),
    logger: { info: () => {}, debug: () => {}, warning: (message) => void process.stderr.write(`warning: ${message}\n`) },
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    scanWorkerUrl: start.scanWorkerUrl,
    ...(start.prestartedScanWorkers ? { prestartedScanWorkers: start.prestartedScanWorkers } : {})
  };
  // `launch-ready run | head` closes the pipe early: that is the reader's choice, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`launch-ready: ${error.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`launch-ready crashed; please report this bug:\n${error instanceof Error ? error.stack : String(error)}\n`);
    return EXIT.crash;
  }
}

async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCliArgs(argv);
  switch (command.name) {
    case 'help':
      io.stdout(HELP_TEXT);
      return EXIT.passed;
    case 'version':
      io.stdout(`${VERSION}\n`);
      return EXIT.passed;
    case 'run':
      return runCommand(command, io);
    case 'demo': {
      // Loaded on demand, like `comment`: the sample project, its app and its certificate maker
      // are of no use to any other command.
      const { demoCommand } = await import('./demo-command.js');
      return demoCommand(command, io);
    }
    case 'secrets-scan':
    case 'secrets-baseline':
    case 'env-init':
      return checkCommand(command.name)(command, io);
    case 'monitor': {
      // Loaded on demand: the state, alert and issue modules serve no other command.
      const { monitorCommand } = await import('./monitor-command.js');
      return monitorCommand(command, io);
    }
    case 'status-page': {
      // Loaded on demand: the page's renderers are of no use to a run.
      const { statusPageCommand } = await import('./status-page-command.js');
      return statusPageCommand(command, io);
    }
    case 'handover': {
      const { handoverCommand } = await import('./handover-command.js');
      return handoverCommand(command, io);
    }
    case 'comment': {
      // Loaded on demand: only this command needs the GitHub client, so `run` starts faster.
      const { commentCommand } = await import('./comment-command.js');
      return commentCommand(command, io);
    }
  }
}

/** The check that owns a subcommand (`secrets scan` is the secrets check's), through the registry. */
function checkCommand(name: string): CheckCommand {
  for (const check of CHECKS) {
    const command = check.commands?.[name];
    if (command) return command;
  }
  throw new Error(`no check offers the ${name} command`);
}
