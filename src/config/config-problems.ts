/**
 * Everything wrong with a config file, reported at once: fixing one problem per run is slow.
 */
import { ConfigError, formatPosition, type SourcePosition } from '../errors.js';
import type { Target } from './locate-node.js';

/** A problem found in the parsed data, before it is located in the YAML source. */
export interface PathProblem {
  /** Keys and array indexes (as strings) leading to the value, e.g. `['perf', 'samples']`. */
  path: string[];
  /** Point at the value (default) or at its key (unknown or badly named keys). */
  target: Target;
  /** `perf.samples: expected an integer, got a string ("ten")`: what is wrong and what is expected. */
  message: string;
}

/** A located problem, one line of the error message. */
export interface ConfigProblem {
  position: Required<SourcePosition>;
  message: string;
}

/** At most this many lines: past ten, the rest are usually the same mistake repeated. */
export const MAX_LISTED_PROBLEMS = 10;

/**
 * The one error thrown for an invalid file. Its message has one `file:line:column: problem` line
 * per problem (sorted by position); `problems` keeps them apart, e.g. for one annotation each, and
 * `position` is the first one's.
 */
export class ConfigFileError extends ConfigError {
  override readonly position: Required<SourcePosition>;
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    const sorted = [...problems].sort(compareProblems);
    if (sorted.length === 0) throw new Error('ConfigFileError needs at least one problem');
    super(formatProblems(sorted));
    this.problems = sorted;
    this.position = sorted[0]!.position;
  }
}

function formatProblems(problems: readonly ConfigProblem[]): string {
  const lines = problems
    .slice(0, MAX_LISTED_PROBLEMS)
    .map((problem) => `${formatPosition(problem.position)}: ${problem.message}`);
  const rest = problems.length - MAX_LISTED_PROBLEMS;
  if (rest > 0) lines.push(`… and ${rest} more ${rest === 1 ? 'problem' : 'problems'}`);
  return lines.join('\n');
}

function compareProblems(a: ConfigProblem, b: ConfigProblem): number {
  return a.position.line - b.position.line || a.position.column - b.position.column;
}
