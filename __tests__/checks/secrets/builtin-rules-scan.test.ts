/** The scanner with the built-in rules: whole findings, columns, fingerprints, skipped look-alikes. */
import type { ScanSource } from '../../../src/detect/contracts.js';
import { createSecretScanner } from '../../../src/detect/create-scanner.js';
import { IGNORE_MARKER } from '../../../src/detect/suppressions/inline-markers.js';
import { BUILTIN_RULES } from '../../../src/detect/rules.js';
import { base62Crc32 } from '../../../src/detect/rules/checksums.js';
import { configWith } from './config-fixture.js';
import { expectNotLeaked, FAKE } from './fake-secrets.js';

const scanner = createSecretScanner({ rules: BUILTIN_RULES, config: configWith().secrets, today: () => new Date(0) });

/** Scans `lines` as one file, by default a file a change adds. */
function scan(lines: string[], path = 'src/app.ts', origin: ScanSource['origin'] = 'added') {
  return scanner.scan({ path, text: lines.join('\n'), origin });
}

describe('scanning with the built-in rules', () => {
  test('builds a complete finding without the value', () => {
    // A valid checksum, so the rule is sure (high confidence, full severity).
    const body = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5';
    const token = ['ghp', '_', body, base62Crc32(body)].join('');
    const findings = scan(['// config', `const token = "${token}";`]);
    expect(findings).toEqual([
      {
        check: 'secrets',
        ruleId: 'github-token',
        severity: 'critical',
        title: 'GitHub token',
        message: 'Added by this change: anyone who can read the repository or its history can use it.',
        location: { kind: 'file', path: 'src/app.ts', line: 2, column: 16, endColumn: 56 },
        evidence: 'ghp_… (40 chars)',
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
        remediation: expect.stringMatching(/^Revoke or rotate it first/),
        confidence: 'high',
        suppressWith: '// launch-ready:allow reason: <why>'
      }
    ]);
    expectNotLeaked(JSON.stringify(findings), [token]);
  });

  test('says "found in" for a file scanned as a whole', () => {
    const [finding] = scan([FAKE.npmToken], 'a.txt', 'present');
    expect(finding?.message).toBe('Committed in a tracked file: anyone who can read the repository or its history can use it.');
  });

  test('the column points at the secret group, not at the key name before it', () => {
    const text = `aws_secret_access_key = ${FAKE.awsSecret}`;
    const [finding] = scan([text]);
    expect(finding?.location).toMatchObject({ line: 1, column: text.indexOf(FAKE.awsSecret) + 1 });
  });

  test('finds every secret on a line, left to right', () => {
    const findings = scan([`${FAKE.awsKeyId} ${FAKE.awsTempKeyId} ${FAKE.githubClassic}`]);
    expect(findings.map((f) => [f.ruleId, f.location])).toEqual([
      ['aws-access-key-id', expect.objectContaining({ column: 1 })],
      ['aws-access-key-id', expect.objectContaining({ column: 22 })],
      ['github-token', expect.objectContaining({ column: 43 })]
    ]);
  });

  test('the fingerprint follows the value, not the line or the path', () => {
    const moved = scan(['', '', `t = ${FAKE.githubClassic}`])[0];
    const original = scan([`t = ${FAKE.githubClassic}`])[0];
    const renamed = scan([`t = ${FAKE.githubClassic}`], 'src/other.ts')[0];
    expect(moved?.fingerprint).toBe(original?.fingerprint);
    expect(renamed?.fingerprint).toBe(original?.fingerprint);
    expect(original?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  test.each([
    ['the inline marker', `token = "${FAKE.githubClassic}" // ${IGNORE_MARKER}`],
    ['the marker in a hash comment', `TOKEN=${FAKE.githubClassic}  # ${IGNORE_MARKER} test fixture`],
    ['the AWS documentation key id', ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('')],
    ['the AWS documentation secret', `aws_secret_access_key = ${['wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYEXAMPLEKEY'].join('')}`],
    ['a masked Stripe key', `STRIPE_KEY=${['sk', '_live_'].join('')}${'x'.repeat(24)}`],
    ['an all-zero GitHub token', ['ghp', '_', '0'.repeat(36)].join('')],
    ['a filler AWS key id', ['AKIA', 'X'.repeat(16)].join('')],
    ['the Slack docs webhook', ['https://hooks', '.slack.com/services/T00000000/B00000000/', 'X'.repeat(24)].join('')]
  ])('skips %s', (_name, text) => {
    expect(scan([text])).toEqual([]);
  });

  test('scans very long lines in full (minified bundles)', () => {
    const padding = 'a'.repeat(100_000);
    expect(scan([`${padding} ${FAKE.githubClassic}`])).toHaveLength(1);
    expect(scan([`${FAKE.githubClassic} ${padding}`])).toHaveLength(1);
  });

  test('reports only the lines a change adds, at their own numbers', () => {
    const text = [`id = ${FAKE.awsKeyId}`, '', '', '', '', '', `t = ${FAKE.githubClassic}`].join('\n');
    const findings = scanner.scan({ path: 'a.ts', text, origin: 'added', reportLines: new Set([7]) });
    expect(findings.map((f) => [f.ruleId, f.location])).toEqual([['github-token', expect.objectContaining({ line: 7, column: 5 })]]);
  });

  test('the keyword prefilter is case-insensitive', () => {
    expect(scan([`AWS_ACCESS_KEY_ID=${FAKE.awsKeyId}`]).map((f) => f.ruleId)).toEqual(['aws-access-key-id']);
  });
});
