/**
 * Reads a JSON report back, e.g. to publish the report a fork PR's unprivileged job produced from a
 * privileged `workflow_run` job. That file is attacker-controlled, so every field a renderer uses is
 * type-checked, sizes are bounded, unknown fields are dropped, and statuses, counts and the verdict
 * are derived again from the findings (`assembleReport`). Text fields stay hostile: renderers escape them.
 */
import { ConfigError } from '../errors.js';
import { FAIL_ON_LEVELS } from '../gate.js';
import { assembleReport } from './assemble-report.js';
import type { CheckResult, CommitRef, Finding, LineChart, Location, ResultTable } from './finding.js';
import { SEVERITIES } from './finding.js';
import type { Report } from './report.js';
import type { JsonPath } from './json-guards.js';
import * as guard from './json-guards.js';

/** Larger files are refused before parsing: a bound on memory for a file an attacker wrote. */
export const MAX_REPORT_CHARS = 50_000_000;
const STATUSES = ['passed', 'failed', 'skipped', 'errored'] as const;

/**
 * Parses and validates a report written by `renderJson`.
 * @param file the file's name, for error messages
 * @throws ConfigError naming the file and the field, e.g. `results[0].findings[3].severity`
 */
export function parseReportJson(text: string, file: string): Report {
  const root = guard.expectObject(parseJsonText(text, file), { file, path: '' });
  const at = (key: string): JsonPath => guard.child({ file, path: '' }, key);
  if (root.schemaVersion !== 1) {
    const got = JSON.stringify(root.schemaVersion) ?? 'nothing';
    guard.rejectWith(at('schemaVersion'), `expected 1, got ${got}: written by an incompatible launch-ready version?`);
  }
  const tool = guard.expectObject(root.tool, at('tool'));
  guard.expectOneOf(tool.name, guard.child(at('tool'), 'name'), ['launch-ready'] as const);
  const failOn = guard.expectOneOf(root.failOn, at('failOn'), FAIL_ON_LEVELS);
  const results = guard
    .expectArray(root.results, at('results'), 1_000)
    .map((item, index) => parseResult(item, guard.child(at('results'), index)));
  guard.expectBoolean(root.passed, at('passed'));
  // Reports written before fail-on-error have no gate: errored checks did not fail them.
  const gate = root.gate == null ? undefined : guard.expectObject(root.gate, at('gate'));
  const failOnError = gate ? guard.expectBoolean(gate.failOnError, guard.child(at('gate'), 'failOnError')) : false;
  return assembleReport({
    tool: { name: 'launch-ready', version: guard.expectString(tool.version, guard.child(at('tool'), 'version'), 100) },
    run: parseRun(root.run, at('run')),
    results,
    policy: { failOn, failOnError }
  });
}

function parseJsonText(text: string, file: string): unknown {
  if (text.length > MAX_REPORT_CHARS) throw new ConfigError(`report is larger than ${MAX_REPORT_CHARS} characters`, { file });
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`not valid JSON (${reason}); expected a report written by launch-ready --json`, { file });
  }
}

function parseRun(value: unknown, at: JsonPath): Report['run'] {
  const run = guard.expectObject(value, at);
  const headSha = guard.optionalString(run.headSha, guard.child(at, 'headSha'), 64);
  // It ends up in links to files at this commit.
  if (headSha !== undefined && !/^[0-9a-f]{7,64}$/i.test(headSha)) {
    guard.reject(guard.child(at, 'headSha'), 'a hex commit SHA', headSha);
  }
  return {
    event: guard.expectString(run.event, guard.child(at, 'event'), 100),
    repository: guard.optionalString(run.repository, guard.child(at, 'repository'), 200),
    pullRequest: guard.optionalInteger(run.pullRequest, guard.child(at, 'pullRequest'), 1),
    headSha,
    baseUrl: guard.optionalString(run.baseUrl, guard.child(at, 'baseUrl'), 2_000),
    baseUrlSource: guard.optionalString(run.baseUrlSource, guard.child(at, 'baseUrlSource'), 200),
    environment: guard.optionalString(run.environment, guard.child(at, 'environment'), 200),
    environmentSource: guard.optionalString(run.environmentSource, guard.child(at, 'environmentSource'), 200),
    runUrl: guard.optionalString(run.runUrl, guard.child(at, 'runUrl'), 2_000)
  };
}

function parseResult(value: unknown, at: JsonPath): CheckResult {
  const result = guard.expectObject(value, at);
  const metricsAt = guard.child(at, 'metrics');
  const metrics = Object.entries(guard.expectObject(result.metrics ?? {}, metricsAt));
  if (metrics.length > 100) guard.rejectWith(metricsAt, `expected at most 100 metrics, got ${metrics.length}`);
  return {
    check: guard.expectString(result.check, guard.child(at, 'check'), 100),
    status: guard.expectOneOf(result.status, guard.child(at, 'status'), STATUSES),
    findings: guard
      .expectArray(result.findings, guard.child(at, 'findings'))
      .map((item, index) => parseFinding(item, guard.child(guard.child(at, 'findings'), index))),
    metrics: Object.fromEntries(
      metrics.map(([name, number]) => [
        guard.expectString(name, metricsAt, 100),
        guard.expectNumber(number, guard.child(metricsAt, name))
      ])
    ),
    durationMs: guard.expectNumber(result.durationMs, guard.child(at, 'durationMs')),
    reason: guard.optionalString(result.reason, guard.child(at, 'reason')),
    tables: result.tables == null ? undefined : parseTables(result.tables, guard.child(at, 'tables')),
    charts: result.charts == null ? undefined : parseCharts(result.charts, guard.child(at, 'charts'))
  };
}

