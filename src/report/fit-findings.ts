/**
 * Size budgets (GitHub's 65,536-character comment body, the 1 MiB step summary): render with as
 * many findings as fit, dropping rows from the least severe end so what blocks the PR stays visible.
 */
import type { Finding } from './finding.js';

/** Renders the document showing only `shown`; `hidden` is how many were left out. */
export type RenderWith = (shown: ReadonlySet<Finding>, hidden: number) => string;

/**
 * The longest rendering that `fits`, showing a prefix of `findings` (sorted most severe first).
 * Binary search over the prefix length: a rendering grows with each row (nearly: a `<details>`
 * wrapper or a shorter "N more" count can make it step unevenly, which costs at most a row, never
 * the limit), and each probe is one linear render, so 2,000 findings take about a dozen renders.
 * `undefined` when not even the rendering with no findings fits.
 */
export function fitFindings(
  findings: readonly Finding[],
  render: RenderWith,
  fits: (text: string) => boolean
): string | undefined {
  const renderPrefix = (count: number): string =>
    render(new Set(findings.slice(0, count)), findings.length - count);
  const full = renderPrefix(findings.length);
  if (fits(full)) return full;
  let best: string | undefined;
  let low = 0;
  let high = findings.length - 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const text = renderPrefix(middle);
    if (fits(text)) {
      best = text;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}
