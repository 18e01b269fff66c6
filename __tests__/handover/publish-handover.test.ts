/** The action's `handover: true`: the document in a file under RUNNER_TEMP, the job summary and the `handover-file` output, escaped and secret-free. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/parse-config.js';
import { publishHandover } from '../../src/publish/publish-handover.js';
import { useRunnerChannels } from '../helpers/runner-channels.js';
import { HOSTILE_FILE, expectNoSecret, leakyReport } from '../publish/leaky-report.js';

const runner = useRunnerChannels();

test('writes handover.md, appends it to the job summary and names it in the outputs', async () => {
  runner.setEnv({ RUNNER_TEMP: runner.dir });
  const file = await publishHandover(leakyReport(), parseConfig('failOn: high\n', 'launch-ready.yml'), { now: new Date('2026-12-07T09:30:00Z') });
  expect(file).toBe(join(runner.dir, 'launch-ready', 'handover.md'));
  const document = await readFile(file, 'utf8');
  expect(document).toMatch(/^# Launch handover — acme\/shop\n/);
  expect(await runner.summary()).toContain(document);
  expect((await runner.outputs())['handover-file']).toBe(file);
  for (const text of [document, await runner.summary(), runner.stdout()]) {
    expectNoSecret(text);
    expect(text).not.toMatch(/<script|<img|javascript:|@octocat/i);
    expect(text).not.toContain(HOSTILE_FILE);
  }
});
