/**
 * Unified diff → the lines it adds, with their line numbers in the new file. Reads the output of
 * `git diff` (see sources/range-files.ts for the flags) and the hunk-only `patch` of
 * GitHub's PR files API. Format: https://git-scm.com/docs/diff-format ("combined diff" is not
 * needed: two-commit diffs never produce it).
 *
 * Hunk line counts are tracked so a line inside a hunk is never mistaken for a header: an added
 * line whose text starts with `++ ` arrives as `+++ …`.
 */
import { ownCopy } from '../../text/own-copy.js';
import { unquoteGitPath } from './unquote-git-path.js';

/** One added line, `line` 1-based in the file's new version. */
export interface SourceLine {
  line: number;
  text: string;
}

/** The added lines of one file; `binary` files have none and are counted as skipped. */
export interface DiffFile {
  /** New path, repository-relative; `''` when the diff did not say (a bare hunk). */
  path: string;
  lines: SourceLine[];
  binary?: boolean;
  /** The new version's blob id from the `index` line (full with `--full-index`), to read the whole file. */
  blob?: string;
}

interface HunkState {
  oldLeft: number;
  newLeft: number;
  /** New-file number of the next context or added line. */
  next: number;
}

interface FileState extends DiffFile {
  deleted?: boolean;
}

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** `index <old>..<new>[ <mode>]` (https://git-scm.com/docs/diff-format#_generating_patches_with_p). */
const INDEX_LINE = /^index [0-9a-f]+\.\.([0-9a-f]+)/;

/**
 * Parses a whole diff. Deleted files and files that only lose lines, change mode or are renamed
 * without edits are left out; binary files are kept with `binary: true`.
 */
export function parseUnifiedDiff(text: string): DiffFile[] {
  return parseUnifiedDiffLines(text.split('\n'));
}

/** {@link parseUnifiedDiff} over lines already split (a streamed `git log -p`). */
export function parseUnifiedDiffLines(diffLines: Iterable<string>): DiffFile[] {
  const files: FileState[] = [];
  let hunk: HunkState | undefined;
  for (const raw of diffLines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (hunk && (hunk.oldLeft > 0 || hunk.newLeft > 0) && consumeHunkLine(line, hunk, files.at(-1))) {
      continue;
    }
    hunk = undefined;
    if (line.startsWith('@@ ')) {
      if (files.length === 0) files.push({ path: '', lines: [] });
      hunk = parseHunkHeader(line);
    } else {
      readHeaderLine(line, files);
    }
  }
  return files
    .filter((file) => !file.deleted && (file.binary || file.lines.length > 0))
    .map(({ path: pathInLine, lines, binary, blob }): DiffFile => {
      // Findings keep the path: a slice of the header line would keep the whole chunk of git's output alive.
      const path = ownCopy(pathInLine);
      if (binary) return { path, lines, binary };
      return blob ? { path, lines, blob } : { path, lines };
    });
}

/** The added lines of one GitHub PR file `patch` (hunks without file headers). */
export function parsePatch(patch: string): SourceLine[] {
  return parseUnifiedDiff(patch).flatMap((file) => file.lines);
}

function parseHunkHeader(line: string): HunkState | undefined {
  const match = HUNK_HEADER.exec(line);
  if (!match) return undefined;
  // An omitted count means 1 (`@@ -3 +3 @@`); with a count of 0 the start is the line before.
  return {
    oldLeft: match[1] === undefined ? 1 : Number(match[1]),
    next: Number(match[2]),
    newLeft: match[3] === undefined ? 1 : Number(match[3])
  };
}

/** Returns false when the line cannot belong to the hunk (a truncated diff): it is re-read as a header. */
function consumeHunkLine(line: string, hunk: HunkState, file: FileState | undefined): boolean {
  const marker = line.charAt(0);
  if (marker === '+') {
    file?.lines.push({ line: hunk.next, text: line.slice(1) });
    hunk.next += 1;
    hunk.newLeft -= 1;
  } else if (marker === '-') {
    hunk.oldLeft -= 1;
  } else if (marker === ' ' || line === '') {
    // Some tools strip the single space of an empty context line; GNU patch accepts that too.
    hunk.next += 1;
    hunk.oldLeft -= 1;
    hunk.newLeft -= 1;
  } else if (marker !== '\\') {
    return false;
  }
  return true;
}

function readHeaderLine(line: string, files: FileState[]): void {
  const file = files.at(-1);
  if (line.startsWith('diff --git ')) {
    files.push({ path: pathFromGitHeader(line.slice('diff --git '.length)), lines: [] });
  } else if (!file) {
    return;
  } else if (line.startsWith('+++ ')) {
    const path = headerPath(line.slice(4));
    if (path === undefined) file.deleted = true;
    else file.path = path;
  } else if (line.startsWith('rename to ')) {
    file.path = unquoteGitPath(line.slice('rename to '.length));
  } else if (line.startsWith('index ')) {
    const blob = INDEX_LINE.exec(line)?.[1];
    if (blob && !/^0+$/.test(blob)) file.blob = blob;
  } else if (line.startsWith('Binary files ')) {
    if (line.endsWith(' and /dev/null differ')) file.deleted = true;
    else file.binary = true;
  }
}

/**
 * `b/path`, `"b/quoted\tpath"` or `/dev/null` (undefined). Git ends an unquoted path that contains
 * a space with a tab (so `patch` can find its end) and quotes any path containing a tab, so an
 * unquoted path ends at the first tab.
 */
function headerPath(rest: string): string | undefined {
  const raw = rest.startsWith('"') ? unquoteGitPath(rest) : rest.split('\t')[0]!;
  if (raw === '/dev/null') return undefined;
  return raw.startsWith('b/') ? raw.slice(2) : raw;
}

/**
 * Best-effort path from `a/P b/P`, for entries without `+++` (binary files, pure renames). Only the
 * unambiguous cases: both sides quoted, or both unquoted and equal.
 */
function pathFromGitHeader(rest: string): string {
  if (rest.startsWith('"')) {
    const sides = rest.match(/"(?:[^"\\]|\\.)*"/g);
    const newSide = sides?.[1];
    return newSide ? unquoteGitPath(newSide).replace(/^b\//, '') : '';
  }
  const half = (rest.length - 1) / 2;
  const oldSide = rest.slice(0, half);
  const newSide = rest.slice(half + 1);
  if (oldSide.startsWith('a/') && newSide.startsWith('b/') && oldSide.slice(2) === newSide.slice(2)) {
    return newSide.slice(2);
  }
  return '';
}
