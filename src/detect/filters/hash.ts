/**
 * Hex digests next to a word that says so: `sha256: 9f86…`, `"integrity": …`, `md5sum`, a git
 * commit id. MD5, SHA-1, SHA-224, SHA-256, SHA-384 and SHA-512 digests are 32, 40, 56, 64, 96 and
 * 128 hex characters; generic rules see them as high-entropy strings. Only with a hash word on the
 * line: a bare 40-hex value can also be a real token (several providers issue hex keys).
 */
import type { SharedFilter } from './filter-types.js';

const DIGEST_LENGTHS: ReadonlySet<number> = new Set([32, 40, 56, 64, 96, 128]);
const HEX = /^[0-9a-f]+$/i;
/** `sha` only as a word or with its digits (`sha256`), not inside `shared_secret`. */
const HASH_WORDS = /(?<![a-z])sha(?:\d|(?![a-z]))|md5|hash|integrity|checksum|digest|commit|etag|fingerprint/i;

/** `sha256:…` or `md5=…` in front of the digest belongs to the word, not the value. */
const ALGORITHM_PREFIX = /^(?:sha\d{1,3}|md5)[:=-]/i;

export function isLabelledHash(value: string, line: string): boolean {
  const digest = value.replace(ALGORITHM_PREFIX, '');
  return DIGEST_LENGTHS.has(digest.length) && HEX.test(digest) && HASH_WORDS.test(line);
}

export const hashFilter: SharedFilter = {
  name: 'hash',
  judge: ({ value, line }) => (isLabelledHash(value, line) ? 'drop' : 'keep')
};
