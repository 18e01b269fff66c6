/**
 * Subresource-integrity strings (`sha512-<base64>`, W3C SRI §3.1) in lockfiles and HTML, and the
 * checksum lines of lockfiles: base64 and hex digests that generic rules would take for keys.
 * A lockfile line without such a word is still scanned: a registry token in a `resolved` URL is a
 * real leak.
 */
import type { SharedFilter } from './filter-types.js';

/** Lockfiles of npm, Yarn, pnpm, Bun, Cargo, Composer, Bundler, Poetry, Go and Pipenv. */
const LOCKFILES: ReadonlySet<string> = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'Cargo.lock',
  'composer.lock',
  'Gemfile.lock',
  'poetry.lock',
  'go.sum',
  'Pipfile.lock'
]);

const SRI_VALUE = /^sha(?:1|224|256|384|512)-[A-Za-z0-9+/]+={0,2}$/;
/** The text just before a value that a rule cut out of an SRI string. */
const SRI_PREFIX = /sha(?:1|224|256|384|512)-[A-Za-z0-9+/]*$/;
const CHECKSUM_WORDS = /integrity|checksum|hash|sha\d|h1:|resolution/i;

export function isIntegrityString(input: { value: string; line: string; path: string; text: string; start: number }): boolean {
  if (SRI_VALUE.test(input.value)) return true;
  if (SRI_PREFIX.test(input.text.slice(Math.max(0, input.start - 96), input.start))) return true;
  const name = input.path.slice(input.path.lastIndexOf('/') + 1);
  return LOCKFILES.has(name) && CHECKSUM_WORDS.test(input.line);
}

export const lockfileIntegrityFilter: SharedFilter = {
  name: 'lockfile-integrity',
  judge: (input) => (isIntegrityString(input) ? 'drop' : 'keep')
};
