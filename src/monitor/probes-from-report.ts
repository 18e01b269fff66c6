/**
 * The checks' results of a monitor run → one probe result per target. The smoke check's tables
 * say per route and flow what answered and in how long; its findings (already redacted by the
 * pipeline) are the evidence; the monitor check's tables give certificates and the latency
 * probe, and the domain check's Hosts table each host's DNS. A check that did not run gives no
 * probes, so its targets keep their state (transition.ts).
 */
import type { AlertSeverity } from '../config/config-types.js';
import { severityRank, tableTitled, type CheckResult, type Finding, type ResultTable } from '../report/finding.js';
import { MAX_EVIDENCE_LINES, type ProbeResult } from './probe-result.js';

/** The checks a monitor run asks the pipeline for, in this order; a name the registry lacks is left out. */
export const MONITOR_CHECK_NAMES = ['smoke', 'monitor', 'domain'] as const;

type ProbeReader = (result: CheckResult) => ProbeResult[];

const PROBE_READERS: Readonly<Record<string, ProbeReader>> = { smoke: smokeProbes, monitor: monitorProbes, domain: domainProbes };

export function probesFromReport(results: readonly CheckResult[]): ProbeResult[] {
  const probes = results.filter((result) => result.status !== 'skipped' && result.status !== 'errored').flatMap((result) => PROBE_READERS[result.check]?.(result) ?? []);
  // The latency probe's p95 joins a smoke route of the same name: one target, one trend.
  const byTarget = new Map<string, ProbeResult>();
  for (const probe of probes) {
    const seen = byTarget.get(probe.target);
    byTarget.set(probe.target, seen ? { ...seen, ...(probe.answer ? { answer: probe.answer } : {}), ok: seen.ok && probe.ok, latencyMs: probe.latencyMs ?? seen.latencyMs, evidence: [...seen.evidence, ...probe.evidence].slice(0, MAX_EVIDENCE_LINES) } : probe);
  }
  return [...byTarget.values()];
}

function smokeProbes(result: CheckResult): ProbeResult[] {
  const routes = rowsOf(result.tables, 'Routes').map((row): ProbeResult => {
    const [name = '', status = '', time = '', verdict = ''] = row;
    const ok = !verdict.startsWith('❌');
    const findings = result.findings.filter((finding) => finding.location?.kind === 'url' && `${finding.location.method ?? 'GET'} ${urlPart(finding.location.url, 'pathname')}` === name);
    const url = findings.find((finding) => finding.location?.kind === 'url')?.location;
    return {
      target: `route:${name}`,
      kind: 'route',
      name,
      ...(url?.kind === 'url' ? { url: url.url } : {}),
      ok,
      severity: severityOf(ok ? [] : findings),
      ...statusOf(status),
      ...latencyOf(time),
      evidence: ok ? [] : evidenceOf(findings, `${name}: ${status}`),
    };
  });
  const flows = flowRows(rowsOf(result.tables, 'Flows')).map(({ name, rows }): ProbeResult => {
    const ok = rows.every((row) => !row[4]?.startsWith('❌'));
    const findings = result.findings.filter((finding) => finding.ruleId === 'smoke-flow-failed' && finding.message.startsWith(`Flow "${name}"`));
    const total = rows.reduce((sum, row) => sum + (parseMs(row[3]) ?? 0), 0);
    return { target: `flow:${name}`, kind: 'flow', name, ok, severity: severityOf(ok ? [] : findings), ...(total > 0 ? { latencyMs: total } : {}), evidence: ok ? [] : evidenceOf(findings, `flow ${name} failed`) };
  });
  return [...routes, ...flows];
}

