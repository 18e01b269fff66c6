/**
 * `${env.NAME}` in launch-ready.yml: the config keeps the reference, and a check resolves it at
 * the moment it needs the value, so secrets never sit in the Config, the report or a message.
 */
import { ConfigError, type SourcePosition } from '../errors.js';

const ENV_REFERENCE = /\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The variable names `value` refers to, in order of appearance, e.g. `['VERCEL_BYPASS']`. */
export function findEnvReferences(value: string): string[] {
  return [...value.matchAll(ENV_REFERENCE)].map((match) => match[1]!);
}

/**
 * `value` with every `${env.NAME}` replaced by that variable from `env`; a value without
 * references comes back unchanged. Other `${…}` (flow captures) are left alone.
 *
 * An empty variable counts as unset: GitHub Actions passes `${{ secrets.X }}` as an empty string
 * when the secret does not exist (e.g. on pull requests from forks), and sending an empty bypass
 * token would fail far from the cause.
 *
 * @param position where the reference was written (e.g. `{ file: 'launch-ready.yml' }`), for the error
 * @throws ConfigError naming the variable (never a value) when it is unset or empty
 */
export function resolveEnvReference(
  value: string,
  env: Readonly<Record<string, string | undefined>>,
  position?: SourcePosition
): string {
  return value.replace(ENV_REFERENCE, (_reference, name: string) => {
    const resolved = env[name];
    if (resolved === undefined || resolved === '') {
      throw new ConfigError(
        `environment variable ${name} is not set or empty (referenced as \${env.${name}}); ` +
          `expected it in the step's env, e.g. ${name}: \${{ secrets.${name} }}`,
        position
      );
    }
    return resolved;
  });
}
