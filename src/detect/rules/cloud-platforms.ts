/** Hosting platforms: DigitalOcean, Heroku, Cloudflare. */
import type { SecretRule } from '../contracts.js';
import { ASSIGN, END, END_URL, START, rx, rxi } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

export const CLOUD_PLATFORM_RULES: readonly SecretRule[] = [
  // Token prefixes: https://docs.digitalocean.com/reference/api/create-personal-access-token/
  {
    id: 'digitalocean-personal-access-token',
    title: 'DigitalOcean personal access token',
    description: 'DigitalOcean personal access tokens (`dop_v1_` + 64 hex characters).',
    severity: 'critical',
    keywords: ['dop_v1_'],
    pattern: rx`${START}dop_v1_[a-f0-9]{64}${END}`,
    remediation: rotateThenRemove('delete the token in the DigitalOcean control panel → API → Tokens and generate a new one'),
    category: 'cloud'
  },
  {
    id: 'digitalocean-oauth-token',
    title: 'DigitalOcean OAuth token',
    description: 'DigitalOcean OAuth access and refresh tokens (`doo_v1_`, `dor_v1_` + 64 hex characters).',
    severity: 'critical',
    keywords: ['doo_v1_', 'dor_v1_'],
    pattern: rx`${START}do[or]_v1_[a-f0-9]{64}${END}`,
    remediation: rotateThenRemove(
      'revoke it with `POST https://cloud.digitalocean.com/v1/oauth/revoke` or by removing the app under API → OAuth Applications'
    ),
    category: 'cloud'
  },
  // Keys and authorizations: https://devcenter.heroku.com/articles/authentication; the `HRKU-`
  // shape as in gitleaks' `heroku-api-key-v2` rule (config/gitleaks.toml).
  {
    id: 'heroku-api-key',
    title: 'Heroku API key',
    description: 'Heroku API keys and authorizations (`HRKU-` + 60 characters).',
    severity: 'critical',
    keywords: ['hrku-'],
    pattern: rx`${START}HRKU-AA[0-9A-Za-z_-]{58}${END_URL}`,
    remediation: rotateThenRemove(
      'regenerate the API key in Heroku Account settings, or revoke the authorization with `heroku authorizations:revoke`'
    ),
    category: 'cloud'
  },
  // Older keys are bare UUIDs, so only one assigned to a Heroku name counts, and only as a guess.
  {
    id: 'heroku-api-key-legacy',
    title: 'Heroku API key (UUID)',
    description: 'A UUID assigned to a name containing `heroku` (`HEROKU_API_KEY=…`), the format of older Heroku API keys.',
    severity: 'critical',
    keywords: ['heroku'],
    pattern: rxi`heroku${ASSIGN}(${UUID})(?![0-9a-f-])`,
    secretGroup: 1,
    confidence: 'medium',
    // The documented format is a UUID, which the shared filter would drop.
    skipFilters: ['uuid'],
    remediation: rotateThenRemove(
      'regenerate the API key in Heroku Account settings, or revoke the authorization with `heroku authorizations:revoke`'
    ),
    category: 'cloud'
  },
  // API tokens have no prefix (40 characters): https://developers.cloudflare.com/fundamentals/api/get-started/create-token/
  {
    id: 'cloudflare-api-token',
    title: 'Cloudflare API token',
    description: 'A 40-character Cloudflare API token assigned to a name with `cloudflare` or `cf_api`.',
    severity: 'critical',
    keywords: ['cloudflare', 'cf_api', 'cf-api'],
    pattern: rxi`(?:cloudflare|cf[_-]api)${ASSIGN}([a-z0-9_-]{40})${END_URL}`,
    secretGroup: 1,
    minEntropy: 3.5,
    confidence: 'medium',
    remediation: rotateThenRemove(
      'roll or delete the token in the Cloudflare dashboard → My Profile → API Tokens'
    ),
    category: 'cloud'
  },
  // The Global API Key (37 hex) goes in the `X-Auth-Key` header: https://developers.cloudflare.com/fundamentals/api/get-started/keys/
  {
    id: 'cloudflare-global-api-key',
    title: 'Cloudflare Global API key',
    description: 'A 37-hex-character Cloudflare Global API key assigned to a Cloudflare name or sent as `X-Auth-Key`.',
    severity: 'critical',
    keywords: ['cloudflare', 'cf_api', 'cf-api', 'x-auth-key'],
    pattern: rxi`(?:cloudflare|cf[_-]api|x-auth-key)${ASSIGN}([a-f0-9]{37})(?![a-z0-9_-])`,
    secretGroup: 1,
    confidence: 'medium',
    remediation: rotateThenRemove(
      'change the Global API Key in the Cloudflare dashboard → My Profile → API Tokens → Global API Key → Change, and move to scoped API tokens'
    ),
    category: 'cloud'
  },
  // Origin CA keys: https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/
  {
    id: 'cloudflare-origin-ca-key',
    title: 'Cloudflare Origin CA key',
    description: 'Cloudflare Origin CA keys (`v1.0-` + 24 and 146 hex characters).',
    severity: 'high',
    keywords: ['v1.0-'],
    pattern: rx`${START}v1\.0-[a-f0-9]{24}-[a-f0-9]{146}${END}`,
    remediation: rotateThenRemove(
      'change the Origin CA key in the Cloudflare dashboard → My Profile → API Tokens → Origin CA Key → Change'
    ),
    category: 'cloud'
  }
];
