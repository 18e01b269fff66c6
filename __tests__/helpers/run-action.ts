/** Runs the bundled action (dist/index.js) as the runner would: a child process with INPUT_* and GITHUB_* variables. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  outputFile: string;
  summary: string;
  runnerTemp: string;
}

export interface ActionRunOptions {
  workspace: string;
  apiUrl: string;
  eventName: string;
  event: unknown;
  inputs: Record<string, string>;
  repository?: string;
  /** More environment, as a workflow step's `env:` gives it. */
  env?: Record<string, string>;
}

const ACTION = resolve('dist/index.js');

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const runnerTemp = await mkdtemp(join(tmpdir(), 'launch-ready-runner-'));
  const eventPath = join(runnerTemp, 'event.json');
  const outputFile = join(runnerTemp, 'github_output');
  const summaryFile = join(runnerTemp, 'step_summary.md');
  await writeFile(eventPath, JSON.stringify(options.event));
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: options.repository ?? 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, options.env);
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, [ACTION], { cwd: options.workspace, env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      done({ exitCode: code, stdout, stderr });
    });
  });
  const outputText = await readFile(outputFile, 'utf8');
  return { exitCode, stdout, stderr, outputs: parseOutputs(outputText), outputFile: outputText, summary: await readFile(summaryFile, 'utf8'), runnerTemp };
}

/** GITHUB_OUTPUT uses heredoc blocks: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}
