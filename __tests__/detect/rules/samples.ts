/**
 * One realistic sample per built-in rule: a line (for file-scope rules, a short file) holding a
 * valid value, and the secret the rule should report. Used by the rule tests, the
 * every-rule-into-every-output-channel leak test and the accuracy benchmark's corpus.
 *
 * Generated at run time from a fixed seed (see fake-values.ts): the same samples every run, no
 * realistic literal in the repository. Checksummed formats carry a valid checksum.
 */
import { base62Crc32, gitLabCrc, grafanaCrc } from '../../../src/detect/rules/checksums.js';
import { PLATFORM_BUILDS } from './samples-platforms.js';
import { CONTEXT_BUILDS } from './context-samples.js';
import { BECH32, createFaker, base64urlJson, LETTERS, pemBlock, UPPER, DIGITS, type Faker } from './fake-values.js';
import { BREADTH_BUILDS } from './samples-breadth.js';

export interface SecretSample {
  ruleId: string;
  /** A line of code or config holding the secret; several lines for `scope: 'file'` rules. */
  line: string;
  /** The value the rule reports. */
  secret: string;
}

const SEED = 20_260_427;

/** Builds `[ruleId, line template, secret]`: the template gets the secret at `$`. */
export type Build = (fake: Faker) => [ruleId: string, template: string, secret: string];

/** GitHub and npm: a prefix, 30 random base62 characters and their CRC-32. */
const checksummed = (fake: Faker, prefix: string): string => {
  const body = fake.base62(30);
  return `${prefix}${body}${base62Crc32(body)}`;
};

/** A GitLab routable token: base64url payload, `.01.`, its length in base36, CRC-32. */
export function routableGitLabToken(fake: Faker, prefix: string): string {
  const payload = fake.base64url(44);
  const head = `${prefix}${payload}.01.${payload.length.toString(36).padStart(2, '0')}`;
  return head + gitLabCrc(head);
}

const upperDigits = (fake: Faker, length: number) => fake.chars(UPPER + DIGITS, length);
const pem = (fake: Faker, label: string, bodyStart?: string) => pemBlock(fake, label, { bodyStart });

const jwt = (fake: Faker, claims: Record<string, unknown>) =>
  `${base64urlJson({ alg: 'HS256', typ: 'JWT' })}.${base64urlJson(claims)}.${fake.base64url(43)}`;

