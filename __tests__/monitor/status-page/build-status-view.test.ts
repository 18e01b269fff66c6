/**
 * Acceptance 2: the status page's figures from a stored history given by the test, exact. Uptime is
 * the share of samples ok in the window (after now − window, up to now), cut to two decimals.
 */
import { buildStatusView } from '../../../src/monitor/status-page/build-status-view.js';
import { nearestRankP95 } from '../../../src/monitor/status-page/latency-trend.js';
import { formatUptime } from '../../../src/monitor/status-page/uptime.js';
import { sampleHistory } from './sample-history.js';

const view = buildStatusView(sampleHistory());
const target = (name: string) => view.targets.find((entry) => entry.name === name)!;

test.each([
  // name, 24 h, 7 d, 30 d
  ['GET /', { ok: 22, total: 24 }, '91.66%', { ok: 163, total: 168 }, '97.02%', { ok: 711, total: 720 }, '98.75%'],
  ['checkout', { ok: 24, total: 24 }, '100%', { ok: 168, total: 168 }, '100%', { ok: 720, total: 720 }, '100%'],
  ['api.shop.example.com', { ok: 0, total: 0 }, 'no data', { ok: 0, total: 0 }, 'no data', { ok: 0, total: 0 }, 'no data']
])('%s: uptime over 24 h, 7 d and 30 d', (name, day, dayText, week, weekText, month, monthText) => {
  expect(target(name).uptime).toEqual([
    { label: '24 h', count: day, text: dayText },
    { label: '7 d', count: week, text: weekText },
    { label: '30 d', count: month, text: monthText }
  ]);
});

test('error counts, the state of the latest sample, and the p95 of passing probes only', () => {
  expect(target('GET /')).toMatchObject({ state: 'up', errors24h: 2, errors7d: 5, p95Last24h: 122 });
  // The probe after generatedAt (a failure) counts nowhere: the flow is up with no errors.
  expect(target('checkout')).toMatchObject({ state: 'up', errors24h: 0, errors7d: 0, p95Last24h: 122 });
  expect(target('api.shop.example.com')).toMatchObject({ state: 'unknown', errors24h: 0, p95Last24h: undefined });
  expect(target('GET /').p95Daily).toHaveLength(7);
  expect(target('api.shop.example.com').p95Daily).toEqual(Array(7).fill(undefined));
  expect(view.trendLabels).toEqual(['12-01', '12-02', '12-03', '12-04', '12-05', '12-06', '12-07']);
});

test('open incidents only, certificates soonest first and flagged, deploys newest first', () => {
  expect(view.overall).toBe('degraded');
  expect(view.openIncidents.map((incident) => incident.id)).toEqual(['inc-2']);
  expect(view.certificates.map(({ host, daysLeft, state }) => [host, daysLeft, state])).toEqual([
    ['old.shop.example.com', -2, 'expired'],
    ['www.shop.example.com', 5, 'soon'],
    ['shop.example.com', 80, 'ok']
  ]);
  expect(view.deploys.map((deploy) => deploy.ref)).toEqual(['v1.4.1', 'v1.4.0']);
});

test('every target up and no open incident reads as operational', () => {
  const history = sampleHistory();
  history.incidents = [];
  expect(buildStatusView(history).overall).toBe('operational');
  expect(buildStatusView({ ...history, targets: [] }).overall).toBe('unknown');
});

test.each([
  [{ ok: 19_999, total: 20_000 }, '99.99%'],
  [{ ok: 2, total: 3 }, '66.66%'],
  [{ ok: 0, total: 5 }, '0.00%'],
  [{ ok: 1, total: 1 }, '100%']
])('uptime %j is cut, never rounded up: %s', (count, text) => {
  expect(formatUptime(count)).toBe(text);
});

test.each([
  [[], undefined],
  [[7], 7],
  [Array.from({ length: 20 }, (_, index) => index + 1), 19],
  [Array.from({ length: 100 }, (_, index) => 100 - index), 95]
])('nearest-rank p95 of %j is %s', (values, expected) => {
  expect(nearestRankP95(values)).toBe(expected);
});

describe('a window longer than the raw samples counts the daily rollups of the days no sample covers', () => {
  const NOW = Date.parse('2026-12-07T12:00:00.000Z');
  // Raw: one probe an hour from 2026-12-06 00:00 to 2026-12-07 12:00 (37), failed 3 h and 30 h ago.
  const samples = Array.from({ length: 37 }, (_, k) => ({ at: new Date(NOW - k * 3_600_000).toISOString(), ok: k !== 3 && k !== 30 })).reverse();
  // Rollups: 2026-11-07 … 2026-12-07 (31 days). 11-07 begins before the 30 d window's start
  // (11-07 12:00): left out, and all failures, so counting it would show. 12-06 and 12-07 agree
  // with the raw samples but must not be counted twice. Failures: 2 on 11-20, 4 on 12-03.
  const daily = Array.from({ length: 31 }, (_, index) => {
    const day = new Date(Date.parse('2026-11-07T00:00:00.000Z') + index * 86_400_000).toISOString().slice(0, 10);
    const failed = { '2026-11-07': 24, '2026-11-20': 2, '2026-12-03': 4, '2026-12-06': 1, '2026-12-07': 1 }[day] ?? 0;
    const total = day === '2026-12-07' ? 13 : 24;
    return { day, ok: total - failed, total };
  });
  const history = { ...sampleHistory(), targets: [{ name: 'GET /', kind: 'route' as const, samples, daily }] };

  test('24 h reads the raw samples; 7 d adds 12-01 … 12-05; 30 d adds 11-08 … 12-05', () => {
    expect(buildStatusView(history).targets[0]!.uptime).toEqual([
      // 24 samples after 12-06 12:00, one failed.
      { label: '24 h', count: { ok: 23, total: 24 }, text: '95.83%' },
      // 37 raw (2 failed) + 5 days × 24 (4 failed).
      { label: '7 d', count: { ok: 151, total: 157 }, text: '96.17%' },
      // 37 raw (2 failed) + 28 days × 24 (6 failed).
      { label: '30 d', count: { ok: 701, total: 709 }, text: '98.87%' }
    ]);
    expect(buildStatusView(history).targets[0]).toMatchObject({ errors24h: 1, errors7d: 6 });
  });

  test('without rollups (a history written before them) the windows read the raw samples only', () => {
    const raw = { ...history, targets: [{ name: 'GET /', kind: 'route' as const, samples }] };
    expect(buildStatusView(raw).targets[0]!.uptime.map((window) => window.count)).toEqual([
      { ok: 23, total: 24 },
      { ok: 35, total: 37 },
      { ok: 35, total: 37 }
    ]);
  });
});
