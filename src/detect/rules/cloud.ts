/**
 * Cloud providers: AWS, Google Cloud, Azure, Alibaba Cloud. Platform hosts (DigitalOcean,
 * Heroku, Cloudflare) are in `cloud-platforms.ts`.
 */
import type { SecretRule } from '../contracts.js';
import { ASSIGN, END, END_URL, START, rx, rxi } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const AWS_ROTATE = rotateThenRemove(
  'deactivate and delete the access key in IAM (or `aws iam update-access-key --status Inactive`), ' +
    'create a new one, and check CloudTrail for its use'
);

export const CLOUD_RULES: readonly SecretRule[] = [
  // Prefixes: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
  {
    id: 'aws-access-key-id',
    title: 'AWS access key ID',
    description: 'AWS access key IDs (`AKIA`, `ASIA`, `ABIA`, `ACCA`, and the older `A3T…` + 16 base32 characters).',
    severity: 'high',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern: rx`${START}(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}${END}`,
    remediation: AWS_ROTATE,
    category: 'cloud'
  },
  // A secret access key is 40 base64 characters with no prefix of its own, so it is reported only
  // when its name is on the line: `aws_secret_access_key = …`, `AWS_SECRET_KEY: …`, STS's
  // `"SecretAccessKey": "…"`.
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    description: 'A 40-character AWS secret access key assigned to a name with `aws` and `secret`, or `SecretAccessKey`.',
    severity: 'critical',
    keywords: ['aws', 'secretaccesskey', 'secret_access_key'],
    pattern: rxi`(?<![a-z0-9])(?:aws[a-z0-9_.-]{0,20}secret|secret_?access_?key)${ASSIGN}([a-z0-9/+]{40})(?![a-z0-9/+=])`,
    secretGroup: 1,
    minEntropy: 3.5,
    remediation: AWS_ROTATE,
    category: 'cloud'
  },
  // Temporary credentials from STS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
  {
    id: 'aws-session-token',
    title: 'AWS session token',
    description: 'An AWS STS session token (100+ base64 characters) assigned to `aws_session_token`, `SessionToken` or `X-Amz-Security-Token`.',
    severity: 'high',
    keywords: ['session_token', 'sessiontoken', 'security-token', 'security_token'],
    pattern: rxi`(?:session_?token|security[_-]token)${ASSIGN}([a-z0-9/+]{100,3000}={0,2})(?![a-z0-9/+=])`,
    secretGroup: 1,
    minEntropy: 4,
    confidence: 'medium',
    remediation: rotateThenRemove(
      'revoke the role\'s active sessions in IAM (Roles → Revoke sessions) or delete the access key that minted it; the token expires on its own'
    ),
    category: 'cloud'
  },
  // The JSON key file: https://cloud.google.com/iam/docs/keys-create-delete. The secret is the
  // PEM key inside, the same span the `private-key` rule reports.
  {
    id: 'gcp-service-account-key',
    title: 'Google Cloud service account key',
    description: 'A Google Cloud service account JSON key file (`"type": "service_account"` with a `"private_key"`).',
    severity: 'critical',
    keywords: ['service_account'],
    pattern: rx`"type"\s{0,5}:\s{0,5}"service_account"[\s\S]{0,1000}?"private_key"\s{0,5}:\s{0,5}"(-----BEGIN PRIVATE KEY-----[A-Za-z0-9+/=\\\s]{64,8000}-----END PRIVATE KEY-----)`,
    secretGroup: 1,
    scope: 'file',
    remediation: rotateThenRemove(
      'delete the key in Google Cloud Console → IAM & Admin → Service accounts → Keys (or `gcloud iam service-accounts keys delete`), and prefer Workload Identity Federation to key files'
    ),
    category: 'cloud'
  },
  // Format: https://cloud.google.com/docs/authentication/api-keys
  {
    id: 'google-api-key',
    title: 'Google API key',
    description: 'Google Cloud / Firebase / Maps API keys (`AIza` + 35 characters).',
    severity: 'high',
    keywords: ['aiza'],
    pattern: rx`${START}AIza[0-9A-Za-z_-]{35}${END_URL}`,
    remediation: rotateThenRemove(
      'regenerate or delete the key in Google Cloud Console → APIs & Services → Credentials, and restrict the new one'
    ),
    category: 'cloud'
  },
  // Client secrets carry `GOCSPX-` since 2021: https://developers.google.com/identity/protocols/oauth2/resources/secrets
  {
    id: 'google-oauth-client-secret',
    title: 'Google OAuth client secret',
    description: 'Google OAuth 2.0 client secrets (`GOCSPX-` + 28 characters).',
    severity: 'high',
    keywords: ['gocspx-'],
    pattern: rx`${START}GOCSPX-[A-Za-z0-9_-]{28}${END_URL}`,
    remediation: rotateThenRemove(
      'add a new secret to the OAuth client in Google Cloud Console → APIs & Services → Credentials, deploy it, then disable and delete the old one'
    ),
    category: 'cloud'
  },
  // Short-lived (one hour) OAuth access tokens: https://developers.google.com/identity/protocols/oauth2
  {
    id: 'google-oauth-access-token',
    title: 'Google OAuth access token',
    description: 'Google OAuth 2.0 access tokens (`ya29.`), valid for about an hour.',
    severity: 'medium',
    keywords: ['ya29.'],
    pattern: rx`${START}ya29\.[A-Za-z0-9_-]{30,2048}${END_URL}`,
    remediation: rotateThenRemove(
      'revoke it with https://oauth2.googleapis.com/revoke?token=…, and revoke the refresh token or key that issued it'
    ),
    category: 'cloud'
  },
  // Connection strings: https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string
  {
    id: 'azure-storage-account-key',
    title: 'Azure storage account key',
    description: 'Azure storage account keys (88 base64 characters) in a connection string (`AccountKey=`) or an `AZURE_STORAGE_KEY` setting.',
    severity: 'critical',
    keywords: ['accountkey', 'azure_storage', 'azurestorage'],
    pattern: rxi`(?:accountkey|azure_?storage_?(?:account_?)?(?:access_?)?key)${ASSIGN}([a-z0-9+/]{86}==)(?![a-z0-9+/=])`,
    secretGroup: 1,
    remediation: rotateThenRemove(
      'rotate the key in the Azure portal → Storage account → Access keys (`az storage account keys renew`) after moving clients to the other key, and prefer Entra ID auth'
    ),
    category: 'cloud'
  },
  // SAS query parameters: https://learn.microsoft.com/rest/api/storageservices/create-service-sas
  {
    id: 'azure-sas-token',
    title: 'Azure shared access signature',
    description: 'Azure Storage shared access signatures: a URL query with `sv=` (version) and `sig=` (signature).',
    severity: 'high',
    keywords: ['sig='],
    pattern: rx`(?<![A-Za-z0-9_])sv=\d{4}-\d\d-\d\d&[^\s"'<>#\x60]{0,400}?&sig=([A-Za-z0-9%+/=]{40,120})(?![A-Za-z0-9%+/=])`,
    secretGroup: 1,
    remediation: rotateThenRemove(
      'revoke it by rotating the account key that signed it, or by deleting the stored access policy it references; issue short-lived user delegation SAS instead'
    ),
    category: 'cloud'
  },
  // Client secret format (`xxx8Q~…`): https://learn.microsoft.com/entra/identity-platform/how-to-add-credentials
  {
    id: 'azure-ad-client-secret',
    title: 'Microsoft Entra ID client secret',
    description: 'Microsoft Entra ID (Azure AD) application client secrets (`…Q~…`, 40 characters).',
    severity: 'critical',
    keywords: ['q~'],
    pattern: rx`${START}(?<![~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])`,
    remediation: rotateThenRemove(
      'add a new client secret under Microsoft Entra ID → App registrations → Certificates & secrets, deploy it, then delete the leaked one'
    ),
    category: 'cloud'
  },
  // AccessKey IDs: https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair
  {
    id: 'alibaba-access-key-id',
    title: 'Alibaba Cloud AccessKey ID',
    description: 'Alibaba Cloud AccessKey IDs (`LTAI` + 12–20 characters).',
    severity: 'high',
    keywords: ['ltai'],
    pattern: rx`${START}LTAI[A-Za-z0-9]{12,20}${END}`,
    remediation: rotateThenRemove(
      'disable and delete the AccessKey pair in the RAM console → Users → AccessKey, after creating a new one'
    ),
    category: 'cloud'
  }
];
