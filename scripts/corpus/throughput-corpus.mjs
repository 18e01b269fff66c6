// The throughput corpus: at least 200 MB of real-looking repository content (source in several
// languages, config, docs, minified bundles, source maps, lockfiles, JSON data, logs, CSS with
// inlined fonts) with about one planted secret per 50 KB. Deterministic; cached in the temp dir
// under a key made of the generator's own source and the size, so repeated runs reuse it and a
// changed generator builds a new one (older ones are removed). Never committed.
//
//   node scripts/corpus/throughput-corpus.mjs [--mb 200]     builds (or finds) it and prints where
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createRandom } from './prng.mjs';
import { LINE_SECRETS } from './secret-values.mjs';
import {
  KIND_DIRS,
  KIND_FILE,
  assignment,
  baseName,
  cssWithFonts,
  goSum,
  makeHostFile,
  minifiedBundle,
  ndjson,
  packageLock,
  slug,
  sourceMap,
  yarnLock
} from './filler.mjs';

export const THROUGHPUT_SEED = 'launch-ready-throughput-v1';
/** Files stay under launch-ready's per-file size limit (1 MiB), as real source files do. */
const MAX_FILE_BYTES = 900_000;
const BYTES_PER_SECRET = 50_000;

/** Share of the bytes per category, and how a file of it is made. */
const CATEGORIES = [
  { name: 'source', share: 0.45, make: sourceFile },
  { name: 'minified', share: 0.18, make: (rng) => bulk(rng, 'js', `apps/web/dist/assets/${slug(rng)}-${rng.hex(8)}.js`, minifiedBundle, 150_000, 850_000) },
  { name: 'lockfile', share: 0.12, make: lockFile },
  { name: 'json-data', share: 0.1, make: (rng) => bulk(rng, 'json', `data/fixtures/${slug(rng)}.ndjson`, ndjson, 100_000, 850_000) },
  { name: 'logs', share: 0.1, make: logFile },
  { name: 'sourcemap-css', share: 0.05, make: (rng) => (rng.chance(0.5) ? bulk(rng, 'js', `apps/web/dist/assets/${slug(rng)}.js.map`, sourceMap, 100_000, 800_000) : bulk(rng, 'md', `apps/web/public/css/${slug(rng)}.css`, cssWithFonts, 50_000, 500_000)) }
];
const SOURCE_KINDS = ['ts', 'ts', 'ts', 'js', 'js', 'py', 'go', 'yaml', 'json', 'md', 'sh', 'tf', 'env', 'dockerfile'];

/** The generator's own files: their content is part of the cache key. */
const GENERATOR_FILES = ['prng.mjs', 'secret-values.mjs', 'negatives.mjs', 'filler.mjs', 'throughput-corpus.mjs'];

/**
 * Returns `{ root, bytes, files, planted, byCategory, cached }`, building the corpus when no
 * complete one with the same key is in the temp dir.
 */
