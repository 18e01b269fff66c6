import { systemClock } from '../clock.js';
import { rm } from 'node:fs/promises';
import { loadConfig } from '../config/load-config.js';
import type { Context } from '../context/context.js';
import { createDemoRepo } from '../demo/create-demo-repo.js';
import { EXIT } from '../errors.js';
import { verdictLine } from '../report/verdict.js';
import { run } from '../run.js';
import type { CliCommand } from './parse-cli-args.js';
import { renderFormat } from './render-format.js';
import type { CliIo } from './cli-io.js';

/**
 * `launch-ready demo`: the gate on a bundled sample PR with planted problems, printed as the PR
 * would get it. It exits 0 because the demo worked; the verdict line says what CI would do.
 */
export async function demoCommand(command: Extract<CliCommand, { name: 'demo' }>, io: CliIo): Promise<number> {
  const repo = await createDemoRepo();
  try {
    const context: Context = {
      eventName: 'pull_request',
      kind: 'pull_request',
      workspace: repo.dir,
      repository: { owner: 'demo', repo: 'shop' },
      repositoryUrl: 'https://github.com/demo/shop',
      pullRequest: { number: 42, baseSha: repo.baseSha, headSha: repo.headSha },
      headSha: repo.headSha,
      hasToken: false
    };
    const config = await loadConfig({ workspace: repo.dir });
    const report = await run({ config, context, checks: 'auto', deps: { logger: io.logger, clock: systemClock(), env: {} } });
    io.stdout(renderFormat(report, command.format, { color: io.color }));
    if (command.format === 'text') {
      io.stdout(`\n--- the PR comment (Markdown) ---\n\n${renderFormat(report, 'markdown', { color: false })}\n`);
      io.stdout(`\n${verdictLine(report)}\nIn CI this pull request would exit ${report.gate.exitCode}.\n`);
    }
    return EXIT.passed;
  } finally {
    await rm(repo.dir, { recursive: true, force: true });
  }
}
