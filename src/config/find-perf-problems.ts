/**
 * What the schema cannot say about the perf section: enough samples to bound p95, and per-route
 * budgets only for routes that are measured.
 */
import type { PathProblem } from './config-problems.js';
import { formatPath } from './describe-value.js';
import { child, isRecord } from './raw-access.js';
import { suggestName } from './suggest-name.js';

/**
 * The smallest sample whose order statistics bound p95 with 95% confidence, distribution-free:
 * the largest of n samples is above p95 with probability 1 − 0.95ⁿ, which reaches 0.95 at n = 59.
 */
export const MIN_P95_SAMPLES = 59;

export function perfProblems(data: unknown): PathProblem[] {
  const problems: PathProblem[] = [];
  const samples = child(data, 'perf', 'samples');
  if (typeof samples === 'number' && Number.isInteger(samples) && samples >= 1 && samples < MIN_P95_SAMPLES) {
    const path = ['perf', 'samples'];
    problems.push({
      path,
      target: 'value',
      message: `${formatPath(path)}: ${samples} samples cannot bound p95 (a 95% interval needs at least ${MIN_P95_SAMPLES}); expected ${MIN_P95_SAMPLES} or more, e.g. 100`
    });
  }
  const routes = child(data, 'perf', 'routes');
  const measured = Array.isArray(routes) ? routes.map((route) => (typeof route === 'string' ? route : isRecord(route) ? route.path : undefined)).filter((path): path is string => typeof path === 'string') : ['/'];
  const budgets = child(data, 'perf', 'budgets');
  if (isRecord(budgets)) {
    for (const path of Object.keys(budgets)) {
      if (measured.includes(path)) continue;
      const at = ['perf', 'budgets', path];
      const hint = suggestName(path, measured);
      problems.push({
        path: at,
        target: 'key',
        message: `${formatPath(at)}: unknown route "${path}"${hint ? `; did you mean "${hint}"?` : ''}; expected one of perf.routes (${measured.join(', ')})`
      });
    }
  }
  return problems;
}
