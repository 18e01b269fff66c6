/**
 * `launch-ready.yml` text → typed `Config`: YAML → JSON Schema → semantic rules → defaults.
 * Pure: the caller reads the file (see `load-config.ts`).
 */
import { LineCounter, isMap, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Config } from './config-types.js';
import { ConfigFileError, type ConfigProblem, type PathProblem } from './config-problems.js';
import { describeValue } from './describe-value.js';
import { explainSchemaErrors } from './explain-schema-errors.js';
import { findSemanticProblems } from './find-semantic-problems.js';
import { loadPlainYaml } from './load-plain-yaml.js';
import { locateNode } from './locate-node.js';
import type { RawConfig } from './raw-config.js';
import { validateAgainstSchema } from './schema-validator.js';
import { toConfig } from './to-config.js';

const SECTIONS_HINT = 'expected a mapping of sections such as failOn, secrets or smoke (see launch-ready.schema.json)';

/**
 * Parses and validates a config file. `file` is the name used in messages and kept in
 * `Config.file` (the workspace-relative path). `${env.NAME}` strings are kept unresolved.
 *
 * A valid file takes the fast path (js-yaml, no positions); anything else, and a file whose
 * allow entries need their lines, goes through `parseConfigPrecisely`, which locates problems.
 *
 * @throws ConfigFileError (a `ConfigError`) listing every problem as `file:line:column: message`.
 */
export function parseConfig(text: string, file: string): Config {
  return parseValidConfigQuickly(text, file) ?? parseConfigPrecisely(text, file);
}

/** The config when the file is valid and nothing in it needs a line number; otherwise undefined. */
function parseValidConfigQuickly(text: string, file: string): Config | undefined {
  const data = loadPlainYaml(text);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  if (validateAgainstSchema(data).length > 0 || findSemanticProblems(data).length > 0) return undefined;
  const config = toConfig(data as RawConfig, file);
  // Findings about an allow entry (unused, expired) point at its line, which only `yaml` knows.
  return config.secrets.allow.length === 0 ? config : undefined;
}

/** `parseConfig` through `yaml`'s document model: every problem located. Exported for the test that holds both paths to the same result. */
export function parseConfigPrecisely(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  // prettyErrors would append a code frame to each message; we print our own one-line form.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (line: number, column: number, message: string): ConfigProblem => ({
    position: { file, line, column },
    message
  });
  if (doc.errors.length > 0) {
    throw new ConfigFileError(doc.errors.map((error) => at(...linePos(lineCounter, error), describeYamlError(error))));
  }
  if (doc.contents === null) {
    throw new ConfigFileError([at(1, 1, `the file has no settings (it is empty or all comments); ${SECTIONS_HINT}`)]);
  }
  const data = toData(doc, (message) => new ConfigFileError([at(1, 1, message)]));
  if (!isMap(doc.contents)) {
    const { line, col } = lineCounter.linePos(doc.contents.range?.[0] ?? 0);
    throw new ConfigFileError([at(line, col, `${SECTIONS_HINT}; got ${describeValue(data, false)}`)]);
  }
  const problems = [...explainSchemaErrors(validateAgainstSchema(data)), ...findSemanticProblems(data)];
  if (problems.length > 0) throw new ConfigFileError(locateProblems(problems, { doc, lineCounter, file }));
  const config = toConfig(data as RawConfig, file);
  // Findings about an allow entry (unused, expired) point at its line.
  config.secrets.allow.forEach((entry, index) => {
    entry.line = locateNode({ doc, lineCounter, path: ['secrets', 'allow', String(index)], target: 'value' }).line;
  });
  return config;
}

function locateProblems(
  problems: readonly PathProblem[],
  source: { doc: Document; lineCounter: LineCounter; file: string }
): ConfigProblem[] {
  const located = problems.map((problem) => ({
    position: { file: source.file, ...locateNode({ ...source, path: problem.path, target: problem.target }) },
    message: problem.message
  }));
  // Two schema paths can reach the same value (a `$ref` used twice); say each thing once.
  const seen = new Set<string>();
  return located.filter(({ position, message }) => {
    const key = `${position.line}:${position.column}:${message}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** The plain data, or a located error when anchors and aliases expand too far (a "billion laughs"). */
function toData(doc: Document, fail: (message: string) => Error): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw fail(`invalid YAML: ${(error as Error).message}`);
  }
}

function describeYamlError(error: YAMLError): string {
  if (error.code === 'MULTIPLE_DOCS') return 'invalid YAML: the file holds more than one document (a second ---); expected one';
  return `invalid YAML: ${error.message.split('\n')[0]}`;
}

function linePos(lineCounter: LineCounter, error: YAMLError): [number, number] {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  return [line, col];
}
