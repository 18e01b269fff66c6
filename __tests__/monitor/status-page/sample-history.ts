/**
 * A stored history whose figures are known by hand: one probe per hour for 30 days, ending exactly
 * at `generatedAt`, with failures placed so each window's uptime is an exact fraction.
 */
import type { StatusHistory, StatusSample } from '../../../src/monitor/status-page/status-history.js';

export const GENERATED_AT = '2026-12-07T12:00:00.000Z';
const NOW = Date.parse(GENERATED_AT);
const HOUR = 3_600_000;

/** Hours before `generatedAt` of the home page's failed probes: 2 in the last 24 h, 5 in 7 d, 9 in 30 d. */
export const HOME_FAILURES = [3, 10, 30, 100, 150, 200, 400, 500, 719];

/**
 * Probes `k` hours ago for k = 0 … 719: the probe at exactly 24 h ago falls outside the 24 h window.
 * Latencies climb through each day and step by day of the week, so the trend has a shape.
 */
function hourly(failedHours: readonly number[]): StatusSample[] {
  return Array.from({ length: 720 }, (_, k) => {
    const at = new Date(NOW - k * HOUR).toISOString();
    // A failure answers fast (5 ms, a 500): the p95 must leave it out.
    return failedHours.includes(k) ? { at, ok: false, latencyMs: 5, status: 500 } : { at, ok: true, latencyMs: 100 + (k % 24) + 15 * (Math.floor(k / 24) % 7), status: 200 };
  }).reverse();
}

export function sampleHistory(): StatusHistory {
  return {
    generatedAt: GENERATED_AT,
    targets: [
      { name: 'GET /', kind: 'route', url: 'https://shop.example.com/', samples: hourly(HOME_FAILURES) },
      {
        name: 'checkout',
        kind: 'flow',
        // Steady, plus one probe after generatedAt that no window may count.
        samples: [...hourly([]), { at: '2026-12-07T13:00:00.000Z', ok: false }]
      },
      { name: 'api.shop.example.com', kind: 'host', samples: [] }
    ],
    incidents: [
      { id: 'inc-2', target: 'GET /', severity: 'high', openedAt: '2026-12-07T09:00:00.000Z', title: 'GET / answers 500' },
      { id: 'inc-1', target: 'checkout', severity: 'critical', openedAt: '2026-12-01T08:00:00.000Z', closedAt: '2026-12-01T09:00:00.000Z', title: 'checkout broke' }
    ],
    certificates: [
      { host: 'shop.example.com', expiresAt: '2027-02-25T12:00:00.000Z' },
      { host: 'www.shop.example.com', expiresAt: '2026-12-12T18:00:00.000Z' },
      { host: 'old.shop.example.com', expiresAt: '2026-12-06T00:00:00.000Z' }
    ],
    deploys: [
      { at: '2026-12-05T10:00:00.000Z', environment: 'production', ref: 'v1.4.0', url: 'https://shop.example.com' },
      { at: '2026-12-07T08:30:00.000Z', environment: 'production', ref: 'v1.4.1', url: 'https://shop.example.com' }
    ]
  };
}
