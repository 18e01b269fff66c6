// The labelled accuracy corpus: a real-looking repository (TS/JS/Python/Go/YAML/JSON/.env/
// Dockerfile/Terraform/Markdown/shell/logs, lockfiles, minified bundles, source maps, CSS with
// inlined fonts, certificates) with planted secrets of every launch-ready rule and of the formats
// gitleaks and secretlint know, and more hard negatives than secrets. Deterministic (seeded);
// written to the temp dir, never committed. The labels (ground truth) are written beside the
// corpus, not inside it, so no scanner reads them.
//
//   node scripts/corpus/accuracy-corpus.mjs [--out DIR]     builds it and prints where it is
import { Buffer } from 'node:buffer';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createRandom } from './prng.mjs';
import { BLOCK_SECRETS, LINE_SECRETS, gcpServiceAccountFile } from './secret-values.mjs';
import { BLOCK_NEGATIVES, LINE_NEGATIVES, VALUE_NEGATIVES, envReference, fakeFixture } from './negatives.mjs';
import {
  HOST_KINDS,
  KIND_DIRS,
  KIND_FILE,
  assignment,
  baseName,
  cssWithFonts,
  goSum,
  makeHostFile,
  minifiedBundle,
  packageLock,
  rawAssignment,
  sourceMap,
  yarnLock
} from './filler.mjs';
import { loadSampleSecrets } from './load-ts.mjs';

export const ACCURACY_SEED = 'launch-ready-accuracy-v1';

/** Host files per kind (about 2–3 MB of text in all with the bulk files). */
const HOST_COUNTS = { ts: 14, js: 8, py: 8, go: 6, yaml: 8, json: 6, env: 4, dockerfile: 3, tf: 5, md: 8, sh: 5, log: 5 };
/** Where secrets assigned to a variable are planted: everywhere but logs get most of them. */
const SECRET_HOSTS = ['ts', 'ts', 'js', 'py', 'go', 'yaml', 'json', 'env', 'env', 'dockerfile', 'tf', 'md', 'sh', 'log'];
const SAMPLE_HOSTS = ['ts', 'js', 'py', 'go', 'yaml', 'json', 'env', 'tf', 'md', 'sh'];
const PLANTS_PER_PROVIDER = 3;
const PLANTS_PER_BLOCK_SECRET = 2;
const PLANTS_PER_VALUE_NEGATIVE = 5;
const PLANTS_PER_LINE_NEGATIVE = 5;
const ENV_REFERENCE_NEGATIVES = 40;
const FIXTURE_FILES = 4;
const FAKES_PER_FIXTURE_FILE = 6;

/**
 * Builds the corpus into `dir/corpus` and returns `{ root, labelsFile, labels, bytes, files,
 * sampleNote }`; `labels.positives[]` = `{ file, line, alsoLines?, provider, ruleId?, source }`
 * (`alsoLines`: other lines where a report counts, e.g. the start of a key file's JSON object),
 * `labels.negatives[]` = `{ file, line, kind }`.
 */
