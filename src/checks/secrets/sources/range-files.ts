/**
 * The net change between two commits (a PR's merge base and head, a push's before and after), one
 * source per changed file: `text` is the whole file at `head`, so multi-line rules (PEM blocks,
 * service-account JSON) see the block even when only part of it changed, and `reportLines` are the
 * added lines, so only what the change adds is reported.
 *
 * Cost: one `git diff` and one `git cat-file --batch` whatever the number of files or commits.
 */
import { readBlobs } from '../../../git/cat-file-batch.js';
import { runGit } from '../../../git/run-git.js';
import type { PathFilter } from '../../../files/filter-paths.js';
import { parseUnifiedDiff, type DiffFile } from '../parse-unified-diff.js';
import { decodeText, isBinary, MAX_FILE_BYTES, skipByPath } from '../../../files/skip-policy.js';
import { sourceItem, sparseText, type SourceItem } from './source-item.js';

/**
 * Flags that make the output ours to parse whatever the user's git config says:
 * - `--unified=0`: context lines are not scanned;
 * - `--find-renames`: a moved file shows only its edits, as on GitHub, not as "all lines added";
 * - `--full-index`: whole blob ids on the `index` line, to read each file's new version by id;
 * - `--no-ext-diff --no-textconv --no-color --no-relative`, explicit prefixes: undo `diff.external`,
 *   textconv drivers, `color.ui=always`, `diff.relative`, `diff.noprefix`/`diff.mnemonicPrefix`.
 */
export const PARSEABLE_PATCH_FLAGS = [
  '--unified=0',
  '--no-ext-diff',
  '--no-textconv',
  '--no-color',
  '--no-relative',
  '--src-prefix=a/',
  '--dst-prefix=b/'
];

export const DIFF_FLAGS = ['diff', '--find-renames', '--full-index', ...PARSEABLE_PATCH_FLAGS];

/** Inputs of {@link readRangeFiles}. */
export interface RangeFilesInput {
  workspace: string;
  /** The old side: a commit, or the empty tree for "everything at head is new". */
  base: string;
  head: string;
  /** Include/exclude globs and the shard. */
  isSelected: PathFilter;
  /** Paths an include glob names though vendored or minified (`createChosenFilter`): not skipped as such. Default: none. */
  isChosen?: PathFilter;
}

/** Yields one item per changed file, in diff order. */
export async function* readRangeFiles(input: RangeFilesInput): AsyncGenerator<SourceItem> {
  const diff = await runGit([...DIFF_FLAGS, input.base, input.head, '--'], { cwd: input.workspace });
  const byBlob = new Map<string, DiffFile[]>();
  for (const file of parseUnifiedDiff(diff)) {
    if (!input.isSelected(file.path)) continue;
    const reason = file.binary ? 'binary' : input.isChosen?.(file.path) ? undefined : skipByPath(file.path);
    if (reason) yield { kind: 'skipped', path: file.path, reason };
    else if (file.blob) byBlob.set(file.blob, [...(byBlob.get(file.blob) ?? []), file]);
    else yield addedLinesOnly(file);
  }
  for await (const [oid, blob] of readBlobs(input.workspace, [...byBlob.keys()], MAX_FILE_BYTES)) {
    for (const file of byBlob.get(oid) ?? []) {
      if (blob.kind !== 'blob') {
        // Over the size limit or unreadable: the added lines are still scanned, without the rest of the file.
        yield addedLinesOnly(file);
        continue;
      }
      const reason = isBinary(blob.content) ? 'binary' : input.isChosen?.(file.path) ? undefined : skipByPath(file.path, blob.content.length);
      if (reason) yield { kind: 'skipped', path: file.path, reason };
      else yield wholeFile(file, blob.content);
    }
  }
}

function wholeFile(file: DiffFile, content: Uint8Array): SourceItem {
  const reportLines = new Set(file.lines.map(({ line }) => line));
  return { kind: 'source', source: { path: file.path, text: decodeText(content), bytes: content, reportLines, origin: 'added' }, bytes: content.length };
}

/** The added lines at their line numbers; every line of this text is reportable. */
export function addedLinesOnly(file: Pick<DiffFile, 'path' | 'lines'>): SourceItem {
  return sourceItem({ path: file.path, text: sparseText(file.lines), origin: 'added' });
}
