import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyBaseline,
  createBaselineSalt,
  readBaseline,
  unusedBaselineFindings,
  writeBaseline
} from '../../src/detect/baseline.js';
import { DEFAULT_FINGERPRINT_SALT } from '../../src/report/fingerprint.js';
import { ConfigError } from '../../src/errors.js';
import { expectNotLeaked } from '../checks/secrets/fake-secrets.js';
import { scannerWith, VALUES } from './engine-fixtures.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'baseline-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const scan = (salt: string, path: string, text: string) =>
  scannerWith({ fingerprintSalt: salt }).scan({ path, text, origin: 'present' });

describe('baseline', () => {
  test('round trip: write → read → apply marks the same secrets known, after a rename and a line move', async () => {
    const file = join(dir, 'secrets-baseline.json');
    const salt = createBaselineSalt(() => Buffer.alloc(16, 7));
    const today = scan(salt, 'src/a.ts', `a = "${VALUES.token}"\nb = "${VALUES.checked}"`);
    await writeBaseline(file, today, salt, { now: () => new Date('2025-06-01T10:00:00Z') });

    const baseline = await readBaseline(file);
    expect(baseline?.salt).toBe(salt);
    const tomorrow = scan(salt, 'lib/renamed.ts', `\n\nb = "${VALUES.checked}"\nc = "${VALUES.token2}"`);
    const { findings, unused } = applyBaseline(tomorrow, baseline);
    expect(findings.map((f) => [f.evidence, f.known])).toEqual([
      ['chk_… (36 chars)', true],
      ['tok_… (36 chars)', undefined]
    ]);
    expect(unused.map((entry) => [entry.ruleId, entry.path, entry.line])).toEqual([['test-token', 'src/a.ts', 1]]);
  });

  test('the file: one entry per line, sorted, no value', async () => {
    const file = join(dir, 'b.json');
    const findings = scan('s1', 'src/z.ts', `x = "${VALUES.token}"`).concat(scan('s1', 'src/a.ts', `\ny = "${VALUES.token2}"`));
    await writeBaseline(file, findings, 's1', { now: () => new Date('2025-06-01T00:00:00Z') });
    const text = await readFile(file, 'utf8');
    expect(text.split('\n')).toEqual([
      '{',
      '  "version": 1,',
      '  "salt": "s1",',
      '  "entries": [',
      expect.stringMatching(/^ {4}\{"fingerprint":"[0-9a-f]{16}","ruleId":"test-token","path":"src\/a.ts","line":2,"addedAt":"2025-06-01"\},$/),
      expect.stringMatching(/^ {4}\{"fingerprint":"[0-9a-f]{16}","ruleId":"test-token","path":"src\/z.ts","line":1,"addedAt":"2025-06-01"\}$/),
      '  ]',
      '}',
      ''
    ]);
    expectNotLeaked(text, [VALUES.token, VALUES.token2]);
  });

  test('rewriting keeps addedAt of entries already there; one entry per fingerprint', async () => {
    const file = join(dir, 'b.json');
    const first = scan('s', 'a.ts', `x = "${VALUES.token}"`);
    await writeBaseline(file, first, 's', { now: () => new Date('2025-01-01T00:00:00Z') });
    const again = scan('s', 'a.ts', `x = "${VALUES.token}"\ny = "${VALUES.token}"\nz = "${VALUES.token2}"`);
    const written = await writeBaseline(file, again, 's', { now: () => new Date('2025-06-01T00:00:00Z') });
    expect(written.entries.map((entry) => [entry.line, entry.addedAt])).toEqual([
      [1, '2025-01-01'],
      [3, '2025-06-01']
    ]);
  });

  test('without a salt the default salt is recorded', async () => {
    const file = join(dir, 'b.json');
    expect((await writeBaseline(file, [], undefined)).salt).toBe(DEFAULT_FINGERPRINT_SALT);
    expect(await readBaseline(file)).toEqual({ version: 1, salt: DEFAULT_FINGERPRINT_SALT, entries: [] });
  });

  test('under a fingerprint key: the key id after the salt; addedAt kept only for the same key', async () => {
    const file = join(dir, 'b.json');
    const findings = scan('s', 'a.ts', `x = "${VALUES.token}"`);
    await writeBaseline(file, findings, 's', { keyId: '0123456789abcdef', now: () => new Date('2025-01-01T00:00:00Z') });
    expect((await readFile(file, 'utf8')).split('\n').slice(0, 5)).toEqual(['{', '  "version": 1,', '  "salt": "s",', '  "keyId": "0123456789abcdef",', '  "entries": [']);
    expect((await readBaseline(file))?.keyId).toBe('0123456789abcdef');
    const sameKey = await writeBaseline(file, findings, 's', { keyId: '0123456789abcdef', now: () => new Date('2025-06-01T00:00:00Z') });
    expect(sameKey.entries.map((entry) => entry.addedAt)).toEqual(['2025-01-01']);
    const noKey = await writeBaseline(file, findings, 's', { now: () => new Date('2025-07-01T00:00:00Z') });
    expect(noKey).toEqual(expect.not.objectContaining({ keyId: expect.anything() }));
    expect(noKey.entries.map((entry) => entry.addedAt)).toEqual(['2025-07-01']);
  });

  test('a missing file is no baseline', async () => {
    expect(await readBaseline(join(dir, 'none.json'))).toBeUndefined();
    expect(applyBaseline([], undefined)).toEqual({ findings: [], unused: [] });
  });

  test.each([
    ['not JSON', '{ nope', /not valid JSON/],
    ['another version', '{"version": 2, "salt": "s", "entries": []}', /expected "version": 1, got 2/],
    ['no salt', '{"version": 1, "entries": []}', /expected "salt"/],
    ['a bad entry', '{"version": 1, "salt": "s", "entries": [{"fingerprint": "x"}]}', /entries\[0\]: expected fingerprint/],
    ['a bad key id', '{"version": 1, "salt": "s", "keyId": "not hex", "entries": []}', /expected "keyId" to be 16 hex digits/]
  ])('a malformed file (%s) is a ConfigError naming the file', async (_name, text, message) => {
    const file = join(dir, 'bad.json');
    await writeFile(file, text);
    const error = await readBaseline(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message.startsWith(`${file}: `)).toBe(true);
  });

  test('unused entries become low findings at the baseline file', () => {
    const entry = { fingerprint: 'abcdef0123456789', ruleId: 'test-token', path: 'src/a.ts', line: 3, addedAt: '2025-01-01' };
    expect(unusedBaselineFindings([entry], '.launch-ready/secrets-baseline.json')).toEqual([
      expect.objectContaining({
        ruleId: 'baseline-entry-unused',
        severity: 'low',
        title: 'Baseline entry no longer found',
        location: { kind: 'file', path: '.launch-ready/secrets-baseline.json', line: 1 }
      })
    ]);
  });

  test('a new salt is random (16 bytes, base64url)', () => {
    expect(createBaselineSalt()).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(createBaselineSalt()).not.toBe(createBaselineSalt());
  });
});
