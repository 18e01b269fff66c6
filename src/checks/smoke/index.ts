/**
 * The smoke check (issue 14): after a deploy, or against a PR's preview, the routes customers touch
 * first answer as declared on the real URL, the top journeys complete, and the edge in front of
 * them is sane (redirects, TLS, HSTS, caching). Flow: resolve the URL → wait until it is ready →
 * routes and flows side by side → findings and the routes table.
 */
import pLimit from 'p-limit';
import type { Check, CheckDeps, CheckOutcome } from '../check.js';
import type { Config, SmokeConfig, SmokeRoute } from '../../config/config-types.js';
import { resolveEnvReference } from '../../config/resolve-env-reference.js';
import type { Context } from '../../context/context.js';
import { resolveTarget } from '../../context/resolve-target.js';
import type { Finding } from '../../report/finding.js';
import { assetCacheFindings } from './edge/asset-cache.js';
import { httpsRedirectFindings } from './edge/https-redirect.js';
import { judgeRoute, type JudgeContext } from './judge-route.js';
import { planRequest, type PlanContext } from './plan-request.js';
import { flowsTable, routesTable, type RouteRow } from './result-tables.js';
import { runFlow, type FlowRun } from './run-flow.js';
import { sendRoute, type SendDeps } from './send-route.js';
import { shownUrl, smokeFinding, SMOKE_RULES } from './smoke-rules.js';
import { waitUntilReady } from './wait-for.js';
import { waitForPreview, type PreviewWait } from './wait-for-preview.js';

/** Routes in flight at once: enough to finish 50 routes in seconds, few enough not to look like an attack. */
const CONCURRENT_ROUTES = 6;
/** Kept from the check's deadline to hand back what it found before run-checks ends it. */
const DEADLINE_MARGIN_MS = 1_000;

export const smokeCheck: Check = {
  name: 'smoke',
  description: 'Requests the routes customers touch first and the top customer flows on the deployed URL, and checks redirects, TLS, HSTS and caching in front of them.',
  appliesTo: (config, context) => {
    if (!config.smoke) return { applies: false, reason: 'no `smoke:` section in launch-ready.yml' };
    if (!targetOf(config, context).baseUrl && !testsPreview(context)) return { applies: false, reason: NO_BASE_URL };
    return { applies: true };
  },
  run: runSmokeCheck
};

const NO_BASE_URL =
  'no base URL: set smoke.baseUrl or baseUrl in launch-ready.yml, the base-url input (--base-url), or run on a deployment_status event ' +
  '(or on a pull request with a github-token, to test its preview deployment)';

/** A pull request with a token and no other base URL: its head commit's preview deployment is tested. */
function testsPreview(context: Context): boolean {
  return context.kind === 'pull_request' && context.hasToken && context.pullRequest !== undefined;
}

function targetOf(config: Config, context: Context) {
  return resolveTarget(context, config, { name: 'smoke', baseUrl: config.smoke?.baseUrl });
}

async function runSmokeCheck(config: Config, context: Context, deps: CheckDeps): Promise<CheckOutcome> {
  const smoke = config.smoke;
  if (!smoke) return { status: 'skipped', findings: [], reason: 'no `smoke:` section in launch-ready.yml' };
  if (!deps.http) throw new Error('the smoke check needs the HTTP client (CheckDeps.http)');
  const deadline = deps.clock.now() + (smoke.timeoutMs ?? config.timeoutMs) - DEADLINE_MARGIN_MS;
  let written = targetOf(config, context).baseUrl;
  let tested: string | undefined;
  if (!written) {
    if (!deps.github || !testsPreview(context)) return { status: 'skipped', findings: [], reason: NO_BASE_URL };
    const preview = await waitForPreview(deps.github, deps, deadline);
    if (preview.found.state !== 'ready') return previewOutcome(preview, context, smoke);
    written = preview.found.url;
    tested = `tested the preview deployment of ${context.pullRequest!.headSha.slice(0, 7)} (${preview.found.environment}), ready after ${Math.round(preview.waitedMs / 1000)} s`;
  }
  const baseUrl = resolveEnvReference(written, deps.env, { file: config.file ?? 'launch-ready.yml' }).replace(/\/+$/, '');
  const send: SendDeps = { http: deps.http, clock: deps.clock, signal: deps.signal };
  const planContext: Omit<PlanContext, 'captures'> = {
    baseUrl,
    headers: { ...config.headers, ...smoke.headers },
    env: deps.env,
    requestTimeoutMs: smoke.requestTimeoutMs,
    ...(config.file ? { configFile: config.file } : {})
  };
  const judge: JudgeContext = { edge: smoke.edge, hosts: [new URL(baseUrl).hostname, ...smoke.edge.hosts], now: deps.clock.today() };
  const secrets: string[] = written === baseUrl ? [] : [baseUrl];

  let waitedMs = 0;
  if (smoke.waitFor) {
    const plan = planRequest({ path: smoke.waitFor.path }, { ...planContext, captures: new Map() });
    secrets.push(...plan.secrets);
    const waited = await waitUntilReady(plan, send, Math.min(smoke.waitFor.timeoutMs, deadline - deps.clock.now()));
    waitedMs = waited.waitedMs;
    if (!waited.ready) return notReadyOutcome(smoke, plan.url, waited, secrets);
  }

  const limit = pLimit(CONCURRENT_ROUTES);
  const routeRuns = smoke.routes.map((route) =>
    limit(async () => {
      const plan = planRequest(route, { ...planContext, captures: new Map() });
      secrets.push(...plan.secrets);
      const left = deadline - deps.clock.now();
      if (left <= 0 || deps.signal.aborted) return notReachedRow(route, plan.method, plan.url);
      const sent = await sendRoute(plan, send, { retries: smoke.retries, maxHops: 10, deadline });
      const verdict = judgeRoute(route, plan, sent, judge);
      return {
        row: { route: `${plan.method} ${route.path}`, status: verdict.status, durationMs: verdict.durationMs, passed: verdict.passed, flagged: verdict.flagged },
        findings: verdict.findings,
        answer: sent.answer
      };
    })
  );
  const flowRuns = smoke.flows.map((flow) => limit(() => runFlow(flow, send, { plan: planContext, judge, retries: smoke.retries, deadline })));
  const httpsChecks = smoke.edge.redirects ? httpsRedirectFindings(baseUrl, send, smoke.requestTimeoutMs) : Promise.resolve([]);
  const [routes, flows, httpsFindings] = await Promise.all([Promise.all(routeRuns), Promise.all(flowRuns), httpsChecks]);
  secrets.push(...flows.flatMap((flow) => flow.secrets));
  const pages = routes.flatMap((route) => ('answer' in route && route.answer ? [route.answer] : []));
  const assets = smoke.edge.caching ? await assetCacheFindings(pages, send, Math.max(1, Math.min(smoke.requestTimeoutMs, deadline - deps.clock.now())), planContextHeaders(planContext, deps.env)) : [];
  return { ...outcome({ smoke, routes, flows, edge: [...httpsFindings, ...assets], waitedMs, secrets }), ...(tested ? { reason: tested } : {}) };
}

