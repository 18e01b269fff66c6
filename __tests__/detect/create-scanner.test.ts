import { expectNotLeaked } from '../checks/secrets/fake-secrets.js';
import { join, pemBlock, scannerWith, scanText, tokenRule, VALUES } from './engine-fixtures.js';

const T = VALUES.token;

describe('createSecretScanner', () => {
  test('a complete finding: location, redacted evidence, confidence, suppression line', () => {
    expect(scanText(`// config\nconst token = "${T}";`, 'src/app.ts')).toEqual([
      {
        check: 'secrets',
        ruleId: 'test-token',
        severity: 'critical',
        title: 'Test token',
        message: 'Committed in a tracked file: anyone who can read the repository or its history can use it.',
        location: { kind: 'file', path: 'src/app.ts', line: 2, column: 16, endColumn: 52 },
        evidence: 'tok_… (36 chars)',
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
        remediation: 'Rotate the test token.',
        confidence: 'high',
        suppressWith: '// launch-ready:allow reason: <why>'
      }
    ]);
  });

  test('findings are sorted by line, then column', () => {
    const findings = scanText(`${VALUES.checked} ${T}\n${VALUES.token2}`);
    expect(findings.map((f) => (f.location?.kind === 'file' ? [f.location.line, f.location.column] : []))).toEqual([
      [1, 1],
      [1, 38],
      [2, 1]
    ]);
  });

  test('history findings carry the commit and say so', () => {
    const commit = { sha: 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0', author: 'Ada', date: '2025-01-01T00:00:00Z' };
    const [finding] = scannerWith().scan({ path: 'a.ts', text: T, origin: 'history', commit });
    expect(finding?.message).toBe('Added in commit a1b2c3d by Ada: it stays readable in the history after the line is removed, so rotate it.');
    expect(finding?.location).toMatchObject({ commit });
  });

  test('a generic match on the same text as a provider match yields to it', () => {
    const findings = scanText(`secret_token = ${T}\nsecret_key = "${VALUES.generic}"`);
    expect(findings.map((f) => f.ruleId)).toEqual(['test-token', 'generic-secret']);
  });

  test('a context keyword may sit on another line than the token; a keyword in the pattern must be on its line', () => {
    const contextRule = { ...tokenRule, id: 'context-token', keywords: ['acme'], pattern: /\bzz_[A-Za-z0-9]{32}\b/g };
    const scanner = scannerWith({ rules: [contextRule, tokenRule] });
    const token = VALUES.token.replace('tok_', 'zz_');
    const findings = scanner.scan({ path: 'a.ts', text: `import acme from 'acme';\n\nlogin("${token}");`, origin: 'present' });
    expect(findings.map((f) => f.ruleId)).toEqual(['context-token']);
    expect(scanner.scan({ path: 'a.ts', text: `login("${token}");`, origin: 'present' })).toEqual([]);
  });

  test('minified bundles are scanned in full, however long the line', () => {
    const bundle = `${'var a=1;'.repeat(100_000)}k="${T}";${'b();'.repeat(1000)}`;
    expect(scanText(bundle, 'dist/app.js').map((f) => f.location)).toEqual([expect.objectContaining({ line: 1, column: 800_004 })]);
  });
});

describe('reportLines (the lines a change adds)', () => {
  const text = [`a = "${T}"`, `b = "${VALUES.token2}"`, `c = "${VALUES.token3}"`].join('\n');

  test('only matches touching those lines are reported', () => {
    const findings = scannerWith().scan({ path: 'a.ts', text, origin: 'added', reportLines: new Set([2]) });
    expect(findings.map((f) => f.location)).toEqual([expect.objectContaining({ line: 2 })]);
    expect(findings[0]?.message).toMatch(/^Added by this change: /);
  });

  test('multi-line rules still see the full text: a key block edited in the middle is reported at the added line', () => {
    const file = ['const a = 1;', pemBlock(), 'const b = 2;'].join('\n');
    const scanner = scannerWith();
    expect(scanner.scan({ path: 'k.ts', text: file, origin: 'added', reportLines: new Set([4]) })).toEqual([
      expect.objectContaining({ ruleId: 'test-private-key', location: { kind: 'file', path: 'k.ts', line: 4 } })
    ]);
    expect(scanner.scan({ path: 'k.ts', text: file, origin: 'added', reportLines: new Set([1, 7]) })).toEqual([]);
    expect(scanner.scan({ path: 'k.ts', text: file, origin: 'added', reportLines: new Set([2]) })[0]?.location).toMatchObject({ line: 2, column: 1 });
  });

  test('an encoded span is reported when it touches an added line', () => {
    const encoded = Buffer.from(`token=${T}`).toString('base64');
    const source = { path: 'a.yml', text: `x: 1\ny: ${encoded}`, origin: 'added' as const };
    expect(scannerWith().scan({ ...source, reportLines: new Set([1]) })).toEqual([]);
    expect(scannerWith().scan({ ...source, reportLines: new Set([2]) })).toHaveLength(1);
  });

  test('encoded spans on reported lines are found as in a full scan, at the same places', () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    const lines = [
      'plain: 1',
      `a: ${b64(`token=${T}`)}`,
      'b: 2',
      `c: "${b64(`auth=${VALUES.token2}`)}"`,
      `d: https://x.test/?q=${encodeURIComponent(`?k=${VALUES.token3}&x`)}`,
      `e: ${b64(`token=${VALUES.token3}`)}`,
      `f: ${b64(`k=${T}`)}`
    ];
    const text = lines.join('\n');
    const full = scannerWith().scan({ path: 'a.yml', text, origin: 'present' });
    for (const reported of [[2, 4, 5, 7], [1, 3, 6], [7], [1, 2, 3, 4, 5, 6, 7]]) {
      const inDiff = scannerWith().scan({ path: 'a.yml', text, origin: 'added', reportLines: new Set(reported) });
      const expected = full.filter((finding) => finding.location?.kind === 'file' && reported.includes(finding.location.line));
      const encodingOf = (message: string) => /\((?:base64|URL)-encoded\)/.exec(message)?.[0];
      expect(inDiff.map((finding) => [finding.ruleId, finding.location, encodingOf(finding.message)])).toEqual(
        expected.map((finding) => [finding.ruleId, finding.location, encodingOf(finding.message)])
      );
    }
    expect(full.filter((finding) => /-encoded\)/.test(finding.message))).toHaveLength(5);
  });
});

