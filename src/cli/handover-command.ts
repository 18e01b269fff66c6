import { systemClock } from '../clock.js';
import { loadConfig } from '../config/load-config.js';
import { EXIT } from '../errors.js';
import { renderHandover } from '../handover/render-handover.js';
import { writeText } from '../publish/write-report-files.js';
import { loadUntrustedReport } from '../publish/publish-existing-report.js';
import type { CliIo } from './cli-io.js';
import type { CliCommand } from './parse-cli-args.js';
import { requireFolder } from './require-folder.js';
import { runLocal } from './run-command.js';

/**
 * `launch-ready handover`: the launch handover of this checkout, from a run of its checks (or from
 * `--report FILE`, a JSON report of an earlier run) and its config. Exits 0 once written: the
 * document reports the gate, it is not the gate.
 */
export async function handoverCommand(command: Extract<CliCommand, { name: 'handover' }>, io: CliIo): Promise<number> {
  const { report, config } = command.report
    ? { report: await loadUntrustedReport(command.report), config: await loadConfig({ workspace: await requireFolder(command.cwd), path: command.config }) }
    : await runLocal(command, io);
  const document = renderHandover({ report, config, generatedAt: systemClock().today().toISOString() });
  if (command.output) await writeText(command.output, document);
  else io.stdout(document);
  return EXIT.passed;
}
