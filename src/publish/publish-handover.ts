import { join } from 'node:path';
import * as core from '@actions/core';
import type { Config } from '../config/config-types.js';
import { renderHandover } from '../handover/render-handover.js';
import type { Report } from '../report/report.js';
import { writeText } from './write-report-files.js';

/**
 * The action's `handover: true`: the launch handover of this run written to
 * `$RUNNER_TEMP/launch-ready/handover.md` (the `handover-file` output, for an upload-artifact
 * step) and appended to the job summary after the report.
 */
export async function publishHandover(report: Report, config: Config, options: { now: Date }): Promise<string> {
  const document = renderHandover({ report, config, generatedAt: options.now.toISOString() });
  const file = join(process.env.RUNNER_TEMP ?? process.cwd(), 'launch-ready', 'handover.md');
  await writeText(file, document);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(document, true).write();
  core.setOutput('handover-file', file);
  return file;
}
