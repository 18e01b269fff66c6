/** The stored state read back: one written before the daily rollups existed still loads, with none. */
import { CorruptState, parseMonitorState, serializeMonitorState } from '../../src/monitor/parse-monitor-state.js';
import type { MonitorState } from '../../src/monitor/monitor-state.js';

const TARGET = {
  target: 'route:GET /',
  kind: 'route',
  name: 'GET /',
  url: 'https://shop.test/',
  up: true,
  since: '2030-01-01T00:00:00.000Z',
  consecutiveFailures: 0,
  lastGoodAt: '2030-01-01T00:05:00.000Z',
  history: [{ at: '2030-01-01T00:05:00.000Z', ok: true, latencyMs: 40, status: 200 }]
};

const stateWith = (target: Record<string, unknown>) => JSON.stringify({ version: 1, targets: { 'route:GET /': target }, incidents: [] });

test('a state without rollups (written before they existed) is no corruption: its targets start with none', () => {
  const state = parseMonitorState(stateWith(TARGET));
  expect(state.targets['route:GET /']).toEqual({ ...TARGET, daily: [] });
});

test('rollups round-trip', () => {
  const daily = [
    { day: '2029-12-31', ok: 287, total: 288 },
    { day: '2030-01-01', ok: 2, total: 2 }
  ];
  const state = parseMonitorState(stateWith({ ...TARGET, daily }));
  expect(state.targets['route:GET /']!.daily).toEqual(daily);
  expect(parseMonitorState(serializeMonitorState(state))).toEqual<MonitorState>(state);
});

test.each([
  [{ daily: {} }, 'targets["route:GET /"].daily: expected an array'],
  [{ daily: [{ day: '2030-01-01T00:00:00Z', ok: 1, total: 1 }] }, 'targets["route:GET /"].daily[0].day: expected a UTC date YYYY-MM-DD'],
  [{ daily: [{ day: '2030-01-01', ok: 1.5, total: 2 }] }, 'targets["route:GET /"].daily[0].ok: expected an integer ≥ 0'],
  [{ daily: [{ day: '2030-01-01', ok: 3, total: 2 }] }, 'targets["route:GET /"].daily[0].ok: expected at most total (2)']
])('a bad rollup is a located CorruptState: %j', (change, message) => {
  const parse = () => parseMonitorState(stateWith({ ...TARGET, ...change }));
  expect(parse).toThrow(CorruptState);
  expect(parse).toThrow(message);
});
