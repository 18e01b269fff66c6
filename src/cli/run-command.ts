import { systemClock } from '../clock.js';
import type { Config } from '../config/config-types.js';
import type { Shard } from '../context/context.js';
import type { FailOn } from '../gate.js';
import type { Report } from '../report/report.js';
import { loadConfig } from '../config/load-config.js';
import { readLocalContext } from '../context/local-context.js';
import { createFileStore } from '../files/file-store.js';
import { createDnsClient } from '../dns/create-dns-client.js';
import { createHttpClient } from '../http/create-http-client.js';
import { writeText } from '../publish/write-report-files.js';
import { run } from '../run.js';
import { workerThreadsOf, type CliIo } from './cli-io.js';
import type { CliCommand } from './parse-cli-args.js';
import { requireFolder } from './require-folder.js';
import { renderFormat } from './render-format.js';

/** `launch-ready run`: the pipeline on a local checkout; returns the exit code. */
export async function runCommand(command: Extract<CliCommand, { name: 'run' }>, io: CliIo): Promise<number> {
  const { report } = await runLocal(command, io);
  const output = renderFormat(report, command.format, { color: io.color && !command.output });
  if (command.output) await writeText(command.output, output);
  else io.stdout(output);
  return report.gate.exitCode;
}

/** What a local run needs to know; `run` and `handover` both start here. */
export interface LocalRunOptions {
  cwd: string;
  config?: string;
  checks: 'auto' | string[];
  failOn?: FailOn;
  failOnError?: boolean;
  updateBaseline?: boolean;
  baseUrl?: string;
  environment?: string;
  shard?: Shard;
}

/** The pipeline on a local checkout: its Report, and the config it ran with. */
export async function runLocal(command: LocalRunOptions, io: CliIo): Promise<{ report: Report; config: Config }> {
  const context = await readLocalContext({ cwd: await requireFolder(command.cwd), baseUrl: command.baseUrl, environment: command.environment, shard: command.shard });
  const config = await loadConfig({ workspace: context.workspace, path: command.config });
  const report = await run({
    config,
    context,
    checks: command.checks,
    failOn: command.failOn,
    failOnError: command.failOnError,
    // One HTTP client for the run; cli.ts exits after the command, which closes its connections.
    deps: {
      logger: io.logger,
      clock: systemClock(),
      env: process.env,
      threads: workerThreadsOf(io),
      http: createHttpClient(),
      dns: createDnsClient(),
      // Files in the repository; written only when asked (`--update-baseline`).
      store: createFileStore(context.workspace, { writable: command.updateBaseline ?? false })
    }
  });
  return { report, config };
}
