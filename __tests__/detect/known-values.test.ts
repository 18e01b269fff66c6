import { base64Forms, findKnownValues, prepareKnownValues } from '../../src/detect/known-values.js';
import { expectNotLeaked } from '../checks/secrets/fake-secrets.js';
import { join, scannerWith } from './engine-fixtures.js';

const STRIPE = { name: 'STRIPE_SECRET_KEY', value: join('sk_', 'live_', 'Zx9Kp2Lm', 'Wv8Jn3Ko', 'Rb4/Tc5+') };
const DB = { name: 'DATABASE_URL', value: join('postgres://app:', 'p4ss "w0rd"', '@db.internal/main') };
const SHORT = { name: 'PIN', value: '4711' };

function scanArtifact(text: string, path = 'dist/app.js', origin: 'artifact' | 'present' = 'artifact') {
  const scanner = scannerWith({ knownValues: [STRIPE, DB, SHORT] });
  return { scanner, findings: scanner.scan({ path, text, origin }) };
}

describe('known values in artifacts', () => {
  test('verbatim: critical, names the variable and the file, never the value', () => {
    const { findings } = scanArtifact(`var a=1;\nvar k="${STRIPE.value}";`);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'env-secret-in-artifact',
        severity: 'critical',
        confidence: 'high',
        message: 'The value of STRIPE_SECRET_KEY is in dist/app.js: anyone who can download the build output or log can use it.',
        location: { kind: 'file', path: 'dist/app.js', line: 2, column: 8, endColumn: 8 + STRIPE.value.length },
        evidence: 'value of STRIPE_SECRET_KEY (32 chars)',
        suppressWith: '- { rule: "env-secret-in-artifact", path: "dist/app.js", reason: "<why>" }'
      })
    ]);
    expectNotLeaked(JSON.stringify(findings), [STRIPE.value]);
  });

  test.each([
    ['JSON-escaped', JSON.stringify({ url: DB.value }), 'DATABASE_URL', 'JSON-escaped'],
    ['URL-encoded', `fetch("/x?db=${encodeURIComponent(DB.value)}")`, 'DATABASE_URL', 'URL-encoded'],
    ['base64 on its own', `atob("${Buffer.from(STRIPE.value).toString('base64')}")`, 'STRIPE_SECRET_KEY', 'base64-encoded'],
    ['base64 inside a larger blob, at each alignment', `b="${Buffer.from(`{"k":"${STRIPE.value}"}`).toString('base64')}"`, 'STRIPE_SECRET_KEY', 'base64-encoded'],
    ['URL-safe base64', `b="${Buffer.from(`xx${STRIPE.value}`).toString('base64url')}"`, 'STRIPE_SECRET_KEY', 'base64-encoded']
  ])('%s', (_name, text, variable, words) => {
    const { findings } = scanArtifact(text);
    const hit = findings.find((finding) => finding.ruleId === 'env-secret-in-artifact');
    expect(hit?.message).toContain(`The value of ${variable} is in dist/app.js (${words})`);
  });

  test('every alignment of base64 is searched', () => {
    for (const prefix of ['', 'a', 'ab', 'abc']) {
      const blob = Buffer.from(`${prefix}${STRIPE.value}!`).toString('base64');
      expect(findKnownValues(blob, prepareKnownValues([STRIPE]).searchable)).toHaveLength(1);
    }
    expect(base64Forms('abcdefgh').every((form) => form.length >= 8)).toBe(true);
  });

  test('only artifact sources are searched', () => {
    expect(scanArtifact(`k="${STRIPE.value}"`, 'src/app.ts', 'present').findings.filter((f) => f.ruleId === 'env-secret-in-artifact')).toEqual([]);
  });

  test('values under 8 characters are not searched, and the scanner says so once an artifact was scanned', () => {
    const { scanner, findings } = scanArtifact(`var pin = ${SHORT.value};`);
    expect(findings).toEqual([]);
    expect(scanner.notes()).toEqual([
      expect.objectContaining({ ruleId: 'env-secret-too-short', severity: 'info', location: { kind: 'env', name: 'PIN' } })
    ]);
    expect(JSON.stringify(scanner.notes())).not.toContain(SHORT.value);
    expect(scannerWith({ knownValues: [SHORT] }).notes()).toEqual([]);
  });

  test('a value repeated in a log is reported at most 10 times per file', () => {
    const { findings } = scanArtifact(Array.from({ length: 50 }, () => `auth ${STRIPE.value}`).join('\n'), 'logs/build.log');
    expect(findings.filter((f) => f.ruleId === 'env-secret-in-artifact')).toHaveLength(10);
  });
});
