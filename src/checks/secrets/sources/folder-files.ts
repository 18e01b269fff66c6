/**
 * `launch-ready secrets scan [PATH…]`: any folder or file, git repository or not, like
 * `gitleaks dir`. Everything under a folder is scanned, ignored files included (a scan of what is
 * on disk), except `.git/`, vendored folders, binary and oversized files, which are counted. What
 * the user names is scanned unless binary or oversized: a file on the command line, everything
 * under a vendored folder on the command line (`secrets scan node_modules` scanned nothing before,
 * issue 13), and what an include glob naming vendored or minified code matches: none of these is
 * skipped as vendored or minified. Inside a git repository, the files git tracks are committed
 * (`folderGitStates`), so a committed `.env` is reported as `run` reports it, and a finding in a
 * file git ignores says so.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { PathFilter } from '../../../files/filter-paths.js';
import type { GitStateOf } from './folder-git-states.js';
import { isVendoredFolder, MAX_FILE_BYTES, skipByPath } from '../../../files/skip-policy.js';
import { walkFiles } from '../../../files/walk-files.js';
import type { DiskFile, SourceItem } from './source-item.js';

/** Inputs of {@link readFolderFiles}. */
export interface FolderFilesInput {
  /** Absolute paths of the files and folders to scan. */
  roots: readonly string[];
  /** Paths are shown relative to this folder (the current directory), absolute when outside it. */
  base: string;
  /** Include/exclude globs (on the shown path) and the shard. */
  isSelected: PathFilter;
  /** Paths an include glob names though vendored or minified (`createChosenFilter`). Default: none. */
  isChosen?: PathFilter;
  /** What git knows of each file (`folderGitStates`), said by its findings. Default: every file tracked. */
  gitStateOf?: GitStateOf;
}

/** Yields every file under the roots, each once, in path order per root, as the folders are walked. */
export async function* readFolderFiles(input: FolderFilesInput): AsyncGenerator<SourceItem> {
  const seen = new Set<string>();
  for (const root of input.roots) {
    // A vendored folder on the command line is asked for whole, nested packages included.
    const namedVendored = isVendoredFolder(relative(input.base, root).split(sep).join('/'));
    for (const file of await listRoot(root, input.base)) {
      if (seen.has(file.absolute) || !input.isSelected(file.path)) continue;
      seen.add(file.absolute);
      const chosen = file.chosen || namedVendored || (input.isChosen?.(file.path) ?? false);
      const reason = chosen ? undefined : skipByPath(file.path);
      const gitState = input.gitStateOf?.(file.path) ?? 'tracked';
      if (reason) yield { kind: 'skipped', path: file.path, reason };
      else yield { kind: 'unread', file: { ...file, chosen, ...(gitState === 'tracked' ? {} : { gitState }) } };
    }
  }
}

/** The root itself when it is a file (named on the command line: chosen), else the files under it as they are found. */
async function listRoot(root: string, base: string): Promise<Iterable<DiskFile>> {
  const file = (absolute: string, chosen = false): DiskFile => ({
    absolute,
    path: shownPath(absolute, base),
    origin: 'present',
    maxBytes: MAX_FILE_BYTES,
    chosen
  });
  if (!(await stat(root)).isDirectory()) return [file(root, true)];
  // Paths put together as strings, the root's once: `relative` and `join` per file cost ~5 µs
  // each, on 16,500 files. The base itself shows as nothing before its files' paths.
  const shownRoot = relative(base, root) === '' ? '' : shownPath(root, base);
  return (function* () {
    for (const path of walkFiles(root)) {
      const absolute = sep === '/' ? under(root, path) : join(root, path);
      yield { absolute, path: under(shownRoot, path), origin: 'present', maxBytes: MAX_FILE_BYTES, chosen: false };
    }
  })();
}

/** `path` under the folder `prefix` (`/`-separated; '' for none). */
function under(prefix: string, path: string): string {
  if (prefix === '') return path;
  return prefix.endsWith('/') ? `${prefix}${path}` : `${prefix}/${path}`;
}

/** `src/app.ts` for a file under `base`, else the absolute path; always `/` separators. */
export function shownPath(absolute: string, base: string): string {
  const path = relative(base, absolute);
  const shown = path === '' || path.startsWith('..') || isAbsolute(path) ? absolute : path;
  return shown.split(sep).join('/');
}
