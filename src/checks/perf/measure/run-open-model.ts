/**
 * The open model (`rate` set): request i is due at `start + i / rate` seconds, and latency counts
 * from that intended send time, not from the moment it went out. A stalled server therefore shows
 * in every request that was due during the stall, as users arriving meanwhile would see it, instead
 * of in the one request that happened to be in flight (coordinated omission, as wrk2 corrects it).
 *
 * The sending never slows down because the server is slow; that is the point. What bounds it:
 * the deadline, `maxRequests` (already cut from the schedule), and a hard cap of in-flight
 * requests. At the cap, sending waits for a slot, and the wait still counts in the latency of the
 * requests that are late. Requests over the client's pool size (connections per origin) wait in
 * the pool, which counts too. When our own timers run late (a busy runner), the lag counts as well:
 * the open model can only overstate latency, never hide it.
 */
import type { Run } from './measure-types.js';

/** In-flight requests at most in the open model, whatever the rate: a stalled host gets no flood. */
export const OPEN_MODEL_MAX_IN_FLIGHT = 256;

export async function runOpenModel(run: Run, rate: number): Promise<void> {
  const start = run.clock.now();
  const intervalMs = 1000 / rate;
  const inFlight = new Set<Promise<void>>();
  for (let index = 0; index < run.schedule.length; index++) {
    const due = start + index * intervalMs;
    if (due >= run.deadline) break;
    const wait = due - run.clock.now();
    // Behind schedule: send at once, no sleep (the backlog goes out in a burst, each timed from its due time).
    if (wait > 0) await run.clock.sleep(wait, run.signal).catch(() => undefined);
    while (inFlight.size >= OPEN_MODEL_MAX_IN_FLIGHT && !run.stopped()) await Promise.race(inFlight);
    if (run.stopped()) break;
    const sending: Promise<void> = run.send(index, due).finally(() => inFlight.delete(sending));
    inFlight.add(sending);
  }
  await Promise.all(inFlight);
}
