/**
 * `scan: history`: every commit of every ref, parents before children, as the lines each commit adds, each
 * attributed to its commit (id, author name, date) so a finding says where it entered the history.
 * One streamed `git log -p`, parsed file by file: memory holds one file's diff, never the history.
 *
 * Merge commits add no lines of their own here (git log shows no diff for them by default): what
 * they bring is scanned in the commits that wrote it.
 */
import type { Logger } from '../../../logger.js';
import type { CommitRef } from '../../../report/finding.js';
import { defaultRemote, isShallow } from '../../../git/commit-graph.js';
import { runGit } from '../../../git/run-git.js';
import { streamGitLines } from '../../../git/stream-git.js';
import { ownCopy } from '../../../text/own-copy.js';
import type { PathFilter } from '../../../files/filter-paths.js';
import { parseUnifiedDiffLines } from '../parse-unified-diff.js';
import { MAX_FILE_BYTES, skipByPath } from '../../../files/skip-policy.js';
import { PARSEABLE_PATCH_FLAGS } from './range-files.js';
import { sourceItem, sparseText, type Coverage, type SourceItem } from './source-item.js';

/** Starts each commit's header line; no diff line starts with it (they start with a letter, `+`, `-`, ` ` or `\`). */
const COMMIT_MARK = '\x1e';

/** `git log` flags: see range-files.ts's DIFF_FLAGS for why each is there. `--no-renames`: a rename adds nothing. */
const LOG_ARGS = [
  'log',
  '--all',
  // Parents before children whatever the dates say, so a finding names the commit that added it.
  '--topo-order',
  '--reverse',
  `--format=${COMMIT_MARK}%H%x00%an%x00%aI`,
  '--patch',
  '--no-renames',
  ...PARSEABLE_PATCH_FLAGS
];

/** Inputs of {@link readHistoryFiles}. */
export interface HistoryFilesInput {
  workspace: string;
  isSelected: PathFilter;
  /** Paths an include glob names though vendored or minified (`createChosenFilter`): not skipped as such. Default: none. */
  isChosen?: PathFilter;
  logger: Logger;
  coverage: Coverage;
}

/** Yields the added lines of every file of every commit, oldest commit first. */
export async function* readHistoryFiles(input: HistoryFilesInput): AsyncGenerator<SourceItem> {
  await unshallow(input);
  let commit: CommitRef | undefined;
  let file = newFileDiff();
  const flush = function* (): Generator<SourceItem> {
    if (commit && file.lines.length > 0) yield* toItems(file, commit, input);
    file = newFileDiff();
  };
  for await (const lines of streamGitLines([...LOG_ARGS, '--'], input.workspace)) {
    for (const line of lines) {
      if (line.startsWith(COMMIT_MARK)) {
        yield* flush();
        commit = parseCommitLine(line);
        input.coverage.commits += 1;
      } else if (line.startsWith('diff --git ')) {
        yield* flush();
        file.lines.push(line);
      } else if (file.lines.length > 0 && !file.tooLarge) {
        addLine(file, line);
      }
    }
  }
  yield* flush();
}

/** One file's part of a commit's diff, as read so far. */
interface FileDiff {
  lines: string[];
  inHunks: boolean;
  /** Characters of the added lines, each with its line ending: no more bytes than their text has. */
  addedLength: number;
  /** Adds more than a file may have: its lines are dropped as they come, not held (a committed dump can be gigabytes). */
  tooLarge: boolean;
}

function newFileDiff(): FileDiff {
  return { lines: [], inHunks: false, addedLength: 0, tooLarge: false };
}

function addLine(file: FileDiff, line: string): void {
  if (line.startsWith('@@')) file.inHunks = true;
  else if (file.inHunks && line.startsWith('+')) file.addedLength += line.length;
  if (file.addedLength <= MAX_FILE_BYTES) {
    file.lines.push(line);
    return;
  }
  file.tooLarge = true;
  // An empty added line in its place: the parser reports a file only with an added line, and the
  // file's path is what the skip needs.
  file.lines.push('+');
}

function* toItems({ lines, tooLarge }: FileDiff, commit: CommitRef, { isSelected, isChosen }: HistoryFilesInput): Generator<SourceItem> {
  for (const file of parseUnifiedDiffLines(lines)) {
    if (!isSelected(file.path)) continue;
    const byPath = isChosen?.(file.path) ? undefined : skipByPath(file.path);
    const reason = file.binary ? 'binary' : byPath ?? (tooLarge ? 'too-large' : undefined);
    if (reason) {
      yield { kind: 'skipped', path: file.path, reason };
      continue;
    }
    const item = sourceItem({ path: file.path, text: sparseText(file.lines), origin: 'history', commit });
    yield item.kind === 'source' && item.bytes > MAX_FILE_BYTES ? { kind: 'skipped', path: file.path, reason: 'too-large' } : item;
  }
}

/**
 * `<mark>sha NUL author-name NUL iso-date`: the author's name only, never the email (findings are
 * public). Findings keep the fields: slices of the line would keep the chunk of git's output alive.
 */
function parseCommitLine(line: string): CommitRef {
  const [sha = '', author = '', date = ''] = line.slice(COMMIT_MARK.length).split('\0');
  return { sha: ownCopy(sha), author: ownCopy(author), date: ownCopy(date) };
}

/** A shallow clone has only part of the history: fetch the rest once, else say what was not seen. */
async function unshallow(input: HistoryFilesInput): Promise<void> {
  const { workspace: cwd, logger } = input;
  if (!(await isShallow(cwd))) return;
  const remote = await defaultRemote(cwd);
  if (remote) {
    logger.info(`secrets: history scan of a shallow checkout; fetching the full history from ${remote}`);
    await runGit(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--unshallow', remote], { cwd, env: { GIT_TERMINAL_PROMPT: '0' } }).catch(
      (error: unknown) => logger.debug(`secrets: ${error instanceof Error ? error.message : String(error)}`)
    );
  }
  if (await isShallow(cwd)) {
    input.coverage.notes.push(
      'the checkout is shallow and could not be deepened, so only the fetched part of the history was scanned; ' +
        'use actions/checkout with fetch-depth: 0'
    );
  }
}
