/**
 * The sentence that says how many files a scan skipped and why, for the check's `reason`: the
 * metrics count skips too, but the comment's one-liner shows only the first two metrics, and a scan
 * of `node_modules` that skipped all 16,475 files read "passed" (issue 13). When files were given
 * and none was scanned, the sentence starts with "nothing scanned" and the check is `skipped`.
 */
import type { SkipReason } from '../../files/skip-policy.js';
import { formatNumber } from '../../report/format-values.js';
import type { ScanTally } from './scan-sources.js';

/** How each reason reads after a count (one, more), in the order they are listed. */
const REASON_WORDS: Readonly<Record<SkipReason, readonly [string, string]>> = {
  vendored: ['vendored', 'vendored'],
  minified: ['minified', 'minified'],
  binary: ['binary', 'binary'],
  'too-large': ['too large', 'too large'],
  symlink: ['symlink', 'symlinks'],
  'not-a-file': ['not a regular file', 'not regular files'],
  'no-patch': ['without a patch from GitHub', 'without a patch from GitHub']
};

/** Said when vendored or minified files were skipped: those are the skips a user may want lifted. */
const LIFT_HINT =
  'vendored and minified files are scanned when named: a folder on the command line ' +
  '(`launch-ready secrets scan node_modules`) or a `secrets.paths.include` glob (`vendor/**`)';

/** Whether nothing was scanned although files were given: the check says so as `skipped`, not `passed`. */
export function scannedNothing(tally: ScanTally): boolean {
  return tally.filesScanned === 0 && tally.skipped.size > 0;
}

/** `skipped 4 of 5 files: 3 vendored, 1 binary; …`, or undefined when no file was skipped. */
export function describeSkips(tally: ScanTally): string | undefined {
  const skipped = [...tally.skipped.values()].reduce((sum, count) => sum + count, 0);
  if (skipped === 0) return undefined;
  const reasons = (Object.keys(REASON_WORDS) as SkipReason[])
    .filter((reason) => tally.skipped.has(reason))
    .map((reason) => {
      const count = tally.skipped.get(reason) ?? 0;
      return `${formatNumber(count)} ${REASON_WORDS[reason][count === 1 ? 0 : 1]}`;
    })
    .join(', ');
  const hint = tally.skipped.has('vendored') || tally.skipped.has('minified') ? `; ${LIFT_HINT}` : '';
  if (scannedNothing(tally)) {
    const given = skipped === 1 ? 'the 1 file given was' : `all ${formatNumber(skipped)} files given were`;
    return `nothing scanned: ${given} skipped (${reasons})${hint}`;
  }
  return `skipped ${formatNumber(skipped)} of ${formatNumber(skipped + tally.filesScanned)} files: ${reasons}${hint}`;
}