export async function buildAccuracyCorpus({ dir, seed = ACCURACY_SEED } = {}) {
  const rng = createRandom(seed);
  const root = join(dir, 'corpus');
  rmSync(root, { recursive: true, force: true });
  const { samples, note: sampleNote } = await loadSampleSecrets();

  const hosts = createHosts(rng.fork('hosts'));
  const byKind = (kind) => hosts.filter((host) => host.kind === kind);
  const pickHost = (r, kinds) => r.pick(byKind(r.pick(kinds)));
  const standalone = [];

  // ————— positives —————
  const prng = rng.fork('positives');
  for (const sample of samples) {
    const lines = sample.line.split('\n');
    const firstSecretLine = sample.secret.split('\n')[0];
    const at = Math.max(0, lines.findIndex((line) => line.includes(firstSecretLine)));
    plant(pickHost(prng, SAMPLE_HOSTS), lines, { at, positive: { provider: sample.ruleId, ruleId: sample.ruleId, source: 'sample' } });
  }
  for (const secret of LINE_SECRETS) {
    for (let i = 0; i < PLANTS_PER_PROVIDER; i += 1) {
      const host = pickHost(prng, SECRET_HOSTS);
      plant(host, [assignment(host.kind, prng, secret.name, secret.value(prng))], { at: 0, positive: { provider: secret.provider, source: 'generated' } });
    }
  }
  for (const secret of BLOCK_SECRETS) {
    for (let i = 0; i < PLANTS_PER_BLOCK_SECRET; i += 1) {
      const { lines, at } = secret.block(prng);
      const positive = { provider: secret.provider, source: 'generated' };
      if (lines.length === 1) {
        plant(pickHost(prng, ['ts', 'js']), lines, { at, positive });
        continue;
      }
      switch (prng.int(4)) {
        case 0:
          standalone.push({ path: `keys/${baseName(prng)}.pem`, lines, labels: [{ at, positive }] });
          break;
        case 1:
          plant(pickHost(prng, ['ts']), [`const deployKey = \`${lines[0]}`, ...lines.slice(1, -1), `${lines.at(-1)}\`;`], { at, positive });
          break;
        case 2:
          plant(pickHost(prng, ['yaml']), ['      tls.key: |', ...lines.map((line) => `        ${line}`)], { at: at + 1, positive });
          break;
        default:
          plant(pickHost(prng, ['md']), ['```', ...lines, '```'], { at: at + 1, positive });
      }
    }
  }
  for (let i = 0; i < PLANTS_PER_BLOCK_SECRET; i += 1) {
    const { lines, at, alsoAt, provider } = gcpServiceAccountFile(prng);
    standalone.push({ path: `deploy/credentials/${baseName(prng)}-sa.json`, lines, labels: [{ at, alsoAt, positive: { provider, source: 'generated' } }] });
  }

  // ————— hard negatives —————
  const nrng = rng.fork('negatives');
  for (const negative of VALUE_NEGATIVES) {
    for (let i = 0; i < PLANTS_PER_VALUE_NEGATIVE; i += 1) {
      const host = pickHost(nrng, SECRET_HOSTS);
      plant(host, [assignment(host.kind, nrng, negative.name, negative.value(nrng))], { at: 0, negative: negative.kind });
    }
  }
  for (let i = 0; i < ENV_REFERENCE_NEGATIVES; i += 1) {
    const host = pickHost(nrng, SECRET_HOSTS);
    const ref = envReference(nrng, host.kind);
    plant(host, [rawAssignment(host.kind, ref.name, ref.raw)], { at: 0, negative: ref.kind });
  }
  for (const negative of LINE_NEGATIVES) {
    for (let i = 0; i < PLANTS_PER_LINE_NEGATIVE; i += 1) plant(pickHost(nrng, negative.hosts), [negative.line(nrng)], { at: 0, negative: negative.kind });
  }
  for (const negative of BLOCK_NEGATIVES) {
    for (let i = 0; i < PLANTS_PER_LINE_NEGATIVE; i += 1) {
      const lines = negative.block(nrng);
      if (nrng.chance(0.5)) standalone.push({ path: `certs/${baseName(nrng)}.${negative.kind === 'certificate' ? 'crt' : 'pub'}`, lines, labels: [{ at: 0, negative: negative.kind }] });
      else plant(pickHost(nrng, ['md']), ['```', ...lines, '```'], { at: 1, negative: negative.kind });
    }
  }
  // Test fixtures marked fake: a fixtures folder, `fake`/`dummy`/`example` names, a comment.
  for (let f = 0; f < FIXTURE_FILES; f += 1) {
    const lines = ['// Fake credentials for unit tests. None of these is a real token.', ''];
    const labels = [];
    for (let i = 0; i < FAKES_PER_FIXTURE_FILE; i += 1) {
      const fake = fakeFixture(nrng);
      labels.push({ at: lines.length, negative: fake.kind });
      lines.push(`export const ${fake.name}${i} = '${fake.value}'; // fake, for tests`);
    }
    standalone.push({ path: `__tests__/fixtures/fake-credentials-${f + 1}.ts`, lines, labels });
  }
  // Bulky files real repositories carry; every line that carries a hash or base64 is a negative.
  const brng = rng.fork('bulk');
  const bulk = [
    ['package-lock.json', packageLock(brng, 160_000), 'lockfile-integrity', /sha512-/],
    ['apps/web/yarn.lock', yarnLock(brng, 80_000), 'lockfile-integrity', /sha512-/],
    ['go.sum', goSum(brng, 40_000), 'lockfile-integrity', /h1:/],
    [`apps/web/dist/assets/index-${brng.hex(8)}.js`, minifiedBundle(brng, 300_000), 'minified-code', /^.{1000}/],
    [`apps/web/dist/assets/index-${brng.hex(8)}.js.map`, sourceMap(brng, 150_000), 'source-map', /mappings/],
    ['apps/web/public/styles.css', cssWithFonts(brng, 150_000), 'base64-font-image', /;base64,/]
  ];
  for (const [path, lines, kind, carries] of bulk) {
    const labels = [];
    lines.forEach((line, at) => {
      if (carries.test(line) && line.length > 20) labels.push({ at, negative: kind });
    });
    standalone.push({ path, lines, labels: labels.map((label) => ({ ...label, bulk: true })) });
  }

  // ————— write —————
  const positives = [];
  const negatives = [];
  const files = [];
  const record = (path, labels, lineOffset = 0) => {
    for (const label of labels) {
      const line = label.at + 1 + lineOffset;
      const alsoLines = label.alsoAt?.map((at) => at + 1 + lineOffset);
      if (label.positive) positives.push({ file: path, line, ...(alsoLines ? { alsoLines } : {}), ...label.positive });
      else negatives.push({ file: path, line, kind: label.negative, ...(label.bulk ? { bulk: true } : {}) });
    }
  };
  const taken = new Set(hosts.map((host) => host.path));
  for (const host of hosts) {
    const { lines, labels } = assemble(host, rng.fork(host.path));
    files.push({ path: host.path, text: lines.join('\n') + '\n' });
    record(host.path, labels);
  }
  for (const file of standalone) {
    const path = uniquePath(file.path, taken);
    files.push({ path, text: file.lines.join('\n') + '\n' });
    record(path, file.labels);
  }
  let bytes = 0;
  for (const file of files) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    bytes += Buffer.byteLength(file.text);
  }
  const sortLabels = (a, b) => a.file.localeCompare(b.file) || a.line - b.line;
  const labels = { seed, bytes, files: files.length, positives: positives.sort(sortLabels), negatives: negatives.sort(sortLabels) };
  const labelsFile = join(dir, 'labels.json');
  writeFileSync(labelsFile, `${JSON.stringify(labels, null, 1)}\n`);
  return { root, labelsFile, labels, bytes, files: files.length, sampleNote };
}

