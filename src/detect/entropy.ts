/**
 * Shannon entropy of a string, in bits per character: how surprising each character is given the
 * string's own character frequencies (C. E. Shannon, "A Mathematical Theory of Communication",
 * 1948, §6). A random base62 token of 40 characters scores about 5; `password123` about 3.3;
 * `aaaaaaaa` 0. Rules use it (`minEntropy`) to tell generated credentials from words and
 * placeholders; gitleaks' generic rule gates at 3.5 the same way.
 */

/** Bits per character, 0 for the empty string. Counts UTF-16 code units: secrets are ASCII. */
export function shannonEntropy(value: string): number {
  const length = value.length;
  if (length === 0) return 0;
  const counts = new Map<number, number>();
  for (let index = 0; index < length; index += 1) {
    const code = value.charCodeAt(index);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const share = count / length;
    bits -= share * Math.log2(share);
  }
  return bits;
}
