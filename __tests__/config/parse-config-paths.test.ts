/**
 * `parseConfig` reads a valid file with js-yaml (fast, no positions) and anything else with
 * `yaml` (every problem located). The two must agree on what a file means: the same data for
 * every YAML 1.2 core-schema scalar, the same Config for whole files, and the slow path for
 * whatever the fast one cannot judge.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { loadPlainYaml } from '../../src/config/load-plain-yaml.js';
import { parseConfig, parseConfigPrecisely } from '../../src/config/parse-config.js';

const FILE = 'launch-ready.yml';

describe('js-yaml and yaml read the same data', () => {
  test.each([
    ['integers', 'a: 0o17\nb: 0x1F\nc: 017\nd: +12\ne: -0\nf: 1_000\ng: 0b101'],
    ['floats', 'a: 1e3\nb: 1.5e-3\nc: .inf\nd: -.Inf\ne: .NaN\nf: .5\ng: 1.\nh: -1.0'],
    ['nulls', 'a: ~\nb: null\nc: Null\nd: NULL\ne:'],
    ['booleans and YAML 1.1 words', 'a: true\nb: True\nc: TRUE\nd: false\ne: yes\nf: on\ng: No'],
    ['dates and times stay strings', 'a: 2025-12-31\nb: 2025-12-31T10:00:00Z\nc: 12:30'],
    ['quoted strings and escapes', 'a: "x\\ty\\u00e9"\nb: \'it\'\'s\'\nc: "\\x41\\U0001F600"\nd: "${env.X}"'],
    ['block scalars', 'a: |\n  line1\n  line2\nb: >-\n  folded\n  text\nc: |+\n  keep\n\nd: x'],
    ['multi-line plain scalars', 'a: plain\n  continued\n  again'],
    ['flow collections', 'a: [1, "2", {b: c}]\nb: {c: 1, d: [x, y]}\nc: []\nd: {}'],
    ['keys', '"a b": 1\n200: ok\n? complex\n: value\n<<: {b: 1}\n__proto__: 1'],
    // One known difference: `!!float 1` is 1 to js-yaml and "1" to yaml (no config key is written so).
    ['explicit tags', 'a: !!str 123\nb: !!int "42"\nc: !!float 1.5\nd: !!null ""\ne: !!bool "true"'],
    ['comments and document markers', '# head\n---\na: x # tail\nb: "# not a comment"\n...\n'],
    ['globs and expressions', 'a: dist/**\nb: "**/*.snap"\nc: ${{ secrets.X }}\nd: a:b\ne: -x']
  ])('%s', (_, text) => {
    const fast = loadPlainYaml(text);
    expect(fast).not.toBeUndefined();
    expect(fast).toStrictEqual(parseDocument(text).toJS());
  });

  test.each([
    ['a syntax error', 'a: b: c'],
    ['a duplicate key', 'a: 1\na: 2'],
    ['two documents', 'a: 1\n---\nb: 2'],
    ['an alias', 'a: &x [1]\nb: *x'],
    ['an unknown tag', 'a: !!binary aGVsbG8=']
  ])('js-yaml declines %s, so the precise path words it', (_, text) => {
    expect(loadPlainYaml(text)).toBeUndefined();
  });
});

describe('parseConfig and parseConfigPrecisely give the same Config', () => {
  const fixtures = ['../fixtures/config/example.yml', '../fixtures/env-app/launch-ready.yml'];
  test.each(fixtures)('%s', (fixture) => {
    const text = readFileSync(new URL(fixture, import.meta.url), 'utf8');
    expect(parseConfig(text, FILE)).toStrictEqual(parseConfigPrecisely(text, FILE));
  });

  test('a file with allow entries takes the precise path: their lines are known', () => {
    const text = 'secrets:\n  allow:\n    - rule: generic-api-key\n      reason: docs\n';
    expect(parseConfig(text, FILE).secrets.allow[0]?.line).toBe(3);
  });

  test('a file with anchors and aliases still parses (through the precise path)', () => {
    const text = 'env:\n  vars:\n    A: &spec { type: url, required: true }\n    B: *spec\n';
    const config = parseConfig(text, FILE);
    expect(config.env?.vars.B).toStrictEqual(config.env?.vars.A);
  });
});
