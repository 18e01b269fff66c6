/**
 * "Did you mean …?" for misspelt keys and enum values, the way `git` and `tsc` suggest names.
 */

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of one substring):
 * insertions, deletions, substitutions and transpositions of two adjacent characters each cost 1,
 * so the common typos `samles` (a dropped letter) and `hgih` (swapped letters) are both 1 away.
 */
export function editDistance(a: string, b: string): number {
  // Three rolling rows instead of the full matrix: the transposition needs the row before last.
  let beforeLast: number[] = [];
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, beforeLast[j - 2]! + 1);
      }
      row.push(best);
    }
    beforeLast = last;
    last = row;
  }
  return last[b.length]!;
}

/**
 * The candidate closest to `name`, compared case-insensitively (so `failon` suggests `failOn`), or
 * undefined when none is close: at most 1 edit for names up to 4 characters, 2 up to 8, else 3.
 * Ties go to the earlier candidate, so list candidates in the order the docs present them.
 */
export function suggestName(name: string, candidates: readonly string[]): string | undefined {
  const wanted = name.toLowerCase();
  const limit = wanted.length <= 4 ? 1 : wanted.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    // A distance equal to the candidate's length means nothing in common: no suggestion.
    if (distance < bestDistance && distance < candidate.length) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