function monitorProbes(result: CheckResult): ProbeResult[] {
  const hosts = rowsOf(result.tables, 'Certificates').map(([host = '', expires = '', , verdict = '']): ProbeResult => {
    const ok = verdict.startsWith('✅');
    const findings = result.findings.filter((finding) => finding.location?.kind === 'url' && urlPart(finding.location.url, 'host') === host);
    return {
      target: `host:${host}`,
      kind: 'host',
      name: host,
      url: `https://${host}/`,
      ok,
      severity: severityOf(ok ? [] : findings, 'high'),
      ...(expires.includes('T') ? { expiresAt: expires } : {}),
      evidence: ok ? [] : evidenceOf(findings, `${host}: ${verdict.replace('❌ ', '')}`)
    };
  });
  const latency = rowsOf(result.tables, 'Latency probe').map(([route = '', requests = '', failed = '', p95 = '', status = '']): ProbeResult => {
    const ok = failed === '0';
    return {
      target: `route:${route}`,
      kind: 'route',
      name: route,
      ok,
      severity: 'high',
      ...statusOf(status),
      ...(p95 === '—' ? {} : { latencyMs: Number(p95) }),
      evidence: ok ? [] : [`${route}: ${failed} of ${requests} latency probe requests failed`]
    };
  });
  return [...hosts, ...latency];
}

/**
 * One probe per host of the domain check's Hosts table (DNS, certificate, edge), keyed like the
 * monitor check's certificate probe so a host is one target whichever check saw it fail.
 */
function domainProbes(result: CheckResult): ProbeResult[] {
  const table = tableTitled(result.tables, 'Hosts');
  if (!table) return [];
  return table.rows.map((row): ProbeResult => {
    const host = row[0] ?? '';
    const ok = !(row.at(-1) ?? '').startsWith('❌');
    // A domain finding is located at the record's name (`old.shop.test`) or at `https://host/`.
    const findings = result.findings.filter((finding) => finding.location?.kind === 'url' && (urlPart(finding.location.url, 'host') ?? finding.location.url) === host);
    return {
      target: `host:${host}`,
      kind: 'host',
      name: host,
      url: `https://${host}/`,
      ok,
      severity: severityOf(ok ? [] : findings, 'high'),
      ...(ok && row[1] ? { answer: row[1] } : {}),
      evidence: ok ? [] : evidenceOf(findings, `${host}: ${row[1] ?? 'DNS failed'}`)
    };
  });
}

function rowsOf(tables: readonly ResultTable[] | undefined, title: string): string[][] {
  return tableTitled(tables, title)?.rows ?? [];
}

/** The flows table names a flow on its first step's row only. */
function flowRows(rows: readonly string[][]): Array<{ name: string; rows: string[][] }> {
  const flows: Array<{ name: string; rows: string[][] }> = [];
  for (const row of rows) {
    if (row[0]) flows.push({ name: row[0], rows: [row] });
    else flows.at(-1)?.rows.push(row);
  }
  return flows;
}

function severityOf(findings: readonly Finding[], fallback: AlertSeverity = 'critical'): AlertSeverity {
  const worst = [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity))[0]?.severity;
  return worst && worst !== 'info' ? worst : fallback;
}

function evidenceOf(findings: readonly Finding[], fallback: string): string[] {
  // Messages only: a finding's evidence holds timings that differ every run, and would make every
  // run look like a change worth a comment.
  const lines = findings.map((finding) => finding.message);
  return (lines.length > 0 ? lines : [fallback]).slice(0, MAX_EVIDENCE_LINES);
}

/** `503`, `301 → 200` (the last), or a failure kind (no status). */
function statusOf(cell: string): { status?: number } {
  const last = cell.split('→').at(-1)?.trim() ?? '';
  return /^\d{3}$/.test(last) ? { status: Number(last) } : {};
}

function latencyOf(cell: string): { latencyMs?: number } {
  const ms = parseMs(cell);
  return ms === undefined ? {} : { latencyMs: ms };
}

/** `1,234 ms` → 1234; `—` → undefined. */
function parseMs(cell: string | undefined): number | undefined {
  const match = /^([\d,]+) ms$/.exec(cell ?? '');
  return match ? Number(match[1]!.replaceAll(',', '')) : undefined;
}

/** A part of a finding's URL; a location that is no URL (a commit link's text) matches nothing. */
function urlPart(url: string, part: 'pathname' | 'host'): string | undefined {
  try {
    return new URL(url)[part];
  } catch {
    return undefined;
  }
}