/** The section's headers with ${env.NAME} filled in (a bypass token is needed for assets too). */
function planContextHeaders(context: Omit<PlanContext, 'captures'>, env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return planRequest({ path: '/' }, { ...context, env, captures: new Map() }).headers;
}

/** No preview to test: none appeared before the deadline, or its deployment failed. */
function previewOutcome(preview: PreviewWait, context: Context, smoke: SmokeConfig): CheckOutcome {
  const sha = context.pullRequest!.headSha;
  const where = context.repositoryUrl ? `${context.repositoryUrl}/commit/${sha}` : `commit ${sha}`;
  const seconds = Math.round(preview.waitedMs / 1000);
  const found = preview.found;
  const finding =
    found.state === 'failed'
      ? smokeFinding({
          rule: SMOKE_RULES.previewFailed,
          message: `The ${found.environment} deployment of ${sha.slice(0, 7)} ended as ${found.status}: there is no preview to test.`,
          method: '',
          url: where,
          key: ['preview'],
          remediation: 'Open the deployment in the hosting dashboard (the PR\'s checks link to it) and fix the build.'
        })
      : smokeFinding({
          rule: SMOKE_RULES.noPreview,
          message: `No preview deployment of ${sha.slice(0, 7)} became ready within ${seconds} s (${preview.polls} looks${found.state === 'pending' ? `; the ${found.environment} deployment is still pending` : ''}). No route was tested.`,
          method: '',
          url: where,
          key: ['preview'],
          remediation: 'Check that the hosting integration deploys pull requests and reports deployments to GitHub, or set base-url; raise smoke.timeout for slow builds.'
        });
  return { findings: [finding], metrics: { routes: smoke.routes.length, routesFailed: 0, previewWaitedMs: Math.round(preview.waitedMs) } };
}

function outcome(input: { smoke: SmokeConfig; routes: Array<{ row: RouteRow; findings: Finding[] }>; flows: FlowRun[]; edge: Finding[]; waitedMs: number; secrets: string[] }): CheckOutcome {
  const { smoke, routes, flows } = input;
  const findings = [...routes.flatMap((route) => route.findings), ...flows.flatMap((flow) => flow.findings), ...input.edge];
  const tables = [routesTable(routes.map((route) => route.row))];
  if (flows.length > 0) tables.push(flowsTable(smoke.flows.map((flow, index) => ({ name: flow.name, rows: flows[index]!.rows }))));
  return {
    findings,
    metrics: {
      routes: routes.length,
      routesFailed: routes.filter((route) => !route.row.passed).length,
      flows: flows.length,
      flowsFailed: flows.filter((flow) => !flow.passed).length,
      ...(smoke.waitFor ? { waitedMs: Math.round(input.waitedMs) } : {})
    },
    tables,
    redact: input.secrets
  };
}

function notReadyOutcome(smoke: SmokeConfig, url: string, waited: { waitedMs: number; attempts: number; last: string }, secrets: string[]): CheckOutcome {
  const seconds = Math.round(waited.waitedMs / 1000);
  const finding = smokeFinding({
    rule: SMOKE_RULES.notReady,
    message: `GET ${smoke.waitFor!.path} never answered 2xx: ${waited.attempts} attempts over ${seconds} s, the last got ${waited.last}. No route was tested.`,
    method: 'GET',
    url: shownUrl(url),
    key: [smoke.waitFor!.path],
    remediation: 'Check that the deploy finished and that this is its URL; if it takes longer to start, raise smoke.waitFor.timeout.'
  });
  return { findings: [finding], metrics: { routes: smoke.routes.length, routesFailed: 0, waitedMs: Math.round(waited.waitedMs) }, redact: secrets };
}

function notReachedRow(route: SmokeRoute, method: string, url: string): { row: RouteRow; findings: Finding[] } {
  const finding = smokeFinding({
    rule: SMOKE_RULES.notReached,
    message: `${method} ${route.path} was not tested: the smoke check's deadline passed first.`,
    method,
    url: shownUrl(url),
    key: [route.path],
    remediation: 'Raise smoke.timeout, or lower smoke.requestTimeout and smoke.waitFor.timeout so every route gets its turn.'
  });
  return { row: { route: `${method} ${route.path}`, status: 'not run', durationMs: 0, passed: false }, findings: [finding] };
}