describe('redaction', () => {
  test('several secrets on one line, plus base64 and URL-encoded ones: no value in any field', () => {
    const encodedToken = Buffer.from(`auth=${VALUES.token2}`).toString('base64');
    const urlEncoded = encodeURIComponent(`?k=${VALUES.token3}&x`);
    const generic = join('s3cr', 'Et-V4lu', 'e-9xQ2-Zm');
    const text = [
      `const a = "${T}", b = "${VALUES.checked}", c = "${VALUES.unchecked}"; secret_password = "${generic}"`,
      `blob: ${encodedToken} next=${urlEncoded}`,
      pemBlock()
    ].join('\n');
    const scanner = scannerWith();
    const findings = scanner.scan({ path: 'src/leak.ts', text, origin: 'present' });
    expect(findings.map((f) => f.ruleId).sort()).toEqual(
      ['generic-secret', 'test-checked', 'test-checked', 'test-private-key', 'test-token', 'test-token', 'test-token'].sort()
    );
    const values = [T, VALUES.token2, VALUES.token3, VALUES.checked, VALUES.unchecked, generic, ...VALUES.pemBody];
    expectNotLeaked(JSON.stringify([findings, scanner.unusedSuppressions(), scanner.notes()]), values);
    for (const finding of findings) expect(finding.evidence).toMatch(/^.{0,4}… \(\d+ chars\)$/);
  });
});
