/**
 * Every regular file under a folder, listed as it is walked, in the order sorting the whole paths
 * would give: what `tinyglobby`'s `**` (dot files, no symlinks followed or listed, `.git` left out)
 * returns once sorted, but a file at a time, so the secrets scan reads and scans the first files
 * while the rest are listed. On the 16,500 files of the real-code benchmark, the listing took
 * ~300 ms before the first file could be scanned, and the scan workers sat idle through it.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { ALWAYS_IGNORED_NAME } from './always-ignored.js';

/**
 * Paths relative to `root`, `/`-separated. A folder that cannot be read is passed over, as the
 * glob did. Only regular files: symlinks, pipes and sockets are not listed.
 */
export function* walkFiles(root: string): Generator<string> {
  yield* walkFolder(root, '');
}

function* walkFolder(absolute: string, relative: string): Generator<string> {
  let entries: Dirent[];
  try {
    entries = readdirSync(absolute, { withFileTypes: true });
  } catch {
    return;
  }
  // A folder sorts as its name and a `/`, so walking siblings in this order lists whole paths in
  // sorted order (`a-b`, `a.txt`, `a/x`).
  const children: Array<{ key: string; name: string; folder: boolean }> = [];
  for (const entry of entries) {
    if (entry.name === ALWAYS_IGNORED_NAME) continue;
    if (entry.isDirectory()) children.push({ key: `${entry.name}/`, name: entry.name, folder: true });
    else if (entry.isFile()) children.push({ key: entry.name, name: entry.name, folder: false });
  }
  children.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { name, folder } of children) {
    if (folder) yield* walkFolder(join(absolute, name), `${relative}${name}/`);
    else yield `${relative}${name}`;
  }
}
