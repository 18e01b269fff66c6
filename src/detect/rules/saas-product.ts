/**
 * The SaaS a product team wires into its app: search (Algolia), support (Intercom, Zendesk,
 * Freshdesk, Help Scout), analytics (Segment, Mixpanel, Amplitude, PostHog), feature flags
 * (LaunchDarkly), content (Contentful, Sanity), localisation (Lokalise, Crowdin) and streaming
 * (Confluent). Keys meant for browsers (Algolia search-only keys, PostHog `phc_` project keys,
 * Mixpanel project tokens, Amplitude API keys, LaunchDarkly client-side ids) are not reported.
 */
import type { SecretRule } from '../contracts.js';
import { assignedTo, namedRule } from './named-value.js';
import { END, END_URL, START, rx } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

const saas = (rule: Omit<SecretRule, 'category'>): SecretRule => ({ ...rule, category: 'saas' });
const named = (rule: Omit<SecretRule, 'category' | 'secretGroup' | 'confidence'>): SecretRule => namedRule(saas(rule));

export const SAAS_PRODUCT_RULES: readonly SecretRule[] = [
  // Admin and write keys are 32 hex, like the search-only key that ships to browsers, so the name
  // decides: https://www.algolia.com/doc/guides/security/api-keys/ (the app id is 10 characters).
  named({
    id: 'algolia-admin-key',
    title: 'Algolia admin API key',
    description: 'A 32-hex-character Algolia admin or write API key assigned to an Algolia name that is not a search-only key.',
    severity: 'critical',
    keywords: ['algolia'],
    pattern: assignedTo(String.raw`algolia(?![a-z0-9_.-]{0,20}(?:search|public|app[_.-]?id))[a-z0-9_.-]{0,20}(?:admin|write|secret|api)[_.-]?key`, '[a-f0-9]{32}'),
    remediation: rotateThenRemove('regenerate the Admin API key in the Algolia dashboard → Settings → API Keys (restricted keys: delete and recreate them)')
  }),
  // Production keys `EZAK` and test keys `EZTK`, then 54 letters and digits:
  // https://docs.easypost.com/docs/authentication
  saas({
    id: 'easypost-api-key',
    title: 'EasyPost API key',
    description: 'EasyPost production (`EZAK`) and test (`EZTK`) API keys.',
    severity: 'high',
    keywords: ['ezak', 'eztk'],
    pattern: rx`${START}EZ[AT]K[a-zA-Z0-9]{54}${END}`,
    minEntropy: 3.5,
    remediation: rotateThenRemove('delete the key in the EasyPost dashboard → Account Settings → API Keys and create a new one')
  }),
  // Access tokens are base64 of `tok:<id>:<version>:<scope>`, so they start `dG9rO`:
  // https://developers.intercom.com/docs/build-an-integration/learn-more/authentication
  saas({
    id: 'intercom-access-token',
    title: 'Intercom access token',
    description: 'Intercom access tokens (base64 of `tok:…`, starting `dG9rO`, about 60 characters).',
    severity: 'high',
    keywords: ['dg9ro'],
    pattern: rx`${START}dG9rO[A-Za-z0-9+/]{41,91}={0,2}(?![A-Za-z0-9_+/=])`,
    minEntropy: 4,
    remediation: rotateThenRemove('revoke the access token in the Intercom Developer Hub → the app → Authentication and reinstall the app to get a new one')
  }),
  // API tokens are 40 base62 characters, sent as `user@example.com/token:<token>`:
  // https://developer.zendesk.com/api-reference/introduction/security-and-auth/
  named({
    id: 'zendesk-api-token',
    title: 'Zendesk API token',
    description: 'A 40-character Zendesk API token assigned to a Zendesk name, or following `email/token:` on a line that mentions Zendesk.',
    severity: 'high',
    keywords: ['zendesk'],
    pattern: assignedTo(String.raw`zendesk[a-z0-9_.-]{0,20}(?:token|key|secret)|[a-z0-9_.+-]{1,64}@[a-z0-9.-]{1,64}/token`, '[a-z0-9]{40}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('delete the token in Zendesk Admin Center → Apps and integrations → APIs → Zendesk API and add a new one')
  }),
  // API keys are 20 base62 characters: https://developers.freshdesk.com/api/#authentication
  named({
    id: 'freshdesk-api-key',
    title: 'Freshdesk API key',
    description: 'A 20-character Freshdesk API key assigned to a Freshdesk name.',
    severity: 'high',
    keywords: ['freshdesk'],
    // A digit, as in nearly every random key (and in no camel-case identifier).
    pattern: assignedTo(String.raw`freshdesk[a-z0-9_.-]{0,20}(?:key|token)`, '(?=[a-z]{0,19}[0-9])[a-z0-9]{20}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('reset the key in Freshdesk → Profile settings → View API key → Reset')
  }),
  // OAuth app secrets are 32 base62 characters: https://developer.helpscout.com/mailbox-api/overview/authentication/
  named({
    id: 'helpscout-app-secret',
    title: 'Help Scout app secret',
    description: 'A 32-character Help Scout OAuth app secret assigned to a Help Scout name.',
    severity: 'high',
    keywords: ['helpscout', 'help_scout', 'help-scout'],
    pattern: assignedTo(String.raw`help[_-]?scout[a-z0-9_.-]{0,20}(?:secret|token)`, '[a-z0-9]{32}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('regenerate the app secret in Help Scout → Your Profile → My Apps → the app')
  }),
  // Write keys are 32 base62 characters. One in a server config sends events as the source; the
  // one in an analytics.js snippet is public by design, so only a write-key name counts:
  // https://segment.com/docs/connections/find-writekey/
  named({
    id: 'segment-write-key',
    title: 'Segment write key',
    description: 'A 32-character Segment write key assigned to a `SEGMENT_WRITE_KEY`-style name.',
    severity: 'medium',
    keywords: ['segment'],
    pattern: assignedTo(String.raw`segment[a-z0-9_.-]{0,20}write[_.-]?key`, '[a-z0-9]{32}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('regenerate the write key in Segment → Connections → the source → Settings → API Keys')
  }),
  // The API secret (32 hex) and service account secrets (32 base62) read project data; the
  // project token is public: https://docs.mixpanel.com/docs/orgs-and-projects/service-accounts
  named({
    id: 'mixpanel-secret',
    title: 'Mixpanel API or service account secret',
    description: 'A 32-character Mixpanel API secret or service account secret assigned to a Mixpanel name with `secret`.',
    severity: 'high',
    keywords: ['mixpanel'],
    pattern: assignedTo(String.raw`mixpanel[a-z0-9_.-]{0,30}secret`, '[a-z0-9]{32}'),
    minEntropy: 3.3,
    remediation: rotateThenRemove('delete the service account (or reset the project API secret) in Mixpanel → Project Settings → Service Accounts')
  }),
  // The secret key (32 hex) exports data; the API key ships with the browser SDK:
  // https://amplitude.com/docs/apis/keys-and-tokens
  named({
    id: 'amplitude-secret-key',
    title: 'Amplitude secret key',
    description: 'A 32-hex-character Amplitude secret key assigned to an Amplitude name with `secret`.',
    severity: 'high',
    keywords: ['amplitude'],
    pattern: assignedTo(String.raw`amplitude[a-z0-9_.-]{0,20}secret`, '[a-f0-9]{32}'),
    remediation: rotateThenRemove('create a new API key pair in Amplitude → Organization settings → Projects → the project → API Keys and delete the old one')
  }),
  // Personal API keys `phx_`; project keys `phc_` are public (they go in the page):
  // https://posthog.com/docs/api#private-endpoint-authentication
  saas({
    id: 'posthog-personal-api-key',
    title: 'PostHog personal API key',
    description: 'PostHog personal API keys (`phx_` + 43 characters); the public `phc_` project keys are not reported.',
    severity: 'high',
    keywords: ['phx_'],
    pattern: rx`${START}phx_[A-Za-z0-9]{40,50}${END}`,
    minEntropy: 4,
    remediation: rotateThenRemove('roll or delete the key in PostHog → Settings → Personal API keys')
  }),
  // Access tokens `api-<uuid>` and server-side SDK keys `sdk-<uuid>`; mobile keys and client-side
  // ids are public. The prefixes are too short on their own, so LaunchDarkly must be named nearby:
  // https://docs.launchdarkly.com/home/account/api and https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys
  saas({
    id: 'launchdarkly-key',
    title: 'LaunchDarkly access token or SDK key',
    description: 'LaunchDarkly API access tokens (`api-<uuid>`) and server-side SDK keys (`sdk-<uuid>`) in a text that mentions LaunchDarkly.',
    severity: 'high',
    keywords: ['launchdarkly', 'launch_darkly', 'ld_sdk_key', 'ld_api_key', 'ld_access_token'],
    keywordScope: 'file',
    pattern: rx`${START}(?:api|sdk)-${UUID}(?![0-9a-f-])`,
    remediation: rotateThenRemove('reset the SDK key (Account settings → Projects → the environment) or delete the access token (Account settings → Authorization) in LaunchDarkly')
  }),
  // Personal access tokens `CFPAT-` (Content Management API): https://www.contentful.com/developers/docs/references/authentication/
  saas({
    id: 'contentful-personal-access-token',
    title: 'Contentful personal access token',
    description: 'Contentful Content Management API personal access tokens (`CFPAT-` + 43 characters).',
    severity: 'high',
    keywords: ['cfpat-'],
    pattern: rx`${START}CFPAT-[A-Za-z0-9_-]{43}${END_URL}`,
    remediation: rotateThenRemove('revoke the token in Contentful → Settings → CMA tokens and create a new one')
  }),
  // API tokens are `sk` + about 180 base62 characters: https://www.sanity.io/docs/http-auth
  named({
    id: 'sanity-api-token',
    title: 'Sanity API token',
    description: 'A Sanity API token (`sk` + 70–200 characters) assigned to a Sanity name.',
    severity: 'high',
    keywords: ['sanity'],
    pattern: assignedTo(String.raw`sanity[a-z0-9_.-]{0,20}(?:token|key|secret)`, 'sk[a-z0-9]{70,200}'),
    minEntropy: 4,
    remediation: rotateThenRemove('delete the token in sanity.io/manage → the project → API → Tokens and add a new one')
  }),
  // API tokens are 40 hex: https://developers.lokalise.com/reference/api-authentication
  named({
    id: 'lokalise-api-token',
    title: 'Lokalise API token',
    description: 'A 40-hex-character Lokalise API token assigned to a Lokalise name.',
    severity: 'high',
    keywords: ['lokalise'],
    pattern: assignedTo(String.raw`lokalise[a-z0-9_.-]{0,20}(?:token|key)`, '[a-f0-9]{40}'),
    remediation: rotateThenRemove('delete the token in Lokalise → Profile settings → API tokens and generate a new one')
  }),
  // Personal access tokens are 80 hex: https://developer.crowdin.com/api/v2/#section/Introduction/Authentication
  named({
    id: 'crowdin-personal-access-token',
    title: 'Crowdin personal access token',
    description: 'An 80-hex-character Crowdin personal access token assigned to a Crowdin name.',
    severity: 'high',
    keywords: ['crowdin'],
    pattern: assignedTo(String.raw`crowdin[a-z0-9_.-]{0,20}(?:token|key)`, '[a-f0-9]{80}'),
    remediation: rotateThenRemove('revoke the token in Crowdin → Account Settings → API and create a new one')
  }),
  // Cloud API keys are 16 characters, their secrets 64 base64 characters:
  // https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html
  named({
    id: 'confluent-api-secret',
    title: 'Confluent Cloud API secret',
    description: 'A 64-character Confluent Cloud API secret assigned to a Confluent name with `secret`.',
    severity: 'high',
    keywords: ['confluent'],
    pattern: assignedTo(String.raw`confluent[a-z0-9_.-]{0,30}secret`, '[a-z0-9+/]{64}'),
    minEntropy: 4,
    remediation: rotateThenRemove('delete the API key in Confluent Cloud → API keys and create a new one for the same service account')
  })
];
