/**
 * The I/O edge of the config: finds and reads `launch-ready.yml`, then hands the text to the pure
 * `parseConfig`. A missing file means defaults, unless the user named the file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import type { Config } from './config-types.js';
import { parseConfig } from './parse-config.js';
import { defaultConfig } from './to-config.js';

/** Tried in order when no path is given; `.yaml` too, because a silently ignored file is worse than a guess. */
export const DEFAULT_CONFIG_PATHS = ['launch-ready.yml', 'launch-ready.yaml'] as const;

export interface LoadConfigOptions {
  /** Absolute path of the repository checkout; config paths are relative to it. */
  workspace: string;
  /**
   * The config file, relative to `workspace` (or absolute). Default: `launch-ready.yml`, and
   * defaults are used when it does not exist; a path given here must exist.
   */
  path?: string;
}

/**
 * Reads and validates the config. `Config.file` and every message name the path relative to the
 * workspace (with `/` separators, as GitHub annotations want).
 *
 * @throws ConfigError when the file is invalid, or was named explicitly and does not exist
 */
export async function loadConfig(options: LoadConfigOptions): Promise<Config> {
  const explicit = options.path !== undefined && options.path !== '';
  const candidates = explicit ? [options.path as string] : DEFAULT_CONFIG_PATHS;
  for (const candidate of candidates) {
    const absolute = path.resolve(options.workspace, candidate);
    const file = path.relative(options.workspace, absolute).split(path.sep).join('/') || candidate;
    const text = await readText(absolute, file);
    if (text !== undefined) return parseConfig(text, file);
    if (explicit) throw new ConfigError(`config file ${file} not found; expected a YAML file at that path relative to the workspace`);
  }
  return defaultConfig();
}

/** The file's text, or undefined when there is no such file. */
async function readText(absolute: string, file: string): Promise<string | undefined> {
  try {
    return await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    if (code === 'EISDIR') throw new ConfigError(`config file ${file} is a directory; expected a YAML file`);
    if (code === 'EACCES') throw new ConfigError(`config file ${file} cannot be read (permission denied)`);
    throw error;
  }
}
