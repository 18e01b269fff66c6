/**
 * The I/O edge of the status page: reads the history file, writes `index.html` into a folder that
 * GitHub Pages can publish as it is (with `.nojekyll`, so Pages serves the folder untouched), and
 * returns the Markdown for the job summary.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../../errors.js';
import { writeText } from '../../publish/write-report-files.js';
import type { StatusHistory } from './status-history.js';
import { buildStatusView } from './build-status-view.js';
import { parseMonitorHistory } from './parse-monitor-history.js';
import { renderStatusHtml } from './render-status-html.js';
import { renderStatusMarkdown } from './render-status-markdown.js';

export interface StatusPageFiles {
  /** The page written, `<out>/index.html`. */
  page: string;
  markdown: string;
}

export async function readMonitorHistory(file: string): Promise<StatusHistory> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read the history file (${(error as NodeJS.ErrnoException).code ?? 'error'}); expected the JSON the monitor keeps`, { file });
  }
  return parseMonitorHistory(text, file);
}

export async function writeStatusPage(history: StatusHistory, options: { out: string; title?: string; certWarningDays?: number }): Promise<StatusPageFiles> {
  const view = buildStatusView(history, { certWarningDays: options.certWarningDays });
  const page = join(options.out, 'index.html');
  await writeText(page, renderStatusHtml(view, { title: options.title }));
  await writeText(join(options.out, '.nojekyll'), '');
  return { page, markdown: renderStatusMarkdown(view, { title: options.title }) };
}
