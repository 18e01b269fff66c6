// The outside corpus: a second accuracy corpus written from providers' documentation and
// real-world file shapes only, by someone who never read launch-ready's rules or its own corpus
// (issue 16, "An honest benchmark"). Deterministic (seeded); values are drawn at run time in each
// documented shape (with the documented checksum where there is one), so nothing committed is a
// realistic secret. Writes the files and `labels.json` (ground truth: file, line, exact value,
// provider, category; hard negatives by kind; ambiguous lines that are left out of the score).
//
//   node scripts/corpus/outside/build-outside-corpus.mjs [--dir DIR]
import { Buffer } from 'node:buffer';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createRandom } from '../prng.mjs';
import { CorpusFile } from './corpus-file.mjs';
import { SHAPES, SHAPE_NAMES } from './file-shapes.mjs';
import { AMBIGUOUS, NEGATIVES } from './hard-negatives.mjs';
import { APP_PROVIDERS } from './providers-apps.mjs';
import { INFRA_PROVIDERS } from './providers-infra.mjs';
import { privateKeyFiles, serviceAccountFiles } from './key-scenarios.mjs';
import { connectionUrlFiles, headerFiles, httpClientFiles, publicShapeFiles, registryFiles } from './scenarios.mjs';

export const OUTSIDE_SEED = 'launch-ready-outside-v1';

/** Person-chosen or locally generated secrets with no provider shape: found by their name only. */
const GENERIC = [
  { provider: 'generic-password', category: 'generic', env: 'DB_PASSWORD', doc: 'OWASP ASVS V2.1: a chosen password of 12+ characters', make: (r) => r.base62(r.range(12, 20)) + r.pick(['!', '#', '', '-']) + r.base62(3) },
  { provider: 'generic-password', category: 'generic', env: 'SMTP_PASSWORD', doc: 'OWASP ASVS V2.1', make: (r) => r.base62(16) },
  { provider: 'generic-password', category: 'generic', env: 'ADMIN_PASSWORD', doc: 'OWASP ASVS V2.1', make: (r) => r.base62(10) + r.pick(['@', '!', '%']) + r.range(10, 99) },
  { provider: 'generic-encryption-key', category: 'generic', env: 'ENCRYPTION_KEY', doc: 'AES-256 key as base64 (openssl rand -base64 32)', make: (r) => r.base64(43) + '=' },
  { provider: 'generic-webhook-secret', category: 'generic', env: 'WEBHOOK_SIGNING_SECRET', doc: 'HMAC signing secret (openssl rand -hex 32)', make: (r) => r.hex(64) },
  { provider: 'generic-api-key', category: 'generic', env: 'PARTNER_API_KEY', doc: 'an in-house API key: 32 random alphanumerics', make: (r) => r.base62(32) }
];

export const PROVIDERS = [...INFRA_PROVIDERS, ...APP_PROVIDERS, ...GENERIC];

/**
 * Builds the corpus in `dir` (emptied first). Returns `{ root, labelsFile, files, bytes, labels }`
 * where `labels` is `{ positives, negatives, ambiguous }`.
 */
export function buildOutsideCorpus({ dir = join(tmpdir(), 'launch-ready-bench', 'outside') } = {}) {
  const rng = createRandom(OUTSIDE_SEED);
  const byId = new Map(PROVIDERS.map((provider) => [provider.provider, provider]));
  const files = [
    ...httpClientFiles(rng.fork('http'), byId),
    ...headerFiles(rng.fork('headers'), byId),
    ...connectionUrlFiles(rng.fork('urls')),
    ...privateKeyFiles(rng.fork('keys')),
    ...registryFiles(rng.fork('registries'), byId),
    ...serviceAccountFiles(rng.fork('service-accounts')),
    ...publicShapeFiles(rng.fork('public')),
    ...assignmentFiles(rng.fork('assignments'))
  ];
  const root = join(dir, 'corpus');
  rmSync(dir, { recursive: true, force: true });
  const used = new Set();
  let bytes = 0;
  for (const file of files) {
    let path = file.path;
    for (let n = 2; used.has(path); n += 1) path = file.path.replace(/^(.*?)(\.[^./]*)?$/, (_, stem, ext = '') => `${stem}-${n}${ext}`);
    used.add(path);
    if (path !== file.path) for (const label of [...file.positives, ...file.negatives, ...file.ambiguous]) label.file = path;
    file.path = path;
    const text = file.text();
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    bytes += Buffer.byteLength(text);
  }
  const labels = {
    seed: OUTSIDE_SEED,
    positives: files.flatMap((file) => file.positives),
    negatives: files.flatMap((file) => file.negatives),
    ambiguous: files.flatMap((file) => file.ambiguous)
  };
  checkLabels(files, labels);
  const labelsFile = join(dir, 'labels.json');
  writeFileSync(labelsFile, `${JSON.stringify(labels, null, 1)}\n`);
  return { root, labelsFile, files: files.length, bytes, labels };
}

