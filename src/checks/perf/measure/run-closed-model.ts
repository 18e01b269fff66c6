/**
 * The closed model (the default): `concurrency` workers, each sending the next scheduled request
 * as soon as its previous one is answered. The server's pace sets the send rate, so a stall delays
 * the requests behind it instead of showing in them (coordinated omission): fine for "how fast is
 * this route at this concurrency", which is what a budget and an A/B comparison ask.
 * Latency counts from the moment each request is sent.
 */
import type { Run } from './measure-types.js';

export async function runClosedModel(run: Run, concurrency: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < run.schedule.length && !run.stopped()) {
      const index = next++;
      await run.send(index, run.clock.now());
    }
  };
  const workers = Math.max(1, Math.min(concurrency, run.schedule.length));
  await Promise.all(Array.from({ length: workers }, worker));
}
