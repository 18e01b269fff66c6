import type { CliIo } from '../cli/cli-io.js';
import type { CliCommand } from '../cli/parse-cli-args.js';
import type { Config } from '../config/config-types.js';
import type { Context } from '../context/context.js';
import type { DnsClient } from '../dns/dns-types.js';
import type { Clock } from '../clock.js';
import type { GitHubReader } from '../github/github-reader.js';
import type { HttpClient } from '../http/http-types.js';
import type { Finding, LineChart, ResultTable } from '../report/finding.js';
import type { Logger } from '../logger.js';
import type { Worker } from 'node:worker_threads';

/**
 * The ports every check may use, handed in by the entry points so that tests pass real local peers.
 * A check reads nothing else from the process: no `process.env`, no GitHub client of its own.
 */
export interface CheckDeps {
  logger: Logger;
  /** Durations, dates and waits. */
  clock: Clock;
  /** This check's deadline (its section's `timeout`, else the top-level one): aborted when it passes. */
  signal: AbortSignal;
  /** The run's one HTTP client (a bounded keep-alive pool): every request a check sends goes through it. */
  http?: HttpClient;
  /** The run's DNS client: a resolver per set of nameservers, each caching its answers for the run. */
  dns?: DnsClient;
  /** Read-only facts from GitHub through the entry point's one client; absent without a token or a PR. */
  github?: GitHubReader;
  /**
   * The process environment, read only by the entry points (`src/main.ts`, `src/cli/*`): the real
   * environment of the job or deploy. Values are never printed unless declared public.
   */
  env: Readonly<Record<string, string | undefined>>;
  /** Worker threads for CPU-bound work, where the bundle ships a worker script. Default: the main thread only. */
  threads?: WorkerThreads;
  /** A check's own state across runs (the perf baseline): files in the workspace, or a git ref on GitHub. */
  store?: CheckStore;
}

/**
 * Small texts a check keeps between runs, by key (a relative path such as `perf-baseline.json`).
 * Reading is always allowed; `write` exists only when this run may record (the default branch, or
 * `--update-baseline`), so a pull request never moves the reference it is judged against.
 */
export interface CheckStore {
  /** Where a key lives, for messages: `.launch-ready/perf-baseline.json`, `refs/launch-ready/state:perf-baseline.json`. */
  describe: (key: string) => string;
  /** The text, or undefined when there is none yet. */
  read: (key: string) => Promise<string | undefined>;
  write?: (key: string, text: string) => Promise<void>;
}

/** What the run's entry point hands `run()`: every port but the deadline, which is each check's own. */
export type RunDeps = Omit<CheckDeps, 'signal'>;

/** Where the bundled worker script is, and how many threads may work (the main thread included). */
export interface WorkerThreads {
  workerUrl: URL;
  count: number;
  /** Workers of that script already started, to take before starting more. */
  prestarted?: PrestartedWorkers;
}

/** Started workers, each handed out once. */
export interface PrestartedWorkers {
  /** A started worker, now kept alive by the process; undefined when none is left. */
  take(): Worker | undefined;
}

/** What a check hands back; `run-checks` adds the name and the duration, the report the status. */
export interface CheckOutcome {
  /** Only `skipped` is a check's to say (with a reason); passed or failed follows from the findings and the gate. */
  status?: 'skipped';
  findings: Finding[];
  metrics?: Record<string, number>;
  reason?: string;
  /** Tables to show beside the findings, e.g. the env matrix. */
  tables?: ResultTable[];
  /** Charts to show beside the tables, e.g. the perf check's p95 trend. */
  charts?: LineChart[];
  /**
   * Values the check read that must appear nowhere (the values of secret env vars): the pipeline
   * cuts them from every check's result before the report exists. Never part of the report.
   */
  redact?: readonly string[];
}

/** Whether a check runs under `checks: auto`: yes, or no with the reason the report shows. */
export type Applicability = { applies: true } | { applies: false; reason: string };

/**
 * A check is one folder under `src/checks/` exporting one of these, and one line in `registry.ts`.
 * It returns findings as data: it never prints, comments or decides pass/fail. Its config section
 * is named after it (`smoke:` for `smoke`), which is where its `timeout` is read.
 */
export interface Check {
  name: string;
  /** One line for `--help` and the report. */
  description: string;
  /** Whether `checks: auto` runs it for this config and context, e.g. "no `smoke:` section". */
  appliesTo: (config: Config, context: Context) => Applicability;
  run: (config: Config, context: Context, deps: CheckDeps) => Promise<CheckOutcome>;
  /**
   * The CLI subcommands the check owns (`launch-ready secrets scan`), by the parsed command's name
   * (`secrets-scan`): the CLI reaches them through the registry, never by importing the check.
   */
  commands?: Readonly<Record<string, CheckCommand>>;
}

/** One CLI subcommand: the parsed command in, the exit code out. */
export type CheckCommand = (command: CliCommand, io: CliIo) => Promise<number>;
