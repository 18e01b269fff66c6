// Imports a TypeScript module of this repository from a plain .mjs script: esbuild (already a dev
// dependency, used by the bundle script) bundles it with its imports (`.js` specifiers resolve to
// the `.ts` sources) into one ESM file in the temp dir, which is then imported. Offline, no tsx.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The module's exports, or `undefined` when the file does not exist (yet). */
export async function importTs(path) {
  const entry = resolve(path);
  if (!existsSync(entry)) return undefined;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    // Test helpers may import jest globals or types; none is needed to build sample values.
    external: ['@jest/globals', 'jest']
  });
  const dir = mkdtempSync(join(tmpdir(), 'launch-ready-ts-'));
  const file = join(dir, 'module.mjs');
  try {
    writeFileSync(file, result.outputFiles[0].text);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the rule helper's samples live (`sampleSecrets(): Array<{ ruleId, line, secret }>`). */
export const SAMPLES_PATH = '__tests__/detect/rules/samples.ts';

/**
 * One sample secret per launch-ready rule, from the rules' own test samples; `{ samples: [] , note }`
 * when that file is not there, so the corpus still builds from its own generators.
 */
export async function loadSampleSecrets() {
  try {
    const module = await importTs(SAMPLES_PATH);
    if (!module) return { samples: [], note: `${SAMPLES_PATH} not found: per-rule recall for launch-ready is not available` };
    const fn = module.sampleSecrets ?? module.default?.sampleSecrets;
    if (typeof fn !== 'function') return { samples: [], note: `${SAMPLES_PATH} exports no sampleSecrets()` };
    const samples = fn().filter((s) => s && typeof s.ruleId === 'string' && typeof s.line === 'string' && typeof s.secret === 'string');
    return { samples };
  } catch (error) {
    return { samples: [], note: `${SAMPLES_PATH} could not be loaded: ${error.message.split('\n')[0]}` };
  }
}

/**
 * launch-ready's built-in rules (for the ripgrep comparison): the first exported array of objects
 * with a `pattern` RegExp, from the rules module wherever the rules live now.
 */
export async function loadRules() {
  for (const path of ['src/detect/rules/index.ts', 'src/detect/rules.ts']) {
    const module = await importTs(path).catch(() => undefined);
    if (!module) continue;
    for (const value of Object.values(module)) {
      if (Array.isArray(value) && value.length > 0 && value.every((rule) => rule && rule.pattern instanceof RegExp)) return value;
    }
  }
  return [];
}

