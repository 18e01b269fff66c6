/** The monitor's decision, run after run: silence on one blip, one incident after N, comments only on change, close with the downtime. */
import { emptyState, type MonitorState } from '../../src/monitor/monitor-state.js';
import type { ProbeResult } from '../../src/monitor/probe-result.js';
import { transition } from '../../src/monitor/transition.js';

const T0 = Date.parse('2030-01-01T00:00:00.000Z');
const minutes = (n: number) => new Date(T0 + n * 60_000);

function probe(ok: boolean, overrides: Partial<ProbeResult> = {}): ProbeResult {
  return { target: 'route:GET /api/health', kind: 'route', name: 'GET /api/health', url: 'https://shop.test/api/health', ok, severity: 'critical', status: ok ? 200 : 503, latencyMs: 40, evidence: ok ? [] : ['GET /api/health answered 503; expected 200.'], ...overrides };
}

/** Runs every 5 minutes; returns the action kinds of each run and the last state. */
function runs(results: Array<ProbeResult | undefined>, failuresBeforeAlert = 2): { kinds: string[][]; state: MonitorState } {
  let state = emptyState();
  const kinds: string[][] = [];
  results.forEach((result, index) => {
    const next = transition(state, result ? [result] : [], { now: minutes(index * 5), failuresBeforeAlert, historySize: 4 });
    kinds.push(next.actions.map((action) => action.kind));
    state = JSON.parse(JSON.stringify(next.state)) as MonitorState;
  });
  return { kinds, state };
}

test.each([
  { name: 'one failure does not alert', results: [probe(true), probe(false), probe(true)], kinds: [[], [], []] },
  { name: 'two in a row open one incident', results: [probe(false), probe(false)], kinds: [[], ['open']] },
  { name: 'a third failure saying the same is silent', results: [probe(false), probe(false), probe(false)], kinds: [[], ['open'], []] },
  { name: 'a third failure saying something new comments', results: [probe(false), probe(false), probe(false, { status: 500, evidence: ['GET /api/health answered 500.'] })], kinds: [[], ['open'], ['comment']] },
  { name: 'recovery closes', results: [probe(false), probe(false), probe(true), probe(true)], kinds: [[], ['open'], ['close'], []] },
  { name: 'a run without the target (its check errored) changes nothing', results: [probe(false), undefined, probe(false)], kinds: [[], [], ['open']] },
  { name: 'failuresBeforeAlert 1 alerts at once', results: [probe(false)], kinds: [['open']], failuresBeforeAlert: 1 }
])('$name', ({ results, kinds, failuresBeforeAlert }) => {
  expect(runs(results, failuresBeforeAlert).kinds).toEqual(kinds);
});

test('the closed incident measures the downtime from the first failing run; history stays bounded', () => {
  const { state } = runs([probe(true), probe(false), probe(false), probe(false), probe(true)]);
  const [incident] = state.incidents;
  expect(incident).toMatchObject({ failingSince: minutes(5).toISOString(), openedAt: minutes(10).toISOString(), closedAt: minutes(20).toISOString(), downtimeMs: 15 * 60_000 });
  expect(incident!.id).toMatch(/^inc-[0-9a-f]{12}$/);
  const target = state.targets['route:GET /api/health']!;
  expect(target).toMatchObject({ up: true, since: minutes(20).toISOString(), consecutiveFailures: 0, lastGoodAt: minutes(20).toISOString() });
  expect(target.history.map((point) => point.ok)).toEqual([false, false, false, true]);
});

test('the open action carries the last good run; the same outage computed twice gets the same incident id', () => {
  const before = transition(emptyState(), [probe(true)], { now: minutes(0), failuresBeforeAlert: 2, historySize: 10 }).state;
  const once = transition(before, [probe(false)], { now: minutes(5), failuresBeforeAlert: 2, historySize: 10 }).state;
  const a = transition(once, [probe(false)], { now: minutes(10), failuresBeforeAlert: 2, historySize: 10 }).actions[0]!;
  const b = transition(once, [probe(false)], { now: minutes(11), failuresBeforeAlert: 2, historySize: 10 }).actions[0]!;
  expect(a).toMatchObject({ kind: 'open', lastGoodAt: minutes(0).toISOString() });
  expect(a.incident.id).toBe(b.incident.id);
});

