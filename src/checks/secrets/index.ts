/**
 * The secrets check: provider tokens, private keys and custom patterns in the lines a pull request
 * adds (`scan: diff`) or in every tracked file. Flow: choose source → read files → scan lines
 * (ignore marker, placeholders, allow-list, redaction inside) → de-duplicate → sort.
 */
import type { Check, CheckDeps, CheckOutcome } from '../check.js';
import type { Config } from '../../config/config-types.js';
import type { Context } from '../../context/context.js';
import { dedupeFindings } from '../../report/dedupe-findings.js';
import { compareFindings } from '../../report/finding.js';
import type { Finding } from '../../report/finding.js';
import { createAllowList } from './allow-list.js';
import { compileCustomRules } from './custom-rules.js';
import { createPathFilter } from './filter-paths.js';
import { BUILTIN_RULES } from './rules.js';
import type { ScanOptions } from './scan-lines.js';
import { scanLines } from './scan-lines.js';
import { chooseScanMode } from './scan-mode.js';
import type { ScanMode } from './scan-mode.js';
import { readPullRequestLines } from './sources/pull-request-lines.js';
import type { SourceItem } from './sources/source-item.js';
import { readTreeFiles } from './sources/tree-files.js';

/** The metrics the check reports. */
interface ScanTally {
  /** Files whose lines were scanned (in diff mode: files with added lines). */
  filesScanned: number;
  linesScanned: number;
  /** UTF-8 bytes of the scanned line texts, line endings not counted. */
  bytesScanned: number;
  /** Binary, too large, symlinks, submodules, and PR files the API sent without a patch. */
  filesSkipped: number;
}

/** The `secrets` check, registered in the check registry. */
export const secretsCheck: Check = {
  name: 'secrets',
  description:
    'Finds credentials (provider tokens, private keys, custom patterns) in the lines a pull request ' +
    'adds, or in tracked files.',
  appliesTo: () => true,
  run: runSecretsCheck
};

async function runSecretsCheck(config: Config, context: Context, deps: CheckDeps): Promise<CheckOutcome> {
  const rules = [...BUILTIN_RULES, ...compileCustomRules(config.secrets.rules)];
  const choice = chooseScanMode(config.secrets.scan, context);
  if (choice.mode === 'tree' && choice.note) deps.logger.info(choice.note);
  const options: ScanOptions = {
    origin: choice.mode === 'diff' ? 'added' : 'present',
    isAllowed: createAllowList(config.secrets.allow)
  };
  const tally: ScanTally = { filesScanned: 0, linesScanned: 0, bytesScanned: 0, filesSkipped: 0 };
  const found: Finding[] = [];
  for await (const item of await openSource(choice, config, context, deps)) {
    countItem(tally, item);
    if (item.kind === 'file') found.push(...scanLines(item, rules, options));
  }
  const findings = dedupeFindings(found).sort(compareFindings);
  deps.logger.debug(
    `secrets: ${choice.mode} scan of ${tally.filesScanned} files (${tally.linesScanned} lines, ` +
      `${tally.bytesScanned} bytes), ${tally.filesSkipped} skipped, ${findings.length} findings`
  );
  return { status: findings.length > 0 ? 'failed' : 'passed', findings, metrics: { ...tally } };
}

async function openSource(
  choice: ScanMode,
  config: Config,
  context: Context,
  deps: CheckDeps
): Promise<Iterable<SourceItem> | AsyncIterable<SourceItem>> {
  const isIncluded = createPathFilter(config.secrets.paths);
  if (choice.mode === 'tree') return readTreeFiles({ workspace: context.workspace, isIncluded });
  return readPullRequestLines({
    workspace: context.workspace,
    pullRequest: choice.pullRequest,
    isIncluded,
    listPullRequestFiles: deps.listPullRequestFiles,
    logger: deps.logger
  });
}

function countItem(tally: ScanTally, item: SourceItem): void {
  if (item.kind === 'skipped') {
    tally.filesSkipped += 1;
    return;
  }
  tally.filesScanned += 1;
  tally.linesScanned += item.lines.length;
  for (const { text } of item.lines) tally.bytesScanned += Buffer.byteLength(text, 'utf8');
}
