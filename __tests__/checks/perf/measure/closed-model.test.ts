/**
 * measureTargets in the closed model (the default), against real latency servers on 127.0.0.1:
 * counts, A/B interleaving, the concurrency bound, errors, the deadline, the request cap, bodies,
 * and medians that follow the server's.
 */
import { measureTargets } from '../../../../src/checks/perf/measure/measure-targets.js';
import type { HttpClient } from '../../../../src/http/http-types.js';
import { startHttpServer } from '../../../helpers/test-servers.js';
import { clock, latencyServer, measure, median, target, useMeasureFixture } from './measure-fixture.js';

useMeasureFixture();

const FAST = { medianMs: 1 };

describe('counts', () => {
  it('sends warm-up then samples per target; only the samples are returned, all ok', async () => {
    const server = await latencyServer({ seed: 1, profile: FAST });
    const result = await measure([target('a', `${server.url}/a`), target('b', `${server.url}/b`)], { warmup: 3, samples: 7, concurrency: 2 });
    expect(server.requests).toHaveLength(20);
    expect([...result.keys()]).toEqual(['a', 'b']);
    for (const samples of result.values()) {
      expect(samples).toHaveLength(7);
      for (const sample of samples) expect(sample).toEqual({ latencyMs: expect.any(Number), ok: true, status: 200, overheadMs: expect.any(Number) });
    }
  });

  it('never sends more than maxRequests, cut by whole rounds so both targets keep as many samples', async () => {
    const server = await latencyServer({ seed: 1, profile: FAST });
    const result = await measure([target('a', `${server.url}/a`), target('b', `${server.url}/b`)], { warmup: 2, samples: 10, concurrency: 3, maxRequests: 9 });
    expect(server.requests).toHaveLength(8);
    expect(result.get('a')).toHaveLength(2);
    expect(result.get('b')).toHaveLength(2);
  });
});

describe('interleaving', () => {
  it('sends A, B, A, B… on one host (one request per target per round)', async () => {
    const server = await latencyServer({ seed: 1, profile: FAST });
    await measure([target('a', `${server.url}/a`), target('b', `${server.url}/b`)], { warmup: 1, samples: 4 });
    expect(server.served.map((request) => request.path)).toEqual(Array(5).fill(['/a', '/b']).flat());
  });

  it('interleaves a live reference on another host with the deploy (compareTo)', async () => {
    const deploy = await latencyServer({ seed: 1, profile: FAST });
    const reference = await latencyServer({ seed: 2, profile: FAST });
    await measure([target('now', `${deploy.url}/`), target('ref', `${reference.url}/`)], { samples: 6 });
    const arrivals = [...deploy.served.map((request) => ({ at: request.arrivedAt, who: 'now' })), ...reference.served.map((request) => ({ at: request.arrivedAt, who: 'ref' }))];
    expect(arrivals.sort((x, y) => x.at - y.at).map((arrival) => arrival.who)).toEqual(Array(6).fill(['now', 'ref']).flat());
  });
});

describe('concurrency', () => {
  it.each([1, 3])('keeps at most %i requests in flight at the server, and uses them', async (concurrency) => {
    const server = await latencyServer({ seed: 1, profile: { medianMs: 20 } });
    await measure([target('a', `${server.url}/a`), target('b', `${server.url}/b`)], { samples: 6, concurrency });
    expect(server.maxInFlight()).toBe(concurrency);
  });
});

describe('errors are samples, not ok', () => {
  it('counts 500s, refused connections and timeouts, each with its latency', async () => {
    const server = await latencyServer({ seed: 1, profile: FAST, paths: { '/broken': { medianMs: 1, status: 500 }, '/hung': { medianMs: 2000 } } });
    const gone = await startHttpServer(() => undefined);
    await gone.close();
    const result = await measure([target('ok', `${server.url}/`), target('broken', `${server.url}/broken`), target('gone', `${gone.url}/`), target('hung', `${server.url}/hung`, 100)], {
      samples: 2,
      concurrency: 4
    });
    expect(result.get('ok')).toEqual(Array(2).fill({ latencyMs: expect.any(Number), ok: true, status: 200, overheadMs: expect.any(Number) }));
    expect(result.get('broken')).toEqual(Array(2).fill({ latencyMs: expect.any(Number), ok: false, status: 500, overheadMs: expect.any(Number) }));
    expect(result.get('gone')).toEqual(Array(2).fill({ latencyMs: expect.any(Number), ok: false, failure: 'refused' }));
    expect(result.get('hung')).toEqual(Array(2).fill({ latencyMs: expect.any(Number), ok: false, failure: 'timeout' }));
    // A timeout is as slow as the time it took: never a fast sample.
    for (const sample of result.get('hung')!) expect(sample.latencyMs).toBeGreaterThanOrEqual(90);
    // A failure has no HTTP-layer timing to set the client's share against: no overhead is claimed.
    for (const sample of [...result.get('gone')!, ...result.get('hung')!]) expect(sample.overheadMs).toBeUndefined();
  });
});

