/** The domain check's tables: one row per host, one per mail domain. Cells are plain text: renderers escape them. */
import type { ResultTable } from '../../report/finding.js';

export interface HostRow {
  host: string;
  /** `192.0.2.1` or `→ app.example.net → 192.0.2.1`, or the failure. */
  resolves: string;
  certificate: string;
  edge: string;
  passed: boolean;
}

export interface MailRow {
  domain: string;
  spf: string;
  dmarc: string;
  dkim: string;
  mx: string;
  passed: boolean;
}

const verdict = (passed: boolean): string => (passed ? '✅' : '❌');

export function hostsTable(rows: readonly HostRow[], withEdge: boolean): ResultTable {
  const ordered = [...rows].sort((a, b) => Number(a.passed) - Number(b.passed));
  return {
    title: 'Hosts',
    columns: ['Host', 'Resolves to', 'Certificate', ...(withEdge ? ['Edge'] : []), 'Verdict'],
    rows: ordered.map((row) => [row.host, row.resolves, row.certificate, ...(withEdge ? [row.edge] : []), verdict(row.passed)])
  };
}

export function canonicalTable(rows: ReadonlyArray<[string, string]>, passed: boolean): ResultTable {
  return { title: 'Canonical host', columns: ['Host', 'Answer', 'Verdict'], rows: rows.map(([host, answer], index) => [host, answer, index === rows.length - 1 || !passed ? verdict(passed) : '']) };
}

export function mailTable(rows: readonly MailRow[]): ResultTable {
  const ordered = [...rows].sort((a, b) => Number(a.passed) - Number(b.passed));
  return {
    title: 'Email authentication',
    columns: ['Domain', 'SPF', 'DMARC', 'DKIM', 'MX', 'Verdict'],
    rows: ordered.map((row) => [row.domain, row.spf, row.dmarc, row.dkim, row.mx, verdict(row.passed)])
  };
}
