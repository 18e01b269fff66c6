/**
 * The `"mappings"` string of a source map is left out of the keyword pass when it is VLQ alone;
 * the rest of the map is scanned as any source, so a secret bundled into `sourcesContent` is found.
 */
import { createSecretScanner } from '../../src/detect/create-scanner.js';
import { BUILTIN_RULES } from '../../src/detect/rules.js';
import { blanked, sourceMapMappings } from '../../src/detect/source-map-mappings.js';
import { configWith } from '../checks/secrets/config-fixture.js';

const MAPPINGS = 'AAAA,EAAC,CAAC,EAAE;AACpD,GAAG,KAAK,SAAS,YAAY';

describe('sourceMapMappings', () => {
  test('the characters of the mappings string of a .map file', () => {
    const text = `{"version":3,"sources":["a.ts"],"names":[],"mappings" : "${MAPPINGS}","file":"a.js"}`;
    const span = sourceMapMappings('dist/a.js.map', text) as [number, number];
    expect(text.slice(...span)).toBe(MAPPINGS);
    expect(Buffer.from(blanked(Buffer.from(text), span)).toString()).toBe(text.replace(MAPPINGS, ' '.repeat(MAPPINGS.length)));
  });

  test.each([
    ['not a .map file', 'dist/a.js', `{"mappings":"${MAPPINGS}"}`],
    ['no mappings key', 'a.js.map', '{"version":3}'],
    ['a string that is not VLQ', 'a.js.map', '{"mappings":"AAAA,ghp_token-like.value"}'],
    ['an unterminated string', 'a.js.map', '{"mappings":"AAAA,CAAC']
  ])('none for %s', (_name, path, text) => {
    expect(sourceMapMappings(path, text)).toBeUndefined();
  });
});

describe('a source map scanned', () => {
  const scanner = createSecretScanner({ rules: BUILTIN_RULES, config: configWith().secrets, today: () => new Date(0) });
  const key = ['sk', '_live_', '51Hq', 'Tz8Rw3Nb6Vc1Xm4Kp7Ld2Fj5'].join('');

  test('a secret in sourcesContent is found, after mappings full of keywords', () => {
    const text = `{"version":3,"mappings":"${'EAAC,KEYA,PATC,'.repeat(2_000)}","sourcesContent":["const stripe = '${key}';"]}`;
    const findings = scanner.scan({ path: 'dist/app.js.map', text, origin: 'present' });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['stripe-live-secret-key']);
  });
});
