/**
 * Provider-neutral token shapes: JSON Web Tokens (RFC 7519) and credentials in URLs (RFC 3986
 * §3.2.1, deprecated by §7.5 for exactly this reason).
 */
import type { SecretRule } from '../contracts.js';
import { END_URL, LOCAL_HOST, START, URL_PASSWORD, rx, rxi } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

/** Header and payload are base64url JSON objects, so both start `eyJ` (`{"`); RFC 7519 §3. */
const JWT = String.raw`${START}eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,2000}${END_URL}`;

/** The claims of a JWT, or `undefined` when the payload is not a JSON object. */
export function jwtClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1] ?? '';
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Roles that make a JWT a standing credential: Supabase's `service_role` bypasses Row Level Security. */
const PRIVILEGED_ROLE = /^(?:service_role|supabase_admin|admin|superuser|root|service)$/i;
/** Claims that only machine credentials carry. */
const CREDENTIAL_CLAIMS = ['api_key', 'apikey', 'client_secret', 'secret', 'password'];

/**
 * Whether the claims say "credential": a privileged role, a Supabase project key (`iss` supabase)
 * other than the public `anon` key, or a claim that holds a secret.
 * Supabase keys: https://supabase.com/docs/guides/api/api-keys
 */
export function isCredentialJwt(claims: Record<string, unknown>): boolean {
  const role = typeof claims['role'] === 'string' ? claims['role'] : '';
  if (PRIVILEGED_ROLE.test(role)) return true;
  if (typeof claims['iss'] === 'string' && /supabase/i.test(claims['iss']) && role !== 'anon' && role !== 'authenticated') return true;
  return CREDENTIAL_CLAIMS.some((claim) => claim in claims);
}

/**
 * JWTs meant to be public or to be examples: Supabase `anon` keys (shipped to browsers by
 * design) and jwt.io's "John Doe" sample.
 */
function isPublicOrSampleJwt(claims: Record<string, unknown>): boolean {
  return claims['role'] === 'anon' || (claims['sub'] === '1234567890' && claims['name'] === 'John Doe');
}

/** Basic-auth URL schemes that have a dedicated rule in `databases.ts`. */
const DATABASE_SCHEMES = String.raw`(?:postgres(?:ql)?|mysql|mariadb|mongodb|rediss?|amqps?)(?:\+[a-z0-9]{2,20})?://`;

/** RFC 2606 documentation hosts and the words people write for "some host". */
const EXAMPLE_HOST = String.raw`(?:(?:[a-z0-9-]{1,60}\.)?example\.(?:com|org|net)|host|hostname|domain|server)(?![a-z0-9.-])`;

export const TOKEN_RULES: readonly SecretRule[] = [
  {
    id: 'jwt',
    title: 'JSON Web Token',
    description: 'A signed JWT (`eyJ….eyJ….…`): often a session or API token, valid until it expires.',
    severity: 'medium',
    keywords: ['eyj'],
    pattern: rx`${JWT}`,
    confidence: 'medium',
    isFalsePositive: (token) => {
      const claims = jwtClaims(token);
      return claims === undefined || isPublicOrSampleJwt(claims) || isCredentialJwt(claims);
    },
    remediation: rotateThenRemove(
      'revoke the session or API token at its issuer (see the `iss` claim), or rotate the signing key if no revocation exists; long-lived tokens should not be in code'
    ),
    category: 'token'
  },
  // Same shape, claims that make it a standing credential: reported here instead of by `jwt`.
  {
    id: 'jwt-credential',
    title: 'JSON Web Token with privileged claims',
    description: 'A JWT whose claims make it a credential: a `service_role`/admin role, a Supabase project key other than `anon`, or an embedded secret.',
    severity: 'high',
    keywords: ['eyj'],
    pattern: rx`${JWT}`,
    isFalsePositive: (token) => {
      const claims = jwtClaims(token);
      return claims === undefined || !isCredentialJwt(claims);
    },
    remediation: rotateThenRemove(
      'rotate the key at its issuer: for Supabase, roll the JWT secret or replace the legacy `service_role` key with a new secret API key in Project Settings → API Keys'
    ),
    category: 'token'
  },
  // Database URLs are `databases.ts`'s; `${PASSWORD}`, `:password@`, `user:@`, example hosts
  // (RFC 2606) and this machine (a local proxy or dev server) are not credentials worth a finding.
  // The pattern starts with the literal `://` and checks the scheme in a look-behind after it, so
  // irregexp searches for `://` and tries the look-arounds only there. Started with the
  // look-behind, it tried them at every character: on the URL lines of node_modules code (3 MB),
  // 2× slower on Node 24 and 25× on Node 20.
  {
    id: 'basic-auth-url',
    title: 'Credentials in a URL',
    description: 'A URL with a user and password (`https://user:password@host/…`).',
    severity: 'high',
    keywords: ['://'],
    pattern: rxi`://(?<=(?<![a-z0-9+.-])(?!${DATABASE_SCHEMES})[a-z][a-z0-9+.-]{1,20}://)[^\s:/?#@"'<>\x60]{1,64}:(${URL_PASSWORD})@(?!${EXAMPLE_HOST}|${LOCAL_HOST})[a-z0-9.-]{1,253}`,
    secretGroup: 1,
    confidence: 'medium',
    remediation: rotateThenRemove(
      'change the password (or revoke the token used as one) at the service the URL points to, and pass credentials in a header or a credential helper instead of the URL'
    ),
    category: 'token'
  }
];
