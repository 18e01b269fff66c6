/**
 * The uptime history as the status page and the handover report read it (issue #18): a plain,
 * serializable shape with no knowledge of how the monitor stores or decides anything. Whoever
 * renders it codes against these types only.
 */
import type { AlertSeverity } from '../config/config-types.js';
import type { MonitorState } from './monitor-state.js';
import type { TargetKind } from './probe-result.js';

export interface MonitorHistory {
  /** When the history was taken (the last run); ISO 8601. */
  generatedAt: string;
  targets: MonitorTargetHistory[];
  /** Open incidents first, then recently closed ones, newest first. */
  incidents: MonitorIncident[];
  certificates: CertificateExpiry[];
}

export interface MonitorTargetHistory {
  /** Stable id, e.g. `route:GET /api/health`. */
  id: string;
  /** e.g. `GET /api/health`, `checkout`, `shop.example.com`. */
  name: string;
  kind: TargetKind;
  /** Origin and path of a route or flow's first step. */
  url?: string;
  /** For kind `host`. */
  host?: string;
  up: boolean;
  /** Since when it has been up (or down); ISO 8601. */
  since: string;
  /** Oldest first; `latencyMs` of routes is the request's time (or the latency probe's p95). */
  results: Array<{ at: string; ok: boolean; latencyMs?: number; status?: number }>;
  /** Runs and ok runs per UTC day (YYYY-MM-DD), oldest first, for the last 31 days: uptime beyond `results`. */
  daily: Array<{ day: string; ok: number; total: number }>;
}

export interface MonitorIncident {
  id: string;
  /** The target's id. */
  target: string;
  severity: AlertSeverity;
  openedAt: string;
  closedAt?: string;
  title: string;
}

export interface CertificateExpiry {
  host: string;
  expiresAt: string;
}

/** The history in a monitor state, as of `generatedAt`. */
export function monitorHistoryOf(state: MonitorState, generatedAt: string): MonitorHistory {
  const targets = Object.values(state.targets).sort((a, b) => a.target.localeCompare(b.target));
  return {
    generatedAt,
    targets: targets.map((target) => ({
      id: target.target,
      name: target.name,
      kind: target.kind,
      ...(target.kind === 'host' ? { host: target.name } : target.url ? { url: target.url } : {}),
      up: target.up,
      since: target.since,
      results: target.history.map((point) => ({ ...point })),
      daily: target.daily.map((entry) => ({ ...entry }))
    })),
    incidents: state.incidents.map((incident) => ({
      id: incident.id,
      target: incident.target,
      severity: incident.severity,
      // The history's "opened" is when it went down, which is what a reader of a status page means.
      openedAt: incident.failingSince,
      ...(incident.closedAt ? { closedAt: incident.closedAt } : {}),
      title: incident.title
    })),
    certificates: targets.filter((target) => target.kind === 'host' && target.expiresAt).map((target) => ({ host: target.name, expiresAt: target.expiresAt! }))
  };
}
