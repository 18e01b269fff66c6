import dotenv from 'dotenv';
import dotenvExpand from 'dotenv-expand';
import { expandEntries, type EnvLookup } from '../../../../src/checks/env/dotenv/expand-env.js';
import { parseEnvFile } from '../../../../src/checks/env/dotenv/parse-env-file.js';

const expandFile = (text: string, env: EnvLookup = {}): Record<string, string> =>
  Object.fromEntries(expandEntries(parseEnvFile(text).entries, env).map(({ name, value }) => [name, value]));

/** What an app using dotenv + dotenv-expand loads; `processEnv` is a copy, since expand writes to it. */
const oracle = (text: string, env: Record<string, string>): Record<string, string> =>
  dotenvExpand.expand({ parsed: dotenv.parse(text), processEnv: { ...env } }).parsed ?? {};

const ENV = { HOME: '/home/ci', USER: 'ci', EMPTY: '', WITH_DOLLAR: 'a$USER-b', BRACES: '${USER}' };

// No single quotes here, and no name both in the file and in ENV: there the two differ on purpose.
const TABLE: Array<[label: string, text: string]> = [
  ['earlier entries', 'A=1\nB=$A\nC=${A}-${B}'],
  ['the environment', 'DIR=$HOME/app\nWHO="${USER}@host"'],
  ['unset is empty', 'A=x${NOPE}y\nB=$NOPE'],
  ['defaults when unset', 'A=${NOPE:-fallback}\nB=${NOPE-fallback}'],
  ['defaults when empty', 'E=\nA=${E:-fallback}\nB=${E-fallback}\nC=${EMPTY:-fallback}'],
  ['no default when set', 'S=set\nA=${S:-fallback}\nB=${S-fallback}'],
  ['alternates', 'S=set\nE=\nA=${S:+alt}\nB=${S+alt}\nC=${E:+alt}\nD=${NOPE+alt}'],
  ['defaults with dashes and colons', 'A=${NOPE:-a-b-c}\nB=${NOPE-b:-c}\nC=${NOPE:-http://x:1}'],
  ['nested default', 'B=inner\nA=${NOPE:-${B}}\nC=${NOPE:-${ALSO_NOPE:-deep}}'],
  ['forward references are empty', 'A=$B\nB=1'],
  ['self reference', 'A=$A\nB=x${B}y'],
  ['a cycle stops', 'A=$B\nB=$A\nC=${C:-stop}'],
  ['escaped dollars', 'A=\\$HOME\nB="\\${USER}"\nC=cost\\$5'],
  ['lone and numeric dollars', 'A=$\nB=$1\nC=price: 5$\nD=${}'],
  ['name boundaries', 'A=1\nB=$A_suffix\nC=${A}_suffix\nD=$A.txt\nE=$A-x'],
  ['many references', 'H=db\nP=5432\nU=app\nURL=postgres://${U}:${PASS:-pw}@${H}:${P}/app?x=$U'],
  ['double quotes and multi-line', 'A=1\nB="first $A\nsecond ${A}"\nC=`tick $A`'],
  ['duplicates: the last value, at the first position', 'A=1\nB=$A\nA=2'],
  ['environment values are expanded again', 'A=$WITH_DOLLAR\nB=${BRACES}'],
  ['inline comments are gone before expansion', 'A=1\nB=$A # not ${A}']
];

test.each(TABLE)('same as dotenv-expand: %s', (_label, text) => {
  expect(expandFile(text, ENV)).toEqual(oracle(text, ENV));
});

test('single-quoted values stay literal, also where a later entry is exactly a reference to one', () => {
  expect(expandFile("A='$HOME and ${USER}'\nB=\"$A\"\nC='\\$x'", ENV)).toEqual({
    A: '$HOME and ${USER}',
    B: '$HOME and ${USER}',
    C: '\\$x'
  });
});

test("the file's own entries win over the environment (dotenv-expand lets the environment win)", () => {
  expect(expandFile('USER=file-user\nWHO=$USER', ENV)).toEqual({ USER: 'file-user', WHO: 'file-user' });
  expect(oracle('USER=file-user\nWHO=$USER', ENV)).toEqual({ USER: 'ci', WHO: 'ci' });
});

test('entries keep their line and quoting; a repeated name keeps its last assignment', () => {
  const entries = parseEnvFile("A=1\nB='$A'\nA=\"2\"").entries;
  expect(expandEntries(entries, {})).toEqual([
    { name: 'A', value: '2', line: 3, quoted: 'double' },
    { name: 'B', value: '$A', line: 2, quoted: 'single' }
  ]);
});

test('inherited object keys are not variables', () => {
  expect(expandFile('A=${constructor}|$toString|${__proto__:-d}', {})).toEqual({ A: '||d' });
});

test('a cycle through the environment stops', () => {
  // dotenv-expand never returns for this one: each step grows the text and never repeats it.
  const env = { P: '${Q}b', Q: 'a${P}' };
  const [entry] = expandEntries(parseEnvFile('R=x${P}').entries, env);
  expect(entry?.value.startsWith('xa')).toBe(true);
});

test('a value with thousands of references is expanded whole', () => {
  const text = `B=b\nA=${'${B}'.repeat(5000)}`;
  expect(expandFile(text)).toEqual(oracle(text, {}));
});

test('the inputs are not changed', () => {
  const entries = parseEnvFile('A=1\nB=$A').entries;
  const env = Object.freeze({ HOME: '/h' });
  const copy = structuredClone(entries);
  expandEntries(entries, env);
  expect(entries).toEqual(copy);
});
