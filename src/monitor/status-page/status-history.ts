/**
 * What the status page and its Markdown are rendered from: the monitor's history (MonitorHistory,
 * which `statusHistoryOf` turns into this) plus the recent deploys, or a JSON file of this shape
 * for `launch-ready status-page --history`. The page codes against this shape only, so the
 * monitor's state can change without touching the renderers. It holds no secret by construction:
 * targets carry their name, kind and public URL, never the headers sent to them.
 */
import type { MonitorHistory } from '../monitor-history.js';

/** One probe of a target by one monitoring run. */
export interface StatusSample {
  /** ISO 8601 time of the probe. */
  at: string;
  /** Whether the target answered as declared (a flow: every step did). */
  ok: boolean;
  /** Time to the full answer, when one came. */
  latencyMs?: number;
  /** HTTP status of the answer, when one came. */
  status?: number;
}

/** A route, a customer flow or a host (its certificate and DNS) the monitor watches. */
export interface StatusTarget {
  name: string;
  kind: 'route' | 'flow' | 'host';
  url?: string;
  /** Oldest first is usual, but readers must not rely on the order. */
  samples: StatusSample[];
  /**
   * Runs and ok runs per UTC day (YYYY-MM-DD): what a window reaching past the oldest sample counts
   * for the days no sample covers (see uptime.ts). Absent in histories written before it existed.
   */
  daily?: StatusDay[];
}

/** One UTC day of a target's probes, counted. */
export interface StatusDay {
  /** UTC date, YYYY-MM-DD. */
  day: string;
  ok: number;
  total: number;
}

/** An outage the monitor alerted on: open while `closedAt` is absent. */
export interface StatusIncident {
  id: string;
  /** The `name` of the target that failed. */
  target: string;
  severity: 'critical' | 'high' | 'medium' | 'low';
  openedAt: string;
  closedAt?: string;
  title: string;
}

/** A deploy, as the repository's deployments API lists it. */
export interface StatusDeploy {
  at: string;
  environment: string;
  /** Branch, tag or SHA that was deployed. */
  ref: string;
  /** Where the deploy answers (its latest status's environment URL). */
  url?: string;
}

export interface StatusHistory {
  targets: StatusTarget[];
  incidents: StatusIncident[];
  certificates: Array<{ host: string; expiresAt: string }>;
  deploys: StatusDeploy[];
  /** ISO 8601 time the history was last written: "now" for every window the page computes. */
  generatedAt: string;
}

/** The monitor's history as the page reads it; `deploys` come from the deployments API when there is a token. */
export function statusHistoryOf(history: MonitorHistory, deploys: readonly StatusDeploy[] = []): StatusHistory {
  return {
    generatedAt: history.generatedAt,
    targets: history.targets.map((target) => ({
      name: target.name,
      kind: target.kind,
      ...(target.url ? { url: target.url } : target.host ? { url: `https://${target.host}/` } : {}),
      samples: target.results.map((result) => ({ ...result })),
      ...(target.daily.length > 0 ? { daily: target.daily.map((entry) => ({ ...entry })) } : {})
    })),
    incidents: history.incidents.map((incident) => ({
      id: incident.id,
      // The page names targets by name; the monitor keys incidents by the target's id.
      target: history.targets.find((target) => target.id === incident.target)?.name ?? incident.target,
      severity: incident.severity,
      openedAt: incident.openedAt,
      ...(incident.closedAt ? { closedAt: incident.closedAt } : {}),
      title: incident.title
    })),
    certificates: history.certificates.map((certificate) => ({ ...certificate })),
    deploys: [...deploys]
  };
}
