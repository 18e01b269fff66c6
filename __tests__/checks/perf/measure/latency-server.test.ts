/**
 * The latency server the perf tests and benches rely on (helpers/latency-server.ts): its delays
 * follow the configured lognormal with outliers, are the same for a seed whatever the order of
 * arrivals across paths, scale exactly with the median, and can be changed or stalled while running.
 */
import { createHttpClient } from '../../../../src/http/create-http-client.js';
import { drawDelay, startLatencyServer, type LatencyServer } from '../../../helpers/latency-server.js';
import { seededRandom } from '../../../helpers/seeded-random.js';
import { median } from './measure-fixture.js';

const client = createHttpClient({ connections: 4 });
const servers: LatencyServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(() => client.close());

async function server(options: Parameters<typeof startLatencyServer>[0]): Promise<LatencyServer> {
  const started = await startLatencyServer(options);
  servers.push(started);
  return started;
}

/** GETs the paths one after another; returns each answer's status. */
async function visit(target: LatencyServer, paths: string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const path of paths) statuses.push((await client.request({ method: 'GET', url: `${target.url}${path}`, timeoutMs: 5000 })).status);
  return statuses;
}

const delaysOf = (target: LatencyServer, path: string): number[] => target.served.filter((request) => request.path === path).map((request) => request.delayMs);

describe('drawDelay', () => {
  it('draws a lognormal with the configured median and spread, and outliers at the configured rate', () => {
    const random = seededRandom(11);
    const draws = Array.from({ length: 4000 }, () => drawDelay(random, { medianMs: 20, sigma: 0.5, outlierRate: 0.05, outlierFactor: 8 }));
    const regular = draws.filter((draw) => !draw.outlier).map((draw) => Math.log(draw.delayMs));
    const mean = regular.reduce((sum, value) => sum + value, 0) / regular.length;
    const sd = Math.sqrt(regular.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (regular.length - 1));
    expect(Math.exp(median(regular))).toBeGreaterThan(19);
    expect(Math.exp(median(regular))).toBeLessThan(21);
    expect(sd).toBeGreaterThan(0.45);
    expect(sd).toBeLessThan(0.55);
    expect(draws.filter((draw) => draw.outlier).length / draws.length).toBeGreaterThan(0.04);
    expect(draws.filter((draw) => draw.outlier).length / draws.length).toBeLessThan(0.06);
  });
});

describe('the server', () => {
  it('gives the k-th request to a path the same delay for a seed, whatever the interleaving', async () => {
    const profile = { medianMs: 1, sigma: 0.5 };
    const grouped = await server({ seed: 5, profile });
    const interleaved = await server({ seed: 5, profile });
    await visit(grouped, ['/a', '/a', '/a', '/b', '/b', '/b']);
    await visit(interleaved, ['/b', '/a', '/b', '/a', '/b', '/a']);
    expect(delaysOf(interleaved, '/a')).toEqual(delaysOf(grouped, '/a'));
    expect(delaysOf(interleaved, '/b')).toEqual(delaysOf(grouped, '/b'));
    expect(delaysOf(grouped, '/a')).not.toEqual(delaysOf(grouped, '/b'));
  });

  it('scales exactly with the median for one seed (A/B without noise between A and B)', async () => {
    const a = await server({ seed: 8, profile: { medianMs: 1, sigma: 0.4 } });
    const b = await server({ seed: 8, profile: { medianMs: 1.25, sigma: 0.4 } });
    await visit(a, ['/x', '/x', '/x']);
    await visit(b, ['/x', '/x', '/x']);
    delaysOf(b, '/x').forEach((delay, index) => expect(delay / delaysOf(a, '/x')[index]!).toBeCloseTo(1.25, 10));
  });

  it('answers per path, and takes a new profile while running', async () => {
    const target = await server({ seed: 1, profile: { medianMs: 1 }, paths: { '/broken': { medianMs: 1, status: 503 } } });
    expect(await visit(target, ['/ok', '/broken'])).toEqual([200, 503]);
    target.setProfile({ medianMs: 2, status: 500 });
    target.setProfile({ medianMs: 3 }, '/broken');
    expect(await visit(target, ['/ok', '/broken'])).toEqual([500, 200]);
    expect(target.served.map((request) => request.delayMs)).toEqual([1, 1, 2, 3]);
  });

  it('holds every answer during a stall, and counts what is in flight', async () => {
    const target = await server({ seed: 1, profile: { medianMs: 1 } });
    target.stall(200);
    const started = performance.now();
    await Promise.all([visit(target, ['/one']), visit(target, ['/two'])]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(target.maxInFlight()).toBe(2);
    expect(target.inFlight()).toBe(0);
  });
});
