/** What a run measured, per route: this deploy's samples, the live reference's, and where they came from. */
import type { Sample } from './perf-types.js';

/** Measured routes keyed by path; `secrets` are values filled into the requests, never to print. */
export interface Measured {
  current: Map<string, Sample[]>;
  reference: Map<string, Sample[]>;
  urls: Map<string, string>;
  secrets: string[];
}

/** The latencies of the requests that got a 2xx answer. */
export function okLatencies(samples: readonly Sample[]): number[] {
  return samples.filter((sample) => sample.ok).map((sample) => sample.latencyMs);
}
