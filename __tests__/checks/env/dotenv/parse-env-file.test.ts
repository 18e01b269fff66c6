import dotenv from 'dotenv';
import { parseEnvFile, type EnvEntry, type EnvFileProblem } from '../../../../src/checks/env/dotenv/parse-env-file.js';
import { seededRandom } from '../../../helpers/seeded-random.js';

/** name → value as the app sees it: dotenv keeps the last assignment of a name. */
const toMap = (entries: EnvEntry[]): Record<string, string> => Object.fromEntries(entries.map(({ name, value }) => [name, value]));

// Files that exercise every corner of dotenv's grammar; `dotenv.parse` is the oracle for each.
const TRICKY_FILES: Array<[label: string, text: string]> = [
  ['plain assignments', 'A=1\nB=two\nC=three four'],
  ['export prefix', 'export A=1\nexport  B="two"\n\texport C=3'],
  ['comments and inline comments', '# comment\nA=1 # inline\nB=2# tight\nC="3 # kept" # dropped\nD=\'#kept\'\n  # indented comment\n# E=5'],
  ['empty values', 'A=\nB=""\nC=\'\'\nD=``\nE= \nF=# only a comment'],
  ['spaces around =', 'A = 1\nB= 2\nC =3\n  D=4  \nE\t=\t5'],
  ['YAML-style colon', 'A: 1\nB: "two"\nC:3'],
  ['single, double, backtick quotes', 'A=\'single\'\nB="double"\nC=`backtick`\nD="it\'s"\nE=\'say "hi"\'\nF=`both \' and "`'],
  ['escapes', 'A="line\\nbreak"\nB=\'no\\nbreak\'\nC=no\\nbreak\nD="cr\\rhere"\nE="say \\"hi\\""\nF=\'it\\\'s\'\nG="back\\\\nslash"\nH=`tick\\n`'],
  ['multi-line values', 'A="one\ntwo\nthree"\nB=\'x\ny\'\nC=`p\nq`\nD=after'],
  ['multi-line with an = inside', 'CERT="-----BEGIN-----\nKEY=not a key\n-----END-----"\nNEXT=1'],
  ['CRLF and lone CR', 'A=1\r\nB="two\r\nlines"\r\nC=3\rD=4'],
  ['BOM', '\uFEFFA=1\nB=2'],
  ['duplicates keep the last', 'A=1\nB=2\nA=3'],
  ['names with dots and dashes', 'a.b=1\nc-d=2\n_e=3\n1F=4\n.g=5'],
  ['invalid lines are skipped', 'MY KEY=1\nJUSTTEXT\n=novalue\nÄ=1\nGOOD=yes\nKEY:nospace'],
  ['unterminated quotes', 'A="abc\nB=2\nC=\'x\nD=`y\nE=ok'],
  ['text after a closing quote', 'A="abc" def\nB=\'x\' y\nC="a" "b"'],
  ['values with = and URLs', 'URL=postgres://u:p@h:5432/db?sslmode=require&x=1\nQ=a=b=c'],
  ['value on the next line', 'A=\n"quoted below"\nB=\nunquoted below'],
  ['tabs and trailing whitespace', 'A=\tvalue\t\nB="keep  "  \nC=  spaced out  '],
  ['unicode values', 'GREETING=Grüße 世界\nEMOJI="😀"\nNAME=José'],
  ['dollar signs stay literal', 'A=$HOME\nB="${USER}-x"\nC=\'$literal\''],
  ['hash inside quotes and after', 'A="#1"\nB=\'a#b\'#c\nC=`#`'],
  ['export without a value', 'export A\nB=1'],
  ['unclosed multi-line before a quoted line', 'A="never closed\nB=1\nC="x"\nD="y"'],
  ['only comments and blanks', '\n\n# nothing\n\n'],
  ['Unicode line and paragraph separators', 'A=1\u2028B=2\u2029C="x\u2028y"\n\u2028  \u2029D=4\nE=5 \u2028 junk\nF'],
  ['blank runs before a stray word', '\n\n  \n\t\nstray\n\n\nA=1\n  \n\nword\n=x\nB=2'],
  ['empty file', '']
];

test.each(TRICKY_FILES)('same name → value map as dotenv.parse: %s', (_label, text) => {
  expect(toMap(parseEnvFile(text).entries)).toEqual(dotenv.parse(text));
});

// Fragments that meet at every boundary of dotenv's grammar: names, separators, quotes, escapes, comments, line ends.
const FRAGMENTS = ['A', 'b_2', 'export ', '=', ':', ' ', '\t', '\n', '\r\n', '\r', '\u2028', '#', "'", '"', '`', '\\', '\\n', 'x y', '$V', '.', '-', '9', 'é'];

