/** `parseEnvExample`: dotenv's line syntax, values and the comments that become descriptions. */
import { parseEnvExample } from '../../../../src/checks/env/drift/parse-env-example.js';

const parse = (text: string) => parseEnvExample(text, '.env.example').map(({ name, line, value, comment }) => ({ name, line, value, comment }));

test.each([
  ['plain', 'A=1', { name: 'A', line: 1, value: '1' }],
  ['export and spaces', 'export  A = one two ', { name: 'A', line: 1, value: 'one two' }],
  ['a colon', 'A: 1', { name: 'A', line: 1, value: '1' }],
  ['empty', 'A=', { name: 'A', line: 1, value: '' }],
  ['double quotes with \\n', 'A="x\\ny" # note', { name: 'A', line: 1, value: 'x\ny', comment: 'note' }],
  ['single quotes keep # and \\n', "A='x # y\\n'", { name: 'A', line: 1, value: 'x # y\\n' }],
  ['an unquoted value ends at #', 'A=abc#def', { name: 'A', line: 1, value: 'abc', comment: 'def' }],
  ['a trailing comment', 'LOG_LEVEL=info # debug or info', { name: 'LOG_LEVEL', line: 1, value: 'info', comment: 'debug or info' }]
])('%s', (_, text, expected) => {
  expect(parse(text)).toEqual([{ comment: undefined, ...expected }]);
});

test('comments right above a key describe it; a blank line or a commented-out key ends them', () => {
  const text = [
    '# Header of the file',
    '',
    '# The database',
    '# (Postgres 16)',
    'DATABASE_URL=postgres://localhost/app # ignored: the comment above wins',
    '# DEBUG=1',
    'AFTER_DISABLED=1',
    '# orphan',
    '',
    'NO_COMMENT=1'
  ].join('\n');
  expect(parse(text)).toEqual([
    { name: 'DATABASE_URL', line: 5, value: 'postgres://localhost/app', comment: 'The database (Postgres 16)' },
    { name: 'AFTER_DISABLED', line: 7, value: '1', comment: undefined },
    { name: 'NO_COMMENT', line: 10, value: '1', comment: undefined }
  ]);
});

test('a quoted value over several lines keeps the next key on its true line', () => {
  const text = 'KEY="-----BEGIN KEY-----\nabc\n-----END KEY-----"\r\nNEXT=1\n';
  expect(parse(text)).toEqual([
    { name: 'KEY', line: 1, value: '-----BEGIN KEY-----\nabc\n-----END KEY-----', comment: undefined },
    { name: 'NEXT', line: 4, value: '1', comment: undefined }
  ]);
});

test('names that are not env var names and lines that are not assignments are skipped', () => {
  expect(parse('\uFEFFA.B=1\nA-B=2\n1A=3\njust text\nOK=4').map((entry) => entry.name)).toEqual(['OK']);
});
