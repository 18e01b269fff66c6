import { parsePatch, parseUnifiedDiff } from '../../../src/checks/secrets/parse-unified-diff.js';
import { unquoteGitPath } from '../../../src/checks/secrets/unquote-git-path.js';

const diff = (...lines: string[]) => lines.join('\n') + '\n';

describe('parseUnifiedDiff', () => {
  test.each([
    [
      'a modified file, new-file line numbers',
      diff(
        'diff --git a/src/app.ts b/src/app.ts',
        'index 1111111..2222222 100644',
        '--- a/src/app.ts',
        '+++ b/src/app.ts',
        '@@ -3,0 +4,2 @@ export function main() {',
        '+const a = 1;',
        '+const b = 2;',
        '@@ -10 +12 @@',
        '-old',
        '+new'
      ),
      [{ path: 'src/app.ts', blob: '2222222', lines: [{ line: 4, text: 'const a = 1;' }, { line: 5, text: 'const b = 2;' }, { line: 12, text: 'new' }] }]
    ],
    [
      'a new file with a space in its name (git appends a tab)',
      diff('diff --git a/my file.txt b/my file.txt', 'new file mode 100644', '--- /dev/null', '+++ b/my file.txt\t', '@@ -0,0 +1 @@', '+hello'),
      [{ path: 'my file.txt', lines: [{ line: 1, text: 'hello' }] }]
    ],
    [
      'a deleted file adds nothing',
      diff('diff --git a/gone.txt b/gone.txt', 'deleted file mode 100644', '--- a/gone.txt', '+++ /dev/null', '@@ -1,2 +0,0 @@', '-a', '-b'),
      []
    ],
    [
      'a binary file is kept, flagged, without lines',
      diff('diff --git a/img.png b/img.png', 'index 1..2 100644', 'Binary files a/img.png and b/img.png differ'),
      [{ path: 'img.png', lines: [], binary: true }]
    ],
    [
      'a deleted binary file is left out',
      diff('diff --git a/img.png b/img.png', 'deleted file mode 100644', 'Binary files a/img.png and /dev/null differ'),
      []
    ],
    [
      'a rename with an edit uses the new path',
      diff(
        'diff --git a/old name.ts b/new name.ts',
        'similarity index 90%',
        'rename from old name.ts',
        'rename to new name.ts',
        '--- a/old name.ts\t',
        '+++ b/new name.ts\t',
        '@@ -2 +2 @@',
        '-x',
        '+y'
      ),
      [{ path: 'new name.ts', lines: [{ line: 2, text: 'y' }] }]
    ],
    [
      'a pure rename adds nothing',
      diff('diff --git a/a.ts b/b.ts', 'similarity index 100%', 'rename from a.ts', 'rename to b.ts'),
      []
    ],
    [
      'unicode paths come through as they are (core.quotePath=false)',
      diff('diff --git a/docs/über café.md b/docs/über café.md', '--- a/docs/über café.md\t', '+++ b/docs/über café.md\t', '@@ -1 +1 @@', '-a', '+b'),
      [{ path: 'docs/über café.md', lines: [{ line: 1, text: 'b' }] }]
    ],
    [
      'quoted paths are unquoted',
      diff('diff --git "a/ta\\tb.txt" "b/ta\\tb.txt"', '--- /dev/null', '+++ "b/ta\\tb.txt"', '@@ -0,0 +1 @@', '+x'),
      [{ path: 'ta\tb.txt', lines: [{ line: 1, text: 'x' }] }]
    ],
    [
      '"\\ No newline at end of file" is not a line',
      diff(
        'diff --git a/n.txt b/n.txt',
        '--- a/n.txt',
        '+++ b/n.txt',
        '@@ -1 +1,2 @@',
        '-last',
        '\\ No newline at end of file',
        '+last',
        '+more',
        '\\ No newline at end of file'
      ),
      [{ path: 'n.txt', lines: [{ line: 1, text: 'last' }, { line: 2, text: 'more' }] }]
    ],
    [
      'CRLF lines lose their \\r',
      'diff --git a/w.txt b/w.txt\r\n--- a/w.txt\r\n+++ b/w.txt\r\n@@ -2,0 +3 @@\r\n+e\r\n',
      [{ path: 'w.txt', lines: [{ line: 3, text: 'e' }] }]
    ],
    [
      'an added line that looks like a header stays a line',
      diff('diff --git a/x.md b/x.md', '--- a/x.md', '+++ b/x.md', '@@ -0,0 +1,3 @@', '+++ b/not-a-path', '+--- a', '+@@ -1 +1 @@'),
      [{ path: 'x.md', lines: [{ line: 1, text: '++ b/not-a-path' }, { line: 2, text: '--- a' }, { line: 3, text: '@@ -1 +1 @@' }] }]
    ],
    [
      'context lines advance the new line number (GitHub patches have 3)',
      diff('diff --git a/c.ts b/c.ts', '--- a/c.ts', '+++ b/c.ts', '@@ -1,4 +1,5 @@', ' one', '-two', '+TWO', '+2b', ' three', '', ' five'),
      [{ path: 'c.ts', lines: [{ line: 2, text: 'TWO' }, { line: 3, text: '2b' }] }]
    ],
    [
      'several files',
      diff(
        'diff --git a/a b/a', '--- a/a', '+++ b/a', '@@ -0,0 +1 @@', '+1',
        'diff --git a/b b/b', '--- a/b', '+++ b/b', '@@ -0,0 +7 @@', '+7'
      ),
      [{ path: 'a', lines: [{ line: 1, text: '1' }] }, { path: 'b', lines: [{ line: 7, text: '7' }] }]
    ],
    ['an empty diff', '', []]
  ])('%s', (_name, text, expected) => {
    expect(parseUnifiedDiff(text)).toEqual(expected);
  });
});

describe('parsePatch (GitHub PR files `patch`)', () => {
  test('hunks without file headers', () => {
    const patch = '@@ -1,3 +1,4 @@\n line one\n+added two\n line three\n-gone\n+added four\n@@ -20,0 +21 @@\n+added 21';
    expect(parsePatch(patch)).toEqual([
      { line: 2, text: 'added two' },
      { line: 4, text: 'added four' },
      { line: 21, text: 'added 21' }
    ]);
  });
});

describe('unquoteGitPath', () => {
  test.each([
    ['plain.txt', 'plain.txt'],
    ['"b/ta\\tb.txt"', 'b/ta\tb.txt'],
    ['"b/q\\"uote\\\\d"', 'b/q"uote\\d'],
    ['"b/\\303\\274ber.md"', 'b/über.md'],
    ['"b/über \\n.md"', 'b/über \n.md']
  ])('%s', (input, expected) => {
    expect(unquoteGitPath(input)).toBe(expected);
  });
});
