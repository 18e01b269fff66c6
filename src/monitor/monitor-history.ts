/**
 * What the monitor keeps between scheduled runs, and what the status page and its Markdown are
 * rendered from. The monitor writes it; the status page only reads it. It holds no secret by
 * construction: targets carry their name, kind and public URL, never the headers sent to them.
 */

/** One probe of a target by one monitoring run. */
export interface MonitorSample {
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
export interface MonitorTarget {
  name: string;
  kind: 'route' | 'flow' | 'host';
  url?: string;
  /** Oldest first is usual, but readers must not rely on the order. */
  samples: MonitorSample[];
}

/** An outage the monitor alerted on: open while `closedAt` is absent. */
export interface MonitorIncident {
  id: string;
  /** The `name` of the target that failed. */
  target: string;
  severity: 'critical' | 'high' | 'medium' | 'low';
  openedAt: string;
  closedAt?: string;
  title: string;
}

/** A deploy, as the repository's deployments API lists it. */
export interface MonitorDeploy {
  at: string;
  environment: string;
  /** Branch, tag or SHA that was deployed. */
  ref: string;
  /** Where the deploy answers (its latest status's environment URL). */
  url?: string;
}

export interface MonitorHistory {
  targets: MonitorTarget[];
  incidents: MonitorIncident[];
  certificates: Array<{ host: string; expiresAt: string }>;
  deploys: MonitorDeploy[];
  /** ISO 8601 time the history was last written: "now" for every window the page computes. */
  generatedAt: string;
}
