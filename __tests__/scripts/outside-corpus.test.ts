/**
 * The outside accuracy corpus (issue 16) and its scorer: the same seed gives the same files and
 * labels, the corpus is as broad as the issue asks, every label points at a line holding its
 * value, and the scorer counts file:line pairs as bench:accuracy documents.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Buffer } from 'node:buffer';
import { afterAll, describe, expect, it } from '@jest/globals';

type Label = { file: string; line: number; provider?: string; category?: string; value?: string; kind?: string; alsoLines?: number[] };
type Built = { root: string; labels: { positives: Label[]; negatives: Label[]; ambiguous: Label[] } };

const repo = join(import.meta.dirname, '..', '..');
const load = async <T>(path: string): Promise<T> => (await import(join(repo, path))) as T;
const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'outside-corpus-test-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const filesOf = (root: string) =>
  Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((path) => [relative(root, path), readFileSync(path, 'utf8')])
  );

describe('outside corpus', () => {
  it('is the same, byte for byte and label for label, from one seed', async () => {
    const { buildOutsideCorpus } = await load<{ buildOutsideCorpus: (o: { dir: string }) => Built }>('scripts/corpus/outside/build-outside-corpus.mjs');
    const first = buildOutsideCorpus({ dir: scratch() });
    const second = buildOutsideCorpus({ dir: scratch() });
    expect(second.labels).toEqual(first.labels);
    expect(filesOf(second.root)).toEqual(filesOf(first.root));
  });

  it('holds at least 400 secrets of 80 providers and 400 hard negatives, each label on a line holding its value', async () => {
    const { buildOutsideCorpus } = await load<{ buildOutsideCorpus: (o: { dir: string }) => Built }>('scripts/corpus/outside/build-outside-corpus.mjs');
    const { root, labels } = buildOutsideCorpus({ dir: scratch() });
    expect(labels.positives.length).toBeGreaterThanOrEqual(400);
    expect(new Set(labels.positives.map((label) => label.provider)).size).toBeGreaterThanOrEqual(80);
    expect(labels.negatives.length).toBeGreaterThanOrEqual(400);
    const categories = new Set(labels.positives.map((label) => label.category));
    for (const category of ['cloud', 'source-ci', 'payments', 'messaging', 'ai', 'registry', 'database', 'observability', 'auth', 'saas', 'private-key', 'basic-auth']) expect(categories).toContain(category);
    const lines = new Map<string, string[]>();
    const lineOf = (label: Label) => {
      if (!lines.has(label.file)) lines.set(label.file, readFileSync(join(root, label.file), 'utf8').split('\n'));
      return lines.get(label.file)![label.line - 1] ?? '';
    };
    const plainOrEscaped = (label: Label) => {
      const line = lineOf(label);
      const value = label.value!;
      // Or base64 of it (Kubernetes Secret data, Docker `auth`, npm `_auth`, a base64 PEM).
      const decoded = (line.match(/[A-Za-z0-9+/]{4,}={0,2}/g) ?? []).map((run) => Buffer.from(run, 'base64').toString('latin1'));
      return line.includes(value.split('\n')[0] ?? value) || line.includes(value.split('\n').join('\\n')) || decoded.some((plain) => plain.includes(value));
    };
    for (const label of labels.positives) expect([label.file, label.line, plainOrEscaped(label)]).toEqual([label.file, label.line, true]);
    // No label shares a line with another: a line is a secret, a negative or ambiguous.
    const keys = [...labels.positives, ...labels.negatives, ...labels.ambiguous].map((label) => `${label.file}:${label.line}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('signs GitHub and npm token bodies with the documented CRC-32, base62', async () => {
    const { crc32, base62, checksummedBody } = await load<{ crc32: (t: string) => number; base62: (n: number, w: number) => string; checksummedBody: (r: unknown) => string }>('scripts/corpus/outside/checksums.mjs');
    const { createRandom } = await load<{ createRandom: (seed: string) => unknown }>('scripts/corpus/prng.mjs');
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(base62(61, 3)).toBe('00z');
    const body = checksummedBody(createRandom('t'));
    expect(body).toMatch(/^[0-9A-Za-z]{36}$/);
    expect(body.slice(30)).toBe(base62(crc32(body.slice(0, 30)), 6));
  });
});

describe('scoreDetections', () => {
  it('counts distinct file:line pairs, accepts alsoLines, and leaves ambiguous lines out', async () => {
    const { scoreDetections } = await load<{ scoreDetections: (labels: unknown, detections: unknown[]) => { tp: number; fn: number; fp: number; recall: number; precision: number; fpByKind: Map<string, number> } }>('scripts/bench/score-detections.mjs');
    const labels = {
      positives: [
        { file: 'a.env', line: 2, provider: 'x', category: 'c' },
        { file: 'key.pem', line: 1, provider: 'k', category: 'private-key', alsoLines: [2, 3] },
        { file: 'b.ts', line: 9, provider: 'y', category: 'c' }
      ],
      negatives: [{ file: 'a.env', line: 3, kind: 'placeholder' }],
      ambiguous: [{ file: 'a.env', line: 4 }]
    };
    const score = scoreDetections(labels, [
      { file: 'a.env', line: 2, ruleId: 'r1' },
      { file: 'a.env', line: 2, ruleId: 'r2' },
      { file: 'key.pem', line: 3, ruleId: 'pem' },
      { file: 'a.env', line: 3, ruleId: 'generic' },
      { file: 'a.env', line: 4, ruleId: 'generic' },
      { file: 'c.md', line: 1, ruleId: 'generic' }
    ]);
    expect({ tp: score.tp, fn: score.fn, fp: score.fp }).toEqual({ tp: 2, fn: 1, fp: 2 });
    expect(score.precision).toBe(0.5);
    expect([...score.fpByKind]).toEqual([['placeholder', 1], ['unlabelled line', 1]]);
  });
});
