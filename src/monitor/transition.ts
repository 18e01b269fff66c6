/**
 * The monitor's one decision: the stored state and this run's probe results → the next state and
 * the alerts to send. Pure and deterministic (the time comes in), so every rule of issue #18 is a
 * table-driven test: one failure is silence; `failuresBeforeAlert` in a row opens an incident; a
 * later failure comments only when what it says changed; a pass closes it with the downtime.
 * A target missing from this run (its check could not run) is left as it was: a broken runner
 * must neither open nor close incidents.
 */
import { createHash } from 'node:crypto';
import type { AlertAction } from './alert-action.js';
import { rollUpProbe } from './daily-rollup.js';
import { MAX_CLOSED_INCIDENTS, openIncidentOf, type Incident, type MonitorState, type TargetState } from './monitor-state.js';
import type { ProbeResult } from './probe-result.js';

export interface TransitionOptions {
  /** This run's time (the wall clock, from the entry point). */
  now: Date;
  failuresBeforeAlert: number;
  /** Probe results kept per target (`monitor.history`). */
  historySize: number;
}

export interface Transition {
  state: MonitorState;
  actions: AlertAction[];
}

export function transition(previous: MonitorState, probes: readonly ProbeResult[], options: TransitionOptions): Transition {
  const at = options.now.toISOString();
  const targets = { ...previous.targets };
  let incidents = [...previous.incidents];
  const actions: AlertAction[] = [];
  for (const probe of probes) {
    const before = targets[probe.target];
    const target = nextTarget(before, probe, at, options.historySize);
    targets[probe.target] = target;
    const notice = dnsChangeNotice(before, probe, at);
    if (notice) actions.push(notice);
    const open = openIncidentOf({ ...previous, incidents }, probe.target);
    if (probe.ok && open) {
      const closed: Incident = { ...open, closedAt: at, downtimeMs: options.now.getTime() - Date.parse(open.failingSince) };
      incidents = incidents.map((incident) => (incident === open ? closed : incident));
      actions.push({ kind: 'close', incident: closed, probe });
    } else if (!probe.ok && open) {
      const signature = signatureOf(probe);
      if (signature === open.signature) continue;
      const changed: Incident = { ...open, signature, severity: probe.severity, title: titleOf(probe) };
      incidents = incidents.map((incident) => (incident === open ? changed : incident));
      actions.push({ kind: 'comment', incident: changed, probe, previous: open.signature });
    } else if (!probe.ok && target.consecutiveFailures >= options.failuresBeforeAlert) {
      const incident = openIncident(probe, target, at);
      incidents = [incident, ...incidents];
      actions.push({ kind: 'open', incident, probe, ...(target.lastGoodAt ? { lastGoodAt: target.lastGoodAt } : {}) });
    }
  }
  return { state: { version: previous.version, targets, incidents: boundIncidents(incidents) }, actions };
}

function nextTarget(before: TargetState | undefined, probe: ProbeResult, at: string, historySize: number): TargetState {
  const wasUp = before?.up ?? true;
  const point = { at, ok: probe.ok, ...(probe.latencyMs === undefined ? {} : { latencyMs: probe.latencyMs }), ...(probe.status === undefined ? {} : { status: probe.status }) };
  const history = [...(before?.history ?? []), point].slice(-historySize);
  const lastGoodAt = probe.ok ? at : before?.lastGoodAt;
  return {
    target: probe.target,
    kind: probe.kind,
    name: probe.name,
    ...(probe.url ? { url: probe.url } : {}),
    up: probe.ok,
    // A target seen for the first time has been in its state since now.
    since: before && wasUp === probe.ok ? before.since : at,
    consecutiveFailures: probe.ok ? 0 : (before?.consecutiveFailures ?? 0) + 1,
    ...(lastGoodAt ? { lastGoodAt } : {}),
    ...(probe.expiresAt ? { expiresAt: probe.expiresAt } : before?.expiresAt ? { expiresAt: before.expiresAt } : {}),
    ...(probe.ok && probe.answer ? { answer: probe.answer } : before?.answer ? { answer: before.answer } : {}),
    history,
    daily: rollUpProbe(before?.daily ?? [], at, probe.ok)
  };
}

/**
 * A host that still resolves, but elsewhere than at the last run: a notice at once (a record edited
 * by mistake, a hijacked zone or a moved origin shows here before customers see it). Keyed by the
 * host and the new answer, so a retried run finds the issue it already opened.
 */
function dnsChangeNotice(before: TargetState | undefined, probe: ProbeResult, at: string): AlertAction | undefined {
  if (!probe.ok || !probe.answer || !before?.answer || before.answer === probe.answer) return undefined;
  const id = `dns-${createHash('sha256').update(`${probe.target}\n${probe.answer}`).digest('hex').slice(0, 12)}`;
  const title = `DNS of ${probe.name} changed`;
  const incident: Incident = { id, target: probe.target, name: probe.name, severity: 'high', title, failingSince: at, openedAt: at, signature: probe.answer };
  return { kind: 'notice', incident, probe, previous: before.answer };
}

function openIncident(probe: ProbeResult, target: TargetState, at: string): Incident {
  // The same target going down at the same time is the same incident in every run that computes
  // it: the id is the issue's marker, found before any run creates a second issue.
  const id = `inc-${createHash('sha256').update(`${probe.target}\n${target.since}`).digest('hex').slice(0, 12)}`;
  return { id, target: probe.target, name: probe.name, severity: probe.severity, title: titleOf(probe), failingSince: target.since, openedAt: at, signature: signatureOf(probe) };
}

/** What an alert says, minus the time: equal signatures mean nothing worth a comment happened. */
export function signatureOf(probe: ProbeResult): string {
  return [probe.severity, probe.status ?? '-', ...probe.evidence].join('\n');
}

function titleOf(probe: ProbeResult): string {
  const what = probe.kind === 'host' ? 'certificate' : probe.kind;
  return `${probe.name}: ${what} ${probe.kind === 'host' ? 'needs attention' : 'is down'}`;
}

/** Open incidents all stay; closed ones newest first, at most MAX_CLOSED_INCIDENTS. */
function boundIncidents(incidents: readonly Incident[]): Incident[] {
  const open = incidents.filter((incident) => incident.closedAt === undefined);
  const closed = incidents
    .filter((incident) => incident.closedAt !== undefined)
    .sort((a, b) => b.closedAt!.localeCompare(a.closedAt!))
    .slice(0, MAX_CLOSED_INCIDENTS);
  return [...open, ...closed];
}
