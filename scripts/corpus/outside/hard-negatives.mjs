// Hard negatives: values that sit where secrets sit and look like them, but are not secrets —
// documented example keys, placeholders and templates, references to a secret store or the
// environment, redacted values, publishable keys the providers document as public, hashes,
// UUIDs, identifiers whose value is their own name, local-development defaults and test fixtures.
// Each is `{ kind, env, value(rng) }`, written through a file shape's `assign` like a secret.
// `AMBIGUOUS` are values reviewers disagree about: placed and labelled, but left out of the score.
import { Buffer } from 'node:buffer';

const b64url = (text) => Buffer.from(text).toString('base64url');

export const NEGATIVES = [
  // Documented example keys: AWS IAM User Guide and Stripe docs publish these as samples.
  { kind: 'documented example', env: 'AWS_ACCESS_KEY_ID', value: () => 'AKIAIOSFODNN7EXAMPLE' },
  { kind: 'documented example', env: 'AWS_SECRET_ACCESS_KEY', value: () => 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  { kind: 'documented example', env: 'AWS_ACCESS_KEY_ID', value: () => 'AKIAI44QH8DHBEXAMPLE' },
  { kind: 'documented example', env: 'AWS_SECRET_ACCESS_KEY', value: () => 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY' },
  { kind: 'documented example', env: 'STRIPE_PUBLISHABLE_KEY', value: () => 'pk_test_TYooMQauvdEDq54NiTphI7jx' },
  { kind: 'documented example', env: 'TWILIO_ACCOUNT_SID', value: () => 'ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX' },
  { kind: 'documented example', env: 'SLACK_BOT_TOKEN', value: () => 'xoxb-not-a-real-token-this-will-not-work' },
  // Placeholders and templates.
  { kind: 'placeholder', env: 'STRIPE_SECRET_KEY', value: () => '<YOUR_STRIPE_SECRET_KEY>' },
  { kind: 'placeholder', env: 'OPENAI_API_KEY', value: () => 'your-openai-api-key-here' },
  { kind: 'placeholder', env: 'SENDGRID_API_KEY', value: () => 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  { kind: 'placeholder', env: 'GITHUB_TOKEN', value: () => 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  { kind: 'placeholder', env: 'DB_PASSWORD', value: () => 'changeme' },
  { kind: 'placeholder', env: 'ADMIN_PASSWORD', value: () => 'REPLACE_ME' },
  { kind: 'placeholder', env: 'JWT_SECRET', value: () => 'change-this-to-a-long-random-string' },
  { kind: 'placeholder', env: 'DATADOG_API_KEY', value: () => '<datadog-api-key>' },
  { kind: 'placeholder', env: 'SLACK_WEBHOOK_URL', value: () => 'https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX' },
  { kind: 'placeholder', env: 'API_TOKEN', value: () => 'TODO' },
  { kind: 'placeholder', env: 'SECRET_KEY', value: () => 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  { kind: 'placeholder', env: 'ANTHROPIC_API_KEY', value: () => 'sk-ant-...' },
  { kind: 'placeholder', env: 'DATABASE_URL', value: () => 'postgres://USER:PASSWORD@HOST:5432/DB_NAME' },
  // References to an environment variable or a secret store: the secret is elsewhere.
  { kind: 'reference', env: 'NPM_TOKEN', value: () => '${{ secrets.NPM_TOKEN }}' },
  { kind: 'reference', env: 'STRIPE_SECRET_KEY', value: () => '${STRIPE_SECRET_KEY}' },
  { kind: 'reference', env: 'DB_PASSWORD', value: () => '${DB_PASSWORD:?set DB_PASSWORD}' },
  { kind: 'reference', env: 'SENTRY_AUTH_TOKEN', value: () => '{{ .Values.sentry.authToken }}' },
  { kind: 'reference', env: 'OPENAI_API_KEY', value: () => 'op://Engineering/OpenAI/credential' },
  { kind: 'reference', env: 'DATABASE_PASSWORD', value: () => 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf' },
  { kind: 'reference', env: 'VAULT_SECRET_PATH', value: () => 'secret/data/payments/stripe' },
  { kind: 'reference', env: 'GOOGLE_APPLICATION_CREDENTIALS', value: () => '/var/secrets/google/key.json' },
  // Redacted values, as logs and docs show them.
  { kind: 'redacted', env: 'STRIPE_SECRET_KEY', value: () => 'sk_live_************************' },
  { kind: 'redacted', env: 'GITHUB_TOKEN', value: () => '***' },
  { kind: 'redacted', env: 'OPENAI_API_KEY', value: (r) => `sk-proj-...${r.base62(4)}` },
  { kind: 'redacted', env: 'DB_PASSWORD', value: () => '[REDACTED]' },
  { kind: 'redacted', env: 'AWS_SECRET_ACCESS_KEY', value: () => '****************************************' },
  // Keys their providers document as public (safe in a browser bundle).
  { kind: 'publishable key', env: 'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY', value: (r) => 'pk_live_51' + r.base62(97) },
  { kind: 'publishable key', env: 'NEXT_PUBLIC_POSTHOG_KEY', value: (r) => 'phc_' + r.base62(43) },
  { kind: 'publishable key', env: 'NEXT_PUBLIC_ALGOLIA_SEARCH_ONLY_KEY', value: (r) => r.hex(32) },
  { kind: 'publishable key', env: 'NEXT_PUBLIC_MAPBOX_TOKEN', value: (r) => `pk.${b64url(JSON.stringify({ u: 'acme-maps', a: r.base62(25) }))}.${r.base64url(22)}` },
  { kind: 'publishable key', env: 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY', value: () => 'pk_live_' + Buffer.from('clerk.acme-corp.io$').toString('base64') },
  { kind: 'publishable key', env: 'NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY', value: (r) => 'sb_publishable_' + r.base64url(31) },
  { kind: 'publishable key', env: 'GOOGLE_OAUTH_CLIENT_ID', value: (r) => `${r.chars('0123456789', 12)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com` },
  { kind: 'publishable key', env: 'NEW_RELIC_BROWSER_KEY', value: (r) => 'NRJS-' + r.hex(19) },
  // Hashes and digests.
  { kind: 'hash', env: 'GIT_SHA', value: (r) => r.hex(40) },
  { kind: 'hash', env: 'BUILD_COMMIT', value: (r) => r.hex(40) },
  { kind: 'hash', env: 'IMAGE_DIGEST', value: (r) => `sha256:${r.hex(64)}` },
  { kind: 'hash', env: 'ARTIFACT_SHA256', value: (r) => r.hex(64) },
  { kind: 'hash', env: 'SRI_HASH', value: (r) => `sha384-${r.base64(64)}` },
  // UUIDs and other identifiers.
  { kind: 'uuid', env: 'AZURE_TENANT_ID', value: (r) => r.uuid() },
  { kind: 'uuid', env: 'DEFAULT_ORG_ID', value: (r) => r.uuid() },
  { kind: 'uuid', env: 'LAUNCHDARKLY_CLIENT_SIDE_ID', value: (r) => r.hex(24) },
  { kind: 'identifier', env: 'STRIPE_PRICE_ID', value: (r) => 'price_1' + r.base62(23) },
  { kind: 'identifier', env: 'AWS_ACCOUNT_ID', value: (r) => r.chars('0123456789', 12) },
  // Identifier constants whose value is (made of) their own name.
  { kind: 'own-name constant', env: 'SESSION_AUTH_INI_NAME', value: () => 's3_disable_express_session_auth' },
  { kind: 'own-name constant', env: 'PASSWORD_FIELD', value: () => 'password_field' },
  { kind: 'own-name constant', env: 'API_KEY_HEADER', value: () => 'x-api-key' },
  { kind: 'own-name constant', env: 'TOKEN_STORAGE_KEY', value: () => 'tokenStorageKey' },
  { kind: 'own-name constant', env: 'AUTH_SECRET_NAME', value: () => 'auth-secret-name' },
  { kind: 'own-name constant', env: 'CLIENT_SECRET_PARAM', value: () => 'client_secret' },
  { kind: 'own-name constant', env: 'ACCESS_TOKEN_COOKIE', value: () => '__Host-access-token' },
  // Settings about secrets, not secrets.
  { kind: 'setting', env: 'PASSWORD_MIN_LENGTH', value: () => '12' },
  { kind: 'setting', env: 'TOKEN_TTL', value: () => '15m' },
  { kind: 'setting', env: 'SECRET_ROTATION_SCHEDULE', value: () => 'cron(0 3 1 * ? *)' },
  { kind: 'setting', env: 'PASSWORD_RESET_URL', value: () => 'https://app.acme-corp.io/reset-password?token=' },
  // Local-development defaults and test fixtures.
  { kind: 'local default', env: 'DATABASE_URL', value: () => 'postgres://postgres:postgres@localhost:5432/app_test' },
  { kind: 'local default', env: 'REDIS_URL', value: () => 'redis://localhost:6379/0' },
  { kind: 'local default', env: 'MINIO_ROOT_PASSWORD', value: () => 'minioadmin' },
  { kind: 'test fixture', env: 'FAKE_API_KEY', value: () => 'fake-api-key-for-tests' },
  { kind: 'test fixture', env: 'TEST_PASSWORD', value: () => 'password123' },
  { kind: 'test fixture', env: 'DUMMY_TOKEN', value: () => 'dummy' },
  // Encrypted at rest: SOPS and Ansible Vault values need a key that is not in the repository.
  { kind: 'encrypted', env: 'STRIPE_SECRET_KEY', value: (r) => `ENC[AES256_GCM,data:${r.base64(44)}=,iv:${r.base64(43)}=,tag:${r.base64(22)}==,type:str]` },
  { kind: 'encrypted', env: 'DOTENV_VAULT_PRODUCTION', value: (r) => r.base64(160) }
];

/** Values reviewers disagree about: in the corpus and labelled, but neither TP nor FP. */
export const AMBIGUOUS = [
  { why: 'Sentry DSN: a client key Sentry documents as safe to expose', env: 'SENTRY_DSN', value: (r) => `https://${r.hex(32)}@o${r.range(100000, 999999)}.ingest.sentry.io/${r.range(1000000, 9999999)}` },
  { why: 'jwt.io sample token: a public test vector', env: 'EXAMPLE_JWT', value: () => 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c' },
  { why: 'Stripe test-mode secret key: no money moves, but it is a credential', env: 'STRIPE_TEST_SECRET_KEY', value: (r) => 'sk_test_51' + r.base62(97) },
  { why: 'bcrypt hash of a password: not the password, but crackable', env: 'ADMIN_PASSWORD_HASH', value: (r) => `$2b$12$${r.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}` },
  { why: 'Firebase web apiKey with its config: public by Firebase docs, but the same shape as a restricted Google API key', env: 'NEXT_PUBLIC_FIREBASE_API_KEY', value: (r) => 'AIza' + r.base64url(35) },
  { why: 'Supabase anon key: a JWT documented as public (row-level security protects data)', env: 'NEXT_PUBLIC_SUPABASE_ANON_KEY', value: (r) => `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${b64url(JSON.stringify({ iss: 'supabase', ref: r.chars('abcdefghijklmnopqrstuvwxyz', 20), role: 'anon', iat: 1700000000, exp: 2015576000 }))}.${r.base64url(43)}` }
];
