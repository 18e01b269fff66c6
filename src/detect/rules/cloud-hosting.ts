/**
 * Hosting, CDN and storage platforms beside `cloud-platforms.ts`: Scaleway, Linode/Akamai, Vultr,
 * Hetzner, OVHcloud, Railway, Koyeb, Fastly, Akamai EdgeGrid, Backblaze B2, Wasabi and
 * DigitalOcean Spaces. Most of their keys have no prefix, so they count only when assigned to the
 * provider's name (`assigned.ts`).
 */
import type { SecretRule } from '../contracts.js';
import { END_BASE64, UUID, WORD_START, assignedTo, END_VALUE } from './assigned.js';
import { END, END_URL, START, rx } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const hosting = (rule: Omit<SecretRule, 'category' | 'severity'> & Partial<SecretRule>): SecretRule => ({
  severity: 'critical',
  category: 'cloud',
  ...rule
});

const byName = { confidence: 'medium', minEntropy: 3.5 } as const;
const END_UUID = '(?![a-z0-9-])';

export const CLOUD_HOSTING_RULES: readonly SecretRule[] = [
  // Access keys `SCW` + 17, secret keys are UUIDs: https://www.scaleway.com/en/docs/iam/concepts/#api-key
  hosting({
    id: 'scaleway-access-key',
    title: 'Scaleway access key',
    description: 'Scaleway API access key ids (`SCW` + 17 characters): half of a key pair.',
    severity: 'medium',
    keywords: ['scw'],
    pattern: rx`${START}SCW[A-Z0-9]{17}${END}`,
    minEntropy: 3,
    remediation: rotateThenRemove('delete the API key in the Scaleway console → IAM → API keys and create a new one')
  }),
  hosting({
    id: 'scaleway-secret-key',
    title: 'Scaleway secret key',
    description: 'A Scaleway API secret key (a UUID) assigned to a Scaleway or `SCW_` secret name; project and organization ids are UUIDs too.',
    keywords: ['scaleway', 'scw_'],
    pattern: assignedTo(String.raw`(?:scaleway|${WORD_START}scw)[a-z0-9_.-]{0,20}secret`, UUID, END_UUID),
    confidence: 'medium',
    skipFilters: ['uuid'],
    remediation: rotateThenRemove('delete the API key in the Scaleway console → IAM → API keys and create a new one')
  }),
  // Personal access tokens are 64 hex: https://techdocs.akamai.com/linode-api/reference/get-started
  hosting({
    id: 'linode-token',
    title: 'Linode (Akamai Cloud) API token',
    description: 'A 64-hex-character Linode API token assigned to a Linode name (`LINODE_TOKEN=…`).',
    keywords: ['linode'],
    pattern: assignedTo('linode', '[a-f0-9]{64}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('revoke the token in Cloud Manager → My Profile → API Tokens')
  }),
  // API keys are 36 upper-case characters: https://www.vultr.com/api/#section/Authentication
  hosting({
    id: 'vultr-api-key',
    title: 'Vultr API key',
    description: 'A 36-character Vultr API key assigned to a Vultr name.',
    keywords: ['vultr'],
    pattern: assignedTo('vultr', '[a-z0-9]{36}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('regenerate the API key in the Vultr customer portal → Account → API')
  }),
  // Project API tokens are 64 characters: https://docs.hetzner.cloud/#authentication
  hosting({
    id: 'hetzner-token',
    title: 'Hetzner Cloud API token',
    description: 'A 64-character Hetzner Cloud API token assigned to a Hetzner or `HCLOUD` name.',
    keywords: ['hetzner', 'hcloud'],
    pattern: assignedTo('hetzner|hcloud', '[a-z0-9]{64}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('delete the token in the Hetzner Cloud console → the project → Security → API tokens')
  }),
  // Application secrets and consumer keys are 32 characters: https://help.ovhcloud.com/csm/en-api-getting-started-ovhcloud-api
  hosting({
    id: 'ovh-api-secret',
    title: 'OVHcloud API secret',
    description: 'A 32-character OVHcloud application secret or consumer key assigned to an OVH secret or consumer key name.',
    keywords: ['ovh'],
    pattern: assignedTo(String.raw`${WORD_START}ovh[a-z0-9_.-]{0,20}(?:secret|consumer)`, '[a-z0-9]{32}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('revoke the application or the consumer key at https://api.ovh.com/console (`DELETE /me/api/application/{id}`)')
  }),
  // Account, team and project tokens are UUIDs: https://docs.railway.com/guides/public-api#creating-a-token
  hosting({
    id: 'railway-token',
    title: 'Railway API token',
    description: 'A Railway account, team or project token (a UUID) assigned to a Railway token name; project and service ids are UUIDs too.',
    keywords: ['railway'],
    pattern: assignedTo(String.raw`railway[a-z0-9_.-]{0,20}(?:token|key)`, UUID, END_UUID),
    confidence: 'medium',
    skipFilters: ['uuid'],
    remediation: rotateThenRemove('delete the token in Railway → Account settings → Tokens (or the project\'s Settings → Tokens)')
  }),
  // API access tokens are 64 characters: https://www.koyeb.com/docs/reference/api#authentication
  hosting({
    id: 'koyeb-token',
    title: 'Koyeb API token',
    description: 'A 64-character Koyeb API token assigned to a Koyeb name.',
    keywords: ['koyeb'],
    pattern: assignedTo('koyeb', '[a-z0-9]{64}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('delete the token in the Koyeb control panel → Settings → API')
  }),
  // API tokens are 32 characters: https://www.fastly.com/documentation/reference/api/auth-tokens/
  hosting({
    id: 'fastly-api-token',
    title: 'Fastly API token',
    description: 'A 32-character Fastly API token assigned to a Fastly name.',
    keywords: ['fastly'],
    pattern: assignedTo('fastly', '[a-z0-9_-]{32}', END_URL),
    ...byName,
    remediation: rotateThenRemove('delete the token in Fastly → Account → Personal profile → API tokens (or `DELETE /tokens/{id}`)')
  }),
  // .edgerc `client_secret` (44 base64), in a file that names an `akab-` host or token:
  // https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials
  hosting({
    id: 'akamai-edgegrid-client-secret',
    title: 'Akamai EdgeGrid client secret',
    description: 'The `client_secret` of an Akamai EdgeGrid credential (44 base64 characters), in a file with an `akab-` host or token.',
    keywords: ['akab-'],
    keywordScope: 'file',
    pattern: rx`(?<![A-Za-z0-9_])client_secret[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9+/]{43}=)${END_BASE64}`,
    secretGroup: 1,
    minEntropy: 3.5,
    remediation: rotateThenRemove('delete the API client\'s credential in Akamai Control Center → Identity & access → API clients and create a new one')
  }),
  // Application keys `K` + 3 digits + 27: https://www.backblaze.com/docs/cloud-storage-application-keys
  hosting({
    id: 'backblaze-b2-application-key',
    title: 'Backblaze B2 application key',
    description: 'Backblaze B2 application keys (`K00` + 28 characters).',
    keywords: ['k00'],
    pattern: rx`(?<![A-Za-z0-9+/])K00[0-9][A-Za-z0-9+/]{27}${END_BASE64}`,
    minEntropy: 4,
    remediation: rotateThenRemove('delete the application key in the Backblaze web console → App Keys (or `b2 key delete`)')
  }),
  // Secret keys are 40 characters, as AWS's: https://docs.wasabi.com/docs/access-keys-1
  hosting({
    id: 'wasabi-secret-key',
    title: 'Wasabi secret access key',
    description: 'A 40-character Wasabi secret access key assigned to a Wasabi name.',
    keywords: ['wasabi'],
    pattern: assignedTo('wasabi', '[a-z0-9/+]{40}', END_BASE64),
    ...byName,
    remediation: rotateThenRemove('delete the access key in the Wasabi console → Access keys and create a new one')
  }),
  // Spaces keys: access key `DO00` + 16, secret 43 base64: https://docs.digitalocean.com/products/spaces/how-to/manage-access/
  hosting({
    id: 'digitalocean-spaces-access-key',
    title: 'DigitalOcean Spaces access key',
    description: 'DigitalOcean Spaces access key ids (`DO00` + 16 characters): half of a key pair.',
    severity: 'medium',
    keywords: ['do00'],
    pattern: rx`${START}DO00[A-Z0-9]{16}${END}`,
    minEntropy: 3,
    remediation: rotateThenRemove('delete the key in the DigitalOcean control panel → Spaces Object Storage → Access Keys')
  }),
  hosting({
    id: 'digitalocean-spaces-secret-key',
    title: 'DigitalOcean Spaces secret key',
    description: 'A 43-character DigitalOcean Spaces secret key assigned to a Spaces secret name (`SPACES_SECRET_KEY=…`).',
    keywords: ['spaces'],
    pattern: assignedTo(String.raw`spaces[a-z0-9_.-]{0,20}secret`, '[a-z0-9/+]{43}', END_BASE64),
    ...byName,
    remediation: rotateThenRemove('delete the key in the DigitalOcean control panel → Spaces Object Storage → Access Keys')
  })
];
