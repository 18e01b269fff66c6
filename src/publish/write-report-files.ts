import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Report } from '../report/report.js';
import { renderJson } from '../report/render-json.js';
import { renderSarif } from '../report/render-sarif.js';
import { VERSION } from '../version.js';

/** Writes the JSON report and the SARIF log where asked; returns the paths written. */
export async function writeReportFiles(
  report: Report,
  paths: { reportFile?: string; sarifFile?: string }
): Promise<{ reportFile?: string; sarifFile?: string }> {
  if (paths.reportFile) await writeText(paths.reportFile, renderJson(report));
  if (paths.sarifFile) {
    const sarif = renderSarif(report, { toolVersion: VERSION });
    await writeText(paths.sarifFile, `${JSON.stringify(sarif, null, 2)}\n`);
  }
  return paths;
}

export async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, 'utf8');
}
