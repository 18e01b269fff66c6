import {
  decodeBase64Text,
  decodePercent,
  findBase64Spans,
  findUrlEncodedSpans
} from '../../src/detect/decode-spans.js';
import { scanText, VALUES } from './engine-fixtures.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('findBase64Spans', () => {
  test('a run that decodes to text, with its padding', () => {
    const encoded = b64(`token=${VALUES.token}\n`);
    const text = `auth: "${encoded}" end`;
    expect(findBase64Spans(text)).toEqual([
      { start: 7, end: 7 + encoded.length, encoding: 'base64', decoded: `token=${VALUES.token}\n` }
    ]);
  });

  test('URL-safe base64 too', () => {
    const encoded = Buffer.from(`k=${VALUES.token}??>>`).toString('base64url');
    expect(findBase64Spans(`x ${encoded} y`).map((span) => span.decoded)).toEqual([`k=${VALUES.token}??>>`]);
  });

  test.each([
    ['binary (a random key)', Buffer.from(Array.from({ length: 48 }, (_, i) => (i * 97 + 13) % 256)).toString('base64')],
    ['a camelCase identifier', 'getEffectiveTypeParameterDeclarations'],
    ['a snake_case identifier', 'Found_peer_dependency_with_version_62'],
    ['a path', 'src/Checks/secrets/Engine/create-scanner'],
    ['too short', b64('short text 12')],
    ['hex', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b']
  ])('skips %s', (_name, run) => {
    expect(findBase64Spans(` ${run} `)).toEqual([]);
  });

  test('runs are found at every offset and length from the shortest up, whatever the text around them', () => {
    // The search probes every 12th character: each alignment of each length must still be found, once.
    for (const plain of ['pass=Hunter2Hunter', 'pass=Hunter2Hunter2', 'pass=Hunter2Hunter22', 'user:pass-word-123 and more']) {
      const encoded = b64(plain);
      for (let before = 0; before < 26; before += 1) {
        for (const after of ['', ' ', ' tail', '\n']) {
          const text = `${'(.'.repeat(before).slice(0, before)}${encoded}${after}`;
          const start = text.indexOf(encoded);
          const spans = findBase64Spans(text).filter((span) => span.start <= start + encoded.length && span.end >= start);
          expect(spans).toEqual([{ start, end: start + encoded.length, encoding: 'base64', decoded: plain }]);
        }
      }
    }
  });

  test('two runs side by side, a run at the start and one at the end of the text', () => {
    const first = b64('user:pass-word-123');
    const second = b64('token: hunter2-hunter2');
    const spans = findBase64Spans(`${first} ${second}`);
    expect(spans.map((span) => span.decoded)).toEqual(['user:pass-word-123', 'token: hunter2-hunter2']);
    expect(spans.map((span) => span.start)).toEqual([0, first.length + 1]);
  });

  test('decodeBase64Text: mostly printable text only', () => {
    expect(decodeBase64Text(b64('user:pass-word-123'))).toBe('user:pass-word-123');
    expect(decodeBase64Text(Buffer.from([0, 1, 2, 3, 200, 201]).toString('base64'))).toBeUndefined();
  });
});

describe('findUrlEncodedSpans', () => {
  test('the run around %xx sequences, up to quotes and spaces', () => {
    const encoded = encodeURIComponent(`postgres://app:${VALUES.generic}@db/main`);
    const text = `url = "${encoded}" next`;
    expect(findUrlEncodedSpans(text)).toEqual([
      { start: 7, end: 7 + encoded.length, encoding: 'url', decoded: `postgres://app:${VALUES.generic}@db/main` }
    ]);
  });

  test('a % without two hex digits is no encoding', () => {
    expect(findUrlEncodedSpans('width: 100%; a %zz b')).toEqual([]);
  });

  test('decodePercent keeps malformed sequences and + as they are, and reads UTF-8', () => {
    expect(decodePercent('a%2Fb%zz+c%C3%A9')).toBe('a/b%zz+cé');
  });
});

describe('decoded secrets in the scanner', () => {
  test('base64: reported at the encoded span, said in the message', () => {
    const encoded = b64(`token=${VALUES.token}`);
    const [finding] = scanText(`line one\nauth: ${encoded}\n`);
    expect(finding).toMatchObject({
      ruleId: 'test-token',
      message: 'Committed in a tracked file (base64-encoded): anyone who can read the repository or its history can use it.',
      location: { line: 2, column: 7, endColumn: 7 + encoded.length },
      evidence: 'tok_… (36 chars)'
    });
  });

  test('URL-encoded: found where a word boundary hid it from the plain scan', () => {
    const findings = scanText(`next=${encodeURIComponent(`/cb?t=${VALUES.token}&x=1`)}`);
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['test-token', expect.stringContaining('(URL-encoded)')]
    ]);
  });

  test('a plain token inside a URL-encoded span is reported once, as plain', () => {
    const findings = scanText(`u=https%3A%2F%2Fx.org%2F?t= ${VALUES.token}`);
    expect(findings.map((f) => f.message)).toEqual([expect.not.stringContaining('encoded')]);
  });

  test('one level only: base64 of base64 is not decoded twice', () => {
    expect(scanText(`blob: ${b64(b64(`token=${VALUES.token}`))}`)).toEqual([]);
  });
});
