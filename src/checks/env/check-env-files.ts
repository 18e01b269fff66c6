/**
 * Findings about the env files themselves (issue 5, point 2): the parser's lint problems, values
 * that break the schema, deprecated variables, and a `secret` variable with a real value in a
 * committed file. The secrets check already reports the committed file as a whole
 * (`committed-env-file`); this names the schema's secrets in it.
 *
 * An invalid value's severity follows what ships (issue 13): critical in the file of the deployed
 * environment when its value is the one the environment gets (not overridden by the job's
 * environment or a `.local` file), medium in any other env file, low in a template
 * (`.env.example`), whose placeholders (`<port>`, `changeme`, empty) are never validated.
 */
import type { EnvConfig, EnvVarSpec } from '../../config/config-types.js';
import type { Finding, Severity } from '../../report/finding.js';
import { isPlaceholder } from '../../detect/filters/placeholder.js';
import { ENV_RULES, envFinding, invalidPhrase, valueEvidence } from './env-findings.js';
import { deprecationFinding } from './check-real-env.js';
import type { EnvironmentValues } from './evaluate-environments.js';
import type { EnvFile, EnvFileEntry, EnvFileProblem } from './read-env-files.js';
import { validateValue } from './values/validate-value.js';

/**
 * Problems that change what the app reads are medium (a repeated name: one value is silently
 * lost; a name shells reject; a line dotenv skips; a file that is not text, so dotenv sets
 * nothing from it); a value that only a shell would split is low.
 */
const LINT_SEVERITY: Readonly<Record<string, Severity>> = {
  'env-file-binary': 'medium',
  'env-file-duplicate-key': 'medium',
  'env-file-invalid-name': 'medium',
  'env-file-syntax': 'medium',
  'env-file-unquoted-space': 'low'
};

/** Inputs of {@link checkEnvFiles}. */
export interface EnvFilesInput {
  files: readonly EnvFile[];
  env: EnvConfig;
  /** The deployed environment's values, when one is selected: which file values ship. */
  selected: EnvironmentValues | undefined;
  configFile: string | undefined;
}

export function checkEnvFiles(input: EnvFilesInput): Finding[] {
  const { env, configFile } = input;
  return input.files.flatMap((file) => [
    ...file.problems.map((problem) => lintFinding(file.path, problem)),
    ...file.entries.flatMap((entry) => {
      const spec = env.vars[entry.name];
      if (!spec) return [];
      if (file.role.kind === 'template') return exampleFindings(file, entry, spec);
      return entryFindings({ file, entry, spec, configFile, ships: ships(input.selected, file, entry) });
    })
  ]);
}

/** Whether the deployed environment gets this line's value: its file, and nothing overrides it. */
function ships(selected: EnvironmentValues | undefined, file: EnvFile, entry: EnvFileEntry): boolean {
  const origin = selected?.values.get(entry.name)?.origin;
  return origin?.kind === 'file' && origin.path === file.path && origin.line === entry.line;
}

function lintFinding(path: string, problem: EnvFileProblem): Finding {
  const severity = LINT_SEVERITY[problem.ruleId] ?? 'low';
  return envFinding({
    rule: { id: problem.ruleId, severity, title: 'Env file problem' },
    message: `${path}:${problem.line}: ${problem.message}`,
    location: { kind: 'file', path, line: problem.line, ...(problem.column !== undefined ? { column: problem.column } : {}) },
    key: [path, String(problem.line), problem.message]
  });
}

interface EntryInput {
  file: EnvFile;
  entry: EnvFileEntry;
  spec: EnvVarSpec;
  configFile: string | undefined;
  /** The deployed environment gets this value. */
  ships: boolean;
}

function entryFindings({ file, entry, spec, configFile, ships }: EntryInput): Finding[] {
  const location = { kind: 'file' as const, path: file.path, line: entry.line };
  const findings: Finding[] = [];
  const verdict = validateValue(entry.value, spec);
  if (verdict.state === 'invalid') {
    const deployed = ships && file.role.kind === 'environment' ? `; ${file.role.environment} is deployed with it` : '';
    findings.push(
      envFinding({
        rule: ENV_RULES.fileInvalid,
        ...(ships ? { severity: 'critical' as const } : {}),
        message: `${entry.name} in ${file.path} ${invalidPhrase(spec)}: ${verdict.problem}${deployed}.`,
        location,
        key: [file.path, entry.name],
        evidence: valueEvidence(entry.value, spec),
        remediation: `Fix the value in ${file.path}${spec.example !== undefined && !spec.secret ? ` (for example ${spec.example})` : ''}, or the variable's rules in ${configFile ?? 'launch-ready.yml'}.`
      })
    );
  }
  if (spec.deprecated && verdict.state !== 'unset') findings.push(deprecationFinding({ name: entry.name, spec, location, where: file.path, configFile }));
  if (file.committed && spec.secret && holdsRealValue(entry)) {
    findings.push(
      envFinding({
        rule: ENV_RULES.secretInFile,
        message: `${entry.name} is a secret and ${file.path} is committed with a value for it: anyone who can read the repository has it.`,
        location,
        key: [file.path, entry.name],
        evidence: valueEvidence(entry.value, spec),
        remediation:
          `Rotate ${entry.name}, remove the value from ${file.path} (\`git rm --cached ${file.path}\` and .gitignore it), ` +
          'and set it in the deployment platform or the CI secrets instead.'
      })
    );
  }
  return findings;
}

/** A template's real-looking value that its variable's rules reject: low, nothing ships from a template. */
function exampleFindings(file: EnvFile, entry: EnvFileEntry, spec: EnvVarSpec): Finding[] {
  if (!holdsRealValue(entry)) return [];
  const verdict = validateValue(entry.value, spec);
  if (verdict.state !== 'invalid') return [];
  return [
    envFinding({
      rule: ENV_RULES.exampleInvalid,
      message: `${entry.name} in ${file.path} ${invalidPhrase(spec)}: ${verdict.problem}; whoever copies the example gets a value the check rejects.`,
      location: { kind: 'file', path: file.path, line: entry.line },
      key: [file.path, entry.name],
      evidence: valueEvidence(entry.value, spec),
      remediation: `Write a value that fits${spec.example !== undefined && !spec.secret ? ` (for example ${spec.example})` : ''}, or a placeholder such as <${entry.name.toLowerCase()}>, in ${file.path}.`
    })
  ];
}

/** A value as written, not a reference (`${VAR}`), a placeholder (`changeme`, `<key>`) or empty. */
function holdsRealValue(entry: EnvFileEntry): boolean {
  const raw = entry.raw.trim();
  return raw !== '' && !isPlaceholder(raw);
}
