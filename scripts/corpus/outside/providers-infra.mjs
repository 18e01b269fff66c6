// Token formats of cloud, source-host/CI, package-registry and database providers, each written
// from the provider's own documentation (the `doc` field names the page and the documented shape;
// it is this corpus's citation, not a rule). `env` is the variable name the provider's docs or
// SDKs use; `make(rng)` draws a fresh value in that shape at run time (nothing realistic is
// committed). Values whose shape alone does not name the provider are found, if at all, by their
// context (the variable name), as a reviewer would.
import { Buffer } from 'node:buffer';
import { BASE62 } from '../prng.mjs';
import { checksummedBody } from './checksums.mjs';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const INFRA_PROVIDERS = [
  // ————— cloud —————
  { provider: 'aws-access-key', category: 'cloud', env: 'AWS_ACCESS_KEY_ID', doc: 'AWS IAM User Guide, "Manage access keys": access key IDs begin AKIA (long-term) and are 20 characters', make: (r) => 'AKIA' + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16) },
  { provider: 'aws-secret-key', category: 'cloud', env: 'AWS_SECRET_ACCESS_KEY', doc: 'AWS IAM User Guide: secret access keys are 40 characters of base64 alphabet', make: (r) => r.base64(40) },
  { provider: 'gcp-api-key', category: 'cloud', env: 'GOOGLE_MAPS_SERVER_KEY', doc: 'Google Cloud "Manage API keys": keys are AIza followed by 35 characters [0-9A-Za-z_-]', make: (r) => 'AIza' + r.base64url(35) },
  { provider: 'azure-storage-key', category: 'cloud', env: 'AZURE_STORAGE_KEY', doc: 'Azure Storage "Manage account access keys": 512-bit keys shown as 88 base64 characters', make: (r) => r.base64(86) + '==' },
  { provider: 'azure-ad-client-secret', category: 'cloud', env: 'AZURE_CLIENT_SECRET', doc: 'Microsoft Entra client secrets: Microsoft publishes no grammar; the observed shape is 3 characters, a digit, "Q~", 31-34 characters', make: (r) => r.base62(3) + '8Q~' + r.chars(BASE62 + '._~-', 34) },
  { provider: 'digitalocean', category: 'cloud', env: 'DIGITALOCEAN_TOKEN', doc: 'DigitalOcean docs "How to Create a Personal Access Token": dop_v1_ followed by 64 hex', make: (r) => 'dop_v1_' + r.hex(64) },
  { provider: 'digitalocean-spaces', category: 'cloud', env: 'SPACES_SECRET_KEY', doc: 'DigitalOcean Spaces access keys: a 20-character key id and a 43-character base64 secret', make: (r) => r.base64(43) },
  { provider: 'alibaba-cloud', category: 'cloud', env: 'ALIBABA_CLOUD_ACCESS_KEY_ID', doc: 'Alibaba Cloud RAM AccessKey: AccessKey IDs begin LTAI', make: (r) => 'LTAI' + r.base62(20) },
  { provider: 'tencent-cloud', category: 'cloud', env: 'TENCENTCLOUD_SECRET_ID', doc: 'Tencent Cloud CAM API keys: SecretId begins AKID, 36 characters', make: (r) => 'AKID' + r.base62(32) },
  { provider: 'ibm-cloud', category: 'cloud', env: 'IBMCLOUD_API_KEY', doc: 'IBM Cloud IAM API keys: 44 characters [A-Za-z0-9_-]', make: (r) => r.base64url(44) },
  { provider: 'linode', category: 'cloud', env: 'LINODE_TOKEN', doc: 'Akamai/Linode API v4 personal access tokens: 64 hex', make: (r) => r.hex(64) },
  { provider: 'hetzner', category: 'cloud', env: 'HCLOUD_TOKEN', doc: 'Hetzner Cloud API tokens: 64 alphanumeric characters', make: (r) => r.base62(64) },
  { provider: 'scaleway', category: 'cloud', env: 'SCW_SECRET_KEY', doc: 'Scaleway IAM API keys: access key SCW + 17 characters, secret key a UUID', make: (r) => r.uuid() },
  { provider: 'vultr', category: 'cloud', env: 'VULTR_API_KEY', doc: 'Vultr API keys: 36 uppercase alphanumeric characters', make: (r) => r.chars(UPPER_ALNUM, 36) },
  { provider: 'cloudflare-api-token', category: 'cloud', env: 'CLOUDFLARE_API_TOKEN', doc: 'Cloudflare "Create API token": 40 characters [A-Za-z0-9_-]', make: (r) => r.base64url(40) },
  { provider: 'cloudflare-global-key', category: 'cloud', env: 'CLOUDFLARE_API_KEY', doc: 'Cloudflare Global API Key (X-Auth-Key): 37 lowercase hex characters', make: (r) => r.hex(37) },
  { provider: 'backblaze-b2', category: 'cloud', env: 'B2_APPLICATION_KEY', doc: 'Backblaze B2 application keys: 31 characters beginning K0', make: (r) => 'K00' + r.chars(BASE62 + '/+', 28) },
  { provider: 'vercel', category: 'cloud', env: 'VERCEL_TOKEN', doc: 'Vercel account tokens (vercel.com/account/tokens): 24 alphanumeric characters', make: (r) => r.base62(24) },
  { provider: 'netlify', category: 'cloud', env: 'NETLIFY_AUTH_TOKEN', doc: 'Netlify personal access tokens: nfp_ followed by 36 alphanumerics', make: (r) => 'nfp_' + r.base62(36) },
  { provider: 'fly-io', category: 'cloud', env: 'FLY_API_TOKEN', doc: 'Fly.io `fly tokens create`: "FlyV1 fm2_" followed by a long base64 macaroon', make: (r) => 'FlyV1 fm2_lJPE' + r.base64(180) },
  { provider: 'render', category: 'cloud', env: 'RENDER_API_KEY', doc: 'Render API keys: rnd_ followed by 32 alphanumerics', make: (r) => 'rnd_' + r.base62(32) },
  { provider: 'heroku', category: 'cloud', env: 'HEROKU_API_KEY', doc: 'Heroku Platform API authorizations: HRKU- prefixed tokens (Dev Center quickstart shows the older UUID tokens)', make: (r) => 'HRKU-AA' + r.base64url(58) },
  { provider: 'pulumi', category: 'cloud', env: 'PULUMI_ACCESS_TOKEN', doc: 'Pulumi Cloud access tokens: pul- followed by 40 hex', make: (r) => 'pul-' + r.hex(40) },
  { provider: 'terraform-cloud', category: 'cloud', env: 'TFE_TOKEN', doc: 'HCP Terraform API tokens: 14 characters, ".atlasv1.", then 60-70 characters', make: (r) => r.base62(14) + '.atlasv1.' + r.base64url(67) },
  { provider: 'vault', category: 'cloud', env: 'VAULT_TOKEN', doc: 'HashiCorp Vault tokens (1.10+): service tokens hvs. followed by 90+ characters', make: (r) => 'hvs.CAESI' + r.base64url(91) },
  { provider: 'tailscale', category: 'cloud', env: 'TS_AUTHKEY', doc: 'Tailscale auth keys: tskey-auth-<id>-<secret>', make: (r) => `tskey-auth-k${r.base62(16)}CNTRL-${r.base62(33)}` },
  { provider: 'ngrok', category: 'cloud', env: 'NGROK_AUTHTOKEN', doc: 'ngrok agent authtokens: a 2 followed by 26 characters, "_", and 22 characters', make: (r) => '2' + r.base62(26) + '_' + r.base62(22) },
  { provider: 'doppler', category: 'cloud', env: 'DOPPLER_TOKEN', doc: 'Doppler service tokens: dp.st.<config>.<40+ characters>', make: (r) => 'dp.st.prd.' + r.base62(43) },

  // ————— source hosts and CI —————
  { provider: 'github-pat', category: 'source-ci', env: 'GITHUB_TOKEN', doc: 'GitHub token formats (github.blog 2021-04-05): ghp_ + 30 base62 + 6-char CRC32 checksum', make: (r) => 'ghp_' + checksummedBody(r) },
  { provider: 'github-oauth', category: 'source-ci', env: 'GH_OAUTH_TOKEN', doc: 'GitHub token formats: gho_ OAuth access tokens, same checksum', make: (r) => 'gho_' + checksummedBody(r) },
  { provider: 'github-app', category: 'source-ci', env: 'GITHUB_APP_INSTALLATION_TOKEN', doc: 'GitHub token formats: ghs_ server-to-server tokens, same checksum', make: (r) => 'ghs_' + checksummedBody(r) },
  { provider: 'github-fine-grained', category: 'source-ci', env: 'GH_PAT', doc: 'GitHub fine-grained PATs: github_pat_ + 22 characters + _ + 59 characters', make: (r) => `github_pat_11${r.chars(UPPER_ALNUM, 20)}_${r.base62(59)}` },
  { provider: 'gitlab-pat', category: 'source-ci', env: 'GITLAB_TOKEN', doc: 'GitLab "Token overview": personal access tokens glpat- + 20 characters', make: (r) => 'glpat-' + r.base64url(20) },
  { provider: 'gitlab-runner', category: 'source-ci', env: 'CI_RUNNER_TOKEN', doc: 'GitLab token overview: runner authentication tokens glrt-', make: (r) => 'glrt-' + r.base64url(20) },
  { provider: 'gitlab-trigger', category: 'source-ci', env: 'GITLAB_TRIGGER_TOKEN', doc: 'GitLab token overview: pipeline trigger tokens glptt- + 40 hex', make: (r) => 'glptt-' + r.hex(40) },
  { provider: 'bitbucket-app-password', category: 'source-ci', env: 'BITBUCKET_APP_PASSWORD', doc: 'Atlassian/Bitbucket app passwords: ATBB followed by 32 characters and an 8-hex checksum', make: (r) => 'ATBB' + r.base62(28) + r.hex(8).toUpperCase() },
  { provider: 'atlassian-api-token', category: 'source-ci', env: 'JIRA_API_TOKEN', doc: 'Atlassian account API tokens: ATATT3x… base64url, ending in an 8-hex checksum (192 characters)', make: (r) => 'ATATT3xFfGF0' + r.base64url(172) + '=' + r.hex(8).toUpperCase() },
  { provider: 'azure-devops', category: 'source-ci', env: 'AZURE_DEVOPS_EXT_PAT', doc: 'Azure DevOps personal access tokens: 52 characters of lowercase base32 (a-z2-7); newer 84-character ones carry AZDO', make: (r) => r.chars('abcdefghijklmnopqrstuvwxyz234567', 52) },
  { provider: 'circleci', category: 'source-ci', env: 'CIRCLE_TOKEN', doc: 'CircleCI personal API tokens: CCIPAT_ + id + _ + 40 hex', make: (r) => `CCIPAT_${r.base62(22)}_${r.hex(40)}` },
  { provider: 'buildkite', category: 'source-ci', env: 'BUILDKITE_API_TOKEN', doc: 'Buildkite API access tokens: bkua_ + 40 hex', make: (r) => 'bkua_' + r.hex(40) },
  { provider: 'travis-ci', category: 'source-ci', env: 'TRAVIS_API_TOKEN', doc: 'Travis CI API tokens: 22 characters [A-Za-z0-9_-]', make: (r) => r.base64url(22) },
  { provider: 'codecov', category: 'source-ci', env: 'CODECOV_TOKEN', doc: 'Codecov upload tokens: a UUID', make: (r) => r.uuid() },
  { provider: 'sonarcloud', category: 'source-ci', env: 'SONAR_TOKEN', doc: 'SonarQube/SonarCloud tokens: squ_ (user) or sqp_ (project) + 40 hex', make: (r) => r.pick(['squ_', 'sqp_']) + r.hex(40) },
  { provider: 'snyk', category: 'source-ci', env: 'SNYK_TOKEN', doc: 'Snyk API tokens: a UUID', make: (r) => r.uuid() },
  { provider: 'coveralls', category: 'source-ci', env: 'COVERALLS_REPO_TOKEN', doc: 'Coveralls repo_token: 32-37 alphanumerics', make: (r) => r.base62(33) },

  // ————— package registries —————
  { provider: 'npm', category: 'registry', env: 'NPM_TOKEN', doc: "npm access token format (github.blog 2021-09-23): npm_ + 30 base62 + 6-char CRC32", make: (r) => 'npm_' + checksummedBody(r) },
  { provider: 'pypi', category: 'registry', env: 'PYPI_API_TOKEN', doc: 'PyPI "API tokens": pypi- + a macaroon that begins AgEIcHlwaS5vcmc (base64 of pypi.org)', make: (r) => 'pypi-AgEIcHlwaS5vcmcCJ' + r.base64url(160) },
  { provider: 'rubygems', category: 'registry', env: 'GEM_HOST_API_KEY', doc: 'RubyGems API keys: rubygems_ + 48 hex', make: (r) => 'rubygems_' + r.hex(48) },
  { provider: 'nuget', category: 'registry', env: 'NUGET_API_KEY', doc: 'NuGet.org API keys: oy2 + 43 lowercase alphanumerics', make: (r) => 'oy2' + r.chars(LOWER_ALNUM, 43) },
  { provider: 'crates-io', category: 'registry', env: 'CARGO_REGISTRY_TOKEN', doc: 'crates.io API tokens: cio + 32 alphanumerics', make: (r) => 'cio' + r.base62(32) },
  { provider: 'docker-hub', category: 'registry', env: 'DOCKERHUB_TOKEN', doc: 'Docker Hub personal access tokens: dckr_pat_ + 27 characters', make: (r) => 'dckr_pat_' + r.base64url(27) },
  { provider: 'jfrog', category: 'registry', env: 'ARTIFACTORY_API_KEY', doc: 'JFrog Artifactory API keys: AKCp + 69 alphanumerics', make: (r) => 'AKCp' + r.base62(69) },
  { provider: 'jfrog-reference', category: 'registry', env: 'JFROG_ACCESS_TOKEN', doc: 'JFrog reference tokens: base64 of "reftkn:01:…", 64 characters', make: (r) => 'cmVmdGtuOjAxOjE3' + r.base62(48) },
  { provider: 'packagist', category: 'registry', env: 'PACKAGIST_TOKEN', doc: 'Private Packagist tokens: packagist_ + type + _ + 68 hex', make: (r) => 'packagist_uat_' + r.hex(68) },
  { provider: 'github-packages', category: 'registry', env: 'NODE_AUTH_TOKEN', doc: 'GitHub token formats: ghp_ token used for npm.pkg.github.com', make: (r) => 'ghp_' + checksummedBody(r) },

  // ————— databases —————
  { provider: 'planetscale', category: 'database', env: 'PLANETSCALE_SERVICE_TOKEN', doc: 'PlanetScale service tokens pscale_tkn_ and passwords pscale_pw_ + 43 characters', make: (r) => r.pick(['pscale_tkn_', 'pscale_pw_']) + r.base64url(43) },
  { provider: 'supabase', category: 'database', env: 'SUPABASE_ACCESS_TOKEN', doc: 'Supabase Management API personal access tokens: sbp_ + 40 hex', make: (r) => 'sbp_' + r.hex(40) },
  { provider: 'supabase-secret', category: 'database', env: 'SUPABASE_SECRET_KEY', doc: 'Supabase API keys (2025): secret keys sb_secret_ + 31 characters', make: (r) => 'sb_secret_' + r.base64url(31) },
  { provider: 'neon', category: 'database', env: 'NEON_API_KEY', doc: 'Neon API keys: napi_ + 64 lowercase alphanumerics', make: (r) => 'napi_' + r.chars(LOWER_ALNUM, 64) },
  { provider: 'mongodb-atlas', category: 'database', env: 'MONGODB_ATLAS_PRIVATE_KEY', doc: 'MongoDB Atlas programmatic API keys: private key is a UUID', make: (r) => r.uuid() },
  { provider: 'upstash', category: 'database', env: 'UPSTASH_REDIS_REST_TOKEN', doc: 'Upstash Redis REST tokens: base64 beginning A, ~60 characters', make: (r) => 'A' + r.base62(3) + 'ASQgN' + r.base64url(51) + '=' },
  { provider: 'databricks', category: 'database', env: 'DATABRICKS_TOKEN', doc: 'Databricks personal access tokens: dapi + 32 hex (optionally -2 suffix)', make: (r) => 'dapi' + r.hex(32) + (r.chance(0.5) ? '-2' : '') },
  { provider: 'snowflake', category: 'database', env: 'SNOWFLAKE_PASSWORD', doc: 'Snowflake password policy: at least 8 characters with upper, lower and digits', make: (r) => r.base62(12) + r.pick(['!', '#', '%', '@']) + r.base62(5) },
  { provider: 'clickhouse-cloud', category: 'database', env: 'CLICKHOUSE_PASSWORD', doc: 'ClickHouse Cloud default-user passwords: 16 characters generated', make: (r) => r.chars(BASE62 + '~._', 16) },
  { provider: 'elastic-cloud', category: 'database', env: 'ELASTIC_API_KEY', doc: 'Elasticsearch API keys: base64 of "id:api_key" (60 characters)', make: (r) => Buffer.from(`${r.base64url(20)}:${r.base64url(22)}`).toString('base64') },
  { provider: 'aiven', category: 'database', env: 'AIVEN_TOKEN', doc: 'Aiven authentication tokens: 372-character base64', make: (r) => r.base64(370) + '==' },
  { provider: 'redis-cloud', category: 'database', env: 'REDIS_PASSWORD', doc: 'Redis Cloud default-user passwords: 32 alphanumerics', make: (r) => r.base62(32) },
  { provider: 'confluent', category: 'database', env: 'CONFLUENT_CLOUD_API_SECRET', doc: 'Confluent Cloud API keys: 16-character key and 64-character secret', make: (r) => r.chars(BASE62 + '+/', 64) },
  { provider: 'firebase-admin', category: 'database', env: 'FIREBASE_DATABASE_SECRET', doc: 'Firebase Realtime Database legacy secrets: 40 alphanumerics', make: (r) => r.base62(40) }
];
