/**
 * measureTargets in the open model (`rate`): it keeps its schedule whatever the server does, and
 * counts latency from each request's intended send time, so a stall shows in every request that
 * was due during it (coordinated omission), where the closed model shows it once.
 */
import { clock, latencyServer, measure, median, target, useMeasureFixture } from './measure-fixture.js';

useMeasureFixture();

const OWN_DELAY_MS = 2;
const STALL_MS = 300;

describe('a server that stalls for 300 ms at its 10th request', () => {
  it('open model, 50/s: keeps sending through the stall, and the requests due meanwhile show their wait', async () => {
    const server = await latencyServer({ seed: 3, profile: { medianMs: OWN_DELAY_MS } });
    server.stall(STALL_MS, { atRequest: 10 });
    const samples = (await measure([target('a', `${server.url}/`)], { samples: 30, rate: 50, concurrency: 2 })).get('a')!;
    expect(samples).toHaveLength(30);
    const stallStart = server.served[9]!.arrivedAt;
    const arrivedDuringStall = server.served.filter((request) => request.arrivedAt >= stallStart && request.arrivedAt < stallStart + STALL_MS);
    // ~15 were due (one per 20 ms): the schedule was kept, `concurrency` did not hold them back.
    expect(arrivedDuringStall.length).toBeGreaterThanOrEqual(10);
    expect(server.maxInFlight()).toBeGreaterThan(2);
    // The server's own delay is 2 ms; the requests due early in the stall waited for most of it.
    expect(samples.slice(9).filter((sample) => sample.latencyMs > 100).length).toBeGreaterThanOrEqual(5);
    expect(samples.slice(0, 9).every((sample) => sample.latencyMs < 100)).toBe(true);
  });

  it('closed model, one at a time: the stall shows in one sample only (why the open model exists)', async () => {
    const server = await latencyServer({ seed: 3, profile: { medianMs: OWN_DELAY_MS } });
    server.stall(STALL_MS, { atRequest: 10 });
    const samples = (await measure([target('a', `${server.url}/`)], { samples: 30, concurrency: 1 })).get('a')!;
    expect(samples.filter((sample) => sample.latencyMs > 100)).toHaveLength(1);
    expect(samples[9]!.latencyMs).toBeGreaterThanOrEqual(STALL_MS * 0.9);
  });
});

describe('the schedule', () => {
  it('never sends faster than the rate: the 20th request at 100/s is not sent before 190 ms', async () => {
    const server = await latencyServer({ seed: 3, profile: { medianMs: 1 } });
    // A request may arrive late (a busy machine), never early: the last one is due 190 ms after the
    // start. (The span between the first and last arrivals shrinks when the first is late.)
    const started = performance.now();
    await measure([target('a', `${server.url}/a`), target('b', `${server.url}/b`)], { samples: 10, rate: 100 });
    const arrivals = server.served.map((request) => request.arrivedAt);
    expect(arrivals).toHaveLength(20);
    expect(arrivals.at(-1)! - started).toBeGreaterThanOrEqual(185);
    expect(server.served.map((request) => request.path)).toEqual(Array(10).fill(['/a', '/b']).flat());
  });

  it('stops at the deadline: requests due after it are not sent', async () => {
    const server = await latencyServer({ seed: 3, profile: { medianMs: 1 } });
    const samples = (await measure([target('a', `${server.url}/`)], { samples: 100, rate: 20, deadline: clock.now() + 300 })).get('a')!;
    // Due at 0, 50, …, 250 ms: six at most.
    expect(samples.length).toBeGreaterThanOrEqual(1);
    expect(samples.length).toBeLessThanOrEqual(6);
    expect(server.requests.length).toBeLessThanOrEqual(6);
  });

  it("times a steady server close to its own delays", async () => {
    const server = await latencyServer({ seed: 9, profile: { medianMs: 10, sigma: 0.3 } });
    const samples = (await measure([target('a', `${server.url}/`)], { samples: 40, rate: 100 })).get('a')!;
    const drawn = median(server.served.map((request) => request.delayMs));
    const measured = median(samples.map((sample) => sample.latencyMs));
    expect(measured).toBeGreaterThanOrEqual(drawn * 0.95);
    expect(measured).toBeLessThan(10 * 1.5 + 2);
  });
});
