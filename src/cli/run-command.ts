import { scanThreadsFrom, type ScanThreads } from '../checks/secrets/parallel/scan-threads.js';
import { loadConfig } from '../config/load-config.js';
import { readLocalContext } from '../context/local-context.js';
import { EXIT } from '../errors.js';
import type { Logger } from '../logger.js';
import { writeText } from '../publish/write-report-files.js';
import { run } from '../run.js';
import type { CliCommand } from './parse-cli-args.js';
import { renderFormat } from './render-format.js';

export interface CliIo {
  stdout: (text: string) => void;
  logger: Logger;
  color: boolean;
  /** The bundled secrets scan worker (dist/scan-worker.js); without it, scans run on the main thread only. */
  scanWorkerUrl?: URL;
}

/** `launch-ready run`: the pipeline on a local checkout; returns the exit code. */
export async function runCommand(command: Extract<CliCommand, { name: 'run' }>, io: CliIo): Promise<number> {
  const context = await readLocalContext({ cwd: command.cwd, baseUrl: command.baseUrl, environment: command.environment, shard: command.shard });
  const config = await loadConfig({ workspace: context.workspace, path: command.config });
  const report = await run({
    config,
    context,
    checks: command.checks,
    failOn: command.failOn,
    deps: { logger: io.logger, now: () => performance.now(), env: process.env, scanThreads: scanThreadsOf(io) }
  });
  const output = renderFormat(report, command.format, { color: io.color && !command.output });
  if (command.output) await writeText(command.output, output);
  else io.stdout(output);
  return report.passed ? EXIT.passed : EXIT.failed;
}

/** The scan threads `LAUNCH_READY_SCAN_THREADS` asks for (default: a core each), when the worker script is known. */
export function scanThreadsOf(io: CliIo): ScanThreads | undefined {
  return io.scanWorkerUrl ? scanThreadsFrom(process.env, io.scanWorkerUrl) : undefined;
}
