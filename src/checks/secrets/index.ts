/**
 * The secrets check: credentials in what a change adds (a PR, a push, a merge group), in every
 * tracked file, or in the whole history, plus build output and logs (`secrets.artifacts`) and
 * committed `.env` files. Flow: choose the scan mode → open the sources → scan → outcome.
 */
import type { Check, CheckDeps, CheckOutcome } from '../check.js';
import type { Config } from '../../config/config-types.js';
import type { Context } from '../../context/context.js';
import { commandNamed } from '../../cli/parse-cli-args.js';
import { secretsBaselineCommand, secretsScanCommand } from './cli-commands.js';
import { runSecretsScan } from './run-secrets-scan.js';
import { chooseScanMode } from './scan-mode.js';
import { openSources } from './sources/open-sources.js';
import { emptyCoverage } from './sources/source-item.js';

/** The `secrets` check, registered in the check registry. */
export const secretsCheck: Check = {
  name: 'secrets',
  description:
    'Finds credentials (provider tokens, private keys, custom patterns) in the lines a pull request or push ' +
    'adds, in tracked files or the history, and in build output; flags committed .env files.',
  appliesTo: () => ({ applies: true }),
  run: runSecretsCheck,
  commands: {
    'secrets-scan': (command, io) => secretsScanCommand(commandNamed(command, 'secrets-scan'), io),
    'secrets-baseline': (command, io) => secretsBaselineCommand(commandNamed(command, 'secrets-baseline'), io)
  }
};

async function runSecretsCheck(config: Config, context: Context, deps: CheckDeps): Promise<CheckOutcome> {
  const mode = chooseScanMode(config.secrets.scan, context);
  const coverage = emptyCoverage();
  const streams = await openSources({ mode, secrets: config.secrets, context, deps, coverage });
  const outcome = await runSecretsScan({
    config,
    workspace: context.workspace,
    streams,
    coverage,
    extent: mode.mode === 'pull-request' || mode.mode === 'push' ? 'change' : 'full',
    readsCommits: mode.mode !== 'tree',
    deps
  });
  const { metrics } = outcome;
  deps.logger.debug(
    `secrets: ${mode.mode} scan of ${metrics?.['filesScanned']} files (${metrics?.['bytesScanned']} bytes), ` +
      `${metrics?.['filesSkipped']} skipped, ${outcome.findings.length} findings`
  );
  return outcome;
}
