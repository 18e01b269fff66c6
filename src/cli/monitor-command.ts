import { systemClock } from '../clock.js';
import { loadConfig } from '../config/load-config.js';
import { monitorDefaults } from '../config/to-config.js';
import { readLocalContext } from '../context/local-context.js';
import { createFileSlot } from '../files/state-slot.js';
import { createHttpClient } from '../http/create-http-client.js';
import { runMonitor } from '../monitor/run-monitor.js';
import { statusHistoryOf } from '../monitor/status-page/status-history.js';
import { writeStatusPage } from '../monitor/status-page/write-status-page.js';
import { join } from 'node:path';
import { EXIT } from '../errors.js';
import type { CliIo } from './cli-io.js';
import type { CliCommand } from './parse-cli-args.js';
import { renderFormat } from './render-format.js';
import { requireFolder } from './require-folder.js';

/**
 * `launch-ready monitor`: one monitoring run on a local checkout, its state in a JSON file
 * (`monitor.state`), alerts to the webhook only (issues need the action's token). Run it from cron.
 * Exit 0 when the run completed, down targets or not: the alerts are the signal, not the exit code.
 */
export async function monitorCommand(command: Extract<CliCommand, { name: 'monitor' }>, io: CliIo): Promise<number> {
  const context = await readLocalContext({ cwd: await requireFolder(command.cwd), baseUrl: command.baseUrl, environment: command.environment });
  const config = await loadConfig({ workspace: context.workspace, path: command.config });
  const monitor = config.monitor ?? monitorDefaults();
  const stateFile = monitor.state;
  const result = await runMonitor({
    config,
    context,
    deps: { logger: io.logger, clock: systemClock(), env: process.env, http: createHttpClient() },
    slot: createFileSlot(context.workspace, stateFile)
  });
  io.stdout(renderFormat(result.report, command.format, { color: io.color }));
  const down = result.probes.filter((probe) => !probe.ok).map((probe) => probe.name);
  const page = await writeStatusPage(statusHistoryOf(result.history), { out: join(context.workspace, monitor.statusPage), certWarningDays: monitor.certExpiryDays });
  io.stdout(`\nmonitor: ${result.probes.length} targets, ${down.length} down${down.length ? ` (${down.join(', ')})` : ''}; ${result.actions.length} alert(s) sent; state in ${stateFile}; status page ${page.page}\n`);
  return EXIT.passed;
}
