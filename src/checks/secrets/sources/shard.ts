/**
 * Sharding: `--shard 2/4` (or the `shard` input) scans one deterministic quarter of the files, so a
 * workflow matrix of four jobs covers every file exactly once. The share is a hash of the path, not
 * its position in a listing, so every job agrees without talking to the others and a file stays in
 * its shard when others are added.
 */
import type { Shard } from '../../../context/context.js';
import type { PathFilter } from '../../../files/filter-paths.js';

/**
 * 32-bit FNV-1a over the path's UTF-8 bytes (http://www.isthe.com/chongo/tech/comp/fnv/): tiny,
 * fast, well spread for short strings, and the same on every machine.
 */
export function hashPath(path: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(path, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Whether `path` belongs to `shard` (1-based index); every path belongs to a missing shard. */
export function inShard(path: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count <= 1) return true;
  return hashPath(path) % shard.count === shard.index - 1;
}

/** The include/exclude globs and the shard, as one test applied before a file is read. */
export function selectPaths(isIncluded: PathFilter, shard: Shard | undefined): PathFilter {
  return (path) => isIncluded(path) && inShard(path, shard);
}
