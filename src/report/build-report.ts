import type { Config } from '../config/config-types.js';
import type { Context } from '../context/context.js';
import { resolveTarget } from '../context/resolve-target.js';
import type { FailOn } from '../gate.js';
import { VERSION } from '../version.js';
import { assembleReport } from './assemble-report.js';
import type { CheckResult } from './finding.js';
import type { Report } from './report.js';

/** The Report of a run on this context: where it ran, what it tested, and the gate under the config's policy. */
export function buildReport(input: {
  results: readonly CheckResult[];
  config: Pick<Config, 'failOn' | 'baseUrl' | 'file'>;
  context: Context;
  failOn?: FailOn;
  failOnError?: boolean;
}): Report {
  const { context } = input;
  const target = resolveTarget(context, input.config);
  return assembleReport({
    tool: { name: 'launch-ready', version: VERSION },
    run: {
      event: context.eventName,
      repository: context.repository ? `${context.repository.owner}/${context.repository.repo}` : undefined,
      pullRequest: context.pullRequest?.number,
      headSha: context.pullRequest?.headSha ?? context.headSha,
      baseUrl: target.baseUrl,
      baseUrlSource: target.baseUrlSource,
      environment: target.environment,
      environmentSource: target.environmentSource,
      runUrl: context.runUrl
    },
    results: input.results,
    policy: { failOn: input.failOn ?? input.config.failOn, failOnError: input.failOnError ?? true }
  });
}
