/**
 * Database and data platforms' API keys and passwords beside the connection URLs of
 * `databases.ts`: Neon, Upstash, Fauna, Convex, MongoDB Atlas, Snowflake, ClickHouse Cloud, Redis
 * Cloud, CockroachDB Cloud, Firebase Realtime Database and Databricks OAuth secrets.
 * (Turso/libSQL tokens and Supabase `service_role` keys are JWTs: `jwt-credential` in `tokens.ts`
 * reports them by their claims.)
 */
import type { SecretRule } from '../contracts.js';
import { END_PASSWORD, END_VALUE, PASSWORD_VALUE, UUID, assignedTo } from './assigned.js';
import { END, END_URL, START, rx } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const data = (rule: Omit<SecretRule, 'category' | 'severity'> & Partial<SecretRule>): SecretRule => ({
  severity: 'critical',
  category: 'saas',
  ...rule
});

const byName = { confidence: 'medium', minEntropy: 3.5 } as const;

export const DATA_PLATFORM_RULES: readonly SecretRule[] = [
  // Authentication tokens are long base64 (about 370 characters), with no prefix:
  // https://aiven.io/docs/platform/howto/create_authentication_token
  data({
    id: 'aiven-token',
    title: 'Aiven authentication token',
    description: 'An Aiven authentication token (base64, 200 characters or more) assigned to an Aiven name.',
    keywords: ['aiven'],
    pattern: assignedTo('aiven', '[a-z0-9+/]{200,600}={0,2}', '(?![A-Za-z0-9+/=])'),
    ...byName,
    remediation: rotateThenRemove('revoke the token in the Aiven Console → User information → Tokens (or `avn user access-token revoke`) and create a new one')
  }),
  // API keys (64 characters, `napi_` on newer keys): https://neon.com/docs/manage/api-keys
  data({
    id: 'neon-api-key',
    title: 'Neon API key',
    description: 'A Neon API key (`napi_` + 60 or more, or 64 characters) assigned to a Neon name.',
    keywords: ['neon'],
    pattern: assignedTo('neon', '(?:napi_)?[a-z0-9]{60,72}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('revoke the key in the Neon Console → Account settings (or the organization\'s Settings) → API keys')
  }),
  // REST tokens (base64, about 60–100 characters): https://upstash.com/docs/redis/features/restapi
  data({
    id: 'upstash-redis-token',
    title: 'Upstash Redis REST token',
    description: 'An Upstash Redis REST token assigned to an Upstash name (`UPSTASH_REDIS_REST_TOKEN=…`).',
    severity: 'high',
    keywords: ['upstash'],
    pattern: assignedTo('upstash', '[a-z0-9_-]{50,120}={0,2}', '(?![A-Za-z0-9_=-])'),
    ...byName,
    minEntropy: 4,
    remediation: rotateThenRemove('reset the password in the Upstash console → the database → Details → Reset password, which invalidates its REST tokens')
  }),
  // Secrets `fn…` (40 characters): https://docs.fauna.com/fauna/current/learn/security/keys/
  data({
    id: 'fauna-secret',
    title: 'Fauna secret',
    description: 'A Fauna key secret (`fn` + 38 characters) assigned to a Fauna name.',
    keywords: ['fauna'],
    pattern: assignedTo('fauna', 'fn[a-z0-9_-]{38}', END_URL),
    ...byName,
    remediation: rotateThenRemove('delete the key in the Fauna dashboard → the database → Keys')
  }),
  // Deploy keys `prod:<deployment>|<base64>`: https://docs.convex.dev/production/hosting/#deploying-from-ci
  data({
    id: 'convex-deploy-key',
    title: 'Convex deploy key',
    description: 'Convex deploy keys (`prod:`, `preview:` or `dev:` + deployment name + `|eyJ…`): push code and read the data.',
    keywords: ['|ey'],
    keywordScope: 'line',
    pattern: rx`${START}(?:prod|preview|dev|project):[a-z0-9-]{3,64}\|ey[A-Za-z0-9_=+/-]{40,400}(?![A-Za-z0-9_=+/-])`,
    remediation: rotateThenRemove('delete the deploy key in the Convex dashboard → the deployment → Settings → Deploy keys')
  }),
  // Programmatic API keys (private part a UUID): https://www.mongodb.com/docs/atlas/configure-api-access/
  data({
    id: 'mongodb-atlas-private-key',
    title: 'MongoDB Atlas API private key',
    description: 'A MongoDB Atlas programmatic API private key (a UUID) assigned to an Atlas private key name.',
    keywords: ['atlas'],
    pattern: assignedTo(String.raw`atlas[a-z0-9_.-]{0,20}private`, UUID, '(?![a-z0-9-])'),
    confidence: 'medium',
    skipFilters: ['uuid'],
    remediation: rotateThenRemove('delete the API key in Atlas → Organization Access Manager → Applications → API Keys, and move to a service account')
  }),
  // Service account secrets `mdb_sa_sk_`: https://www.mongodb.com/docs/atlas/api/service-accounts-overview/
  data({
    id: 'mongodb-atlas-service-account-secret',
    title: 'MongoDB Atlas service account secret',
    description: 'MongoDB Atlas service account client secrets (`mdb_sa_sk_` + 40 or more characters).',
    keywords: ['mdb_sa_sk_'],
    pattern: rx`${START}mdb_sa_sk_[A-Za-z0-9_-]{40,64}${END_URL}`,
    remediation: rotateThenRemove('revoke the secret in Atlas → Organization Access Manager → Applications → Service Accounts and generate a new one')
  }),
  // Password authentication: https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-connect
  data({
    id: 'snowflake-password',
    title: 'Snowflake password',
    description: 'A password assigned to a Snowflake password name (`SNOWFLAKE_PASSWORD=…`).',
    keywords: ['snowflake'],
    pattern: assignedTo(String.raw`snowflake[a-z0-9_.-]{0,20}(?:password|passwd|pwd)`, PASSWORD_VALUE, END_PASSWORD),
    confidence: 'medium',
    minEntropy: 3,
    category: 'database',
    remediation: rotateThenRemove('change the user\'s password (`ALTER USER … SET PASSWORD`), and move the service to key-pair or OAuth authentication')
  }),
  // API key secrets `4b1d` + 38: https://clickhouse.com/docs/cloud/manage/openapi
  data({
    id: 'clickhouse-cloud-secret',
    title: 'ClickHouse Cloud API secret',
    description: 'ClickHouse Cloud API key secrets (`4b1d` + 38 characters).',
    keywords: ['4b1d'],
    pattern: rx`${START}4b1d[A-Za-z0-9]{38}${END}`,
    minEntropy: 3.5,
    remediation: rotateThenRemove('delete the API key in ClickHouse Cloud → Organization → API keys and create a new one')
  }),
  // Account and user API keys: https://redis.io/docs/latest/operate/rc/api/get-started/manage-api-keys/
  data({
    id: 'redis-cloud-api-key',
    title: 'Redis Cloud API key',
    description: 'A Redis Cloud account or user API key (40–60 characters) assigned to a Redis Cloud name.',
    keywords: ['rediscloud', 'redis_cloud', 'redis-cloud'],
    pattern: assignedTo(String.raw`redis[_-]?cloud`, '[a-z0-9]{40,60}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('delete the key in the Redis Cloud console → Access Management → API Keys')
  }),
  // API keys `CCDB1_<22>_<40>`: https://www.cockroachlabs.com/docs/cockroachcloud/managing-access
  data({
    id: 'cockroachdb-cloud-api-key',
    title: 'CockroachDB Cloud API key',
    description: 'CockroachDB Cloud service account API keys (`CCDB1_` + 22 + `_` + 40 characters).',
    keywords: ['ccdb1_'],
    pattern: rx`${START}CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40}${END}`,
    remediation: rotateThenRemove('delete the API key in CockroachDB Cloud → Organization → Access Management → Service Accounts')
  }),
  // Legacy database secrets (40 characters): https://firebase.google.com/docs/database/rest/auth#legacy_tokens
  data({
    id: 'firebase-database-secret',
    title: 'Firebase Realtime Database secret',
    description: 'A 40-character Firebase Realtime Database legacy secret assigned to a Firebase secret or token name.',
    keywords: ['firebase'],
    pattern: assignedTo(String.raw`firebase[a-z0-9_.-]{0,20}(?:secret|token|auth)`, '[a-z0-9]{40}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('delete the secret in the Firebase console → Project settings → Service accounts → Database secrets, and move to service account auth')
  }),
  // OAuth secrets of service principals `dose` + 32 hex: https://docs.databricks.com/aws/en/dev-tools/auth/oauth-m2m
  data({
    id: 'databricks-oauth-secret',
    title: 'Databricks OAuth secret',
    description: 'Databricks service principal OAuth secrets (`dose` + 32 hex characters).',
    keywords: ['dose'],
    pattern: rx`${START}dose[a-f0-9]{32}${END}`,
    remediation: rotateThenRemove('delete the secret in the Databricks account console → User management → Service principals → the principal → Secrets')
  })
];