describe('bounds', () => {
  it('stops at the deadline and returns what was measured: fewer samples than asked', async () => {
    const server = await latencyServer({ seed: 1, profile: { medianMs: 200 } });
    const result = await measure([target('slow', `${server.url}/`)], { samples: 50, deadline: clock.now() + 500 });
    const samples = result.get('slow')!;
    expect(samples.length).toBeGreaterThanOrEqual(1);
    expect(samples.length).toBeLessThanOrEqual(3);
    // The request cut at the deadline was abandoned, not counted as an error.
    expect(samples.every((sample) => sample.ok)).toBe(true);
    expect(server.requests.length).toBeLessThanOrEqual(samples.length + 1);
  });

  it("stops when the check's signal aborts, passing it to the request in flight", async () => {
    const server = await latencyServer({ seed: 1, profile: { medianMs: 150 } });
    const check = new AbortController();
    setTimeout(() => check.abort(new Error('check deadline')), 400);
    const result = await measure([target('slow', `${server.url}/`)], { samples: 50 }, check.signal);
    expect(result.get('slow')!.length).toBeLessThan(50);
    expect(result.get('slow')!.every((sample) => sample.ok)).toBe(true);
    // The request in flight was aborted: the server sees its client leave (a moment later).
    for (let tries = 0; tries < 50 && server.inFlight() > 0; tries++) await clock.sleep(10);
    expect(server.inFlight()).toBe(0);
    expect(server.served.at(-1)!.answeredAt).toBeUndefined();
  });
});

describe('bodies', () => {
  it('reads a large body to its end without keeping it, on one keep-alive connection', async () => {
    const server = await latencyServer({ seed: 1, profile: { medianMs: 1, bodyBytes: 300_000 } });
    const result = await measure([target('big', `${server.url}/big`)], { warmup: 1, samples: 5 });
    expect(result.get('big')!.map((sample) => sample.ok)).toEqual(Array(5).fill(true));
    expect(server.connections()).toBe(1);
  });
});

describe('medians follow the server', () => {
  it("measures close to the server's drawn delays (loopback and timers add little)", async () => {
    const server = await latencyServer({ seed: 42, profile: { medianMs: 10, sigma: 0.3 }, paths: { '/slow': { medianMs: 30, sigma: 0.3 } } });
    const result = await measure([target('fast', `${server.url}/fast`), target('slow', `${server.url}/slow`)], { samples: 40, concurrency: 2 });
    const drawn = (path: string): number => median(server.served.filter((request) => request.path === path).map((request) => request.delayMs));
    const measured = (id: string): number => median(result.get(id)!.map((sample) => sample.latencyMs));
    for (const [id, path, configured] of [['fast', '/fast', 10], ['slow', '/slow', 30]] as const) {
      expect(measured(id)).toBeGreaterThanOrEqual(drawn(path) * 0.95);
      expect(measured(id)).toBeLessThan(configured * 1.5 + 2);
    }
    expect(measured('slow') / measured('fast')).toBeGreaterThan(2);
    expect(measured('slow') / measured('fast')).toBeLessThan(4);
  });
});

describe('bugs are not samples', () => {
  const deps = (http: HttpClient) => ({ http, clock, signal: new AbortController().signal });
  const options = { samples: 2, warmup: 0, concurrency: 1, deadline: clock.now() + 5000, maxRequests: 100 };

  it('rejects when the client fails with something other than an HttpFailure', async () => {
    const broken: HttpClient = { request: () => Promise.reject(new TypeError('a bug')), close: async () => {} };
    await expect(measureTargets([target('a', 'http://127.0.0.1:9/')], deps(broken), options)).rejects.toThrow('a bug');
  });

  it.each([
    { name: 'samples', change: { samples: 1.5 } },
    { name: 'concurrency', change: { concurrency: 0 } },
    { name: 'rate', change: { rate: 0 } },
    { name: 'maxRequests', change: { maxRequests: -1 } }
  ])('refuses a $name the config should have refused', async ({ name, change }) => {
    const unused: HttpClient = { request: () => Promise.reject(new Error('not sent')), close: async () => {} };
    await expect(measureTargets([target('a', 'http://127.0.0.1:9/')], deps(unused), { ...options, ...change })).rejects.toThrow(name);
  });

  it('refuses two targets with one id', async () => {
    const unused: HttpClient = { request: () => Promise.reject(new Error('not sent')), close: async () => {} };
    await expect(measureTargets([target('a', 'http://127.0.0.1:9/'), target('a', 'http://127.0.0.1:9/b')], deps(unused), options)).rejects.toThrow('unique');
  });
});
