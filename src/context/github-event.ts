import type { Context, EventKind } from './context.js';

/** The runner variables the context is built from (https://docs.github.com/actions/reference/variables-reference). */
export interface RunnerEnv {
  GITHUB_EVENT_NAME?: string;
  GITHUB_EVENT_PATH?: string;
  GITHUB_WORKSPACE?: string;
  GITHUB_REPOSITORY?: string;
  GITHUB_SHA?: string;
  GITHUB_SERVER_URL?: string;
  GITHUB_RUN_ID?: string;
}

/** A push to a new branch reports `before` as 40 zeros: there is nothing to diff against. */
const ZERO_SHA = /^0+$/;

interface EventInput {
  eventName: string;
  /** The parsed event payload (GITHUB_EVENT_PATH), `{}` when absent. */
  payload: Record<string, unknown>;
  env: RunnerEnv;
  workspace: string;
  hasToken: boolean;
}

/** Builds the Context from a GitHub Actions event; pure so every event shape is table-tested. */
export function contextFromEvent(input: EventInput): Context {
  const { eventName, payload, env } = input;
  const repository = parseRepository(env.GITHUB_REPOSITORY);
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const context: Context = {
    eventName,
    kind: eventKind(eventName),
    workspace: input.workspace,
    repository,
    headSha: env.GITHUB_SHA,
    repositoryUrl: repository ? `${server}/${repository.owner}/${repository.repo}` : undefined,
    runUrl: repository && env.GITHUB_RUN_ID ? `${server}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    hasToken: input.hasToken
  };
  Object.assign(context, eventDetails(context.kind, payload));
  return context;
}

function eventKind(eventName: string): EventKind {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return 'pull_request';
    case 'push':
    case 'merge_group':
    case 'deployment_status':
    case 'workflow_dispatch':
    case 'workflow_run':
    case 'schedule':
      return eventName;
    default:
      return 'other';
  }
}

function eventDetails(kind: EventKind, payload: Record<string, unknown>): Partial<Context> {
  switch (kind) {
    case 'pull_request': {
      const pr = record(payload.pull_request);
      const number = typeof pr.number === 'number' ? pr.number : undefined;
      const baseSha = str(record(pr.base).sha);
      const headSha = str(record(pr.head).sha);
      if (number === undefined || !baseSha || !headSha) return {};
      return { pullRequest: { number, baseSha, headSha }, headSha };
    }
    case 'push': {
      // A push to the default branch may record references (the perf baseline) for the runs after it.
      const defaultBranch = str(record(payload.repository).default_branch);
      const onDefaultBranch = defaultBranch !== '' && str(payload.ref) === `refs/heads/${defaultBranch}`;
      return { ...pushRange(str(payload.before), str(payload.after)), ...(onDefaultBranch ? { onDefaultBranch } : {}) };
    }
    case 'merge_group': {
      const group = record(payload.merge_group);
      return pushRange(str(group.base_sha), str(group.head_sha));
    }
    case 'deployment_status': {
      const status = record(payload.deployment_status);
      const deployment = record(payload.deployment);
      return {
        deployUrl: str(status.environment_url) || str(status.target_url) || undefined,
        environment: str(status.environment) || str(deployment.environment) || undefined,
        headSha: str(deployment.sha) || undefined
      };
    }
    case 'workflow_run': {
      // The commit the triggering run tested: a published report must be about this commit.
      const headSha = str(record(payload.workflow_run).head_sha);
      return headSha ? { headSha } : {};
    }
    default:
      return {};
  }
}

function pushRange(before: string, after: string): Partial<Context> {
  if (!after) return {};
  return { push: { before: before && !ZERO_SHA.test(before) ? before : undefined, after }, headSha: after };
}

function parseRepository(value: string | undefined): Context['repository'] {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
