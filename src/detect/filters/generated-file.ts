/**
 * Files a tool wrote, where a name-based guess has nothing to go on: lockfiles (package names like
 * `js-tokens` and `auth-token` beside digests) and source maps (`mappings` is base64 VLQ, and
 * `sourcesContent` holds a package's source as escaped JSON, where `!!o.objectMode` in glob and
 * minipass was flagged, #16). Only the generic rule's guesses are dropped: a provider's token in a
 * lockfile's `resolved` URL or in a bundled config is still found by its own rule.
 */
import type { SharedFilter } from './filter-types.js';
import { LOCKFILES } from './lockfile-integrity.js';

export function isGeneratedFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.endsWith('.map') || LOCKFILES.has(name);
}

export const generatedFileFilter: SharedFilter = {
  name: 'generated-file',
  judge: ({ rule, path }) => (rule.category === 'generic' && isGeneratedFile(path) ? 'drop' : 'keep')
};
