/**
 * A customer journey: its steps in order, sharing a cookie jar and passing captured values on
 * (`${name}`). The first step that fails ends the flow; the finding names the flow, the step, what
 * was expected and what came back.
 */
import type { CaptureSpec, SmokeRoute } from '../../config/config-types.js';
import { createCookieJar } from '../../http/cookie-jar.js';
import type { Finding, Severity } from '../../report/finding.js';
import { resolvePointer } from './json-pointer.js';
import { judgeRoute, type JudgeContext } from './judge-route.js';
import { planRequest, type PlanContext } from './plan-request.js';
import { headerOf, type RouteAnswer } from './route-answer.js';
import { sendRoute, type SendDeps } from './send-route.js';
import { shownUrl, smokeFinding, SMOKE_RULES } from './smoke-rules.js';

export interface FlowSpec {
  name: string;
  severity?: Severity;
  steps: SmokeRoute[];
}

export interface StepRow {
  step: string;
  status: string;
  durationMs: number;
  verdict: string;
}

export interface FlowRun {
  findings: Finding[];
  rows: StepRow[];
  passed: boolean;
  /** Captured values: never to print. */
  secrets: string[];
}

export interface FlowOptions {
  plan: Omit<PlanContext, 'captures'>;
  judge: JudgeContext;
  retries: number;
  /** The check's deadline on the clock. */
  deadline: number;
}

export async function runFlow(flow: FlowSpec, deps: SendDeps, options: FlowOptions): Promise<FlowRun> {
  const jar = createCookieJar();
  const captures = new Map<string, string>();
  const rows: StepRow[] = [];
  const findings: Finding[] = [];
  const secrets: string[] = [];
  for (const [index, step] of flow.steps.entries()) {
    const label = `${index + 1}. ${step.method ?? 'GET'} ${step.path}`;
    const plan = planRequest(step, { ...options.plan, captures });
    secrets.push(...plan.secrets);
    // The jar is read and filled at every hop: a login answers 302 with its Set-Cookie.
    const sent = await sendRoute(plan, deps, { retries: options.retries, maxHops: 10, cookieJar: jar, deadline: options.deadline });
    // Steps share the route's judgement, edge checks included (a login page cached publicly is a finding here too).
    const verdict = judgeRoute({ ...step, severity: flow.severity ?? step.severity }, plan, sent, options.judge);
    const missing = sent.answer ? captureInto(captures, step.capture, sent.answer) : Object.keys(step.capture ?? {});
    const failed = !verdict.passed || missing.length > 0;
    rows.push({ step: label, status: verdict.status, durationMs: verdict.durationMs, verdict: failed ? '❌' : verdict.flagged ? '⚠️' : '✅' });
    findings.push(...verdict.findings.filter((finding) => !isRouteFailure(finding)));
    if (failed) {
      findings.push(flowFailure(flow, index, step, plan.method, plan.url, verdict.findings, missing));
      for (const rest of flow.steps.slice(index + 1).map((later, offset) => `${index + offset + 2}. ${later.method ?? 'GET'} ${later.path}`)) {
        rows.push({ step: rest, status: 'not run', durationMs: 0, verdict: '⏭️' });
      }
      return { findings, rows, passed: false, secrets: [...secrets, ...captures.values()] };
    }
  }
  return { findings, rows, passed: true, secrets: [...secrets, ...captures.values()] };
}

/** A step's own failure: reported as the flow's, not again as a route's. */
function isRouteFailure(finding: Finding): boolean {
  return [SMOKE_RULES.routeFailed.id, SMOKE_RULES.unreachable.id, SMOKE_RULES.authOpen.id, SMOKE_RULES.tlsUntrusted.id].includes(finding.ruleId as never);
}

function flowFailure(flow: FlowSpec, index: number, step: SmokeRoute, method: string, url: string, stepFindings: readonly Finding[], missing: readonly string[]): Finding {
  const cause = stepFindings.find(isRouteFailure);
  const why = cause ? cause.message : `the answer held no value for ${missing.map((name) => `\${${name}}`).join(', ')} (capture ${missing.join(', ')})`;
  return smokeFinding({
    rule: SMOKE_RULES.flowFailed,
    severity: flow.severity,
    message: `Flow "${flow.name}" broke at step ${index + 1} of ${flow.steps.length}: ${why}`,
    method,
    url: shownUrl(url),
    key: [flow.name, String(index)],
    evidence: cause?.evidence,
    remediation: cause?.remediation ?? 'Check that the step answers with the value the next step needs (the form field, the JSON key, the header).'
  });
}

/** Takes each capture from the answer; returns the names that found nothing. */
function captureInto(captures: Map<string, string>, specs: Record<string, CaptureSpec> | undefined, answer: RouteAnswer): string[] {
  const missing: string[] = [];
  for (const [name, spec] of Object.entries(specs ?? {})) {
    const value = captureOne(spec, answer);
    if (value === undefined || value === '') missing.push(name);
    else captures.set(name, value);
  }
  return missing;
}

function captureOne(spec: CaptureSpec, answer: RouteAnswer): string | undefined {
  if ('regex' in spec) return new RegExp(spec.regex).exec(answer.bodyText)?.[1];
  if ('header' in spec) return headerOf(answer, spec.header);
  try {
    const at = resolvePointer(JSON.parse(answer.bodyText), spec.json);
    return at.found && at.value !== null && typeof at.value !== 'object' ? String(at.value) : undefined;
  } catch {
    return undefined;
  }
}
