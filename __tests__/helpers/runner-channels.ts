/**
 * The runner's channels for tests that call a publisher in-process: real GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, the workflow commands @actions/core writes to stdout (recorded, as
 * toolkit's own core tests do), and `process.env` and `process.exitCode` put back after each test
 * (codeql-action's `setupTests`), since `core.setFailed` sets the exit code of the test process.
 *
 * One pair of files serves a whole test file: `core.summary` remembers the first
 * GITHUB_STEP_SUMMARY path it sees for the life of the module, so the files are emptied before each
 * test instead of replaced.
 */
import { afterAll, afterEach, beforeAll, beforeEach, jest } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOutputs } from './run-action.js';

export interface RunnerChannels {
  /** A temp folder that lives as long as the test file, for report files and events. */
  readonly dir: string;
  /** What @actions/core wrote to stdout in this test: log lines and `::command::` lines. */
  stdout(): string;
  /** The GITHUB_STEP_SUMMARY file as written in this test. */
  summary(): Promise<string>;
  /** The GITHUB_OUTPUT file as written in this test, raw. */
  outputText(): Promise<string>;
  /** The GITHUB_OUTPUT file parsed into name → value. */
  outputs(): Promise<Record<string, string>>;
  /** Sets (or, with `undefined`, removes) process.env variables for this test only. */
  setEnv(variables: Record<string, string | undefined>): void;
}

/** Registers the hooks; call at the top of a test file or a `describe`. */
export function useRunnerChannels(): RunnerChannels {
  let dir = '';
  let savedEnv: NodeJS.ProcessEnv = {};
  let savedExitCode: typeof process.exitCode;
  let written: string[] = [];
  const outputFile = () => join(dir, 'github_output');
  const summaryFile = () => join(dir, 'step_summary.md');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'launch-ready-channels-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  beforeEach(async () => {
    savedEnv = { ...process.env };
    savedExitCode = process.exitCode;
    await Promise.all([writeFile(outputFile(), ''), writeFile(summaryFile(), '')]);
    setEnv({ GITHUB_OUTPUT: outputFile(), GITHUB_STEP_SUMMARY: summaryFile() });
    written = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name];
    Object.assign(process.env, savedEnv);
    process.exitCode = savedExitCode;
  });

  function setEnv(variables: Record<string, string | undefined>): void {
    for (const [name, value] of Object.entries(variables)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }

  return {
    get dir() {
      return dir;
    },
    stdout: () => written.join(''),
    summary: () => readFile(summaryFile(), 'utf8'),
    outputText: () => readFile(outputFile(), 'utf8'),
    outputs: async () => parseOutputs(await readFile(outputFile(), 'utf8')),
    setEnv
  };
}
