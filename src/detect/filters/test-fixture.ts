/**
 * Test fixtures that say they are fake: a value containing `fake`, `dummy`, `example`, `test` or
 * `mock` in a test path (`__tests__/`, `test/`, `tests/`, `spec/`, `fixtures/`, `testdata/`,
 * `*.test.*`, `*.spec.*`). Dropped, as the false-positive list asks, unless the value
 * passes its format's checksum: a verified token is a real one pasted into a test, still a leak, so
 * it stays at low confidence. (The accuracy bench counted 17 of 19 false positives here when
 * every marked fixture was kept.) Obvious placeholders are dropped before this filter runs.
 */
import type { SharedFilter } from './filter-types.js';

const TEST_PATH = /(?:^|\/)(?:__tests__|__mocks__|tests?|spec|fixtures?|testdata)\/|\.(?:test|spec)\.[^/]+$/i;
const FAKE_WORDS = /fake|dummy|example|test|mock/i;

export function isMarkedFakeFixture(path: string, value: string): boolean {
  return TEST_PATH.test(path) && FAKE_WORDS.test(value);
}

export const testFixtureFilter: SharedFilter = {
  name: 'test-fixture',
  judge: ({ path, value, rule }) => {
    if (!isMarkedFakeFixture(path, value)) return 'keep';
    return rule.verify?.(value) === true ? 'lower' : 'drop';
  }
};
