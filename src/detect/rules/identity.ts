/**
 * Authentication and identity providers: Auth0, Clerk, Stytch, WorkOS, Okta client secrets,
 * Keycloak, Descope, Kinde, FusionAuth, Ory. These keys manage users: who can sign in, as whom.
 * (Okta API tokens are in `saas.ts`; Firebase Auth uses Google API keys and service account keys,
 * in `cloud.ts`.)
 */
import type { SecretRule } from '../contracts.js';
import { assignedTo, END_VALUE } from './assigned.js';
import { END, END_URL, START, rx } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const identity = (rule: Omit<SecretRule, 'category' | 'severity'> & Partial<SecretRule>): SecretRule => ({
  severity: 'critical',
  category: 'saas',
  ...rule
});

const byName = { confidence: 'medium', minEntropy: 3.5 } as const;

/** WorkOS keys are `sk_test_`/`sk_live_` + base64 of `key_…` (`a2V5X`). */
const WORKOS_KEY = /^sk_(?:test|live)_a2V5X/;
/** A Clerk name on the left of the assignment (`CLERK_SECRET_KEY=sk_live_…`). */
const CLERK_NAME = /clerk[A-Za-z0-9_.-]{0,30}["'`]?\]?[ \t]{0,4}(?:=>|:=|=|:)[ \t]{0,4}["'`]?sk_(?:test|live)_/i;

/**
 * Whether an `sk_live_`/`sk_test_` value is a WorkOS or Clerk key rather than a Stripe one: the
 * Stripe rules skip it so the identity rule reports it once. Clerk keys have Stripe's shape, so
 * only the name they are assigned to tells them apart (https://clerk.com/docs/deployments/clerk-environment-variables).
 */
export function isIdentityProviderKey(secret: string, line: string): boolean {
  return WORKOS_KEY.test(secret) || CLERK_NAME.test(line);
}

export const IDENTITY_RULES: readonly SecretRule[] = [
  // Application client secrets (64 characters): https://auth0.com/docs/get-started/applications/application-credentials
  identity({
    id: 'auth0-client-secret',
    title: 'Auth0 client secret',
    description: 'A 64-character Auth0 application client secret assigned to an Auth0 secret name.',
    keywords: ['auth0'],
    pattern: assignedTo(String.raw`auth0[a-z0-9_.-]{0,20}secret`, '[a-z0-9_-]{64}', END_URL),
    ...byName,
    remediation: rotateThenRemove('rotate the secret in the Auth0 Dashboard → Applications → the application → Settings → Rotate, and check the tenant logs')
  }),
  // Secret keys `sk_live_`/`sk_test_`: https://clerk.com/docs/deployments/clerk-environment-variables
  identity({
    id: 'clerk-secret-key',
    title: 'Clerk secret key',
    description: 'A Clerk secret key (`sk_live_` or `sk_test_`) assigned to a Clerk name (`CLERK_SECRET_KEY=…`).',
    keywords: ['clerk'],
    pattern: assignedTo('clerk', 'sk_(?:live|test)_[a-z0-9]{30,100}', END_VALUE),
    confidence: 'medium',
    remediation: rotateThenRemove('roll the key in the Clerk Dashboard → Configure → API keys (add a new secret key, deploy it, delete the old one)')
  }),
  // Project secrets `secret-live-…` / `secret-test-…`: https://stytch.com/docs/guides/dashboard/api-keys
  identity({
    id: 'stytch-secret',
    title: 'Stytch project secret',
    description: 'Stytch project secrets (`secret-live-` or `secret-test-` + 36 characters).',
    keywords: ['secret-live-', 'secret-test-'],
    pattern: rx`${START}secret-(?:live|test)-[A-Za-z0-9_=-]{36}(?![A-Za-z0-9_=-])`,
    remediation: rotateThenRemove('rotate the secret in the Stytch Dashboard → API keys (create a new secret, deploy it, delete the old one)')
  }),
  // API keys `sk_test_`/`sk_live_` + base64 of `key_…`: https://workos.com/docs/reference/api-keys
  identity({
    id: 'workos-api-key',
    title: 'WorkOS API key',
    description: 'WorkOS API keys (`sk_live_` or `sk_test_` + `a2V5X…`): SSO, directory sync and user management.',
    keywords: ['_a2v5x'],
    pattern: rx`${START}sk_(?:live|test)_a2V5X[A-Za-z0-9]{40,200}${END}`,
    remediation: rotateThenRemove('roll the key in the WorkOS Dashboard → API Keys')
  }),
  // Client secrets of OIDC apps: https://developer.okta.com/docs/guides/implement-grant-type/clientcreds/main/
  identity({
    id: 'okta-client-secret',
    title: 'Okta client secret',
    description: 'An Okta OAuth client secret (40–64 characters) assigned to an Okta client secret name.',
    keywords: ['okta'],
    pattern: assignedTo(String.raw`okta[a-z0-9_.-]{0,20}(?:client[_.-]?)?secret`, '[a-z0-9_-]{40,64}', END_URL),
    ...byName,
    remediation: rotateThenRemove('generate a new client secret in the Okta Admin Console → Applications → the app → General → Client secrets, then deactivate the old one')
  }),
  // Confidential client secrets (32 characters): https://www.keycloak.org/docs/latest/server_admin/#_client-credentials
  identity({
    id: 'keycloak-client-secret',
    title: 'Keycloak client secret',
    description: 'A 32-character Keycloak client secret assigned to a Keycloak secret name.',
    severity: 'high',
    keywords: ['keycloak'],
    pattern: assignedTo(String.raw`keycloak[a-z0-9_.-]{0,20}secret`, '[a-z0-9]{32}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('regenerate the secret in the Keycloak admin console → the realm → Clients → the client → Credentials')
  }),
  // Management keys: https://docs.descope.com/management/m2m-access-keys
  identity({
    id: 'descope-management-key',
    title: 'Descope management key',
    description: 'A Descope management or access key (40 or more characters) assigned to a Descope name.',
    keywords: ['descope'],
    pattern: assignedTo(String.raw`descope[a-z0-9_.-]{0,20}(?:key|secret)`, '[a-z0-9_-]{40,300}', END_URL),
    ...byName,
    minEntropy: 4,
    remediation: rotateThenRemove('delete the key in the Descope console → Company → Management Keys (or Access Keys)')
  }),
  // Client secrets of back-end apps: https://docs.kinde.com/build/applications/add-and-manage-applications/
  identity({
    id: 'kinde-client-secret',
    title: 'Kinde client secret',
    description: 'A Kinde client secret (40–64 characters) assigned to a Kinde secret name.',
    keywords: ['kinde'],
    pattern: assignedTo(String.raw`kinde[a-z0-9_.-]{0,20}secret`, '[a-z0-9]{40,64}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('rotate the client secret in Kinde → Settings → Applications → the application → Details')
  }),
  // API keys: https://fusionauth.io/docs/apis/authentication#managing-api-keys
  identity({
    id: 'fusionauth-api-key',
    title: 'FusionAuth API key',
    description: 'A FusionAuth API key (40–80 characters) assigned to a FusionAuth name.',
    keywords: ['fusionauth'],
    pattern: assignedTo('fusionauth', '[a-z0-9_-]{40,80}', END_URL),
    ...byName,
    minEntropy: 4,
    remediation: rotateThenRemove('delete the key in FusionAuth → Settings → API Keys and create a narrower one')
  }),
  // Project and workspace API keys `ory_pat_`, `ory_apikey_`, `ory_wak_`: https://www.ory.sh/docs/concepts/personal-access-token
  identity({
    id: 'ory-api-key',
    title: 'Ory Network API key',
    description: 'Ory Network project and workspace API keys (`ory_pat_`, `ory_apikey_`, `ory_wak_`).',
    keywords: ['ory_pat_', 'ory_apikey_', 'ory_wak_'],
    pattern: rx`${START}ory_(?:pat|apikey|wak)_[A-Za-z0-9]{32,64}${END}`,
    remediation: rotateThenRemove('revoke the key in the Ory Console → the project (or workspace) → API Keys')
  })
];