describe('daily rollup', () => {
  const at = (iso: string) => ({ now: new Date(iso), failuresBeforeAlert: 2, historySize: 2 });
  const dailyAfter = (steps: Array<[string, boolean]>) =>
    steps.reduce((state, [iso, ok]) => transition(state, [probe(ok)], at(iso)).state, emptyState()).targets['route:GET /api/health']!.daily;

  test('counts runs and ok runs per UTC day, a new entry at midnight UTC, beyond the raw history', () => {
    expect(
      dailyAfter([
        ['2030-01-01T23:55:00.000Z', true],
        ['2030-01-01T23:59:59.999Z', false],
        ['2030-01-02T00:00:00.000Z', true],
        ['2030-01-02T00:05:00.000Z', true]
      ])
    ).toEqual([
      { day: '2030-01-01', ok: 1, total: 2 },
      { day: '2030-01-02', ok: 2, total: 2 }
    ]);
  });

  test('keeps 31 days: the run of day 32 drops the first day', () => {
    const days = Array.from({ length: 32 }, (_, index): [string, boolean] => [new Date(T0 + index * 86_400_000 + 3_600_000).toISOString(), index % 2 === 0]);
    const thirtyOne = dailyAfter(days.slice(0, 31));
    expect(thirtyOne).toHaveLength(31);
    expect(thirtyOne[0]).toEqual({ day: '2030-01-01', ok: 1, total: 1 });
    const thirtyTwo = dailyAfter(days);
    expect(thirtyTwo.map((entry) => entry.day)).toEqual(thirtyOne.slice(1).map((entry) => entry.day).concat('2030-02-01'));
    expect(thirtyTwo.at(-1)).toEqual({ day: '2030-02-01', ok: 0, total: 1 });
  });

  test('a run without the target leaves its days as they were', () => {
    const first = transition(emptyState(), [probe(true)], at('2030-01-01T10:00:00.000Z')).state;
    const skipped = transition(first, [], at('2030-01-03T10:00:00.000Z')).state;
    expect(skipped.targets['route:GET /api/health']!.daily).toEqual([{ day: '2030-01-01', ok: 1, total: 1 }]);
  });
});

describe('DNS changes', () => {
  const host = (answer: string | undefined, ok = true): ProbeResult => ({
    target: 'host:shop.test',
    kind: 'host',
    name: 'shop.test',
    url: 'https://shop.test/',
    ok,
    severity: 'high',
    ...(answer ? { answer } : {}),
    evidence: ok ? [] : ['shop.test does not resolve (NXDOMAIN).']
  });

  test('a host that resolves elsewhere than at the last run is a notice at once; the same answer again is silent', () => {
    expect(runs([host('192.0.2.10'), host('192.0.2.10'), host('→ evil.example 203.0.113.9'), host('→ evil.example 203.0.113.9')]).kinds).toEqual([[], [], ['notice'], []]);
  });

  test('the notice names the old and the new answer, and is no incident of the state', () => {
    let state = emptyState();
    state = transition(state, [host('192.0.2.10')], { now: minutes(0), failuresBeforeAlert: 2, historySize: 4 }).state;
    const next = transition(state, [host('192.0.2.11')], { now: minutes(5), failuresBeforeAlert: 2, historySize: 4 });
    expect(next.actions).toEqual([expect.objectContaining({ kind: 'notice', previous: '192.0.2.10', incident: expect.objectContaining({ title: 'DNS of shop.test changed', severity: 'high', signature: '192.0.2.11' }) })]);
    expect(next.state.incidents).toEqual([]);
    expect(next.state.targets['host:shop.test']!.answer).toBe('192.0.2.11');
  });

  test('a failing run keeps the last answer: the outage is an incident, and coming back to the same place says nothing new', () => {
    expect(runs([host('192.0.2.10'), host(undefined, false), host(undefined, false), host('192.0.2.10')]).kinds).toEqual([[], [], ['open'], ['close']]);
  });
});
