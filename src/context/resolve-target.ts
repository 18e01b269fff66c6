/**
 * One answer, for every check, to "which URL and which environment does this run test". The
 * order is the schema's: the check's own section, the config's top level, what the run was asked
 * for (the `base-url` / `environment` inputs, `--base-url` / `--environment`), then the
 * deployment_status event. The report says which source won, so a surprising URL is traceable.
 */
import type { Config } from '../config/config-types.js';
import type { Context } from './context.js';

/** A check's own section overrides: `smoke.baseUrl`, `env.environment`, … */
export interface SectionTarget {
  /** The section's name, e.g. `smoke`, for the source label. */
  name: string;
  baseUrl?: string;
  environment?: string;
}

export interface Target {
  /** As written: may be a `${env.NAME}` reference, which the check resolves when it sends a request. */
  baseUrl?: string;
  /** Where `baseUrl` came from, e.g. `smoke.baseUrl in launch-ready.yml` or `the deployment_status event`. */
  baseUrlSource?: string;
  environment?: string;
  environmentSource?: string;
}

interface Candidate {
  value: string | undefined;
  source: string;
}

/** The target for one check (`section`) or for the run as a whole (no section). */
export function resolveTarget(context: Context, config: Pick<Config, 'baseUrl' | 'file'>, section?: SectionTarget): Target {
  const file = config.file ?? 'launch-ready.yml';
  const asked = context.kind === 'local' ? { baseUrl: '--base-url', environment: '--environment' } : { baseUrl: 'the base-url input', environment: 'the environment input' };
  const event = 'the deployment_status event';
  const baseUrl = firstOf([
    { value: section?.baseUrl, source: `${section?.name}.baseUrl in ${file}` },
    { value: config.baseUrl, source: `baseUrl in ${file}` },
    { value: context.requested?.baseUrl, source: asked.baseUrl },
    { value: context.deployUrl, source: event }
  ]);
  const environment = firstOf([
    { value: section?.environment, source: `${section?.name}.environment in ${file}` },
    { value: context.requested?.environment, source: asked.environment },
    { value: context.environment, source: event }
  ]);
  return {
    ...(baseUrl ? { baseUrl: baseUrl.value, baseUrlSource: baseUrl.source } : {}),
    ...(environment ? { environment: environment.value, environmentSource: environment.source } : {})
  };
}

function firstOf(candidates: readonly Candidate[]): { value: string; source: string } | undefined {
  const found = candidates.find((candidate) => candidate.value !== undefined && candidate.value !== '');
  return found ? { value: found.value!, source: found.source } : undefined;
}
