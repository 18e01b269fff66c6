/**
 * The per-value scrypt of a person-chosen secret's fingerprint (see the threat model in
 * fingerprint.ts): N=2^12, r=8, about 4 MiB and 5–12 ms per value, which is what each guess of an
 * attacker holding the salt costs too. On the calling thread, or in libuv's thread pool a few at a
 * time.
 */
import { scrypt, scryptSync } from 'node:crypto';
import { availableParallelism } from 'node:os';

/** 64 bits: plenty to tell a repository's findings apart, and less to work with for an attacker. */
export const FINGERPRINT_HEX_LENGTH = 16;
const PER_VALUE_PARAMS = { N: 2 ** 12, r: 8, p: 1, maxmem: 16 * 1024 * 1024 };

/** libuv's default pool size (`UV_THREADPOOL_SIZE` unset); scrypt beyond it would only queue. */
const LIBUV_POOL_SIZE = 4;

/** The stretched fingerprint of `input` under the run key, on the calling thread. */
export function stretchSync(input: string, key: Buffer): string {
  return scryptSync(input, key, FINGERPRINT_HEX_LENGTH / 2, PER_VALUE_PARAMS).toString('hex');
}

/**
 * Stretches in the thread pool, one value per core at most. Values are stretched after the scan
 * (when a baseline asks), so the scan's threads are idle by then and every core can take one.
 */
export function createStretcher(limit: number = Math.max(1, Math.min(LIBUV_POOL_SIZE, availableParallelism()))): (input: string, key: Buffer) => Promise<string> {
  const waiting: Array<() => void> = [];
  let running = 0;
  // A finished stretch hands its slot to the next waiting one, so `running` never exceeds `limit`.
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return async (input, key) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await new Promise<string>((resolve, reject) =>
        scrypt(input, key, FINGERPRINT_HEX_LENGTH / 2, PER_VALUE_PARAMS, (error, derived) => (error ? reject(error) : resolve(derived.toString('hex'))))
      );
    } finally {
      release();
    }
  };
}
