import type { AllowEntry } from '../../src/config/config-types.js';
import { commentStyleFor, suppressionLine } from '../../src/detect/suppressions/suppress-with.js';
import { pemBlock, scannerWith, scanText, tokenRule, VALUES } from './engine-fixtures.js';

const T = VALUES.token;
const ids = (findings: Array<{ ruleId: string }>) => findings.map((finding) => finding.ruleId);

describe('inline markers', () => {
  test.each([
    ['on the line, // comment', [`const t = "${T}"; // launch-ready:allow`]],
    ['on the line, with a reason', [`T=${T}  # launch-ready:allow reason: fixture`]],
    ['on a line of its own just before', ['// launch-ready:allow reason: rotated, kept for the test', `const t = "${T}";`]],
    ['an HTML comment before', ['<!-- launch-ready:allow reason: docs -->', `<code>${T}</code>`]],
    ['the old launch-ready:ignore alias', [`t = "${T}" // launch-ready:ignore`]],
    ['a marker before a multi-line secret covers it (its first line)', ['# launch-ready:allow reason: test key', pemBlock()]]
  ])('suppress: %s', (_name, lines) => {
    const scanner = scannerWith();
    expect(scanner.scan({ path: 'src/a.ts', text: lines.join('\n'), origin: 'present' })).toEqual([]);
    expect(scanner.unusedSuppressions()).toEqual([]);
  });

  test('a marker after code covers its own line only, not the next', () => {
    const findings = scanText([`a = "${VALUES.token2}" // launch-ready:allow`, `b = "${T}"`].join('\n'));
    expect(findings.map((f) => f.location)).toEqual([expect.objectContaining({ line: 2 })]);
  });

  test('a marker two lines up covers nothing', () => {
    expect(scanText(['// launch-ready:allow', '', `t = "${T}"`].join('\n'))).toHaveLength(1);
  });

  test('the marker name in a string or in backticks is not a marker', () => {
    expect(scanText(`const MARKER = 'launch-ready:allow'; const t = "${T}";`)).toHaveLength(1);
    expect(scanText(`Write \`launch-ready:allow\` next to ${T}`, 'docs/a.md')).toHaveLength(1);
  });
});

describe('config allow entries', () => {
  const entry = (fields: Omit<AllowEntry, 'reason'>): AllowEntry => ({ ...fields, reason: 'test' });
  const line = `a = "${T}"; b = "${VALUES.checked}"`;

  test.each([
    ['rule glob', entry({ rule: 'test-t*' }), 'src/a.ts', ['test-checked']],
    ['path glob (dot files too)', entry({ path: '**/.config/*' }), 'src/.config/a.ts', []],
    ['path glob that does not match', entry({ path: 'docs/**' }), 'src/a.ts', ['test-token', 'test-checked']],
    ['rule and path must both match', entry({ rule: 'test-token', path: 'docs/**' }), 'src/a.ts', ['test-token', 'test-checked']],
    ['exact value', entry({ value: T }), 'src/a.ts', ['test-checked']],
    ['valueRegex found anywhere', entry({ valueRegex: 'OK$' }), 'src/a.ts', ['test-token']],
    ['valueRegex with (?i)', entry({ valueRegex: '(?i)^CHK_' }), 'src/a.ts', ['test-token']],
    ['a bare reason matches nothing', { reason: 'x' }, 'src/a.ts', ['test-token', 'test-checked']]
  ])('%s', (_name, allow, path, expected) => {
    const findings = scannerWith({ config: { allow: [allow] } }).scan({ path, text: line, origin: 'present' });
    expect(ids(findings)).toEqual(expected);
  });

  test('an entry stops applying on its expiry date (UTC) and is reported as expired', () => {
    const allow = [entry({ rule: 'test-token', expires: '2025-06-15', line: 7 }), entry({ rule: 'test-checked', expires: '2025-06-16' })];
    const scanner = scannerWith({ config: { allow }, configFile: '.github/launch-ready.yml' });
    expect(ids(scanner.scan({ path: 'a.ts', text: line, origin: 'present' }))).toEqual(['test-token']);
    expect(scanner.unusedSuppressions()).toEqual([
      expect.objectContaining({
        ruleId: 'expired-suppression',
        severity: 'low',
        title: 'Allow entry expired',
        message: 'secrets.allow[0] (rule test-token; reason: test) expired on 2025-06-15 and no longer suppresses anything.',
        location: { kind: 'file', path: '.github/launch-ready.yml', line: 7 }
      })
    ]);
  });
});

describe('disableRules', () => {
  test('a disabled rule does not run; an unknown id is reported with a suggestion', () => {
    const scanner = scannerWith({ config: { disableRules: ['test-token', 'test-chekced'] } });
    expect(ids(scanner.scan({ path: 'a.ts', text: `a = "${T}"; b = "${VALUES.checked}"`, origin: 'present' }))).toEqual(['test-checked']);
    expect(scanner.unusedSuppressions()).toEqual([
      expect.objectContaining({
        ruleId: 'unknown-disabled-rule',
        message: 'secrets.disableRules names "test-chekced", which is no rule: nothing was disabled. Did you mean "test-checked"?'
      })
    ]);
  });
});

