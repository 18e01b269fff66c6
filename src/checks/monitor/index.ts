/**
 * The monitor check (issue #18): what a scheduled run measures besides the smoke routes and flows,
 * which the smoke check itself runs in the same pipeline: certificate expiry per host and a light
 * latency probe of the perf routes. It returns tables (read back by src/monitor/probes-from-report.ts)
 * and findings for certificates inside `certExpiryDays`; alerting is src/monitor's job, not a check's.
 * It runs only when asked for by name (`launch-ready monitor`, the action on `schedule`).
 */
import type { Config } from '../../config/config-types.js';
import { resolveEnvReference } from '../../config/resolve-env-reference.js';
import { resolveTarget } from '../../context/resolve-target.js';
import type { Finding, ResultTable } from '../../report/finding.js';
import { ruleFinding } from '../../report/rule-finding.js';
import type { Check, CheckDeps, CheckOutcome } from '../check.js';
import type { Context } from '../../context/context.js';
import { probeCertificates, type CertificateProbe } from './probe-certificates.js';
import { probeLatency, type LatencyTarget } from './probe-latency.js';

export const MONITOR_RULES = {
  certExpiring: { id: 'monitor-cert-expiring', severity: 'high', title: 'Certificate expires soon' },
  certInvalid: { id: 'monitor-cert-invalid', severity: 'critical', title: 'Certificate not trusted' }
} as const;

/** The table titles probes-from-report.ts reads. */
export const CERTIFICATES_TABLE = 'Certificates';
export const LATENCY_TABLE = 'Latency probe';

const LATENCY_TIMEOUT_MS = 10_000;

export const monitorCheck: Check = {
  name: 'monitor',
  description: 'Certificate expiry per host and a light latency probe of the perf routes, for scheduled monitoring runs.',
  appliesTo: () => ({ applies: false, reason: 'runs in monitor mode only (`launch-ready monitor`, or the action on a schedule)' }),
  run: runMonitorCheck
};

async function runMonitorCheck(config: Config, context: Context, deps: CheckDeps): Promise<CheckOutcome> {
  const monitor = config.monitor;
  if (!monitor) return { status: 'skipped', findings: [], reason: 'no `monitor:` section in launch-ready.yml' };
  if (!deps.http) throw new Error('the monitor check needs the HTTP client (CheckDeps.http)');
  const file = { file: config.file ?? 'launch-ready.yml' };
  const baseUrl = baseUrlOf(config, context, deps.env, file);
  // The base URL's host keeps its port (a staging app on :8443); declared hosts are served on 443.
  const hosts = [...new Set([...(baseUrl?.startsWith('https:') ? [new URL(baseUrl).host] : []), ...(config.domain?.hosts ?? []).filter((host) => !host.private).map((host) => host.name)])];
  const now = deps.clock.today();
  const certificates = await probeCertificates(hosts, { http: deps.http, now, signal: deps.signal });
  const redact: string[] = baseUrl && baseUrl !== (config.perf?.baseUrl ?? config.baseUrl) ? [baseUrl] : [];
  const latencyTargets: LatencyTarget[] = baseUrl
    ? (config.perf?.routes ?? []).map((route) => {
        const headers = Object.fromEntries(
          Object.entries({ ...config.headers, ...config.perf?.headers, ...route.headers }).map(([name, value]) => [name, resolveEnvReference(value, deps.env, file)])
        );
        redact.push(...Object.values(headers));
        return { method: route.method, path: route.path, url: `${baseUrl.replace(/\/+$/, '')}${route.path}`, headers };
      })
    : [];
  const latency = await probeLatency(latencyTargets, { http: deps.http, samples: monitor.latencySamples, timeoutMs: LATENCY_TIMEOUT_MS, signal: deps.signal });
  const tables: ResultTable[] = [
    { title: CERTIFICATES_TABLE, columns: ['Host', 'Expires', 'Days left', 'Verdict'], rows: certificates.map((probe) => certificateRow(probe, monitor.certExpiryDays)) },
    { title: LATENCY_TABLE, columns: ['Route', 'Requests', 'Failed', 'p95 (ms)', 'Status'], rows: latency.map((probe) => [probe.route, String(probe.requests), String(probe.failed), probe.p95Ms === undefined ? '—' : String(probe.p95Ms), probe.status === undefined ? '—' : String(probe.status)]) }
  ];
  return {
    findings: certificates.flatMap((probe) => certificateFindings(probe, monitor.certExpiryDays)),
    metrics: { hosts: hosts.length, latencyRoutes: latency.length },
    tables,
    redact
  };
}

/** The perf section's URL, else the run's: `${env.NAME}` resolved (a preview URL may carry a token). */
function baseUrlOf(config: Config, context: Context, env: CheckDeps['env'], file: { file: string }): string | undefined {
  const written = resolveTarget(context, config, { name: 'perf', baseUrl: config.perf?.baseUrl ?? config.smoke?.baseUrl }).baseUrl;
  return written === undefined ? undefined : resolveEnvReference(written, env, file);
}

function certificateRow(probe: CertificateProbe, limitDays: number): string[] {
  const ok = probe.problem === undefined && probe.daysLeft !== undefined && probe.daysLeft >= limitDays;
  return [probe.host, probe.expiresAt ?? '—', probe.daysLeft === undefined ? '—' : String(probe.daysLeft), ok ? '✅' : `❌ ${probe.problem ?? 'expiring'}`];
}

function certificateFindings(probe: CertificateProbe, limitDays: number): Finding[] {
  const location = { kind: 'url' as const, url: `https://${probe.host}/` };
  if (probe.problem && probe.expiresAt) {
    return [ruleFinding({ rule: MONITOR_RULES.certInvalid, check: 'monitor', location, key: [probe.host], message: `The certificate of ${probe.host} is not trusted (${probe.problem}); it expires ${probe.expiresAt.slice(0, 10)}.`, remediation: 'Renew or reinstall the certificate at the host or CDN.' })];
  }
  if (probe.daysLeft === undefined || probe.daysLeft >= limitDays) return [];
  return [
    ruleFinding({
      rule: MONITOR_RULES.certExpiring,
      severity: probe.daysLeft < 3 ? 'critical' : 'high',
      check: 'monitor',
      location,
      key: [probe.host],
      message: `The certificate of ${probe.host} expires in ${probe.daysLeft} day${probe.daysLeft === 1 ? '' : 's'} (${probe.expiresAt!.slice(0, 10)}), within monitor.certExpiryDays (${limitDays}).`,
      remediation: 'Renew the certificate now and check why automatic renewal did not run.'
    })
  ];
}
