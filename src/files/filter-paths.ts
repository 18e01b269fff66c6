/**
 * `secrets.paths.include` / `exclude`, applied to repository-relative paths with `/` separators
 * before any file is read. Globs use picomatch with `dot: true`, so `**` also covers dot-folders
 * such as `.github/` and `.env` files (where secrets tend to live).
 */
import picomatch from 'picomatch';
import type { SecretsConfig } from '../config/config-types.js';
import { namesSkippedCode } from './skip-policy.js';

/** Whether a path is scanned. */
export type PathFilter = (path: string) => boolean;

/**
 * Builds the filter: a path is scanned when it matches an `include` glob (an empty list includes
 * everything) and no `exclude` glob.
 */
export function createPathFilter(paths: SecretsConfig['paths']): PathFilter {
  const included = paths.include.length > 0 ? picomatch(paths.include, { dot: true }) : () => true;
  const excluded = paths.exclude.length > 0 ? picomatch(paths.exclude, { dot: true }) : () => false;
  return (path) => included(path) && !excluded(path);
}

/**
 * The paths an `include` glob that names vendored or minified code matches (see
 * `namesSkippedCode`): "chosen", so the vendored and minified skips do not apply to them (binary
 * and oversized files are still skipped).
 */
export function createChosenFilter(paths: SecretsConfig['paths']): PathFilter {
  const naming = paths.include.filter(namesSkippedCode);
  return naming.length > 0 ? picomatch(naming, { dot: true }) : () => false;
}
