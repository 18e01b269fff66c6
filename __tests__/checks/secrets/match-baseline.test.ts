/**
 * The baseline against person-chosen values (issue #16): published fingerprints are located, the
 * baseline holds stretched ones, and a run stretches only the values an open entry could know.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBaseline, writeBaseline, type Baseline } from '../../../src/detect/baseline.js';
import type { SecretScanner } from '../../../src/detect/contracts.js';
import { matchBaseline } from '../../../src/checks/secrets/match-baseline.js';
import type { Finding } from '../../../src/report/finding.js';
import { scannerWith, VALUES } from '../../detect/engine-fixtures.js';
import { expectNotLeaked } from './fake-secrets.js';

const SALT = 'match-baseline-salt';
/** Person-chosen values (the generic rule's): each published located, stretched for the baseline. */
const PASSWORDS = ['Zq8Lm2Vt9Kc4Xw7N', 'Bn5Rt1Yp6Hs3Jd0Q', 'Wc7Gk2Fm9Pv4Tx1R', 'Hd3Ns8Qa5Lz0Ye6U'];
const secretLine = (value: string) => `client_secret = "${value}"`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'match-baseline-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** One run as the secrets check does it: a deferring scanner, every file, then the published fingerprints. */
async function scanRun(files: Record<string, string>, options: { deferStretching?: boolean } = {}): Promise<{ scanner: SecretScanner; findings: Finding[] }> {
  const scanner = scannerWith({ fingerprintSalt: SALT, deferStretching: options.deferStretching ?? true });
  const raw = Object.entries(files).flatMap(([path, text]) => scanner.scan({ path, text, origin: 'present' }));
  return { scanner, findings: await scanner.settleFingerprints(raw) };
}

/** `secrets baseline`: the values' own fingerprints written to a file, read back. */
async function baselineOf(files: Record<string, string>, options: { deferStretching?: boolean } = {}): Promise<Baseline> {
  const { scanner, findings } = await scanRun(files, options);
  const file = join(dir, 'baseline.json');
  await writeBaseline(file, await scanner.valueFingerprints(findings), SALT, { now: () => new Date('2025-06-01T00:00:00Z') });
  const text = await readFile(file, 'utf8');
  expectNotLeaked(text, [...PASSWORDS, VALUES.token]);
  return (await readBaseline(file)) as Baseline;
}

const knownOf = (findings: readonly Finding[]) => findings.map((finding) => [finding.location?.kind === 'file' ? finding.location.path : '', finding.known ?? false]);

describe('matchBaseline', () => {
  const tree = {
    'config/users.py': [secretLine(PASSWORDS[0] as string), secretLine(PASSWORDS[1] as string)].join('\n'),
    'src/app.ts': `t = "${VALUES.token}"\n${secretLine(PASSWORDS[0] as string)}`
  };

  test('round trip: every person-chosen value known after a line move, each distinct value stretched once', async () => {
    const baseline = await baselineOf(tree);
    // One entry per value: the password in two files is one entry, at its first place.
    expect(baseline.entries.map((entry) => [entry.path, entry.line])).toEqual([
      ['config/users.py', 1],
      ['config/users.py', 2],
      ['src/app.ts', 1]
    ]);
    const moved = { ...tree, 'config/users.py': `# fixtures\n\n${tree['config/users.py']}` };
    const { scanner, findings } = await scanRun(moved);
    const matched = await matchBaseline(findings, baseline, scanner);
    expect(knownOf(matched.findings)).toEqual([
      ['config/users.py', true],
      ['config/users.py', true],
      ['src/app.ts', true],
      ['src/app.ts', true]
    ]);
    expect(matched.unused).toEqual([]);
    expect(scanner.stretchedCount()).toBe(2);
    // The published fingerprints stay located: the report's, not the baseline's.
    expect(matched.findings.map((finding) => finding.fingerprint)).toEqual(findings.map((finding) => finding.fingerprint));
    const entries = new Set(baseline.entries.map((entry) => entry.fingerprint));
    expect(findings.filter((finding) => entries.has(finding.fingerprint)).map((finding) => finding.ruleId)).toEqual(['test-token']);
  });

  test('a baseline written before located fingerprints (every value stretched in scan) keeps matching', async () => {
    const baseline = await baselineOf(tree, { deferStretching: false });
    const { scanner, findings } = await scanRun(tree);
    const matched = await matchBaseline(findings, baseline, scanner);
    expect(matched.findings.every((finding) => finding.known)).toBe(true);
    expect(matched.unused).toEqual([]);
  });

  test('no baseline, or one with no entry a person-chosen value could match: nothing stretched', async () => {
    const none = await scanRun(tree);
    expect((await matchBaseline(none.findings, undefined, none.scanner)).findings).toEqual(none.findings);
    expect(none.scanner.stretchedCount()).toBe(0);

    const tokensOnly = await baselineOf({ 'src/app.ts': `t = "${VALUES.token}"` });
    const run = await scanRun(tree);
    const matched = await matchBaseline(run.findings, tokensOnly, run.scanner);
    expect(knownOf(matched.findings).filter(([, known]) => known)).toEqual([['src/app.ts', true]]);
    expect(run.scanner.stretchedCount()).toBe(0);
  });

  test('a changed password is new and its entry unused; a password moved to another file is still known', async () => {
    const baseline = await baselineOf({ 'config/users.py': tree['config/users.py'] });
    const { scanner, findings } = await scanRun({
      'config/users.py': [secretLine(PASSWORDS[2] as string), secretLine(PASSWORDS[1] as string)].join('\n'),
      'lib/seed.py': secretLine(PASSWORDS[0] as string)
    });
    const matched = await matchBaseline(findings, baseline, scanner);
    expect(knownOf(matched.findings)).toEqual([
      ['config/users.py', false],
      ['config/users.py', true],
      ['lib/seed.py', true]
    ]);
    expect(matched.unused).toEqual([]);

    const gone = await scanRun({ 'config/users.py': [secretLine(PASSWORDS[2] as string), secretLine(PASSWORDS[1] as string)].join('\n') });
    const unused = (await matchBaseline(gone.findings, baseline, gone.scanner)).unused;
    expect(unused.map((entry) => [entry.path, entry.line])).toEqual([['config/users.py', 1]]);
  });

  test('the search for moved values stops at its limit, says so, and reports the rest as new', async () => {
    const baseline = await baselineOf({ 'old/place.py': secretLine(PASSWORDS[3] as string) });
    const files = Object.fromEntries(PASSWORDS.map((password, index) => [`new/f${index}.py`, secretLine(password)]));
    const { scanner, findings } = await scanRun(files);
    const matched = await matchBaseline(findings, baseline, scanner, { movedSearchLimit: 2 });
    // The moved value sits in the last file, past the limit: reported as new, never hidden.
    expect(matched.findings.filter((finding) => finding.known)).toEqual([]);
    expect(scanner.stretchedCount()).toBe(2);
    expect(matched.note).toMatchObject({ ruleId: 'baseline-search-limited', severity: 'info' });
    expect(matched.note?.message).toContain('2 findings elsewhere were compared with them (a scrypt each) and 2 more were not');
    expectNotLeaked(JSON.stringify(matched), PASSWORDS);

    const unbounded = await scanRun(files);
    const found = await matchBaseline(unbounded.findings, baseline, unbounded.scanner);
    expect(knownOf(found.findings).filter(([, known]) => known)).toEqual([['new/f3.py', true]]);
    expect(found.note).toBeUndefined();
  });
});
