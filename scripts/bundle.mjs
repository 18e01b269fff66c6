// Bundles src/index.ts (the action), src/cli.ts (the CLI) and src/checks/secrets/parallel/scan-worker-entry.ts (their secrets scan workers) into dist/ with esbuild, after
// generating the config validator (scripts/config-validator.mjs) and the scanner's WebAssembly
// kernels (scripts/wasm-kernels.mjs) into src/.
// `--check` builds into a temporary folder and fails when dist/ differs: the committed bundle
// must equal a fresh build of src/, since the runner executes dist/, not src/. The generated
// files must equal fresh ones too.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { configValidatorFiles } from './config-validator.mjs';
import { wasmKernelFiles } from './wasm-kernels.mjs';

const check = process.argv.includes('--check');
const outdir = check ? await mkdtemp(join(tmpdir(), 'launch-ready-dist-')) : 'dist';

const generated = { ...(await configValidatorFiles()), ...(await wasmKernelFiles()) };
if (check) {
  const stale = [];
  for (const [file, text] of Object.entries(generated)) if ((await readFile(file, 'utf8').catch(() => null)) !== text) stale.push(file);
  if (stale.length > 0) {
    console.error(`${stale.join(', ')} stale: run \`npm run build\` and commit it.`);
    process.exit(1);
  }
} else {
  for (const [file, text] of Object.entries(generated)) await writeFile(file, text);
}

if (!check) await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', 'scan-worker': 'src/checks/secrets/parallel/scan-worker-entry.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20', // package.json engines: the oldest Node the bundle must run on
  chunkNames: 'chunks/[name]-[hash]',
  // Some dependencies (yaml, ajv) are CommonJS and call require() for Node built-ins.
  banner: { js: "import { createRequire as __lrCreateRequire } from 'node:module'; const require = __lrCreateRequire(import.meta.url);" },
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [stubUnusedHttpClient()]
});

if (check) {
  const differences = await compareDirs(outdir, 'dist');
  await rm(outdir, { recursive: true, force: true });
  if (differences.length > 0) {
    console.error(`dist/ is stale: ${differences.join(', ')}. Run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  // A new chunk name that is not committed passes the comparison here and is missing from a clone
  // (\`git commit -a\` leaves new files out).
  const untracked = spawnSync('git', ['ls-files', '--others', '--exclude-standard', '--', 'dist', ...Object.keys(generated)], { encoding: 'utf8' }).stdout.trim();
  if (untracked) {
    console.error(`not committed: ${untracked.split('\n').join(', ')}. \`git add\` them with the rest of dist/.`);
    process.exit(1);
  }
  console.log('dist/ equals a fresh build of src/');
}

/** See scripts/stubs/actions-http-client.mjs for why. */
function stubUnusedHttpClient() {
  return {
    name: 'stub-actions-http-client',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^@actions\/http-client(\/lib\/auth)?$/ }, (args) =>
        args.importer.includes(`${join('@actions', 'core')}`) ? { path: resolve('scripts/stubs/actions-http-client.mjs') } : undefined
      );
    }
  };
}

async function compareDirs(fresh, committed) {
  const [a, b] = await Promise.all([listFiles(fresh), listFiles(committed)]);
  const names = [...new Set([...a, ...b])].sort();
  const differences = [];
  for (const name of names) {
    const [x, y] = await Promise.all([readFile(join(fresh, name)).catch(() => null), readFile(join(committed, name)).catch(() => null)]);
    if (!x || !y || !x.equals(y)) differences.push(name);
  }
  return differences;
}

async function listFiles(dir) {
  try {
    return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
  } catch {
    return [];
  }
}
