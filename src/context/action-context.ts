import { readFile } from 'node:fs/promises';
import type { ActionInputs } from '../config/action-inputs.js';
import { ConfigError } from '../errors.js';
import type { Context } from './context.js';
import { contextFromEvent, type RunnerEnv } from './github-event.js';

/**
 * Reads the runner's environment and event file once and builds the Context. The `base-url` and
 * `environment` inputs are kept beside the event's values; `resolveTarget` decides between them.
 */
export async function readActionContext(env: RunnerEnv, inputs: ActionInputs): Promise<Context> {
  const payload = await readEventPayload(env.GITHUB_EVENT_PATH);
  const context = contextFromEvent({
    eventName: env.GITHUB_EVENT_NAME ?? 'other',
    payload,
    env,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    hasToken: Boolean(inputs.githubToken)
  });
  return {
    ...context,
    requested: { baseUrl: inputs.baseUrl, environment: inputs.environment },
    ...(inputs.shard ? { shard: inputs.shard } : {})
  };
}

/** The parsed event payload; `{}` when the runner gave none (e.g. a local run of the action). */
export async function readEventPayload(path: string | undefined): Promise<Record<string, unknown>> {
  if (!path) return {};
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return {};
  }
  try {
    const payload: unknown = JSON.parse(text);
    return payload !== null && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  } catch {
    throw new ConfigError('the event payload is not valid JSON', { file: path });
  }
}
