/**
 * `env.schemaFile`: reads the annotated `.env.example` from the workspace and merges its variables
 * into `env.vars`. The YAML wins per variable (it is the reference); a variable in both only takes
 * the file's description when the YAML has none. Annotation problems and a missing file are findings,
 * and the rest of the env check still runs.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { EnvConfig, EnvVarSpec } from '../../../config/config-types.js';
import { ConfigFileError, type ConfigProblem } from '../../../config/config-problems.js';
import { envVarSpecProblems } from '../../../config/find-semantic-problems.js';
import { formatPosition } from '../../../errors.js';
import type { Finding } from '../../../report/finding.js';
import { envFinding, variableLocation } from '../env-findings.js';
import { parseAnnotatedExample } from './parse-annotated-example.js';

export const ANNOTATION_RULES = {
  annotationInvalid: { id: 'env-annotation-invalid', severity: 'medium', title: 'Invalid annotation in the env schema file' },
  schemaFileMissing: { id: 'env-schema-file-missing', severity: 'high', title: 'Env schema file not found' }
} as const;

/** `env` with the schema file's variables merged in, and the findings about the file. */
export async function loadAnnotatedSchema(env: EnvConfig, workspace: string, configFile: string | undefined): Promise<{ env: EnvConfig; findings: Finding[] }> {
  const path = env.schemaFile;
  if (path === undefined) return { env, findings: [] };
  let text: string;
  try {
    text = await readFile(isAbsolute(path) ? path : join(workspace, path), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'could not be read';
    const finding = envFinding({
      rule: ANNOTATION_RULES.schemaFileMissing,
      message: `env.schemaFile ${path} ${reason}: its variables were not checked`,
      location: variableLocation('env.schemaFile', configFile),
      key: [path],
      remediation: 'Commit the annotated file at that path, or fix or remove env.schemaFile in the config.'
    });
    return { env, findings: [finding] };
  }
  const parsed = parseAnnotatedExample(text, path);
  // The checks the YAML form gets too (bounds the wrong way round, a default outside @values, an
  // undeclared environment), at the line of the variable's entry.
  const semantic = envVarSpecProblems(parsed.vars, env.environments, []).map(
    (problem): ConfigProblem => ({ position: { file: path, line: parsed.lines[problem.path[0] ?? ''] ?? 1, column: 1 }, message: problem.message })
  );
  const problems = [...(parsed.error?.problems ?? []), ...semantic];
  // Findings, not a thrown error: the YAML vars and the rest of the check still run (README).
  const findings = problems.length === 0 ? [] : new ConfigFileError(problems).problems.map(annotationFinding);
  return { env: { ...env, vars: mergeVars(env.vars, parsed.vars) }, findings };
}

function annotationFinding({ position, message }: ConfigProblem): Finding {
  return envFinding({
    rule: ANNOTATION_RULES.annotationInvalid,
    message: `${formatPosition(position)}: ${message}`,
    location: { kind: 'file', path: position.file, line: position.line, column: position.column },
    key: [position.file, message],
    remediation: 'Fix the annotation; the tags are documented in the README (Env-var validation).'
  });
}

/** YAML specs first and winning; a YAML spec without a description takes the file's. */
export function mergeVars(yaml: Readonly<Record<string, EnvVarSpec>>, file: Readonly<Record<string, EnvVarSpec>>): Record<string, EnvVarSpec> {
  const merged: Record<string, EnvVarSpec> = {};
  for (const [name, spec] of Object.entries(yaml)) {
    const description = spec.description ?? file[name]?.description;
    merged[name] = description === undefined ? spec : { ...spec, description };
  }
  for (const [name, spec] of Object.entries(file)) if (!(name in merged)) merged[name] = spec;
  return merged;
}
