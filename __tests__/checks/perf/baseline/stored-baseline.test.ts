/** The baseline in a file store (#15, acceptance 4): round trip; missing or corrupt → a warning, never a throw. */
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderBaseline } from '../../../../src/checks/perf/baseline/baseline-json.js';
import { readStoredBaseline, writeStoredBaseline } from '../../../../src/checks/perf/baseline/stored-baseline.js';
import { createFileStore } from '../../../../src/files/file-store.js';
import { recordRun } from '../../../../src/checks/perf/baseline/record-run.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'perf-baseline-'));
});
const store = () => createFileStore(dir, { writable: true });
const readBaselineFile = (key: string) => readStoredBaseline(store(), key);
const writeBaselineFile = (key: string, baseline: Parameters<typeof writeStoredBaseline>[2]) => writeStoredBaseline(store(), key, baseline);
afterEach(() => rm(dir, { recursive: true, force: true }));

const run = { at: '2026-12-07T12:00:00.000Z', commit: '0123abc', routes: { '/': [12.345, 13, 99.1], '/api?x': [5] } };

test('record → write → read gives the recorded baseline, in a folder created on the way, with no temp file left', async () => {
  const path = '.launch-ready/perf/baseline.json';
  const recorded = recordRun(undefined, run);
  await writeBaselineFile(path, recorded);
  expect(await readBaselineFile(path)).toEqual({ baseline: recorded });
  expect(await readdir(join(dir, '.launch-ready', 'perf'))).toEqual(['baseline.json']);
  expect(await readFile(join(dir, path), 'utf8')).toBe(renderBaseline(recorded));
});

test('writing replaces the previous file whole', async () => {
  const path = 'baseline.json';
  const first = recordRun(undefined, run);
  await writeBaselineFile(path, first);
  const second = recordRun(first, { at: '2026-12-08T12:00:00.000Z', routes: { '/': [20] } });
  await writeBaselineFile(path, second);
  expect((await readBaselineFile(path)).baseline).toEqual(second);
});

describe('no usable baseline is a warning', () => {
  const valid = () => renderBaseline(recordRun(undefined, run));
  test.each<[string, string | undefined, string]>([
    ['missing', undefined, 'no baseline yet at {path}: this run is reported, not compared'],
    ['corrupt JSON', '{"schemaVersion": 1, "rou', 'the baseline {path} is not valid (not JSON ('],
    ['empty', '', 'the baseline {path} is not valid (not JSON ('],
    ['another schema version', valid().replace('"schemaVersion": 1', '"schemaVersion": 2'), 'the baseline {path} is not valid (schemaVersion: expected 1, got 2): ignored'],
    ['a negative sample', valid().replace('[12.35', '[-12.35'), 'the baseline {path} is not valid (routes["/"].samples[0]: expected milliseconds (a finite number ≥ 0), got -12.35): ignored'],
    [
      'too many samples',
      valid().replace('[5]', `[${Array.from({ length: 20_001 }, () => 5).join(',')}]`),
      'the baseline {path} is not valid (routes["/api?x"].samples: expected at most 20000 entries, got 20001): ignored'
    ]
  ])('%s', async (_, text, warning) => {
    const path = 'baseline.json';
    if (text !== undefined) await writeFile(join(dir, path), text);
    const read = await readBaselineFile(path);
    expect(read.baseline).toBeUndefined();
    expect(read.warning!.startsWith(warning.replace('{path}', path))).toBe(true);
  });

  test('a folder where the file should be', async () => {
    const path = 'baseline.json';
    await mkdir(join(dir, path));
    expect(await readBaselineFile(path)).toEqual({ warning: `the baseline ${path} cannot be read (EISDIR): ignored` });
  });
});

test('a store that may not record has no write: the baseline is never moved by a pull request', async () => {
  const readOnly = createFileStore(dir, { writable: false });
  expect(readOnly.write).toBeUndefined();
  await expect(writeStoredBaseline(readOnly, 'baseline.json', recordRun(undefined, run))).rejects.toThrow('this run may not record a baseline at baseline.json');
});
