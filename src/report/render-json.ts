/**
 * The JSON report on disk: the `Report` itself (so `parseReportJson` can read it back and publish it
 * from another job) plus a flat, sorted `findings` array for scripts (`jq '.findings[]'`).
 * Keys are written in a fixed order so two runs on the same input give byte-identical files.
 */
import type { CheckResult, Finding, Location } from './finding.js';
import { SEVERITIES } from './finding.js';
import type { Report } from './report.js';
import { allFindings } from './report.js';

/** The reading side lives in its own file; re-exported so the JSON format has one entry point. */
export { parseReportJson } from './parse-report-json.js';

/** Pretty-printed (2 spaces) JSON with a trailing newline. */
export function renderJson(report: Report): string {
  const canonical = {
    ...canonicalReport(report),
    findings: allFindings(report).map(canonicalFinding)
  };
  return `${JSON.stringify(canonical, null, 2)}\n`;
}

/**
 * The report's own fields in declaration order; unknown extra fields are not written. `failOn` and
 * `passed` stay at the top level, as scripts read them (`jq .passed`): copies of the gate's.
 */
export function canonicalReport(report: Report): Report & { failOn: string; passed: boolean } {
  const { run } = report;
  return {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    run: {
      event: run.event,
      repository: run.repository,
      pullRequest: run.pullRequest,
      headSha: run.headSha,
      baseUrl: run.baseUrl,
      baseUrlSource: run.baseUrlSource,
      environment: run.environment,
      environmentSource: run.environmentSource,
      runUrl: run.runUrl
    },
    failOn: report.gate.failOn,
    passed: report.gate.passed,
    gate: {
      failOn: report.gate.failOn,
      failOnError: report.gate.failOnError,
      passed: report.gate.passed,
      blocking: report.gate.blocking,
      errored: [...report.gate.errored],
      exitCode: report.gate.exitCode
    },
    counts: Object.fromEntries(SEVERITIES.map((severity) => [severity, report.counts[severity]])) as Report['counts'],
    results: report.results.map(canonicalResult)
  };
}

function canonicalResult(result: CheckResult): CheckResult {
  return {
    check: result.check,
    status: result.status,
    findings: result.findings.map(canonicalFinding),
    // Kept in the check's order: it puts the telling metrics first and the comment shows those.
    metrics: { ...result.metrics },
    durationMs: result.durationMs,
    reason: result.reason,
    tables: result.tables?.map((table) => ({ title: table.title, columns: [...table.columns], rows: table.rows.map((row) => [...row]) })),
    charts: result.charts?.map((chart) => ({ title: chart.title, labels: [...chart.labels], unit: chart.unit, series: chart.series.map((series) => ({ name: series.name, values: [...series.values] })) }))
  };
}

function canonicalFinding(finding: Finding): Finding {
  return {
    check: finding.check,
    ruleId: finding.ruleId,
    severity: finding.severity,
    title: finding.title,
    message: finding.message,
    location: finding.location && canonicalLocation(finding.location),
    evidence: finding.evidence,
    fingerprint: finding.fingerprint,
    remediation: finding.remediation,
    confidence: finding.confidence,
    known: finding.known,
    suppressWith: finding.suppressWith
  };
}

function canonicalLocation(location: Location): Location {
  switch (location.kind) {
    case 'file':
      return { kind: 'file', path: location.path, line: location.line, column: location.column, endColumn: location.endColumn, commit: location.commit };
    case 'url':
      return { kind: 'url', url: location.url, method: location.method };
    case 'env':
      return { kind: 'env', name: location.name, file: location.file, line: location.line };
  }
}
