/**
 * What an env file is for, from its name: a template (names only), one environment's values, or
 * neither (linted and validated, but its values belong to no column of the matrix).
 *
 * The mapping follows the dotenv conventions of Next.js, Vite and Nuxt
 * (https://nextjs.org/docs/app/guides/environment-variables#environment-variable-load-order):
 * `.env.<environment>` and `.env.<environment>.local` hold that environment's values; `.env` and
 * `.env.local` are what a developer's machine loads, so they count for development only (a
 * deployment gets its values from the platform, not from a file in the repository). Docker's
 * `<environment>.env` form is read the same way. A `.local` file overrides its base file.
 */

export type EnvFileRole =
  | { kind: 'template' }
  | { kind: 'environment'; environment: string; rank: number }
  | { kind: 'other' };

/** Name parts of files meant to be committed with names and shapes only (as the secrets check's). */
const TEMPLATE_PART = /^(?:example|examples|sample|template|tmpl|tpl|dist|defaults?|schema)$/i;
const DEVELOPMENT = 'development';

/**
 * The role of `path` (repository-relative) among `environments`. `rank` orders the files of one
 * environment: a higher rank overrides a lower one (`.env` < `.env.local` < `.env.production` <
 * `.env.production.local`).
 */
export function envFileRole(path: string, environments: readonly string[]): EnvFileRole {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const parts = name.split('.');
  if (parts.some((part) => TEMPLATE_PART.test(part))) return { kind: 'template' };
  if (name === '.env') return environments.includes(DEVELOPMENT) ? { kind: 'environment', environment: DEVELOPMENT, rank: 0 } : { kind: 'other' };
  if (name === '.env.local') return environments.includes(DEVELOPMENT) ? { kind: 'environment', environment: DEVELOPMENT, rank: 1 } : { kind: 'other' };
  const dotted = /^\.env\.(.+?)(\.local)?$/.exec(name);
  const docker = /^(.+)\.env$/.exec(name);
  const environment = dotted?.[1] ?? docker?.[1];
  if (environment !== undefined && environments.includes(environment)) {
    return { kind: 'environment', environment, rank: 2 + (dotted?.[2] ? 1 : 0) };
  }
  return { kind: 'other' };
}
