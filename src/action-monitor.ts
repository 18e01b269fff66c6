/**
 * The action's monitoring run (mode `monitor`, or `auto` on a `schedule` event): state in the
 * repository's git ref refs/launch-ready/state (compare-and-swap, so overlapping runs agree),
 * incidents as issues, the job summary as usual. Exit 0 when the run completed: a red scheduled
 * job every five minutes would mail the workflow's author on top of the alerts.
 */
import * as core from '@actions/core';
import { systemClock } from './clock.js';
import type { Config } from './config/config-types.js';
import type { Context } from './context/context.js';
import { EXIT } from './errors.js';
import type { GitHubClient } from './github/create-octokit.js';
import { createGitRefSlot } from './github/git-ref-store.js';
import { createIssueWriter } from './github/issue-writer.js';
import { createHttpClient } from './http/create-http-client.js';
import type { Logger } from './logger.js';
import { MONITOR_STATE_KEY } from './monitor/load-monitor-state.js';
import { runMonitor } from './monitor/run-monitor.js';
import { statusHistoryOf, type StatusDeploy } from './monitor/status-page/status-history.js';
import { writeStatusPage } from './monitor/status-page/write-status-page.js';
import { listRecentDeployments } from './github/list-recent-deployments.js';
import { monitorDefaults } from './config/to-config.js';
import { join } from 'node:path';
import { publishJob } from './publish/publish-job.js';

export async function runActionMonitor(options: { config: Config; context: Context; octokit?: GitHubClient; logger: Logger }): Promise<number> {
  const { config, context, octokit, logger } = options;
  const github = octokit && context.repository ? { octokit, repository: context.repository } : undefined;
  if (!github) logger.warning('monitoring without a github-token: nothing is remembered between runs and no issue is opened');
  const result = await runMonitor({
    config,
    context,
    deps: { logger, clock: systemClock(), env: process.env, http: createHttpClient() },
    ...(github ? { slot: createGitRefSlot(github.octokit, github.repository, MONITOR_STATE_KEY), issues: createIssueWriter(github.octokit, github.repository) } : {})
  });
  await publishJob(result.report, context);
  const monitor = config.monitor ?? monitorDefaults();
  const deploys: StatusDeploy[] = github ? await listRecentDeployments(github.octokit, github.repository).catch(() => []) : [];
  const page = await writeStatusPage(statusHistoryOf(result.history, deploys), { out: join(context.workspace, monitor.statusPage), certWarningDays: monitor.certExpiryDays });
  // The status as Markdown under the run's report; the folder is for actions/upload-pages-artifact.
  await core.summary.addRaw(page.markdown, true).write();
  core.setOutput('status-page', page.page);
  const down = result.probes.filter((probe) => !probe.ok).length;
  core.info(`monitor: ${result.probes.length} targets, ${down} down, ${result.actions.length} alert(s) sent`);
  return EXIT.passed;
}
