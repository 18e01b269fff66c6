/**
 * Test fixtures that say they are fake: a value containing `fake`, `dummy`, `example`, `test` or
 * `mock` in a test path (`__tests__/`, `test/`, `tests/`, `spec/`, `fixtures/`, `testdata/`,
 * `*.test.*`, `*.spec.*`). Kept at low confidence rather than dropped: a real key pasted into a
 * test is still a leak, and the word may be a coincidence. Obvious placeholders are dropped before
 * this filter runs.
 */
import type { SharedFilter } from './filter-types.js';

const TEST_PATH = /(?:^|\/)(?:__tests__|__mocks__|tests?|spec|fixtures?|testdata)\/|\.(?:test|spec)\.[^/]+$/i;
const FAKE_WORDS = /fake|dummy|example|test|mock/i;

export function isMarkedFakeFixture(path: string, value: string): boolean {
  return TEST_PATH.test(path) && FAKE_WORDS.test(value);
}

export const testFixtureFilter: SharedFilter = {
  name: 'test-fixture',
  judge: ({ path, value }) => (isMarkedFakeFixture(path, value) ? 'lower' : 'keep')
};
