import type { Config } from '../config/config-types.js';
import type { Context } from '../context/context.js';
import type { Finding, ResultTable } from '../report/finding.js';
import type { Logger } from '../logger.js';
import type { ScanThreads } from './secrets/parallel/scan-threads.js';

/** Side effects a check may need, passed in so tests can use real local peers. */
export interface CheckDeps {
  logger: Logger;
  /** Files changed by the pull request from the GitHub API (the fallback when history is missing). */
  listPullRequestFiles?: () => Promise<PullRequestFile[]>;
  /** Milliseconds since an arbitrary origin; injected so durations are testable. */
  now: () => number;
  /**
   * The process environment, passed in by the entry points (`src/main.ts`, `src/cli/*`), which are
   * the only readers of `process.env`. The secrets check searches the values of `secret: true`
   * env vars in artifacts. Default: none (no values are searched).
   */
  env?: Readonly<Record<string, string | undefined>>;
  /** Today's date, for suppression and baseline expiry. Default: the system clock. */
  today?: () => Date;
  /** Threads for scanning a large tree or folder for secrets (the bundles' entry points set it). Default: the main thread only. */
  scanThreads?: ScanThreads;
}

export interface PullRequestFile {
  filename: string;
  status: string;
  /** The unified diff hunk(s); absent for binary or very large files. */
  patch?: string;
}

/** What a check hands back; `run-checks` adds the name and the duration. */
export interface CheckOutcome {
  status?: 'passed' | 'failed' | 'skipped';
  findings: Finding[];
  metrics?: Record<string, number>;
  reason?: string;
  /** Tables to show beside the findings, e.g. the env matrix. */
  tables?: ResultTable[];
}

/**
 * A check is one folder under `src/checks/` exporting one of these, and one line in `registry.ts`.
 * It returns findings as data: it never prints, comments or decides pass/fail.
 */
export interface Check {
  name: string;
  /** One line for `--help` and the report. */
  description: string;
  /** Whether `checks: auto` runs it for this config and context (e.g. smoke needs a base URL). */
  appliesTo: (config: Config, context: Context) => boolean;
  run: (config: Config, context: Context, deps: CheckDeps) => Promise<CheckOutcome>;
}
