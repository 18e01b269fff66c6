/**
 * The fixture app (`__tests__/fixtures/env-app`), copied to a temp folder per test file: in place it
 * sits inside this repository's git work tree, where its files may not be tracked yet.
 */
import { cp, mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EnvConfig } from '../../../../src/config/config-types.js';
import { parseConfig } from '../../../../src/config/parse-config.js';
import { envDefaults } from '../../../../src/config/to-config.js';

export const ENV_APP = fileURLToPath(new URL('../../../fixtures/env-app', import.meta.url));

/** A copy of the fixture app; `cleanup()` deletes it. */
export async function copyEnvApp(): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-env-app-')));
  await cp(ENV_APP, dir, { recursive: true });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The fixture's `env:` section, through the real config parser. */
export async function envAppConfig(): Promise<EnvConfig> {
  const config = parseConfig(await readFile(join(ENV_APP, 'launch-ready.yml'), 'utf8'), 'launch-ready.yml');
  if (!config.env) throw new Error('the env-app fixture has no env section');
  return config.env;
}

/** An env section with the defaults and these parts. */
export function envConfig(parts: Partial<EnvConfig> = {}): EnvConfig {
  return { ...envDefaults(), ...parts };
}
