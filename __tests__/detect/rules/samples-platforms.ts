/**
 * Samples of the source-host, CI/CD, cloud, registry, data-platform and identity rules added for
 * issue #16 (see samples.ts for the shape). Kept apart so the list stays readable; appended to the
 * main list, so the samples before them keep their values.
 */
import { DIGITS, UPPER, type Faker } from './fake-values.js';

type Build = (fake: Faker) => [ruleId: string, template: string, secret: string];

const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const upperDigits = (f: Faker, length: number) => f.chars(UPPER + DIGITS, length);
const lowerDigits = (f: Faker, length: number) => f.chars(LOWER_DIGITS, length);
const base64Pair = (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64');
/** Microsoft's 84-character identifiable key: 52 random, `JQQJ99`, 18 random, a 4-letter signature, 4 random. */
const identifiableKey = (f: Faker, signature: string) => `${f.base62(52)}JQQJ99${f.base62(18)}${signature}${f.base62(4)}`;

export const PLATFORM_BUILDS: Build[] = [
  // source hosts
  (f) => ['bitbucket-access-token', 'BITBUCKET_REPO_TOKEN=$', `ATCTT3xFfGN0${f.base64url(170)}=${f.chars('0123456789ABCDEF', 8)}`],
  (f) => ['bitbucket-app-password-legacy', 'BITBUCKET_APP_PASSWORD=$', f.base62(20)],
  (f) => ['bitbucket-client-secret', 'BITBUCKET_CLIENT_SECRET=$', f.base62(32)],
  (f) => ['atlassian-api-token-legacy', 'JIRA_API_TOKEN=$', f.base62(24)],
  (f) => ['azure-devops-pat', 'AZURE_DEVOPS_EXT_PAT=$', identifiableKey(f, 'AZDO')],
  (f) => ['azure-devops-pat-legacy', 'AZURE_DEVOPS_PAT=$', f.chars('abcdefghijklmnopqrstuvwxyz234567', 52)],
  (f) => ['gitea-token', 'GITEA_TOKEN=$', f.hex(40)],
  (f) => ['github-token-legacy', 'GITHUB_TOKEN=$', f.hex(40)],
  (f) => ['gitlab-token-legacy', 'GITLAB_TOKEN=$', f.base62(20)],
  (f) => ['sourcegraph-token', 'SRC_ACCESS_TOKEN=$', `sgp_${f.hex(16)}_${f.hex(40)}`],
  (f) => ['gitlab-feature-flag-client-token', 'UNLEASH_INSTANCE_ID=$', `glffct-${f.base64url(20)}`],
  (f) => ['gitlab-incoming-mail-token', 'GITLAB_INCOMING_EMAIL_TOKEN=$', `glimt-${f.chars('abcdefghijklmnopqrstuvwxyz0123456789', 25)}`],
  (f) => ['gitlab-session-cookie', 'Cookie: _gitlab_session=$; path=/', f.hex(32)],
  // CI/CD
  (f) => ['octopus-deploy-api-key', 'OCTOPUS_API_KEY=$', `API-${upperDigits(f, 26)}`],
  (f) => ['travis-ci-token', 'TRAVIS_API_TOKEN=$', f.base64url(22)],
  (f) => ['coveralls-repo-token', 'repo_token: $', f.base62(32)],
  (f) => ['codecov-token', 'CODECOV_TOKEN=$', f.uuid()],
  (f) => ['drone-token', 'DRONE_TOKEN=$', f.base62(32)],
  (f) => ['appveyor-token', 'APPVEYOR_API_TOKEN=$', `v2.${lowerDigits(f, 20)}`],
  (f) => ['jenkins-api-token', 'JENKINS_API_TOKEN=$', `11${f.hex(32)}`],
  (f) => ['sonarqube-token', 'SONAR_TOKEN=$', `sqp_${f.hex(40)}`],
  (f) => ['sonar-token-legacy', 'sonar.login=$', f.hex(40)],
  (f) => ['snyk-token', 'SNYK_TOKEN=$', f.uuid()],
  (f) => ['harness-token', 'HARNESS_API_KEY=$', `pat.${f.base62(22)}.${f.base62(24)}.${f.base62(20)}`],
  (f) => ['bitrise-token', 'BITRISE_TOKEN=$', f.base64url(86)],
  (f) => ['semaphore-token', 'SEMAPHORE_API_TOKEN=$', f.base62(32)],
  (f) => ['gitguardian-token', 'GITGUARDIAN_API_KEY=$', f.base62(69)],
  // cloud providers
  (f) => ['ibm-cloud-api-key', 'IBMCLOUD_API_KEY=$', f.base64url(44)],
  (f) => ['oracle-cloud-secret-key', 'OCI_SECRET_KEY=$', `${f.base64(43)}=`],
  (f) => ['tencent-secret-id', 'TENCENTCLOUD_SECRET_ID=$', `AKID${f.base62(32)}`],
  (f) => ['tencent-secret-key', 'TENCENTCLOUD_SECRET_KEY=$', f.base62(32)],
  (f) => ['alibaba-access-key-secret', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=$', f.base62(30)],
  (f) => ['azure-functions-key', 'const hostKey = "$";', `${f.base64url(44)}AzFu${f.base64url(5)}A==`],
  (f) => ['azure-functions-key-legacy', "curl -H 'x-functions-key: $' https://orders.azurewebsites.net/api/sync", `${f.base64(54)}==`],
  (f) => ['azure-ai-services-key', 'AZURE_OPENAI_API_KEY=$', identifiableKey(f, 'ACOG')],
  (f) => ['azure-openai-key-legacy', 'AZURE_OPENAI_API_KEY=$', f.hex(32)],
  (f) => ['azure-container-registry-password', 'ACR_PASSWORD=$', `${f.base64(42)}+ACR${f.base62(6)}`],
  (f) => ['google-oauth-refresh-token', '  "refresh_token": "$",', `1//0${f.base64url(100)}`],
  (f) => ['firebase-cloud-messaging-server-key', 'FCM_SERVER_KEY=$', `AAAA${f.base64url(7)}:APA91b${f.base64url(134)}`],
  // hosting
  (f) => ['scaleway-access-key', 'SCW_ACCESS_KEY=$', `SCW${upperDigits(f, 17)}`],
  (f) => ['scaleway-secret-key', 'SCW_SECRET_KEY=$', f.uuid()],
  (f) => ['linode-token', 'LINODE_TOKEN=$', f.hex(64)],
  (f) => ['vultr-api-key', 'VULTR_API_KEY=$', upperDigits(f, 36)],
  (f) => ['hetzner-token', 'HCLOUD_TOKEN=$', f.base62(64)],
  (f) => ['ovh-api-secret', 'OVH_APPLICATION_SECRET=$', f.base62(32)],
  (f) => ['railway-token', 'RAILWAY_TOKEN=$', f.uuid()],
  (f) => ['koyeb-token', 'KOYEB_TOKEN=$', f.base62(64)],
  (f) => ['fastly-api-token', 'FASTLY_API_TOKEN=$', f.base64url(32)],
  (f) => [
    'akamai-edgegrid-client-secret',
    `[default]\nclient_secret = $\nhost = akab-${lowerDigits(f, 16)}-${lowerDigits(f, 16)}.luna.akamaiapis.net\n`,
    `${f.base64(43)}=`
  ],
  (f) => ['backblaze-b2-application-key', 'B2_APPLICATION_KEY=$', `K005${f.base64(27)}`],
  (f) => ['wasabi-secret-key', 'WASABI_SECRET_KEY=$', f.base64(40)],
  (f) => ['digitalocean-spaces-access-key', 'SPACES_KEY_ID=$', `DO00${upperDigits(f, 16)}`],
  (f) => ['digitalocean-spaces-secret-key', 'SPACES_SECRET=$', f.base64(43)],
  // registries
  (f) => ['jfrog-reference-token', 'ARTIFACTORY_ACCESS_TOKEN=$', `cmVmdGtuOjAxOj${f.base62(50)}`],
  (f) => ['crates-io-token', 'CARGO_REGISTRY_TOKEN=$', `cio${f.base62(32)}`],
  (f) => ['packagist-token', 'PACKAGIST_TOKEN=$', `packagist_out_${f.hex(68)}`],
  (f) => ['hex-api-key', 'HEX_API_KEY=$', f.hex(32)],
  (f) => ['clojars-token', 'CLOJARS_PASSWORD=$', `CLOJARS_${f.base62(60)}`],
  (f) => ['npmrc-auth-token', '//npm.pkg.github.com/:_authToken=$', f.hex(40)],
  (f) => ['npmrc-basic-auth', '_auth=$', base64Pair('deploy', f.base62(20))],
  (f) => ['docker-config-auth', '{"auths": {"registry.shop.io": {"auth": "$"}}}', base64Pair('ci-bot', f.base62(24))],
  (f) => ['pypirc-password', '[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = shop\npassword = $\n', f.base62(20)],
  (f) => ['maven-settings-password', '<server><id>ossrh</id><username>shop</username><password>$</password></server>', f.base62(20)],
  (f) => ['netrc-password', 'machine trunk.cocoapods.org\n  login deploy@shop.io\n  password $\n', f.hex(32)],
  (f) => ['sonatype-password', 'ossrhPassword=$', f.base62(20)],
  (f) => ['nuget-config-password', '<add key="ClearTextPassword" value="$" />', f.base62(24)],
  (f) => ['jfrog-identity-token', 'ARTIFACTORY_IDENTITY_TOKEN=$', f.base62(64)],
  // data platforms
  (f) => ['neon-api-key', 'NEON_API_KEY=$', `napi_${lowerDigits(f, 60)}`],
  (f) => ['upstash-redis-token', 'UPSTASH_REDIS_REST_TOKEN=$', `AX${f.base64url(70)}`],
  (f) => ['fauna-secret', 'FAUNA_SECRET=$', `fnA${f.base64url(37)}`],
  (f) => ['convex-deploy-key', 'CONVEX_DEPLOY_KEY=$', `prod:happy-otter-123|eyJ2MiI6${f.base64url(60)}`],
  (f) => ['mongodb-atlas-private-key', 'MONGODB_ATLAS_PRIVATE_KEY=$', f.uuid()],
  (f) => ['mongodb-atlas-service-account-secret', 'MDB_MCP_API_CLIENT_SECRET=$', `mdb_sa_sk_${f.base64url(40)}`],
  (f) => ['snowflake-password', 'SNOWFLAKE_PASSWORD=$', f.base62(20)],
  (f) => ['clickhouse-cloud-secret', 'CLICKHOUSE_KEY_SECRET=$', `4b1d${f.base62(38)}`],
  (f) => ['redis-cloud-api-key', 'REDISCLOUD_SECRET_KEY=$', f.base62(50)],
  (f) => ['cockroachdb-cloud-api-key', 'COCKROACH_API_KEY=$', `CCDB1_${f.base62(22)}_${f.base62(40)}`],
  (f) => ['firebase-database-secret', 'FIREBASE_DATABASE_SECRET=$', f.base62(40)],
  (f) => ['databricks-oauth-secret', 'DATABRICKS_CLIENT_SECRET=$', `dose${f.hex(32)}`],
  // identity
  (f) => ['auth0-client-secret', 'AUTH0_CLIENT_SECRET=$', f.base64url(64)],
  (f) => ['clerk-secret-key', 'CLERK_SECRET_KEY=$', `sk_live_${f.base62(40)}`],
  (f) => ['stytch-secret', 'STYTCH_SECRET=$', `secret-live-${f.base64url(36)}`],
  (f) => ['workos-api-key', 'WORKOS_API_KEY=$', `sk_live_a2V5XzAx${f.base62(70)}`],
  (f) => ['okta-client-secret', 'OKTA_CLIENT_SECRET=$', f.base64url(48)],
  (f) => ['keycloak-client-secret', 'KEYCLOAK_CLIENT_SECRET=$', f.base62(32)],
  (f) => ['descope-management-key', 'DESCOPE_MANAGEMENT_KEY=$', f.base64url(100)],
  (f) => ['kinde-client-secret', 'KINDE_CLIENT_SECRET=$', f.base62(48)],
  (f) => ['fusionauth-api-key', 'FUSIONAUTH_API_KEY=$', f.base64url(64)],
  (f) => ['ory-api-key', 'ORY_API_KEY=$', `ory_pat_${f.base62(32)}`]
];
