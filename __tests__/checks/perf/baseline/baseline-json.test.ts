/** The stored baseline's wire format: untrusted text in, a located error or a PerfBaseline out. */
import { BaselineError, parseBaseline, renderBaseline } from '../../../../src/checks/perf/baseline/baseline-json.js';
import type { PerfBaseline } from '../../../../src/checks/perf/perf-types.js';

const BASELINE: PerfBaseline = {
  schemaVersion: 1,
  recordedAt: '2026-12-07T12:00:00.000Z',
  commit: 'a1b2c3d',
  routes: {
    '/search': { samples: [10.5, 12, 140.25], history: [{ at: '2026-12-06T12:00:00.000Z', p95Ms: 130 }, { at: '2026-12-07T12:00:00.000Z', p95Ms: 140.25, commit: 'a1b2c3d' }] },
    '/': { samples: [3.1], history: [] }
  }
};

test('rendered text: fixed key order, sorted routes, one line of samples per route', () => {
  expect(renderBaseline(BASELINE)).toBe(
    [
      '{',
      '  "schemaVersion": 1,',
      '  "recordedAt": "2026-12-07T12:00:00.000Z",',
      '  "commit": "a1b2c3d",',
      '  "routes": {',
      '    "/": {',
      '      "samples": [3.1],',
      '      "history": []',
      '    },',
      '    "/search": {',
      '      "samples": [10.5, 12, 140.25],',
      '      "history": [',
      '        {"at": "2026-12-06T12:00:00.000Z", "p95Ms": 130},',
      '        {"at": "2026-12-07T12:00:00.000Z", "p95Ms": 140.25, "commit": "a1b2c3d"}',
      '      ]',
      '    }',
      '  }',
      '}',
      ''
    ].join('\n')
  );
});

test('rendering rounds to 0.01 ms and parses back to what it says', () => {
  const text = renderBaseline({ schemaVersion: 1, recordedAt: '2026-12-07T12:00:00Z', routes: { '/': { samples: [1.23456, 0.005, 99.999], history: [{ at: '2026-12-07T12:00:00Z', p95Ms: 12.3456 }] } } });
  expect(text).toContain('"samples": [1.23, 0.01, 100]');
  expect(parseBaseline(text, 'b.json').routes['/']).toEqual({ samples: [1.23, 0.01, 100], history: [{ at: '2026-12-07T12:00:00Z', p95Ms: 12.35 }] });
});

test('a round trip is the identity on rounded data, and a route named __proto__ stays a route', () => {
  const odd: PerfBaseline = { ...BASELINE, routes: { ...BASELINE.routes, ['__proto__']: { samples: [1], history: [] } } };
  const parsed = parseBaseline(renderBaseline(odd), 'b.json');
  expect(Object.keys(parsed.routes).sort()).toEqual(['/', '/search', '__proto__']);
  expect(Object.getPrototypeOf(parsed.routes)).toBe(Object.prototype);
  expect(parseBaseline(renderBaseline(BASELINE), 'b.json')).toEqual(BASELINE);
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test edits untyped JSON on purpose
type Json = Record<string, any>;
const valid = () => JSON.parse(renderBaseline(BASELINE)) as Json;
const many = (count: number) => Array.from({ length: count }, (_, i) => i);

describe('an invalid baseline names the field at fault', () => {
  test.each<[string, string | ((json: Json) => void)]>([
    ['b.json: not JSON (', '{"schemaVersion": 1,'],
    ['b.json: expected an object, got an array', '[]'],
    ['b.json: schemaVersion: expected 1, got 2', (json) => (json.schemaVersion = 2)],
    ['b.json: schemaVersion: expected 1, got "1"', (json) => (json.schemaVersion = '1')],
    ['b.json: recordedAt: expected an ISO 8601 time, got "yesterday"', (json) => (json.recordedAt = 'yesterday')],
    ['b.json: unknown field "sample" (expected schemaVersion, recordedAt, commit, routes)', (json) => (json.sample = [])],
    ['b.json: routes["/search"].samples[1]: expected milliseconds (a finite number ≥ 0), got -12', (json) => (json.routes['/search'].samples[1] = -12)],
    ['b.json: routes["/search"].samples[0]: expected milliseconds (a finite number ≥ 0), got "10"', (json) => (json.routes['/search'].samples[0] = '10')],
    ['b.json: routes["/search"].samples[2]: expected milliseconds (a finite number ≥ 0), got null', (json) => (json.routes['/search'].samples[2] = null)],
    ['b.json: routes["/"].samples: expected at most 20000 entries, got 20001', (json) => (json.routes['/'].samples = many(20_001))],
    ['b.json: routes["/"].history: expected at most 20 entries, got 21', (json) => (json.routes['/'].history = many(21).map(() => ({ at: '2026-12-07T12:00:00Z', p95Ms: 1 })))],
    ['b.json: routes["/search"].history[1].p95Ms: expected milliseconds (a finite number ≥ 0), got an object', (json) => (json.routes['/search'].history[1].p95Ms = {})],
    ['b.json: routes["/"]: expected an object, got "fast"', (json) => (json.routes['/'] = 'fast')],
    ['b.json: routes: expected at most 200 routes, got 201', (json) => (json.routes = Object.fromEntries(many(201).map((i) => [`/${i}`, { samples: [], history: [] }])))],
    ['b.json: commit: expected a non-empty string, got a string of 5000 characters', (json) => (json.commit = 'x'.repeat(5000))]
  ])('%s', (message, change) => {
    const json = valid();
    if (typeof change !== 'string') change(json);
    const text = typeof change === 'string' ? change : JSON.stringify(json);
    let error: unknown;
    try {
      parseBaseline(text, 'b.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BaselineError);
    expect((error as Error).message.startsWith(message)).toBe(true);
  });
});
