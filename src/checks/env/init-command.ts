/**
 * `launch-ready env init`: a starting `env:` schema inferred from `.env.example` and the env vars
 * the code reads, so adopting the env check takes a minute (issue 5). Written to
 * `launch-ready.yml` in the repository unless a config file is already there (then only with
 * `--force`); `--output -` prints it. Never writes a value that could be real (see `safeExample`).
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { collectReferences } from './drift/collect-references.js';
import { inferSchema } from './drift/infer-schema.js';
import { parseEnvExample, type ExampleVariable } from './drift/parse-env-example.js';
import { renderEnvSchema } from './drift/render-schema.js';
import type { EnvReference } from './drift/find-references.js';
import { DEFAULT_CONFIG_PATHS } from '../../config/load-config.js';
import { envDefaults } from '../../config/to-config.js';
import { ConfigError, EXIT } from '../../errors.js';
import type { CliCommand } from '../../cli/parse-cli-args.js';
import { requireFolder } from '../../cli/require-folder.js';
import type { CliIo } from '../../cli/cli-io.js';

type EnvInitCommand = Extract<CliCommand, { name: 'env-init' }>;

/** Template env files, tried in this order; the first found is the one read. */
export const EXAMPLE_FILES = ['.env.example', '.env.sample', '.env.template', '.env.dist', 'example.env'] as const;

/** Writes (or prints) the schema; returns 0, or throws a `ConfigError` (exit 2) for a bad folder or an existing file. */
export async function envInitCommand(command: EnvInitCommand, io: CliIo): Promise<number> {
  const cwd = await requireFolder(command.cwd);
  const target = await chooseTarget(command, cwd);
  const example = await readExample(cwd);
  const defaults = envDefaults();
  const references = await collectReferences(cwd, defaults.drift);
  const vars = inferSchema({ variables: example?.variables ?? [], references, clientPrefixes: defaults.clientPrefixes });
  const yaml = renderEnvSchema({
    vars,
    files: example && example.file !== defaults.files[0] ? [example.file] : undefined,
    inferredFrom: describeSources(example?.file, references)
  });
  if (!target) {
    io.stdout(yaml);
    return EXIT.passed;
  }
  await writeNew(target, yaml, command.force);
  const fromExample = example ? new Set(example.variables.map((variable) => variable.name)).size : 0;
  io.stdout(
    `Wrote ${target.shown}: ${vars.length} variable${vars.length === 1 ? '' : 's'} ` +
      `(${fromExample} from ${example?.file ?? 'no .env.example'}, ${vars.length - fromExample} only in code). ` +
      'Review it: mark what is required and tighten the types.\n'
  );
  return EXIT.passed;
}

interface Target {
  absolute: string;
  /** As the user knows it, for messages. */
  shown: string;
}

/** The file to write, or undefined for stdout. Refuses an existing config file unless `--force`. */
async function chooseTarget(command: EnvInitCommand, cwd: string): Promise<Target | undefined> {
  if (command.output === '-') return undefined;
  const candidates: Target[] = command.output
    ? [{ absolute: resolve(command.output), shown: command.output }]
    : DEFAULT_CONFIG_PATHS.map((name) => ({ absolute: join(cwd, name), shown: name }));
  for (const candidate of candidates) {
    if (!(await exists(candidate.absolute))) continue;
    if (!command.force) {
      throw new ConfigError(
        `${candidate.shown} already exists; pass --force to overwrite it, or --output - to print the schema and copy its env section by hand`
      );
    }
    return candidate;
  }
  return candidates[0];
}

/** `wx` unless forced: a file that appeared since the check is still not overwritten. */
async function writeNew(target: Target, text: string, force: boolean): Promise<void> {
  try {
    await writeFile(target.absolute, text, { encoding: 'utf8', flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ConfigError(`${target.shown} already exists; pass --force to overwrite it`);
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') throw new ConfigError(`cannot write ${target.shown} (${code}); expected a writable file path for --output`);
    throw error;
  }
}

async function readExample(cwd: string): Promise<{ file: string; variables: ExampleVariable[] } | undefined> {
  for (const file of EXAMPLE_FILES) {
    const text = await readFile(join(cwd, file), 'utf8').catch(() => undefined);
    if (text !== undefined) return { file, variables: parseEnvExample(text, file) };
  }
  return undefined;
}

function describeSources(exampleFile: string | undefined, references: readonly EnvReference[]): string {
  const files = new Set(references.map((reference) => reference.file)).size;
  const code = `the env vars read in ${files} file${files === 1 ? '' : 's'} of code`;
  return exampleFile ? `${exampleFile} and ${code}` : `${code} (no .env.example found)`;
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}
