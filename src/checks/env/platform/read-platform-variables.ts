/**
 * The names and target environments of the variables set on the configured hosting platforms
 * (`env.platform` in launch-ready.yml), never their values. Issue 5, point 4: "Preview lacks
 * `STRIPE_SECRET_KEY`" before the deploy breaks.
 */
import type { EnvPlatformConfig } from '../../../config/config-types.js';
import { ConfigError } from '../../../errors.js';
import { findEnvReferences, resolveEnvReference } from '../../../config/resolve-env-reference.js';
import { PlatformReadError } from './platform-read-error.js';
import { PLATFORM_LABELS, type PlatformName, type PlatformVariable } from './platform-variable.js';
import { readNetlifyVariables } from './read-netlify-variables.js';
import { readVercelVariables } from './read-vercel-variables.js';

/** Visible ASCII: what an HTTP header value may hold unescaped, and what API tokens are made of. */
const TOKEN_CHARACTERS = /^[\x21-\x7e]+$/;

export interface PlatformDeps {
  /** The process environment, where `${env.NAME}` token references are resolved. */
  env: Readonly<Record<string, string | undefined>>;
  /** Default: the global `fetch`. Tests keep the real one and point `apiUrl` at a local server. */
  fetch?: typeof fetch;
}

/**
 * Reads every configured platform (both at once when both are); `[]` when none is configured.
 * Sorted by platform, then name.
 *
 * @throws PlatformReadError when a token is unset or a platform refuses or fails; the message
 *   names the env var or the status and what to check, never the token
 */
export async function readPlatformVariables(platform: EnvPlatformConfig, deps: PlatformDeps): Promise<PlatformVariable[]> {
  const fetchImpl = deps.fetch ?? globalThis.fetch;
  const reads: Array<Promise<PlatformVariable[]>> = [];
  if (platform.vercel) {
    const { project, team, apiUrl } = platform.vercel;
    const auth = resolveToken('vercel', platform.vercel.token, deps.env);
    reads.push(readVercelVariables({ project, team, apiUrl, ...auth, fetch: fetchImpl }));
  }
  if (platform.netlify) {
    const { site, apiUrl } = platform.netlify;
    const auth = resolveToken('netlify', platform.netlify.token, deps.env);
    reads.push(readNetlifyVariables({ site, apiUrl, ...auth, fetch: fetchImpl }));
  }
  return (await Promise.all(reads)).flat();
}

/** The token and the name of the variable it came from (for errors). */
function resolveToken(platform: PlatformName, reference: string, env: PlatformDeps['env']): { token: string; tokenSource: string } {
  const names = findEnvReferences(reference);
  const tokenSource = names.length > 0 ? names.join(', ') : `env.platform.${platform}.token`;
  const needs = `reading ${PLATFORM_LABELS[platform]} variables needs a token (env.platform.${platform}.token)`;
  let token: string;
  try {
    token = resolveEnvReference(reference, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new PlatformReadError(platform, `${needs}: ${error.message}`);
  }
  // A secret pasted with its line break is common; inside, both platforms' tokens are plain ASCII.
  token = token.trim();
  if (token === '') throw new PlatformReadError(platform, `${needs}: it is empty`);
  // Checked here because fetch would put the whole header value, token included, in its error.
  if (!TOKEN_CHARACTERS.test(token)) throw new PlatformReadError(platform, `${needs}: the value of ${tokenSource} has spaces, control or non-ASCII characters, which no token has`);
  return { token, tokenSource };
}
