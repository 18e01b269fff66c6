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
