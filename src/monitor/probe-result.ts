/**
 * What one monitor run learned about one target: the unit the state model and the alerts work on.
 * Built from the checks' results (probes-from-report.ts); holds no secret value, because the
 * pipeline has cut those from every result before it gets here.
 */
import type { AlertSeverity } from '../config/config-types.js';

/** A route of the smoke section, a smoke flow, or a host whose certificate is watched. */
export type TargetKind = 'route' | 'flow' | 'host';

export interface ProbeResult {
  /** Stable across runs: `route:GET /api/health`, `flow:checkout`, `host:shop.example.com`. */
  target: string;
  kind: TargetKind;
  /** What people call it: `GET /api/health`, `checkout`, `shop.example.com`. */
  name: string;
  /** Origin and path (never a query string); for a host, its https origin. */
  url?: string;
  ok: boolean;
  /** How bad it is when it fails: the highest severity among its findings, else critical. */
  severity: AlertSeverity;
  status?: number;
  latencyMs?: number;
  /** What failed, in the findings' words (already redacted), at most a few lines. */
  evidence: string[];
  /** For a host: when its certificate expires (ISO 8601). */
  expiresAt?: string;
  /** For a host the domain check resolved: where its DNS leads (`→ edge.example.net 192.0.2.11`). */
  answer?: string;
}

/** Probe results are kept this short: an issue body is for people, not a log dump. */
export const MAX_EVIDENCE_LINES = 5;
