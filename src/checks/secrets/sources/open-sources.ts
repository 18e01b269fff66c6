/**
 * The streams of files the secrets check reads for a scan mode: the mode's own (a PR, a push, the
 * tree or the history) and then `secrets.artifacts`, which are read in every mode because build
 * output exists only in the workspace, never in git.
 */
import type { CheckDeps } from '../../check.js';
import type { SecretsConfig } from '../../../config/config-types.js';
import type { Context } from '../../../context/context.js';
import { createChosenFilter, createPathFilter } from '../../../files/filter-paths.js';
import type { ScanMode } from '../scan-mode.js';
import type { SourceStreamEntry } from '../scan-sources.js';
import { readArtifactFiles } from './artifact-files.js';
import { readHistoryFiles } from './history-files.js';
import { readPullRequestFiles } from './pull-request-files.js';
import { readPushFiles } from './push-files.js';
import { selectPaths } from './shard.js';
import type { Coverage, SourceStream } from './source-item.js';
import { readTreeFiles } from './tree-files.js';

/** Inputs of {@link openSources}. */
export interface OpenSourcesInput {
  mode: ScanMode;
  secrets: SecretsConfig;
  context: Context;
  deps: CheckDeps;
  /** Filled as the sources are read: commits walked, what could not be seen. */
  coverage: Coverage;
}

/** Opens the mode's stream (throws when a PR's lines cannot be read at all) and the artifacts' one. */
export async function openSources(input: OpenSourcesInput): Promise<SourceStreamEntry[]> {
  const { secrets, context } = input;
  const artifactsSelected = selectPaths(createPathFilter({ include: [], exclude: secrets.paths.exclude }), context.shard);
  return [
    { items: await openModeSource(input), committed: true },
    {
      items: readArtifactFiles({ workspace: context.workspace, globs: secrets.artifacts, isSelected: artifactsSelected }),
      committed: false
    }
  ];
}

async function openModeSource(input: OpenSourcesInput): Promise<SourceStream> {
  const { mode, context, deps, coverage } = input;
  const workspace = context.workspace;
  const isSelected = selectPaths(createPathFilter(input.secrets.paths), context.shard);
  const isChosen = createChosenFilter(input.secrets.paths);
  const logger = deps.logger;
  switch (mode.mode) {
    case 'pull-request':
      return readPullRequestFiles({ workspace, pullRequest: mode.pullRequest, isSelected, listPullRequestFiles: deps.github?.listPullRequestFiles, logger, coverage, isChosen });
    case 'push':
      return readPushFiles({ workspace, push: mode.push, isSelected, isChosen, logger, coverage });
    case 'tree':
      return readTreeFiles({ workspace, isSelected, isChosen });
    case 'history':
      return readHistoryFiles({ workspace, isSelected, isChosen, logger, coverage });
  }
}
