import * as core from '@actions/core';
import type { Context } from '../context/context.js';
import { allFindings, type Report } from '../report/report.js';
import { renderSummary } from '../report/render-summary.js';
import { selectAnnotations } from '../report/select-annotations.js';

/**
 * The job's own channels: annotations on files (most severe first, within GitHub's per-step
 * limits) and the job summary with the full report.
 */
export async function publishJob(report: Report, context: Context): Promise<void> {
  const { annotations, omitted } = selectAnnotations(allFindings(report));
  for (const annotation of annotations) {
    const properties = {
      title: annotation.title,
      file: annotation.file,
      startLine: annotation.startLine,
      startColumn: annotation.startColumn,
      endColumn: annotation.endColumn
    };
    core[annotation.level](annotation.message, properties);
  }
  const links = context.repositoryUrl && report.run.headSha ? { repoUrl: context.repositoryUrl, sha: report.run.headSha } : undefined;
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(renderSummary(report, { links, annotationsOmitted: omitted }), true).write();
  }
}

/** The action's outputs, as action.yml declares them. */
export function setOutputs(report: Report, values: { reportFile?: string; sarifFile?: string; commentUrl?: string }): void {
  core.setOutput('passed', String(report.gate.passed));
  for (const level of ['critical', 'high', 'medium', 'low'] as const) core.setOutput(level, String(report.counts[level]));
  core.setOutput('report-file', values.reportFile ?? '');
  core.setOutput('sarif-file', values.sarifFile ?? '');
  core.setOutput('comment-url', values.commentUrl ?? '');
}
