/**
 * One monitor run, shared by `launch-ready monitor` and the action on `schedule`: the monitoring
 * checks through the usual pipeline → probe results per target → the state's transition, saved by
 * compare-and-swap (a run that loses to an overlapping one re-reads and decides again) → only then
 * the alerts, routed by severity. Saving before alerting is what keeps two overlapping runs from
 * both opening an incident: only the run whose state write won announces it.
 */
import type { RunDeps } from '../checks/check.js';
import { CHECKS } from '../checks/registry.js';
import type { Config, MonitorConfig } from '../config/config-types.js';
import { resolveEnvReference } from '../config/resolve-env-reference.js';
import { monitorDefaults } from '../config/to-config.js';
import type { Context } from '../context/context.js';
import type { StateSlot } from '../files/state-slot.js';
import type { IssueWriter } from '../github/issue-writer.js';
import type { Report } from '../report/report.js';
import { run } from '../run.js';
import type { AlertAction } from './alert-action.js';
import { deliverIssueAlerts } from './deliver-issue-alerts.js';
import { deliverWebhook } from './deliver-webhook.js';
import { loadMonitorState } from './load-monitor-state.js';
import { monitorHistoryOf, type MonitorHistory } from './monitor-history.js';
import { emptyState } from './monitor-state.js';
import { serializeMonitorState } from './parse-monitor-state.js';
import type { ProbeResult } from './probe-result.js';
import { MONITOR_CHECK_NAMES, probesFromReport } from './probes-from-report.js';
import { routeAlerts } from './route-alerts.js';
import { transition } from './transition.js';

/** Reads and decisions before a run gives up on saving (each loss means another run just saved). */
const MAX_SAVE_ATTEMPTS = 3;

export interface MonitorRunOptions {
  config: Config;
  context: Context;
  deps: RunDeps;
  /** Where the state lives; absent: nothing is remembered (every run starts fresh). */
  slot?: StateSlot;
  /** The issue channel; absent without a token. */
  issues?: IssueWriter;
}

export interface MonitorRun {
  report: Report;
  probes: ProbeResult[];
  /** The alerts this run sent (empty when another run's save won every time). */
  actions: AlertAction[];
  history: MonitorHistory;
}

export async function runMonitor(options: MonitorRunOptions): Promise<MonitorRun> {
  const { context, deps, slot } = options;
  const monitor: MonitorConfig = options.config.monitor ?? monitorDefaults();
  const config = { ...options.config, monitor };
  const names = CHECKS.map((check) => check.name).filter((name) => (MONITOR_CHECK_NAMES as readonly string[]).includes(name));
  // The gate is not a monitor's business: alerts are. fail-on never keeps it from recording.
  const report = await run({ config, context, checks: names, failOn: 'never', failOnError: false, deps });
  const probes = probesFromReport(report.results);
  const now = deps.clock.today();
  const decide = { now, failuresBeforeAlert: monitor.failuresBeforeAlert, historySize: monitor.history };
  for (let attempt = 1; attempt <= MAX_SAVE_ATTEMPTS; attempt += 1) {
    const loaded = slot ? await loadMonitorState(slot, deps.logger) : { state: emptyState(), version: '' };
    const next = transition(loaded.state, probes, decide);
    const saved = slot ? await save(slot, serializeMonitorState(next.state), loaded.version, deps) : 'saved';
    if (saved === 'conflict') {
      deps.logger.info(`${slot!.describe} changed while this run decided (an overlapping run): reading it again`);
      continue;
    }
    if (saved === 'saved') await deliver(next.actions, { monitor, deps, issues: options.issues, file: config.file });
    return { report, probes, actions: saved === 'saved' ? next.actions : [], history: monitorHistoryOf(next.state, now.toISOString()) };
  }
  deps.logger.warning(`${slot!.describe} kept changing under this run (${MAX_SAVE_ATTEMPTS} tries): its results were not recorded; the next run will`);
  return { report, probes, actions: [], history: monitorHistoryOf((await loadMonitorState(slot!, deps.logger)).state, now.toISOString()) };
}

async function save(slot: StateSlot, text: string, version: string, deps: RunDeps): Promise<'saved' | 'conflict' | 'failed'> {
  try {
    return await slot.save(text, version);
  } catch (error) {
    // Not saved, so not announced: the next run that can save decides again from the same history.
    deps.logger.warning(`could not save the monitor state ${slot.describe} (${(error as Error).message.split('\n')[0]?.slice(0, 200)}): no alerts sent this run`);
    return 'failed';
  }
}

async function deliver(actions: readonly AlertAction[], options: { monitor: MonitorConfig; deps: RunDeps; issues?: IssueWriter; file?: string }): Promise<void> {
  const { monitor, deps } = options;
  const routed = routeAlerts(actions, monitor.alert.routes);
  if (routed.issue.length > 0) {
    if (options.issues) await deliverIssueAlerts(options.issues, routed.issue, deps.logger);
    else deps.logger.warning(`${routed.issue.length} alert(s) for issues, but this run has no GitHub token: set github-token (permissions: issues: write)`);
  }
  if (routed.webhook.length > 0 && monitor.alert.webhook && deps.http) {
    const url = resolveEnvReference(monitor.alert.webhook, deps.env, { file: options.file ?? 'launch-ready.yml' });
    await deliverWebhook(deps.http, url, routed.webhook, deps.logger);
  }
}
