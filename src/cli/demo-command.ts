import { systemClock, type Clock } from '../clock.js';
import { rm } from 'node:fs/promises';
import { loadConfig } from '../config/load-config.js';
import type { Context } from '../context/context.js';
import { createDemoCertificate, type DemoCertificate } from '../demo/demo-certificate.js';
import { createDemoRepo, type DemoRepo } from '../demo/create-demo-repo.js';
import { startSampleApp, type SampleApp } from '../demo/sample-app.js';
import { EXIT } from '../errors.js';
import { renderHandover } from '../handover/render-handover.js';
import { createHttpClient } from '../http/create-http-client.js';
import type { HttpClient } from '../http/http-types.js';
import { canRunUndici } from '../http/load-undici.js';
import { verdictLine } from '../report/verdict.js';
import { run } from '../run.js';
import type { CliCommand } from './parse-cli-args.js';
import { renderFormat } from './render-format.js';
import type { CliIo } from './cli-io.js';

/**
 * `launch-ready demo`: the gate on a bundled sample PR with planted problems, printed as the PR
 * would get it: secrets in the diff, env vars against the schema, and a smoke test of the PR's
 * "preview deploy", a sample app this command starts on 127.0.0.1 and stops at the end. It exits
 * 0 because the demo worked; the verdict line says what CI would do. `demo handover` prints the
 * launch handover of the same run instead. `clock` is the test's to freeze (default: the system's).
 */
export async function demoCommand(command: Extract<CliCommand, { name: 'demo' }>, io: CliIo, clock: Clock = systemClock()): Promise<number> {
  const repo = await createDemoRepo();
  let app: Preview | undefined;
  let http: HttpClient | undefined;
  try {
    app = await startPreview(io);
    http = createHttpClient(app?.ca ? { ca: app.ca } : {});
    const config = await loadConfig({ workspace: repo.dir });
    const report = await run({ config, context: demoContext(repo, app), checks: 'auto', deps: { logger: io.logger, clock, env: {}, http } });
    if (command.handover) {
      io.stdout(renderHandover({ report, config, generatedAt: clock.today().toISOString() }));
      return EXIT.passed;
    }
    if (command.format === 'text' && app) io.stdout(`Demo: pull request #42 of a sample shop, and its preview deploy running at ${app.url}\n\n`);
    io.stdout(renderFormat(report, command.format, { color: io.color }));
    if (command.format === 'text') {
      io.stdout(`\n--- the PR comment (Markdown) ---\n\n${renderFormat(report, 'markdown', { color: false })}\n`);
      io.stdout(`\n${verdictLine(report)}\nIn CI this pull request would exit ${report.gate.exitCode}.\n`);
    }
    return EXIT.passed;
  } finally {
    await http?.close();
    await app?.close();
    await rm(repo.dir, { recursive: true, force: true });
  }
}

/** The sample app, and the certificate its clients must trust when it serves HTTPS. */
type Preview = SampleApp & { ca?: string };

function demoContext(repo: DemoRepo, app: Preview | undefined): Context {
  return {
    eventName: 'pull_request',
    kind: 'pull_request',
    workspace: repo.dir,
    repository: { owner: 'demo', repo: 'shop' },
    repositoryUrl: 'https://github.com/demo/shop',
    pullRequest: { number: 42, baseSha: repo.baseSha, headSha: repo.headSha },
    headSha: repo.headSha,
    // What a workflow passes as the base-url and environment inputs for a PR's preview deploy. The
    // port is random, so the URL cannot be in the sample's launch-ready.yml.
    requested: { environment: 'preview', ...(app ? { baseUrl: app.url } : {}) },
    hasToken: false
  };
}

/**
 * The sample app over HTTPS with a certificate made for this run (plain HTTP if that fails), or
 * nothing on a Node too old to send requests (the smoke check then says it has no base URL).
 */
async function startPreview(io: CliIo): Promise<Preview | undefined> {
  if (!canRunUndici(process.versions.node)) {
    io.logger.warning(`the demo's smoke test needs Node.js 22.19 or newer (this is ${process.versions.node}); showing secrets and env only`);
    return undefined;
  }
  let certificate: DemoCertificate | undefined;
  try {
    certificate = createDemoCertificate();
  } catch (error) {
    io.logger.warning(`no certificate for the demo app (${error instanceof Error ? error.message : String(error)}); serving it over plain HTTP`);
  }
  const app = await startSampleApp(certificate);
  return certificate ? { ...app, ca: certificate.cert } : app;
}
