/** `--cwd DIR` must name a folder: a usage error (exit 2) here, before any git or file error can hide it. */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError } from '../errors.js';

/** Resolves `dir` (as given on the command line) to an absolute folder; throws a `ConfigError` when there is none. */
export async function requireFolder(dir: string): Promise<string> {
  const absolute = resolve(dir);
  const stats = await stat(absolute).catch(() => undefined);
  if (!stats?.isDirectory()) throw new ConfigError(`--cwd ${dir}: no such folder; expected the repository to read`);
  return absolute;
}
