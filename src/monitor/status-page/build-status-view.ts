/**
 * Everything the status page says, computed once from the stored history so that the HTML page
 * and the job summary's Markdown show the same figures. Pure: "now" is the history's
 * `generatedAt`, never the clock of the machine that renders it.
 */
import type { StatusDeploy, StatusHistory, StatusIncident, StatusTarget } from './status-history.js';
import { dailyP95, p95In, TREND_DAYS } from './latency-trend.js';
import { countUptime, DAY_MS, formatUptime, UPTIME_WINDOWS, type UptimeCount } from './uptime.js';

/** Default days before expiry from which a certificate is flagged (the monitor's `certExpiryDays`). */
export const DEFAULT_CERT_WARNING_DAYS = 14;
/** Deploys listed, newest first. */
export const MAX_DEPLOYS = 10;

export type TargetState = 'up' | 'down' | 'unknown';

export interface TargetView {
  name: string;
  kind: StatusTarget['kind'];
  url?: string;
  /** What the latest sample said. */
  state: TargetState;
  uptime: Array<{ label: string; count: UptimeCount; text: string }>;
  errors24h: number;
  errors7d: number;
  p95Last24h?: number;
  /** One value per day, oldest first; undefined for a day without an ok sample. */
  p95Daily: Array<number | undefined>;
}

export interface CertificateView {
  host: string;
  expiresAt: string;
  /** Whole days left, rounded down; negative once expired. */
  daysLeft: number;
  state: 'ok' | 'soon' | 'expired';
}

export interface StatusView {
  generatedAt: string;
  overall: 'operational' | 'degraded' | 'unknown';
  targets: TargetView[];
  /** Labels of the p95 trend's days (`12-01`), oldest first. */
  trendLabels: string[];
  openIncidents: StatusIncident[];
  certificates: CertificateView[];
  deploys: StatusDeploy[];
  certWarningDays: number;
}

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'] as const;

export function buildStatusView(history: StatusHistory, options: { certWarningDays?: number } = {}): StatusView {
  const now = Date.parse(history.generatedAt);
  const certWarningDays = options.certWarningDays ?? DEFAULT_CERT_WARNING_DAYS;
  const targets = history.targets.map((target) => viewTarget(target, now));
  const openIncidents = history.incidents
    .filter((incident) => incident.closedAt === undefined)
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || Date.parse(a.openedAt) - Date.parse(b.openedAt));
  return {
    generatedAt: history.generatedAt,
    overall: overallOf(targets, openIncidents),
    targets,
    trendLabels: Array.from({ length: TREND_DAYS }, (_, index) => new Date(now - (TREND_DAYS - 1 - index) * DAY_MS).toISOString().slice(5, 10)),
    openIncidents,
    certificates: history.certificates
      .map((certificate) => viewCertificate(certificate, now, certWarningDays))
      .sort((a, b) => a.daysLeft - b.daysLeft || a.host.localeCompare(b.host)),
    deploys: [...history.deploys].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, MAX_DEPLOYS),
    certWarningDays
  };
}

function viewTarget(target: StatusTarget, now: number): TargetView {
  const past = target.samples.filter((sample) => Date.parse(sample.at) <= now);
  const latest = past.reduce<(typeof past)[number] | undefined>((last, sample) => (!last || Date.parse(sample.at) >= Date.parse(last.at) ? sample : last), undefined);
  const errors = (windowMs: number): number => {
    const count = countUptime(past, now, windowMs, target.daily);
    return count.total - count.ok;
  };
  return {
    name: target.name,
    kind: target.kind,
    ...(target.url ? { url: target.url } : {}),
    state: latest === undefined ? 'unknown' : latest.ok ? 'up' : 'down',
    uptime: UPTIME_WINDOWS.map((window) => {
      const count = countUptime(past, now, window.ms, target.daily);
      return { label: window.label, count, text: formatUptime(count) };
    }),
    errors24h: errors(DAY_MS),
    errors7d: errors(7 * DAY_MS),
    p95Last24h: p95In(past, now, DAY_MS),
    p95Daily: dailyP95(past, now)
  };
}

function viewCertificate(certificate: { host: string; expiresAt: string }, now: number, warningDays: number): CertificateView {
  const leftMs = Date.parse(certificate.expiresAt) - now;
  const daysLeft = Math.floor(leftMs / DAY_MS);
  const state = leftMs <= 0 ? 'expired' : leftMs <= warningDays * DAY_MS ? 'soon' : 'ok';
  return { host: certificate.host, expiresAt: certificate.expiresAt, daysLeft, state };
}

function overallOf(targets: readonly TargetView[], incidents: readonly StatusIncident[]): StatusView['overall'] {
  if (targets.some((target) => target.state === 'down') || incidents.length > 0) return 'degraded';
  if (targets.length === 0 || targets.every((target) => target.state === 'unknown')) return 'unknown';
  return 'operational';
}