const BUILDS: Build[] = [
  // source hosts
  (f) => ['github-token', 'export GITHUB_TOKEN="$"', checksummed(f, 'ghp_')],
  (f) => ['github-app-user-token', "const userToken = '$';", checksummed(f, 'ghu_')],
  (f) => ['github-app-installation-token', 'GH_INSTALLATION_TOKEN=$', checksummed(f, 'ghs_')],
  (f) => ['github-refresh-token', '  "refresh_token": "$",', checksummed(f, 'ghr_')],
  (f) => ['gitlab-personal-access-token', 'GITLAB_TOKEN=$', routableGitLabToken(f, 'glpat-')],
  (f) => ['gitlab-deploy-token', 'CI_DEPLOY_PASSWORD: $', `gldt-${f.base64url(20)}`],
  (f) => ['gitlab-runner-token', '  token = "$"', `glrt-${f.base64url(20)}`],
  (f) => ['gitlab-runner-registration-token', 'gitlab-runner register --registration-token $', `GR1348941${f.base64url(20)}`],
  (f) => ['gitlab-pipeline-trigger-token', 'curl -X POST -F token=$ -F ref=main', `glptt-${f.hex(40)}`],
  (f) => ['gitlab-oauth-app-secret', 'GITLAB_APP_SECRET=$', `gloas-${f.hex(64)}`],
  (f) => ['gitlab-ci-job-token', 'echo "$" | docker login', `glcbt-${f.base62(2)}_${f.base64url(20)}`],
  (f) => ['gitlab-agent-token', '  config.token: $', `glagent-${f.base64url(50)}`],
  (f) => ['gitlab-feed-token', 'feed: https://gitlab.com/dashboard/projects.atom?feed_token=$', `glft-${f.base64url(20)}`],
  (f) => ['gitlab-scim-token', 'SCIM_BEARER=$', `glsoat-${f.base64url(20)}`],
  (f) => ['bitbucket-app-password', 'BITBUCKET_APP_PASSWORD=$', `ATBB${f.base62(32)}`],
  // cloud
  (f) => ['aws-access-key-id', 'aws_access_key_id = $', `AKIA${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`],
  (f) => ['aws-secret-access-key', 'aws_secret_access_key = $', f.base64(40)],
  (f) => ['aws-session-token', 'aws_session_token = $', `IQoJb3JpZ2luX2Vj${f.base64(320)}`],
  (f) => [
    'gcp-service-account-key',
    `{"type": "service_account", "project_id": "shop-prod-4821", "private_key_id": "${f.hex(40)}", "private_key": "$\\n", "client_email": "deployer@shop-prod-4821.iam.gserviceaccount.com"}`,
    pemBlock(f, 'PRIVATE KEY', { bodyStart: 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASC', newline: '\\n' })
  ],
  (f) => ['google-api-key', '  apiKey: "$",', `AIza${f.base64url(35)}`],
  (f) => ['google-oauth-client-secret', 'GOOGLE_CLIENT_SECRET=$', `GOCSPX-${f.base64url(28)}`],
  (f) => ['google-oauth-access-token', 'Authorization: Bearer $', `ya29.${f.base64url(120)}`],
  (f) => [
    'azure-storage-account-key',
    'DefaultEndpointsProtocol=https;AccountName=shopassets;AccountKey=$;EndpointSuffix=core.windows.net',
    `${f.base64(86)}==`
  ],
  (f) => [
    'azure-sas-token',
    'https://shopassets.blob.core.windows.net/exports/orders.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&spr=https&sig=$',
    `${f.base64(43)}%3D`
  ],
  (f) => ['azure-ad-client-secret', 'AZURE_CLIENT_SECRET=$', `${f.base62(3)}8Q~${f.base62(34)}`],
  (f) => ['alibaba-access-key-id', 'ALIBABA_CLOUD_ACCESS_KEY_ID=$', `LTAI${f.base62(20)}`],
  (f) => ['digitalocean-personal-access-token', 'DIGITALOCEAN_TOKEN=$', `dop_v1_${f.hex(64)}`],
  (f) => ['digitalocean-oauth-token', 'do_token: $', `doo_v1_${f.hex(64)}`],
  (f) => ['heroku-api-key', 'HEROKU_API_KEY=$', `HRKU-AA${f.base64url(58)}`],
  (f) => ['heroku-api-key-legacy', 'HEROKU_API_KEY=$', f.uuid()],
  (f) => ['cloudflare-api-token', 'CLOUDFLARE_API_TOKEN=$', f.base64url(40)],
  (f) => ['cloudflare-global-api-key', "-H 'X-Auth-Key: $'", f.hex(37)],
  (f) => ['cloudflare-origin-ca-key', 'CF_ORIGIN_CA_KEY=$', `v1.0-${f.hex(24)}-${f.hex(146)}`],
  // payments
  (f) => ['stripe-live-secret-key', 'STRIPE_SECRET_KEY=$', `sk_live_51${f.base62(97)}`],
  (f) => ['stripe-test-secret-key', 'STRIPE_SECRET_KEY=$', `sk_test_51${f.base62(97)}`],
  (f) => ['stripe-webhook-secret', 'STRIPE_WEBHOOK_SECRET=$', `whsec_${f.base62(32)}`],
  (f) => ['braintree-access-token', 'BRAINTREE_ACCESS_TOKEN=$', `access_token$production$${f.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}$${f.hex(32)}`],
  (f) => ['braintree-sandbox-access-token', 'BRAINTREE_ACCESS_TOKEN=$', `access_token$sandbox$${f.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}$${f.hex(32)}`],
  (f) => ['square-access-token', 'SQUARE_ACCESS_TOKEN=$', `EAAA${f.base64url(60)}`],
  (f) => ['square-oauth-secret', 'SQUARE_APPLICATION_SECRET=$', `sq0csp-${f.base64url(43)}`],
  (f) => ['plaid-access-token', 'plaid_access_token: "$"', `access-production-${f.uuid()}`],
  // comms
  (f) => ['slack-token', 'SLACK_BOT_TOKEN=$', `xoxb-${f.digits(12)}-${f.digits(13)}-${f.base62(24)}`],
  (f) => ['slack-app-token', 'SLACK_APP_TOKEN=$', `xapp-1-${upperDigits(f, 11)}-${f.digits(13)}-${f.hex(64)}`],
  (f) => ['slack-webhook-url', 'webhook_url: $', `https://hooks.slack.com/services/T${upperDigits(f, 10)}/B${upperDigits(f, 10)}/${f.base62(24)}`],
  (f) => [
    'microsoft-teams-webhook-url',
    'TEAMS_WEBHOOK=$',
    `https://contoso.webhook.office.com/webhookb2/${f.uuid()}@${f.uuid()}/IncomingWebhook/${f.hex(32)}/${f.uuid()}`
  ],
  (f) => ['discord-bot-token', 'DISCORD_BOT_TOKEN=$', `M${f.base64url(25)}.${f.base64url(6)}.${f.base64url(38)}`],
  (f) => ['discord-webhook-url', 'DISCORD_WEBHOOK=$', `https://discord.com/api/webhooks/${f.digits(19)}/${f.base64url(68)}`],
  (f) => ['telegram-bot-token', 'TELEGRAM_BOT_TOKEN=$', `${f.digits(10)}:AA${f.base64url(33)}`],
  (f) => ['twilio-api-key', 'TWILIO_API_KEY=$', `SK${f.hex(32)}`],
  (f) => ['twilio-auth-token', 'TWILIO_AUTH_TOKEN=$', f.hex(32)],
  (f) => ['twilio-api-key-secret', 'TWILIO_API_SECRET=$', f.base62(32)],
  (f) => ['django-secret-key', "SECRET_KEY = '$'", `django-insecure-${f.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50)}`],
  (f) => ['rails-master-key', 'RAILS_MASTER_KEY=$', f.hex(32)],
  (f) => ['easypost-api-key', 'EASYPOST_API_KEY=$', `EZAK${f.base62(54)}`],
  (f) => ['aiven-token', 'AIVEN_TOKEN="$"', f.base64(372)],
  (f) => ['sendgrid-api-key', 'SENDGRID_API_KEY=$', `SG.${f.base64url(22)}.${f.base64url(43)}`],
  (f) => ['mailgun-api-key', "auth=('api', '$')", `key-${f.hex(32)}`],
  (f) => ['mailgun-private-key', 'MAILGUN_API_KEY=$', `${f.hex(32)}-${f.hex(8)}-${f.hex(8)}`],
  (f) => ['mailchimp-api-key', 'MAILCHIMP_API_KEY=$', `${f.hex(32)}-us21`],
  (f) => ['brevo-api-key', 'BREVO_API_KEY=$', `xkeysib-${f.hex(64)}-${f.base62(16)}`],
  (f) => ['postmark-server-token', 'POSTMARK_SERVER_TOKEN=$', f.uuid()],
  // AI
  (f) => ['openai-api-key', 'OPENAI_API_KEY=$', `sk-proj-${f.base64url(74)}T3BlbkFJ${f.base64url(74)}`],
  (f) => ['openai-admin-key', 'OPENAI_ADMIN_KEY=$', `sk-admin-${f.base64url(74)}T3BlbkFJ${f.base64url(74)}`],
  (f) => ['openai-legacy-api-key', 'openai.api_key = "$"', `sk-${f.base62(20)}T3BlbkFJ${f.base62(20)}`],
  (f) => ['anthropic-api-key', 'ANTHROPIC_API_KEY=$', `sk-ant-api03-${f.base64url(93)}AA`],
  (f) => ['anthropic-admin-key', 'ANTHROPIC_ADMIN_KEY=$', `sk-ant-admin01-${f.base64url(93)}AA`],
  (f) => ['huggingface-token', 'HF_TOKEN=$', `hf_${f.chars(LETTERS, 34)}`],
  (f) => ['cohere-api-key', 'COHERE_API_KEY=$', f.base62(40)],
  (f) => ['replicate-api-token', 'REPLICATE_API_TOKEN=$', `r8_${f.base62(37)}`],
  (f) => ['groq-api-key', 'GROQ_API_KEY=$', `gsk_${f.base62(52)}`],
  (f) => ['perplexity-api-key', 'PERPLEXITY_API_KEY=$', `pplx-${f.base62(48)}`],
  (f) => ['xai-api-key', 'XAI_API_KEY=$', `xai-${f.base62(80)}`],
  (f) => ['openrouter-api-key', 'OPENROUTER_API_KEY=$', `sk-or-v1-${f.hex(64)}`],
  (f) => ['langsmith-api-key', 'LANGSMITH_API_KEY=$', `lsv2_pt_${f.hex(32)}_${f.hex(10)}`],
  // registries
  (f) => ['npm-token', '//registry.npmjs.org/:_authToken=$', checksummed(f, 'npm_')],
  (f) => ['pypi-token', 'password = $', `pypi-AgEIcHlwaS5vcmc${f.base64url(150)}`],
  (f) => ['docker-hub-token', 'echo $ | docker login -u shop --password-stdin', `dckr_pat_${f.base64url(27)}`],
  (f) => ['rubygems-api-key', ':rubygems_api_key: $', `rubygems_${f.hex(48)}`],
  (f) => ['nuget-api-key', 'dotnet nuget push pkg.nupkg --api-key $', `oy2${f.chars('abcdefghijklmnopqrstuvwxyz0123456789', 43)}`],
  (f) => ['jfrog-api-key', 'ARTIFACTORY_API_KEY=$', `AKCp${f.base62(69)}`],
  // SaaS
  (f) => ['shopify-access-token', 'SHOPIFY_ACCESS_TOKEN=$', `shpat_${f.hex(32)}`],
  (f) => ['shopify-shared-secret', 'SHOPIFY_API_SECRET=$', `shpss_${f.hex(32)}`],
  (f) => ['atlassian-api-token', 'JIRA_API_TOKEN=$', `ATATT3xFfGF0${f.base64url(170)}=${f.chars('0123456789ABCDEF', 8)}`],
  (f) => ['linear-api-key', 'LINEAR_API_KEY=$', `lin_api_${f.base62(40)}`],
  (f) => ['notion-token', 'NOTION_TOKEN=$', `ntn_${f.digits(11)}${f.base62(35)}`],
  (f) => ['figma-token', 'FIGMA_TOKEN=$', `figd_${f.base64url(40)}`],
  (f) => ['asana-token', 'ASANA_ACCESS_TOKEN=$', `2/${f.digits(16)}/${f.digits(16)}:${f.hex(32)}`],
  (f) => ['hubspot-private-app-token', 'HUBSPOT_ACCESS_TOKEN=$', `pat-na1-${f.uuid()}`],
  (f) => ['airtable-token', 'AIRTABLE_TOKEN=$', `pat${f.base62(14)}.${f.hex(64)}`],
  (f) => ['okta-api-token', 'OKTA_API_TOKEN=$', `00${f.base64url(40)}`],
  (f) => ['onepassword-service-account-token', 'OP_SERVICE_ACCOUNT_TOKEN=$', `ops_eyJ${f.base64(400)}`],
  (f) => ['mapbox-secret-token', 'MAPBOX_SECRET_TOKEN=$', `sk.eyJ1Ijoi${f.base64url(60)}.${f.base64url(22)}`],
  (f) => ['datadog-api-key', 'DD_API_KEY=$', f.hex(32)],
  (f) => ['datadog-app-key', 'DD_APP_KEY=$', f.hex(40)],
  (f) => ['sentry-org-token', 'SENTRY_AUTH_TOKEN=$', `sntrys_eyJ${f.base64(150)}_${f.base64(43)}`],
  (f) => ['sentry-user-token', 'SENTRY_AUTH_TOKEN=$', `sntryu_${f.hex(64)}`],
  (f) => ['grafana-cloud-token', 'GRAFANA_CLOUD_TOKEN=$', `glc_${f.base64(120)}`],
  (f) => {
    const key = `glsa_${f.base62(32)}`;
    return ['grafana-service-account-token', 'GRAFANA_TOKEN=$', `${key}_${grafanaCrc(key)}`];
  },
  (f) => ['newrelic-user-api-key', 'NEW_RELIC_API_KEY=$', `NRAK-${upperDigits(f, 27)}`],
  (f) => ['newrelic-ingest-key', 'NEW_RELIC_LICENSE_KEY=$', `${f.hex(36)}NRAL`],
  (f) => ['dynatrace-api-token', 'DT_API_TOKEN=$', `dt0c01.${upperDigits(f, 24)}.${upperDigits(f, 64)}`],
  (f) => ['vercel-token', 'VERCEL_TOKEN=$', f.base62(24)],
  (f) => ['netlify-token', 'NETLIFY_AUTH_TOKEN=$', `nfp_${f.base62(36)}`],
  (f) => ['flyio-token', 'FLY_API_TOKEN="FlyV1 $"', `fm2_${f.base64(200)}`],
  (f) => ['render-api-key', 'RENDER_API_KEY=$', `rnd_${f.base62(32)}`],
  (f) => ['supabase-access-token', 'SUPABASE_ACCESS_TOKEN=$', `sbp_${f.hex(40)}`],
  (f) => ['supabase-secret-key', 'SUPABASE_SECRET_KEY=$', `sb_secret_${f.base64url(31)}`],
  (f) => ['planetscale-token', 'PLANETSCALE_SERVICE_TOKEN=$', `pscale_tkn_${f.base64url(43)}`],
  (f) => ['planetscale-password', 'DATABASE_PASSWORD=$', `pscale_pw_${f.base64url(43)}`],
  (f) => ['doppler-token', 'DOPPLER_TOKEN=$', `dp.st.prd.${f.base62(40)}`],
  (f) => ['tailscale-key', 'TS_AUTHKEY=$', `tskey-auth-k${f.base62(10)}CNTRL-${f.base62(34)}`],
  (f) => ['vault-token', 'VAULT_TOKEN=$', `hvs.${f.base64url(90)}`],
  (f) => ['terraform-cloud-token', '  token = "$"', `${f.base62(14)}.atlasv1.${f.base64url(67)}`],
  (f) => ['pulumi-access-token', 'PULUMI_ACCESS_TOKEN=$', `pul-${f.hex(40)}`],
  (f) => ['circleci-token', 'CIRCLECI_TOKEN=$', `CCIPAT_${f.base62(22)}_${f.hex(40)}`],
  (f) => ['buildkite-token', 'BUILDKITE_API_TOKEN=$', `bkua_${f.hex(40)}`],
  (f) => ['databricks-token', 'DATABRICKS_TOKEN=$', `dapi${f.hex(32)}`],
  (f) => ['prefect-api-key', 'PREFECT_API_KEY=$', `pnu_${f.base62(36)}`],
  (f) => ['postman-api-key', 'POSTMAN_API_KEY=$', `PMAK-${f.hex(24)}-${f.hex(34)}`],
  // private keys
  (f) => ['private-key', '$\n', pem(f, 'RSA PRIVATE KEY')],
  (f) => ['encrypted-private-key', '$\n', pem(f, 'ENCRYPTED PRIVATE KEY', 'MIIFHzBJBgkqhkiG9w0BBQ0w')],
  (f) => [
    'putty-private-key',
    '$\n',
    [
      'PuTTY-User-Key-File-3: ssh-ed25519',
      'Encryption: none',
      'Comment: deploy@shop',
      'Public-Lines: 2',
      `AAAAC3NzaC1lZDI1NTE5AAAAI${f.base64(39)}`,
      f.base64(20),
      'Private-Lines: 1',
      `AAAAI${f.base64(43)}`,
      `Private-MAC: ${f.hex(64)}`
    ].join('\n')
  ],
  (f) => ['age-secret-key', '# created: 2026-01-05\n$\n', `AGE-SECRET-KEY-1${f.chars(BECH32, 58)}`],
  // databases
  (f) => ['postgres-url', 'DATABASE_URL=postgres://shop_app:$@db.internal.shop.io:5432/shop', f.base62(24)],
  (f) => ['mysql-url', 'url: mysql://app:$@mysql.prod.shop.io:3306/shop', f.base62(24)],
  (f) => ['mongodb-url', 'MONGO_URI=mongodb+srv://app:$@cluster0.ab1cd.mongodb.net/shop?retryWrites=true', f.base62(24)],
  (f) => ['redis-url', 'REDIS_URL=rediss://:$@cache.shop.io:6380/0', f.base62(24)],
  (f) => ['amqp-url', 'BROKER_URL=amqps://orders:$@mq.shop.io/prod', f.base62(24)],
  (f) => ['local-database-url', 'DATABASE_URL=postgres://postgres:$@localhost:5432/shop', f.base62(16)],
  (f) => ['jdbc-password', 'spring.datasource.url=jdbc:postgresql://db.shop.io:5432/shop?user=app&password=$', f.base62(20)],
  (f) => [
    'sql-server-connection-string',
    '"Default": "Server=tcp:shop.database.windows.net,1433;Database=shop;User ID=app;Password=$;Encrypt=true;"',
    f.base62(20)
  ],
  // tokens
  (f) => ['jwt', 'Authorization: Bearer $', jwt(f, { sub: `user_${f.digits(6)}`, iat: 1767139200, exp: 1767225600 })],
  (f) => ['jwt-credential', 'SUPABASE_SERVICE_ROLE_KEY=$', jwt(f, { iss: 'supabase', ref: f.chars(LETTERS.slice(26), 20), role: 'service_role', iat: 1767139200, exp: 2082758400 })],
  (f) => ['basic-auth-url', 'git clone https://deploy:$@git.shop.io/shop/app.git', f.base62(24)],
  // generic
  (f) => ['generic-secret', 'const clientSecret = "$";', f.base62(32)],
  (f) => ['env-entry-secret', '          env:\n            - name: SESSION_SECRET\n              value: "$"', f.base62(32)],
  ...PLATFORM_BUILDS,
  // Drawn after the rest, so adding them changed no earlier sample.
  ...BREADTH_BUILDS
];

/** One sample per built-in rule, in rule-pack order of categories; deterministic. */
export function sampleSecrets(): Array<{ ruleId: string; line: string; secret: string }> {
  const fake = createFaker(SEED);
  return [...BUILDS, ...CONTEXT_BUILDS].map((build) => {
    const [ruleId, template, secret] = build(fake);
    return { ruleId, line: template.replace('$', () => secret), secret };
  });
}

/** The sample of one rule; throws for an unknown id so a typo fails loudly. */
export function sampleFor(ruleId: string): SecretSample {
  const sample = sampleSecrets().find((candidate) => candidate.ruleId === ruleId);
  if (!sample) throw new Error(`no sample for rule ${ruleId}`);
  return sample;
}
