/** What the handover document is rendered from: a real run's Report, the config it ran with, and when. */
import type { Config } from '../config/config-types.js';
import { tableTitled, type CheckResult, type ResultTable } from '../report/finding.js';
import type { Report } from '../report/report.js';

export interface HandoverInput {
  report: Report;
  /** Read for names and structure only (hosts, variable names, sections): never a header's or a default's value. */
  config: Config;
  /** ISO 8601 time the document was generated. */
  generatedAt: string;
}

/** A check's result in the report, when it ran (or was reported as skipped or errored). */
export function resultOf(report: Report, check: string): CheckResult | undefined {
  return report.results.find((result) => result.check === check);
}

/** A check's table by title, e.g. the smoke check's `Routes`. */
export function tableOf(result: CheckResult | undefined, title: string): ResultTable | undefined {
  return tableTitled(result?.tables, title);
}

/** Whether a check actually ran: its findings and tables describe the deploy. */
export function ran(result: CheckResult | undefined): result is CheckResult {
  return result !== undefined && (result.status === 'passed' || result.status === 'failed');
}

/** `not checked: add a `domain` section`, or why the check did not run. */
export function notChecked(result: CheckResult | undefined, advice: string): string {
  if (result?.status === 'errored') return `could not be checked: ${result.reason ?? 'the check errored'}`;
  if (result?.status === 'skipped') return `not checked: ${result.reason ?? 'skipped'}`;
  return `not checked: ${advice}`;
}
