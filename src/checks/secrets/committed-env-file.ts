/**
 * A committed `.env`, `.env.local`, `.env.production`, `production.env`… is a finding of its own, whatever it holds:
 * env files are where a deployment's secrets live, and once in git they are in every clone and
 * fork. Templates (`.env.example`, `.env.sample`, `.env.template`…) are meant to be committed.
 * Critical when a value in it looks secret (a rule matched it, a secret-named variable has a real
 * value, or a value is long and random), high otherwise. Values are never part of the finding.
 */
import type { CommitRef, Finding } from '../../report/finding.js';
import { nameLooksSecret } from '../../detect/looks-secret.js';
import type { ScanSource } from '../../detect/contracts.js';
import { shannonEntropy } from '../../detect/entropy.js';
import { fingerprintOf } from '../../report/fingerprint.js';
import { isPlaceholder } from '../../detect/filters/placeholder.js';
import { allowEntryLine } from '../../detect/suppressions/suppress-with.js';

export const COMMITTED_ENV_FILE_RULE = 'committed-env-file';

/** `.env`, `.env.<stage>` or `<stage>.env` (Docker's `--env-file` style), by file name in any folder. */
const ENV_FILE = /^(?:\.env(?:\..+)?|[^.]+\.env)$/;
/** Name parts of files meant to be committed: names and shapes of variables, no values. */
const TEMPLATE_PART = /^(?:example|examples|sample|template|tmpl|tpl|dist|defaults?|schema)$/i;

/** `NAME=value`, `export NAME=value`, `NAME: value` (the YAML-ish form some loaders accept). */
const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/;
/** Random-looking: long and at least as varied as a base64 string usually is. */
const RANDOM_MIN_LENGTH = 20;
const RANDOM_MIN_ENTROPY = 4;
const SECRET_VALUE_MIN_LENGTH = 8;

/** Whether the path names an env file that should not be committed. */
export function isCommittedEnvFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return ENV_FILE.test(name) && !name.split('.').some((part) => TEMPLATE_PART.test(part));
}

/**
 * dotenv-vault's `.env.vault` (`tests/.env.vault` was rated critical, #16): every value is a
 * `DOTENV_VAULT_<ENVIRONMENT>` ciphertext (AES-256-GCM) that only a `DOTENV_KEY` kept outside the
 * repository opens, and dotenv's docs have it committed (https://www.dotenv.org/docs/security/env-vault).
 * Encrypted, not plaintext secrets: no finding. A vault with any other variable in it is judged
 * as an env file.
 */
export function isEncryptedEnvVault(path: string, text: string): boolean {
  if (!path.endsWith('.env.vault')) return false;
  let vaultValues = 0;
  for (const line of text.split('\n')) {
    const match = ASSIGNMENT.exec(line);
    if (!match) continue;
    if (!VAULT_NAME.test(match[1] ?? '')) return false;
    vaultValues += 1;
  }
  return vaultValues > 0;
}
const VAULT_NAME = /^DOTENV_VAULT(?:_[A-Z0-9_]+)?$/;

/** The finding for one committed env file; `secretFindings` are the scanner's findings in it. */
export function committedEnvFileFinding(source: ScanSource, secretFindings: readonly Finding[]): Finding {
  const secret = secretFindings.length > 0 || holdsSecretValue(source.text);
  const commit: CommitRef | undefined = source.commit;
  return {
    check: 'secrets',
    ruleId: COMMITTED_ENV_FILE_RULE,
    severity: secret ? 'critical' : 'high',
    title: 'Committed env file',
    message: secret
      ? `${source.path} is committed and holds values that look like secrets: anyone with read access to the repository has them.`
      : `${source.path} is committed: env files hold a deployment's secrets, and this one is in every clone and fork.`,
    location: { kind: 'file', path: source.path, line: 1, ...(commit ? { commit } : {}) },
    // The path is the finding (no secret value to key it by), so it is what the fingerprint hashes.
    fingerprint: fingerprintOf(COMMITTED_ENV_FILE_RULE, source.path),
    remediation:
      'Rotate every secret the file held, remove it with `git rm --cached`, add it to .gitignore, ' +
      'and commit a `.env.example` with placeholder values instead; purge it from history if the repository is public.',
    confidence: 'high',
    suppressWith: allowEntryLine(COMMITTED_ENV_FILE_RULE, source.path)
  };
}

/** Whether any assignment's value looks like a credential. */
function holdsSecretValue(text: string): boolean {
  for (const line of text.split('\n')) {
    const match = ASSIGNMENT.exec(line);
    if (!match) continue;
    const value = unquote(match[2] ?? '');
    if (value.length < SECRET_VALUE_MIN_LENGTH || isPlaceholder(value)) continue;
    if (nameLooksSecret(match[1] ?? '')) return true;
    if (value.length >= RANDOM_MIN_LENGTH && shannonEntropy(value) >= RANDOM_MIN_ENTROPY) return true;
  }
  return false;
}

/** The value as dotenv reads it: quotes removed, an unquoted value ends at ` #`. */
function unquote(raw: string): string {
  const value = raw.trim();
  const quote = value[0];
  if ((quote === '"' || quote === "'" || quote === '`') && value.lastIndexOf(quote) > 0) {
    return value.slice(1, value.lastIndexOf(quote));
  }
  return value.replace(/\s+#.*$/, '').trim();
}