describe('unused suppressions', () => {
  const allow: AllowEntry[] = [{ path: 'docs/**', reason: 'examples', line: 12 }];

  test('in a full scan: unused markers (at the marker) and entries (at the config file)', () => {
    const scanner = scannerWith({ config: { allow } });
    scanner.scan({ path: 'src/a.ts', text: 'const a = 1;\n// launch-ready:allow reason: old\nconst b = 2;', origin: 'present' });
    expect(scanner.unusedSuppressions()).toEqual([
      expect.objectContaining({ ruleId: 'unused-suppression', severity: 'low', location: { kind: 'file', path: 'src/a.ts', line: 2, column: 4 } }),
      expect.objectContaining({
        ruleId: 'unused-suppression',
        message: 'secrets.allow[0] (path docs/**; reason: examples) matched no finding: remove it, so it cannot hide a future secret.',
        location: { kind: 'file', path: 'launch-ready.yml', line: 12 }
      })
    ]);
  });

  test('a diff scan reports neither: the lines it did not report may be what they guard', () => {
    const scanner = scannerWith({ config: { allow } });
    const text = `// launch-ready:allow\nconst t = "${T}";\nconst b = 2;`;
    scanner.scan({ path: 'src/a.ts', text, origin: 'added', reportLines: new Set([3]) });
    expect(scanner.unusedSuppressions()).toEqual([]);
  });

  test('history sources do not judge markers or entries either', () => {
    const scanner = scannerWith({ config: { allow } });
    scanner.scan({ path: 'src/a.ts', text: '// launch-ready:allow\nx', origin: 'history' });
    expect(scanner.unusedSuppressions()).toEqual([]);
  });

  test('an entry used by one file of the run is used', () => {
    const scanner = scannerWith({ config: { allow } });
    scanner.scan({ path: 'src/a.ts', text: 'x', origin: 'present' });
    scanner.scan({ path: 'docs/b.md', text: T, origin: 'present' });
    expect(scanner.unusedSuppressions()).toEqual([]);
  });

  test('an entry used for a finding made beside the scanner (a committed env file) is used', () => {
    const scanner = scannerWith({ config: { allow: [{ rule: 'committed-env-file', path: '.env.test', reason: 'dummy values' }] } });
    scanner.scan({ path: 'src/a.ts', text: 'x', origin: 'present' });
    expect(scanner.allows({ ruleId: 'committed-env-file', path: '.env.test' })).toBe(true);
    expect(scanner.allows({ ruleId: 'committed-env-file', path: '.env' })).toBe(false);
    expect(scanner.unusedSuppressions()).toEqual([]);
  });

  test('nothing scanned, nothing reported unused', () => {
    expect(scannerWith({ config: { allow } }).unusedSuppressions()).toEqual([]);
  });
});

describe('suppressWith', () => {
  test.each([
    ['src/a.ts', 'added', '// launch-ready:allow reason: <why>'],
    ['app/models/user.rb', 'present', '# launch-ready:allow reason: <why>'],
    ['.env.production', 'present', '# launch-ready:allow reason: <why>'],
    ['Dockerfile', 'present', '# launch-ready:allow reason: <why>'],
    ['db/seed.sql', 'present', '-- launch-ready:allow reason: <why>'],
    ['docs/setup.md', 'present', '<!-- launch-ready:allow reason: <why> -->'],
    ['web/site.css', 'present', '/* launch-ready:allow reason: <why> */'],
    ['config/app.json', 'present', '- { rule: "test-token", path: "config/app.json", reason: "<why>" }'],
    ['dist/app.js', 'artifact', '- { rule: "test-token", path: "dist/app.js", reason: "<why>" }'],
    ['src/a.ts', 'history', '- { rule: "test-token", path: "src/a.ts", reason: "<why>" }'],
    ['src/[id]/page "x".tsx', 'artifact', '- { rule: "test-token", path: "src/\\\\[id\\\\]/page \\"x\\".tsx", reason: "<why>" }']
  ] as const)('%s (%s)', (path, origin, expected) => {
    expect(suppressionLine({ path, origin }, tokenRule.id)).toBe(expected);
  });

  test('on every finding, and the line it suggests works', () => {
    const [finding] = scanText(`t = "${T}"`, 'src/a.py');
    expect(finding?.suppressWith).toBe('# launch-ready:allow reason: <why>');
    expect(scanText(`t = "${T}"  ${finding?.suppressWith ?? ''}`, 'src/a.py')).toEqual([]);
  });

  test('no comment syntax for unknown or comment-less formats', () => {
    expect(['a.json', 'README', 'package-lock.json', 'x.bin'].map(commentStyleFor)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
