import { setTimeout as delay } from 'node:timers/promises';

/** Time as checks see it: injected so that durations, expiry dates and waits are testable. */
export interface Clock {
  /** Milliseconds on a monotonic clock (not the wall clock), for durations. */
  now: () => number;
  /** Today's date from the wall clock, for expiry dates. */
  today: () => Date;
  /** Resolves after `ms`; rejects with the signal's reason when it aborts first. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** The process's clocks. */
export function systemClock(): Clock {
  return {
    now: () => performance.now(),
    today: () => new Date(),
    sleep: async (ms, signal) => {
      await delay(ms, undefined, signal ? { signal } : undefined);
    }
  };
}