export function ensureThroughputCorpus({ megabytes = 200, log = () => {} } = {}) {
  const hash = createHash('sha256').update(`${THROUGHPUT_SEED}:${megabytes}`);
  for (const file of GENERATOR_FILES) hash.update(readFileSync(join(import.meta.dirname, file)));
  const key = hash.digest('hex').slice(0, 12);
  const base = join(tmpdir(), 'launch-ready-bench');
  const dir = join(base, `throughput-${megabytes}mb-${key}`);
  const manifestFile = join(dir, 'manifest.json');
  if (existsSync(manifestFile)) return { ...JSON.parse(readFileSync(manifestFile, 'utf8')), root: join(dir, 'corpus'), cached: true };
  // Older corpora (another size or generator version) only take disk space.
  if (existsSync(base)) for (const name of readdirSync(base)) if (name.startsWith('throughput-')) rmSync(join(base, name), { recursive: true, force: true });
  const root = join(dir, 'corpus');
  mkdirSync(root, { recursive: true });
  const manifest = generate(root, megabytes * 1e6, log);
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 1)}\n`);
  return { ...manifest, root, cached: false };
}

function generate(root, targetBytes, log) {
  const rng = createRandom(THROUGHPUT_SEED);
  const byCategory = {};
  const used = new Set();
  let bytes = 0;
  let files = 0;
  let planted = 0;
  let nextLog = 20e6;
  for (const category of CATEGORIES) {
    const budget = targetBytes * category.share;
    let spent = 0;
    const crng = rng.fork(category.name);
    while (spent < budget) {
      const file = category.make(crng.fork(String(files)));
      let path = file.path;
      for (let n = 2; used.has(path); n += 1) path = file.path.replace(/(\.[^./]+)?$/, `-${n}$1`);
      used.add(path);
      planted += plantSecrets(crng, file);
      const text = file.lines.join('\n') + '\n';
      const size = Buffer.byteLength(text);
      const target = join(root, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
      spent += size;
      bytes += size;
      files += 1;
      if (bytes >= nextLog) {
        log(`  generated ${(bytes / 1e6).toFixed(0)} MB…`);
        nextLog += 20e6;
      }
    }
    byCategory[category.name] = Math.round(spent);
  }
  return { seed: THROUGHPUT_SEED, bytes, files, planted, byCategory };
}

/** A source/config/docs file of 2–60 KB. */
function sourceFile(rng) {
  const kind = rng.pick(SOURCE_KINDS);
  const folder = rng.pick(KIND_DIRS[kind]);
  const name = KIND_FILE[kind](baseName(rng));
  const { head, blocks, tail } = makeHostFile(kind, rng, kind === 'env' || kind === 'dockerfile' ? rng.range(10, 60) : rng.range(60, 1500));
  return { kind, path: `${rng.pick(['pkg-a', 'pkg-b', 'pkg-c', 'svc-1', 'svc-2', 'svc-3', 'lib', 'app'])}/${folder ? `${folder}/` : ''}${name}`, lines: [...head, ...blocks.flat(), ...tail] };
}

function bulk(rng, kind, path, make, min, max) {
  return { kind, path, lines: make(rng, rng.range(min, Math.min(max, MAX_FILE_BYTES - 50_000))) };
}

function lockFile(rng) {
  const which = rng.int(3);
  const folder = `${rng.pick(['apps', 'packages', 'services'])}/${slug(rng, 6)}`;
  if (which === 0) return bulk(rng, 'json', `${folder}/package-lock.json`, packageLock, 100_000, 850_000);
  if (which === 1) return bulk(rng, 'yaml', `${folder}/yarn.lock`, yarnLock, 100_000, 850_000);
  return bulk(rng, 'md', `${folder}/go.sum`, goSum, 20_000, 300_000);
}

function logFile(rng) {
  const file = makeHostFile('log', rng, rng.range(1000, 8000));
  return { kind: 'log', path: `logs/${rng.pick(['api', 'worker', 'web', 'cron'])}-${slug(rng, 6)}.log`, lines: file.blocks.flat() };
}

/** About one secret per 50 KB of the file, each on a line of its own at a random position. */
function plantSecrets(rng, file) {
  const size = file.lines.reduce((sum, line) => sum + line.length + 1, 0);
  const expected = size / BYTES_PER_SECRET;
  const count = Math.floor(expected) + (rng.next() < expected % 1 ? 1 : 0);
  for (let i = 0; i < count; i += 1) {
    const secret = rng.pick(LINE_SECRETS);
    const line = assignment(file.kind, rng, secret.name, secret.value(rng));
    file.lines.splice(1 + rng.int(Math.max(1, file.lines.length - 1)), 0, line);
  }
  return count;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { mb: { type: 'string', default: '200' } } });
  const started = performance.now();
  const corpus = ensureThroughputCorpus({ megabytes: Number(values.mb), log: console.log });
  console.log(
    `throughput corpus: ${corpus.root} — ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB, ${corpus.planted} planted secrets` +
      ` (${corpus.cached ? 'cached' : `built in ${((performance.now() - started) / 1000).toFixed(1)} s`})`
  );
}
