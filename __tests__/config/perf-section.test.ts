/** The perf section: its keys and defaults, and located errors that say what would work. */
import { parseConfig } from '../../src/config/parse-config.js';
import { configErrorFor } from './config-error.js';

test('every key parses; routes as paths or objects; durations and percentages converted', () => {
  const perf = parseConfig(
    [
      'perf:',
      '  routes: [/, { path: /api/search, method: POST, headers: { x-a: b } }]',
      '  samples: 200',
      '  warmup: 10',
      '  concurrency: 2',
      '  rate: 25',
      '  maxRequests: 900',
      '  budget: { p95: 500ms, errorRate: 1% }',
      '  budgets: { /api/search: { p95: 1s } }',
      '  regression: { relative: 15%, absolute: 30ms }',
      '  compareTo: https://shop.example.com',
      '  import: ["k6/*.json"]'
    ].join('\n'),
    'launch-ready.yml'
  ).perf!;
  expect(perf).toEqual({
    routes: [
      { path: '/', method: 'GET' },
      { path: '/api/search', method: 'POST', headers: { 'x-a': 'b' } }
    ],
    samples: 200,
    warmup: 10,
    concurrency: 2,
    rate: 25,
    maxRequests: 900,
    budget: { p95Ms: 500, errorRate: 0.01 },
    budgets: { '/api/search': { p95Ms: 1_000 } },
    regression: { relative: 0.15, absoluteMs: 30 },
    compareTo: 'https://shop.example.com',
    import: ['k6/*.json']
  });
});

test.each([
  {
    name: 'too few samples for a p95 interval',
    yaml: ['perf:', '  samples: 20'],
    message: 'launch-ready.yml:2:12: perf.samples: 20 samples cannot bound p95 (a 95% interval needs at least 59); expected 59 or more, e.g. 100'
  },
  {
    name: 'a budget for a route that is not measured',
    yaml: ['perf:', '  routes: [/, /api/listings]', '  budgets: { /api/listing: { p95: 300ms } }'],
    message: 'launch-ready.yml:3:14: perf.budgets["/api/listing"]: unknown route "/api/listing"; did you mean "/api/listings"?; expected one of perf.routes (/, /api/listings)'
  },
  {
    name: 'a rate of zero',
    yaml: ['perf:', '  rate: 0'],
    message: /^launch-ready\.yml:2:9: perf\.rate: expected a number greater than 0/
  },
  {
    name: 'a route that is not a path',
    yaml: ['perf:', '  routes: [api]'],
    message: /perf\.routes\[0\]: expected a path starting with \/, like \/api\/health, or \{ path, method, headers \}; got "api"/
  }
])('$name: a located error', ({ yaml, message }) => {
  const got = configErrorFor(yaml);
  if (typeof message === 'string') expect(got).toBe(message);
  else expect(got).toMatch(message);
});
