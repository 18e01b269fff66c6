/** The JSON report and the SARIF log on disk, in real temp folders. */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReportFiles } from '../../src/publish/write-report-files.js';
import { parseReportJson } from '../../src/report/render-json.js';
import { HOSTILE_FILE, expectNoSecret, leakyReport } from './leaky-report.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'launch-ready-files-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

test('writes both files into folders it creates, and returns where', async () => {
  const paths = { reportFile: join(dir, 'a', 'b', 'report.json'), sarifFile: join(dir, 'c', 'results.sarif') };
  expect(await writeReportFiles(leakyReport(), paths)).toEqual(paths);
  const [json, sarif] = await Promise.all([readFile(paths.reportFile, 'utf8'), readFile(paths.sarifFile, 'utf8')]);
  expect(json.endsWith('}\n')).toBe(true);
  expect(sarif.endsWith('}\n')).toBe(true);
  expectNoSecret(json + sarif);

  // The JSON reads back as the same report (what the `report` input and `launch-ready comment` load).
  const back = parseReportJson(json, 'report.json');
  expect(back.results[0]!.findings.map((finding) => [finding.ruleId, finding.evidence, finding.location])).toEqual(
    leakyReport().results[0]!.findings.map((finding) => [finding.ruleId, finding.evidence, finding.location])
  );
  expect(back.results[0]!.findings[0]!.evidence).toBe('ghp_… (40 chars)');

  const log = JSON.parse(sarif);
  expect(log.version).toBe('2.1.0');
  expect(log.runs[0].results).toHaveLength(2);
  const uris: string[] = log.runs[0].results.map((result: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => result.locations[0]!.physicalLocation.artifactLocation.uri);
  // The PR-controlled path is percent-encoded in the URI: no raw newline, space, `|` or `<`.
  expect(uris.find((uri) => uri.startsWith('src/a'))).toMatch(/^[\w%./-]+$/);
  expect(sarif).not.toContain(HOSTILE_FILE);
});

const cases: Array<[name: string, which: Array<'reportFile' | 'sarifFile'>, expected: string[]]> = [
  ['only the JSON report', ['reportFile'], ['report.json']],
  ['only the SARIF log', ['sarifFile'], ['results.sarif']],
  ['neither', [], []]
];

test.each(cases)('%s: writes only what was asked', async (_name, which, expected) => {
  const all = { reportFile: join(dir, 'report.json'), sarifFile: join(dir, 'results.sarif') };
  const paths = Object.fromEntries(which.map((key) => [key, all[key]]));
  expect(await writeReportFiles(leakyReport(), paths)).toEqual(paths);
  expect((await readdir(dir)).sort()).toEqual(expected);
});

test('replaces an earlier file, byte for byte the same for the same report', async () => {
  const reportFile = join(dir, 'report.json');
  await writeFile(reportFile, `${'stale '.repeat(10_000)}\n`);
  await writeReportFiles(leakyReport(), { reportFile });
  const first = await readFile(reportFile, 'utf8');
  await writeReportFiles(leakyReport(), { reportFile });
  expect(await readFile(reportFile, 'utf8')).toBe(first);
  expect(first).not.toContain('stale');
});

test('a path under a file fails with the file system error (the caller reports it)', async () => {
  await writeFile(join(dir, 'not-a-folder'), '');
  await expect(writeReportFiles(leakyReport(), { reportFile: join(dir, 'not-a-folder', 'report.json') })).rejects.toMatchObject({ code: expect.stringMatching(/^(EEXIST|ENOTDIR)$/) });
});
