/**
 * What the monitor remembers between runs, as one JSON document in the store: per target whether
 * it is up and since when, its consecutive failures, its last good run, its recent probe
 * results (bounded) and a count per UTC day of the last {@link ROLLUP_DAYS} days; and the incidents, open and recently closed (bounded). Plain data, so it
 * round-trips through JSON unchanged and the transition function stays pure.
 */
import type { AlertSeverity } from '../config/config-types.js';
import type { TargetKind } from './probe-result.js';

/** Bumped when the shape changes incompatibly: an older document is then a fresh start, with a warning. */
export const STATE_VERSION = 1;

/** Closed incidents kept for the status page's "recent incidents"; older ones are dropped. */
export const MAX_CLOSED_INCIDENTS = 50;

/**
 * UTC days a target's daily rollup keeps: the status page's 30-day window ending mid-day touches
 * 31 dates. Raw points cover only `monitor.history` runs (7 days by default); 30 days of them
 * would make the state, committed to a git ref every run, about four times bigger (issue #18).
 */
export const ROLLUP_DAYS = 31;

/** The probes of one UTC day, counted: what the 30-day uptime needs beyond the raw points. */
export interface DailyRollup {
  /** UTC date, YYYY-MM-DD. */
  day: string;
  ok: number;
  total: number;
}

/** One probe result as history keeps it: small, because thousands are kept per target. */
export interface ProbePoint {
  /** ISO 8601. */
  at: string;
  ok: boolean;
  latencyMs?: number;
  status?: number;
}

export interface TargetState {
  target: string;
  kind: TargetKind;
  name: string;
  url?: string;
  up: boolean;
  /** When it went up or down (the first run that saw it so); ISO 8601. */
  since: string;
  consecutiveFailures: number;
  /** The last run it passed, if any; ISO 8601. */
  lastGoodAt?: string;
  /** For a host: when its certificate expires. */
  expiresAt?: string;
  /** For a host: where its DNS led at the last run that resolved it (a change is a notice). */
  answer?: string;
  /** Oldest first, at most `monitor.history` long. */
  history: ProbePoint[];
  /** Oldest first, at most {@link ROLLUP_DAYS} days back from the last run's day. */
  daily: DailyRollup[];
}

export interface Incident {
  /** `inc-` and 12 hex digits from the target and when it went down: the hidden marker. */
  id: string;
  target: string;
  name: string;
  severity: AlertSeverity;
  title: string;
  /** The first failing run: downtime is measured from here. */
  failingSince: string;
  /** When the alert went out (after `failuresBeforeAlert` runs). */
  openedAt: string;
  closedAt?: string;
  /** Measured at recovery: closedAt − failingSince. */
  downtimeMs?: number;
  /** What the last alert said (severity, status, evidence): a comment goes out only when it changes. */
  signature: string;
}

export interface MonitorState {
  version: typeof STATE_VERSION;
  targets: Record<string, TargetState>;
  /** Open ones, then the closed ones (newest first, at most {@link MAX_CLOSED_INCIDENTS}). */
  incidents: Incident[];
}

export function emptyState(): MonitorState {
  return { version: STATE_VERSION, targets: {}, incidents: [] };
}

export function openIncidentOf(state: MonitorState, target: string): Incident | undefined {
  return state.incidents.find((incident) => incident.target === target && incident.closedAt === undefined);
}