function parseFinding(value: unknown, at: JsonPath): Finding {
  const finding = guard.expectObject(value, at);
  const field = (key: string): JsonPath => guard.child(at, key);
  return {
    check: guard.expectString(finding.check, field('check'), 100),
    ruleId: guard.expectString(finding.ruleId, field('ruleId'), 200),
    severity: guard.expectOneOf(finding.severity, field('severity'), SEVERITIES),
    title: guard.expectString(finding.title, field('title'), 1_000),
    message: guard.expectString(finding.message, field('message')),
    location: finding.location == null ? undefined : parseLocation(finding.location, field('location')),
    evidence: guard.optionalString(finding.evidence, field('evidence'), 1_000),
    fingerprint: guard.expectString(finding.fingerprint, field('fingerprint'), 200),
    remediation: guard.optionalString(finding.remediation, field('remediation')),
    confidence: finding.confidence == null ? undefined : guard.expectOneOf(finding.confidence, field('confidence'), CONFIDENCES),
    known: finding.known == null ? undefined : guard.expectBoolean(finding.known, field('known')),
    suppressWith: guard.optionalString(finding.suppressWith, field('suppressWith'), 1_000)
  };
}

const CONFIDENCES = ['high', 'medium', 'low'] as const;

function parseTables(value: unknown, at: JsonPath): ResultTable[] {
  return guard.expectArray(value, at, 20).map((item, index) => {
    const tableAt = guard.child(at, index);
    const table = guard.expectObject(item, tableAt);
    const strings = (list: unknown, listAt: JsonPath) => guard.expectArray(list, listAt, 2_000).map((text) => guard.expectString(text, listAt, 500));
    return {
      title: guard.expectString(table.title, guard.child(tableAt, 'title'), 200),
      columns: strings(table.columns, guard.child(tableAt, 'columns')),
      rows: guard.expectArray(table.rows, guard.child(tableAt, 'rows'), 2_000).map((row, rowIndex) => strings(row, guard.child(guard.child(tableAt, 'rows'), rowIndex)))
    };
  });
}

function parseCharts(value: unknown, at: JsonPath): LineChart[] {
  return guard.expectArray(value, at, 20).map((item, index) => {
    const chartAt = guard.child(at, index);
    const chart = guard.expectObject(item, chartAt);
    const labelsAt = guard.child(chartAt, 'labels');
    const seriesAt = guard.child(chartAt, 'series');
    return {
      title: guard.expectString(chart.title, guard.child(chartAt, 'title'), 200),
      labels: guard.expectArray(chart.labels, labelsAt, 100).map((label) => guard.expectString(label, labelsAt, 50)),
      unit: guard.expectString(chart.unit, guard.child(chartAt, 'unit'), 20),
      series: guard.expectArray(chart.series, seriesAt, 10).map((entry, seriesIndex) => {
        const one = guard.expectObject(entry, guard.child(seriesAt, seriesIndex));
        const valuesAt = guard.child(guard.child(seriesAt, seriesIndex), 'values');
        return {
          name: guard.expectString(one.name, guard.child(guard.child(seriesAt, seriesIndex), 'name'), 200),
          values: guard.expectArray(one.values, valuesAt, 100).map((number) => guard.expectNumber(number, valuesAt))
        };
      })
    };
  });
}

function parseCommit(value: unknown, at: JsonPath): CommitRef {
  const commit = guard.expectObject(value, at);
  const sha = guard.expectString(commit.sha, guard.child(at, 'sha'), 64);
  if (!/^[0-9a-f]{7,64}$/.test(sha)) guard.rejectWith(guard.child(at, 'sha'), 'expected a hex commit SHA');
  return {
    sha,
    author: guard.expectString(commit.author, guard.child(at, 'author'), 200),
    date: guard.expectString(commit.date, guard.child(at, 'date'), 40)
  };
}

function parseLocation(value: unknown, at: JsonPath): Location {
  const location = guard.expectObject(value, at);
  const field = (key: string): JsonPath => guard.child(at, key);
  switch (guard.expectOneOf(location.kind, field('kind'), ['file', 'url', 'env'] as const)) {
    case 'file':
      return {
        kind: 'file',
        path: guard.expectString(location.path, field('path'), 4_096),
        line: guard.expectInteger(location.line, field('line'), 0),
        column: guard.optionalInteger(location.column, field('column'), 0),
        endColumn: guard.optionalInteger(location.endColumn, field('endColumn'), 0),
        commit: location.commit == null ? undefined : parseCommit(location.commit, field('commit'))
      };
    case 'url':
      return {
        kind: 'url',
        url: guard.expectString(location.url, field('url'), 4_096),
        method: guard.optionalString(location.method, field('method'), 20)
      };
    case 'env':
      return {
        kind: 'env',
        name: guard.expectString(location.name, field('name'), 500),
        file: guard.optionalString(location.file, field('file'), 4_096),
        line: guard.optionalInteger(location.line, field('line'), 0)
      };
  }
}
