/**
 * Business SaaS: Shopify, Atlassian, Linear, Notion, Figma, Asana, HubSpot, Airtable, Okta,
 * 1Password, Mapbox (more in `saas-product.ts` and `saas-workplace.ts`). Developer platforms are in `devops.ts`, monitoring in `observability.ts`.
 */
import type { SecretRule } from '../contracts.js';
import { ASSIGN, END, END_URL, START, rx, rxi } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

const saas = (rule: Omit<SecretRule, 'category'>): SecretRule => ({ ...rule, category: 'saas' });

export const SAAS_RULES: readonly SecretRule[] = [
  // Token prefixes: https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens
  saas({
    id: 'shopify-access-token',
    title: 'Shopify access token',
    description: 'Shopify Admin API access tokens of custom, private and public apps (`shpat_`, `shpca_`, `shppa_`).',
    severity: 'critical',
    keywords: ['shpat_', 'shpca_', 'shppa_'],
    pattern: rx`${START}shp(?:at|ca|pa)_[a-fA-F0-9]{32}${END}`,
    remediation: rotateThenRemove('uninstall and reinstall the app, or rotate the token in the Shopify admin → Settings → Apps and sales channels → Develop apps → API credentials')
  }),
  saas({
    id: 'shopify-shared-secret',
    title: 'Shopify app shared secret',
    description: 'Shopify app shared (client) secrets (`shpss_`): sign webhooks and OAuth for every shop using the app.',
    severity: 'high',
    keywords: ['shpss_'],
    pattern: rx`${START}shpss_[a-fA-F0-9]{32}${END}`,
    remediation: rotateThenRemove('rotate the client secret in the Shopify Partner Dashboard → the app → Client credentials')
  }),
  // API tokens `ATATT3…`: https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/
  saas({
    id: 'atlassian-api-token',
    title: 'Atlassian API token',
    description: 'Atlassian Cloud API tokens (`ATATT3` + about 186 characters): Jira, Confluence and Bitbucket as the user.',
    severity: 'critical',
    keywords: ['atatt3'],
    pattern: rx`${START}ATATT3[A-Za-z0-9_=-]{150,250}(?![A-Za-z0-9_=-])`,
    remediation: rotateThenRemove('revoke the token at id.atlassian.com → Security → API tokens and create a new one')
  }),
  // Personal API keys `lin_api_`: https://linear.app/developers/graphql#personal-api-keys
  saas({
    id: 'linear-api-key',
    title: 'Linear API key',
    description: 'Linear personal API keys (`lin_api_` + 40 characters).',
    severity: 'high',
    keywords: ['lin_api_'],
    pattern: rx`${START}lin_api_[A-Za-z0-9]{40}${END}`,
    remediation: rotateThenRemove('revoke the key in Linear → Settings → Security & access → Personal API keys')
  }),
  // Internal integration secrets (`secret_`, `ntn_` since 2024): https://developers.notion.com/docs/authorization
  saas({
    id: 'notion-token',
    title: 'Notion integration token',
    description: 'Notion internal integration secrets (`ntn_` + 46 characters, or the older `secret_` + 43).',
    severity: 'high',
    keywords: ['ntn_', 'secret_'],
    pattern: rx`${START}(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})${END}`,
    remediation: rotateThenRemove('refresh the secret in Notion → Settings → Connections → Develop or manage integrations → the integration → Secrets')
  }),
  // Personal access tokens `figd_`: https://www.figma.com/developers/api#access-tokens
  saas({
    id: 'figma-token',
    title: 'Figma personal access token',
    description: 'Figma personal access tokens (`figd_`).',
    severity: 'high',
    keywords: ['figd_'],
    pattern: rx`${START}figd_[A-Za-z0-9_-]{38,48}${END_URL}`,
    remediation: rotateThenRemove('revoke the token in Figma → Settings → Security → Personal access tokens')
  }),
  // PATs `<version>/<user id>[/<app id>]:<32 characters>` (hex in v2, base62 in v1), and the first
  // ones `0/<32 hex>`: https://developers.asana.com/docs/personal-access-token. Asana's OAuth
  // refresh tokens share the v1 shape.
  saas({
    id: 'asana-token',
    title: 'Asana personal access token',
    description: 'Asana personal access tokens (`0/…`, `1/…:…` or `2/…/…:…`) in a text that mentions Asana.',
    severity: 'high',
    keywords: ['asana'],
    pattern: rx`${START}(?:[12]/[0-9]{10,20}(?:/[0-9]{10,20})?:[A-Za-z0-9]{32}|0/[a-f0-9]{32})${END}`,
    minEntropy: 3.3,
    remediation: rotateThenRemove('deauthorize the token in Asana → My settings → Apps → Developer console → Personal access tokens')
  }),
  // Private app tokens `pat-<region>-<uuid>`: https://developers.hubspot.com/docs/api/private-apps
  saas({
    id: 'hubspot-private-app-token',
    title: 'HubSpot private app token',
    description: 'HubSpot private app access tokens (`pat-na1-<uuid>`, `pat-eu1-<uuid>`).',
    severity: 'critical',
    keywords: ['pat-na', 'pat-eu'],
    pattern: rx`${START}pat-(?:na|eu)\d-${UUID}(?![0-9a-f-])`,
    remediation: rotateThenRemove('rotate the token in HubSpot → Settings → Integrations → Private apps → the app → Auth → Rotate')
  }),
  // Personal access tokens `pat<14>.<64 hex>`: https://airtable.com/developers/web/guides/personal-access-tokens
  saas({
    id: 'airtable-token',
    title: 'Airtable personal access token',
    description: 'Airtable personal access tokens (`pat` + 14 characters + `.` + 64 hex).',
    severity: 'high',
    keywords: ['pat'],
    pattern: rx`${START}pat[A-Za-z0-9]{14}\.[a-f0-9]{64}${END}`,
    remediation: rotateThenRemove('regenerate or delete the token at airtable.com/create/tokens')
  }),
  // API tokens start `00` (42 characters), sent as `Authorization: SSWS …`:
  // https://developer.okta.com/docs/guides/create-an-api-token/main/
  saas({
    id: 'okta-api-token',
    title: 'Okta API token',
    description: 'Okta API tokens (`00` + 40 characters) assigned to an Okta name or sent as `SSWS …`.',
    severity: 'critical',
    keywords: ['okta', 'ssws'],
    pattern: rxi`(?:okta${ASSIGN}|ssws[ \t]{1,3})(00[a-z0-9_-]{40})${END_URL}`,
    secretGroup: 1,
    minEntropy: 3.5,
    confidence: 'medium',
    remediation: rotateThenRemove('revoke the token in the Okta Admin Console → Security → API → Tokens')
  }),
  // Service account tokens `ops_eyJ…`: https://developer.1password.com/docs/service-accounts/
  saas({
    id: 'onepassword-service-account-token',
    title: '1Password service account token',
    description: '1Password service account tokens (`ops_eyJ…`): read the vaults the service account can.',
    severity: 'critical',
    keywords: ['ops_eyj'],
    pattern: rx`${START}ops_eyJ[A-Za-z0-9+/_-]{250,2000}={0,3}(?![A-Za-z0-9+/_=-])`,
    remediation: rotateThenRemove('revoke the service account\'s token in 1Password → Developer → Directory → Service accounts and issue a new one')
  }),
  // Secret tokens `sk.eyJ1…` (public ones are `pk.`): https://docs.mapbox.com/accounts/guides/tokens/
  saas({
    id: 'mapbox-secret-token',
    title: 'Mapbox secret access token',
    description: 'Mapbox secret access tokens (`sk.eyJ1…`); public `pk.` tokens are meant for browsers.',
    severity: 'high',
    keywords: ['sk.eyj'],
    pattern: rx`${START}sk\.eyJ1[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,40}${END_URL}`,
    remediation: rotateThenRemove('delete the token in the Mapbox account → Tokens and create a new one with the least scopes')
  })
];
