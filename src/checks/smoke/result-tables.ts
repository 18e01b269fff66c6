/** The smoke check's tables: routes with the failures first, and flows step by step. Cells are plain text: renderers escape them. */
import type { ResultTable } from '../../report/finding.js';
import type { StepRow } from './run-flow.js';

export interface RouteRow {
  route: string;
  status: string;
  durationMs: number;
  passed: boolean;
  /** Answered as declared, with an edge finding. */
  flagged?: boolean;
}

export function routesTable(rows: readonly RouteRow[]): ResultTable {
  // Failures first, then routes that answered with an edge finding, then the clean ones.
  const rank = (row: RouteRow): number => (!row.passed ? 0 : row.flagged ? 1 : 2);
  const ordered = [...rows].sort((a, b) => rank(a) - rank(b));
  return {
    title: 'Routes',
    columns: ['Route', 'Status', 'Time', 'Verdict'],
    rows: ordered.map((row) => [row.route, row.status, formatMs(row.durationMs), ['❌', '⚠️', '✅'][rank(row)]!])
  };
}

export function flowsTable(flows: ReadonlyArray<{ name: string; rows: readonly StepRow[] }>): ResultTable {
  return {
    title: 'Flows',
    columns: ['Flow', 'Step', 'Status', 'Time', 'Verdict'],
    rows: flows.flatMap((flow) => flow.rows.map((row, index) => [index === 0 ? flow.name : '', row.step, row.status, formatMs(row.durationMs), row.verdict]))
  };
}

function formatMs(ms: number): string {
  return ms === 0 ? '—' : `${Math.round(ms).toLocaleString('en')} ms`;
}