/**
 * Every provider 2–3 times and every hard negative 5–7 times, each as a `NAME=value` line in a
 * file kind drawn at random, grouped 3–8 entries to a file between the kind's own filler lines.
 */
function assignmentFiles(rng) {
  const entries = [];
  for (const provider of PROVIDERS) {
    const shapes = rng.shuffle([...SHAPE_NAMES]).slice(0, rng.range(2, 3));
    for (const shape of shapes) entries.push({ shape, provider, value: provider.make(rng) });
  }
  for (const negative of NEGATIVES) for (let i = rng.range(5, 7); i > 0; i -= 1) entries.push({ shape: rng.pick(SHAPE_NAMES), negative, value: negative.value(rng) });
  for (const unclear of AMBIGUOUS) for (let i = 0; i < 3; i += 1) entries.push({ shape: rng.pick(SHAPE_NAMES), unclear, value: unclear.value(rng) });
  rng.shuffle(entries);
  const byShape = new Map(SHAPE_NAMES.map((name) => [name, []]));
  for (const entry of entries) byShape.get(entry.shape).push(entry);
  const files = [];
  for (const [name, list] of byShape) {
    const shape = SHAPES[name];
    while (list.length > 0) {
      const chunk = list.splice(0, rng.range(3, 8));
      const file = new CorpusFile(shape.path(rng)).add(...shape.head(rng));
      for (const entry of chunk) {
        const env = entry.provider?.env ?? entry.negative?.env ?? entry.unclear.env;
        const line = shape.assign(rng, env, entry.value);
        const common = { value: entry.value, shape: name };
        if (entry.provider) {
          const { provider, category, doc, ambiguous } = entry.provider;
          if (ambiguous) file.unclear(line, { ...common, why: ambiguous });
          else file.secret(line, { provider, category, doc, ...common, encoding: shape.encodes ? 'base64' : undefined });
        } else if (entry.negative) file.negative(line, { ...common, kind: entry.negative.kind });
        else file.unclear(line, { ...common, why: entry.unclear.why });
        for (let i = rng.range(0, 2); i > 0; i -= 1) file.add(shape.filler(rng));
      }
      file.add(...(shape.tail?.(rng) ?? []));
      // A report of the whole manifest at its `kind: Secret` line (gitleaks does this) names no
      // one value: neither a hit nor a false alarm.
      const kindLine = file.lines.indexOf('kind: Secret');
      if (kindLine >= 0) file.ambiguous.push({ file: file.path, line: kindLine + 1, why: 'a report of the whole Secret manifest', shape: name });
      files.push(file);
    }
  }
  return files;
}

/** The corpus's own consistency: each labelled line holds its value (or its documented encoding). */
function checkLabels(files, labels) {
  const text = new Map(files.map((file) => [file.path, file.lines]));
  const escapedKey = (value) => value.split('\n').join('\\n');
  for (const label of [...labels.positives, ...labels.negatives, ...labels.ambiguous]) {
    if (label.value === undefined) continue;
    const line = text.get(label.file)[label.line - 1];
    const value = label.value;
    const forms = [value, value.split('\n')[0], escapedKey(value), JSON.stringify(value).slice(1, -1)];
    const decoded = (line.match(/[A-Za-z0-9+/]{4,}={0,2}/g) ?? []).map((run) => Buffer.from(run, 'base64').toString('latin1'));
    if (!forms.some((form) => line.includes(form)) && !decoded.some((plain) => plain.includes(value))) {
      throw new Error(`outside corpus: ${label.file}:${label.line} does not hold its labelled value`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const corpus = buildOutsideCorpus(values.dir ? { dir: values.dir } : {});
  const { positives, negatives, ambiguous } = corpus.labels;
  console.log(`outside corpus: ${corpus.root} — ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(2)} MB; ${positives.length} secrets over ${new Set(positives.map((p) => p.provider)).size} providers, ${negatives.length} hard negatives, ${ambiguous.length} ambiguous (unscored); labels in ${corpus.labelsFile}`);
}
