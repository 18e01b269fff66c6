/**
 * `secrets.artifacts`: build output and logs (`dist/**`, `.next/**`, `logs/*.log`) as they are on
 * disk after the build, git-ignored files included: the "server key in the frontend bundle" case,
 * which no scan of the repository can see. Also where the values of secret env vars are searched.
 */
import { isAbsolute, join } from 'node:path';
import { glob } from 'tinyglobby';
import type { PathFilter } from '../../../files/filter-paths.js';
import { readDiskFiles } from './read-disk-file.js';
import { MAX_ARTIFACT_FILE_BYTES } from '../../../files/skip-policy.js';
import type { SourceItem } from './source-item.js';
import { ALWAYS_IGNORED } from '../../../files/always-ignored.js';


/** Inputs of {@link readArtifactFiles}. */
export interface ArtifactFilesInput {
  workspace: string;
  /** Workspace-relative globs; a glob naming a folder covers what is inside. */
  globs: readonly string[];
  /** The exclude globs and the shard (include globs are for the repository's files, not these). */
  isSelected: PathFilter;
  /** Default {@link MAX_ARTIFACT_FILE_BYTES}. */
  maxFileBytes?: number;
}

/** Yields the matched files in path order; vendored and minified files are scanned too (the globs chose them). */
export async function* readArtifactFiles(input: ArtifactFilesInput): AsyncGenerator<SourceItem> {
  if (input.globs.length === 0) return;
  const paths = await glob([...input.globs], {
    cwd: input.workspace,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: ALWAYS_IGNORED
  });
  // A glob may climb out (`../**`, an absolute path): only the workspace is ours to scan.
  const inside = paths.filter((path) => !path.startsWith('../') && !isAbsolute(path) && input.isSelected(path)).sort();
  const maxBytes = input.maxFileBytes ?? MAX_ARTIFACT_FILE_BYTES;
  yield* readDiskFiles(inside.map((path) => ({ absolute: join(input.workspace, path), path, origin: 'artifact', maxBytes, chosen: true })));
}
