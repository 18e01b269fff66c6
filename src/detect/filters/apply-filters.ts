/**
 * The row of false-positive filters, cheapest and most certain first; the first `drop` wins, a
 * `lower` is remembered. A rule opts out of a shared filter with `skipFilters` when the shape is its
 * documented format; its own `isFalsePositive` runs after the shared ones.
 */
import type { FilterInput, FilterVerdict, SharedFilter } from './filter-types.js';
import { generatedFileFilter } from './generated-file.js';
import { hashFilter } from './hash.js';
import { lockfileIntegrityFilter } from './lockfile-integrity.js';
import { placeholderFilter } from './placeholder.js';
import { publicKeyFilter } from './public-key.js';
import { testFixtureFilter } from './test-fixture.js';
import { uuidFilter } from './uuid.js';

export const SHARED_FILTERS: readonly SharedFilter[] = [
  generatedFileFilter,
  placeholderFilter,
  uuidFilter,
  hashFilter,
  lockfileIntegrityFilter,
  publicKeyFilter,
  testFixtureFilter
];

export function applyFilters(input: FilterInput): FilterVerdict {
  const skipped = input.rule.skipFilters ?? [];
  let verdict: FilterVerdict = 'keep';
  for (const filter of SHARED_FILTERS) {
    if (skipped.includes(filter.name)) continue;
    const said = filter.judge(input);
    if (said === 'drop') return 'drop';
    if (said === 'lower') verdict = 'lower';
  }
  if (input.rule.isFalsePositive?.(input.value, input.line)) return 'drop';
  return verdict;
}
