import type { CheckDeps } from '../../src/checks/check.js';
import type { Clock } from '../../src/clock.js';
import { createDnsClient } from '../../src/dns/create-dns-client.js';
import { silentLogger } from '../../src/logger.js';

/** A clock that stands still at `nowMs` on `today` and whose sleeps end at once. */
export function frozenClock(options: { nowMs?: number; today?: Date } = {}): Clock {
  const today = options.today ?? new Date();
  return { now: () => options.nowMs ?? 0, today: () => today, sleep: async () => {} };
}

/** The ports a check gets in tests: a silent logger, a frozen clock, a deadline that never passes, no env, a fresh DNS client. */
export function checkDeps(overrides: Partial<CheckDeps> = {}): CheckDeps {
  return { logger: silentLogger, clock: frozenClock(), signal: new AbortController().signal, env: {}, dns: createDnsClient(), ...overrides };
}