test('same map as dotenv.parse on 3 000 generated files', () => {
  const next = seededRandom(5);
  for (let seed = 0; seed < 3000; seed += 1) {
    const text = Array.from({ length: 1 + Math.floor(next() * 30) }, () => FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]).join('');
    expect({ text, map: toMap(parseEnvFile(text).entries) }).toEqual({ text, map: dotenv.parse(text) });
  }
});

test('long runs of blank lines parse (dotenv takes seconds on them; a quadratic parser would hit the test timeout)', () => {
  const text = `${'\n'.repeat(200_000)}stray\n${'\n'.repeat(200_000)}A=1`;
  expect(toMap(parseEnvFile(text).entries)).toEqual({ A: '1' });
});

test('entries carry the line where they start and how they were quoted', () => {
  const text = ['# header', 'export A=1', 'B="multi', 'line"', '', "C='x'", 'D=`y`', 'A=2'].join('\r\n');
  expect(parseEnvFile(text).entries).toEqual([
    { name: 'A', value: '1', line: 2, quoted: 'none' },
    { name: 'B', value: 'multi\nline', line: 3, quoted: 'double' },
    { name: 'C', value: 'x', line: 6, quoted: 'single' },
    { name: 'D', value: 'y', line: 7, quoted: 'backtick' },
    { name: 'A', value: '2', line: 8, quoted: 'none' }
  ]);
});

test('a BOM does not shift line 1', () => {
  expect(parseEnvFile('\uFEFF1A=x').problems).toEqual([expect.objectContaining({ line: 1, column: 1 })]);
});

const problem = (ruleId: EnvFileProblem['ruleId'], line: number, column: number, message: string): EnvFileProblem => ({
  ruleId,
  line,
  column,
  message
});

const SPANS = 'the assignment continues on a later line: dotenv joins the name with the `=` or value below it; put it on one line';

test('lint: every rule, with line and column', () => {
  const text = [
    'API_URL=https://api.example.com', // 1
    'GREETING=hello world', // 2
    'API_URL=https://other.example.com', // 3
    '1TOKEN=abc', // 4
    'MY KEY=1', // 5
    '=orphan', // 6
    '  JUSTTEXT', // 7
    'OPEN="never closed', // 8
    'AFTER="quoted" trailing', // 9
    'QUOTED="has spaces"', // 10
    'COMMENTED=value # a comment', // 11
    '# NOT=linted', // 12
    'CERT="-----BEGIN-----', // 13
    'not a line of its own', // 14
    '-----END-----"', // 15
    'SPLIT', // 16
    '=joined', // 17
    'LATER=', // 18
    '"quoted below"' // 19
  ].join('\n');
  expect(parseEnvFile(text).problems).toEqual([
    problem('env-file-unquoted-space', 2, 10, 'unquoted value with whitespace: `source .env` would run the part after the space as a command; wrap the value in quotes'),
    problem('env-file-duplicate-key', 3, 1, '`API_URL` is assigned again; first defined on line 1 (dotenv keeps the last value)'),
    problem('env-file-invalid-name', 4, 1, 'invalid name: a name must start with a letter or `_` (dotenv loads it, but shells and hosting platforms reject it)'),
    problem('env-file-invalid-name', 5, 1, 'invalid name: only letters, digits, `_`, `.` and `-` are allowed, starting with a letter or `_`; dotenv skips this line'),
    problem('env-file-syntax', 6, 1, 'a value without a name; dotenv skips this line'),
    problem('env-file-syntax', 7, 3, 'not a `NAME=value` line; dotenv skips it'),
    problem('env-file-syntax', 8, 6, 'the double quote is never closed: dotenv keeps the quote character as part of the value'),
    problem(
      'env-file-syntax',
      9,
      7,
      'text after the closing double quote: dotenv then keeps the quotes as part of the value; put it inside the quotes or make it a comment (` # …`)'
    ),
    problem('env-file-syntax', 16, 1, SPANS),
    problem('env-file-syntax', 18, 1, SPANS)
  ]);
});

test('a repeated invalid name is not echoed', () => {
  const [first, second] = parseEnvFile('9X=1\n9X=2').problems.filter((entry) => entry.ruleId === 'env-file-duplicate-key');
  expect(first?.message).toBe('this name is assigned again; first defined on line 1 (dotenv keeps the last value)');
  expect(second).toBeUndefined();
});

test('no message contains a value, even from lines dotenv skips', () => {
  const planted = 'PLANTED9s3cr3t';
  const text = [
    `A=${planted} x`,
    `A="${planted}`,
    `B="${planted}" tail`,
    `${planted}`,
    `MY ${planted}=1`,
    `=${planted}`,
    `9${planted}=v`,
    `9${planted}=v`
  ].join('\n');
  const { problems } = parseEnvFile(text);
  expect(problems.length).toBeGreaterThanOrEqual(8);
  for (const entry of problems) expect(entry.message).not.toContain('s3cr3t');
});
