// The servers the perf benchmark (perf.mjs) measures: the tests' own seeded lognormal latency server
// (__tests__/helpers/latency-server.ts, bundled by esbuild through scripts/corpus/load-ts.mjs),
// listening once per side on 127.0.0.1, port 0, in a child process of its own so its timers never
// share an event loop with the process measuring them. The perf check measures
// `${baseUrl}${route.path}`, so the two sides of a comparison are two ports, not two paths.
//
// Forked with `--serve JSON`, JSON being `{ NAME: { seed, scale } }`: one server per name whose
// delays are `scale` × PROFILE (scale 1.25 → every quantile, p95 included, 25 % slower). It sends
// `{ ports: { NAME: port } }` once all listen, answers `{ reset: true }` with
// `{ served: { NAME: requests since the last reset }, maxInFlight: { NAME: n } }` (and forgets what it
// recorded, so a long benchmark does not grow the heap), and exits when the benchmark disconnects.
import { join } from 'node:path';
import { importTs } from '../corpus/load-ts.mjs';

/** Median ~20 ms, sigma 0.3 (p95 ≈ 33 ms), 1 % outliers 5× slower: issue 15's bench distribution. */
export const PROFILE = { medianMs: 20, sigma: 0.3, outlierRate: 0.01, outlierFactor: 5 };

if (process.send && process.argv.includes('--serve')) {
  const sides = JSON.parse(process.argv[process.argv.indexOf('--serve') + 1]);
  const { startLatencyServer } = await importTs(join(import.meta.dirname, '..', '..', '__tests__', 'helpers', 'latency-server.ts'));
  const servers = {};
  for (const [name, { seed, scale }] of Object.entries(sides)) {
    servers[name] = await startLatencyServer({ seed, profile: { ...PROFILE, medianMs: PROFILE.medianMs * scale } });
  }
  const each = (fn) => Object.fromEntries(Object.entries(servers).map(([name, server]) => [name, fn(server)]));
  process.on('message', (message) => {
    if (!message?.reset) return;
    const served = each((server) => server.served.length);
    const maxInFlight = each((server) => server.maxInFlight());
    for (const server of Object.values(servers)) {
      server.served.length = 0;
      server.requests.length = 0;
    }
    process.send({ served, maxInFlight });
  });
  process.on('disconnect', async () => {
    await Promise.all(Object.values(servers).map((server) => server.close()));
    process.exit(0);
  });
  process.send({ ports: each((server) => server.port) });
}