/** Host files with unique paths, `{ path, kind, file: { head, blocks, tail }, plants: [] }`. */
function createHosts(rng) {
  const hosts = [];
  const used = new Set();
  for (const kind of HOST_KINDS) {
    for (let i = 0; i < HOST_COUNTS[kind]; i += 1) {
      const folder = rng.pick(KIND_DIRS[kind]);
      const name = KIND_FILE[kind](baseName(rng));
      let path = folder ? `${folder}/${name}` : name;
      if (kind === 'env' && used.has(path)) path = `${path}.${rng.pick(['production', 'staging', 'local', 'test'])}`;
      path = uniquePath(path, used);
      const size = kind === 'env' || kind === 'dockerfile' ? rng.range(12, 40) : rng.range(60, 500);
      hosts.push({ path, kind, file: makeHostFile(kind, rng, size), plants: [] });
    }
  }
  return hosts;
}

/** `path`, or `path` with `-2`, `-3`… before its extension when taken; marks it taken. */
function uniquePath(path, taken) {
  let unique = path;
  for (let n = 2; taken.has(unique); n += 1) unique = path.replace(/(\.[^./]+)?$/, (ext) => `-${n}${ext}`);
  taken.add(unique);
  return unique;
}

/** Queues `lines` for `host`; `at` is the index (in `lines`) of the labelled line. */
function plant(host, lines, { at, positive, negative }) {
  host.plants.push({ lines, labels: [{ at, positive, negative }] });
}

/** Puts every plant between two random blocks; returns the lines and the labels with file indices. */
function assemble(host, rng) {
  const { head, blocks, tail } = host.file;
  const slots = Array.from({ length: blocks.length + 1 }, () => []);
  for (const item of host.plants) slots[rng.int(slots.length)].push(item);
  const lines = [...head];
  const labels = [];
  for (let i = 0; i < slots.length; i += 1) {
    for (const item of slots[i]) {
      for (const label of item.labels) labels.push({ ...label, at: lines.length + label.at });
      lines.push(...item.lines);
    }
    if (i < blocks.length) lines.push(...blocks[i]);
  }
  lines.push(...tail);
  return { lines, labels };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const dir = values.out ?? join(tmpdir(), 'launch-ready-bench', 'accuracy');
  const corpus = await buildAccuracyCorpus({ dir });
  console.log(`accuracy corpus: ${corpus.root} (${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(2)} MB)`);
  console.log(`labels: ${corpus.labelsFile} (${corpus.labels.positives.length} planted secrets, ${corpus.labels.negatives.length} hard negatives)`);
  if (corpus.sampleNote) console.log(`note: ${corpus.sampleNote}`);
}
