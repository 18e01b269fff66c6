/**
 * Findings about the env files themselves (issue 5, point 2): the parser's lint problems, values
 * that break the schema, deprecated variables, and a `secret` variable with a real value in a
 * committed file. The secrets check already reports the committed file as a whole
 * (`committed-env-file`); this names the schema's secrets in it. Templates (`.env.example`) are
 * linted only: their values are placeholders by design.
 */
import type { EnvConfig, EnvVarSpec } from '../../config/config-types.js';
import type { Finding, Severity } from '../../report/finding.js';
import { isPlaceholder } from '../../detect/filters/placeholder.js';
import { ENV_RULES, envFinding, invalidPhrase, valueEvidence } from './env-findings.js';
import { deprecationFinding } from './check-real-env.js';
import type { EnvFile, EnvFileEntry, EnvFileProblem } from './read-env-files.js';
import { validateValue } from './values/validate-value.js';

/**
 * Problems that change what the app reads are medium (a repeated name: one value is silently
 * lost; a name shells reject; a line dotenv skips); a value that only a shell would split is low.
 */
const LINT_SEVERITY: Readonly<Record<string, Severity>> = {
  'env-file-duplicate-key': 'medium',
  'env-file-invalid-name': 'medium',
  'env-file-syntax': 'medium',
  'env-file-unquoted-space': 'low'
};

export function checkEnvFiles(files: readonly EnvFile[], env: EnvConfig, configFile: string | undefined): Finding[] {
  return files.flatMap((file) => [
    ...file.problems.map((problem) => lintFinding(file.path, problem)),
    ...(file.role.kind === 'template' ? [] : file.entries.flatMap((entry) => entryFindings(file, entry, env.vars[entry.name], configFile)))
  ]);
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

function entryFindings(file: EnvFile, entry: EnvFileEntry, spec: EnvVarSpec | undefined, configFile: string | undefined): Finding[] {
  if (!spec) return [];
  const location = { kind: 'file' as const, path: file.path, line: entry.line };
  const findings: Finding[] = [];
  const verdict = validateValue(entry.value, spec);
  if (verdict.state === 'invalid') {
    findings.push(
      envFinding({
        rule: ENV_RULES.fileInvalid,
        message: `${entry.name} in ${file.path} ${invalidPhrase(spec)}: ${verdict.problem}.`,
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

/** A value as written, not a reference (`${VAR}`), a placeholder (`changeme`, `<key>`) or empty. */
function holdsRealValue(entry: EnvFileEntry): boolean {
  const raw = entry.raw.trim();
  return raw !== '' && !isPlaceholder(raw);
}
