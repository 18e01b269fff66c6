import { createFaker } from '../fake-values.js';
import { sampleFor } from '../samples.js';
import { elsewhere, unnamed } from './hosts-ci-cloud.js';
import { altered, glued, hit, longer, referenced, shorter, type RuleCases } from './near-miss.js';

const f = createFaker(707);
const join = (...parts: string[]) => parts.join('');
const secretOf = (ruleId: string) => sampleFor(ruleId).secret;
const base64 = (text: string) => Buffer.from(text).toString('base64');

export const REGISTRY_MORE_CASES: RuleCases[] = [
  {
    ruleId: 'nuget-config-password',
    positives: [hit('<add key="Password" value="$" />', f.base64(40))],
    negatives: [['a user name', `<add key="Username" value="${f.base62(12)}" />`], ['an environment reference', '<add key="ClearTextPassword" value="%NUGET_FEED_TOKEN%" />']]
  },
  {
    ruleId: 'jfrog-identity-token',
    negatives: [['63 characters', shorter('jfrog-identity-token')], ['an Artifactory URL', 'ARTIFACTORY_URL=https://shop.jfrog.io/artifactory']]
  },
  {
    ruleId: 'jfrog-reference-token',
    negatives: [['one character short', shorter('jfrog-reference-token')], ['glued to a word', glued('jfrog-reference-token')]]
  },
  {
    ruleId: 'crates-io-token',
    positives: [hit('[registry]\ntoken = "$"', secretOf('crates-io-token'))],
    negatives: [['a word that starts with cio', `const ciounded = ${f.base62(10)};`], ['33 characters', longer('crates-io-token')]]
  },
  {
    ruleId: 'packagist-token',
    positives: [hit('"packagist.com": "$"', join('packagist', '_uut_', f.hex(68)))],
    negatives: [['an unknown type', altered('packagist-token', '_out_', '_xyz_')], ['67 hex characters', shorter('packagist-token')]]
  },
  {
    ruleId: 'hex-api-key',
    negatives: [['a hex colour setting', `hex_color = ${f.hex(6)}`], ['a hash beside a Hex name', elsewhere('HEXPM', 'hex-api-key')]]
  },
  {
    ruleId: 'clojars-token',
    negatives: [['59 characters', shorter('clojars-token')], ['an environment variable name', 'CLOJARS_USERNAME=shop']]
  },
  {
    ruleId: 'npmrc-auth-token',
    positives: [
      hit('//registry.npmjs.org/:_authToken=$', f.uuid()),
      hit('//shop.jfrog.io/artifactory/api/npm/npm/:_authToken="$"', f.base64url(60))
    ],
    negatives: [
      ['a reference', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}'],
      ['an npm_ token (reported by npm-token)', `//registry.npmjs.org/:_authToken=${sampleFor('npm-token').secret}`],
      ['too short', '//registry.npmjs.org/:_authToken=abc123']
    ]
  },
  {
    ruleId: 'npmrc-basic-auth',
    positives: [hit('//npm.shop.io/:_auth="$"', base64(`ci:${f.base62(16)}`))],
    negatives: [
      ['base64 of something else', `_auth=${base64(f.base62(24))}`],
      ['a placeholder password', `_auth=${base64('user:password')}`],
      ['an _authToken', `_authToken=${f.hex(40)}`]
    ]
  },
  {
    ruleId: 'docker-config-auth',
    positives: [hit('\t\t\t"auth":"$"', base64(`AWS:${f.base64(120)}`))],
    negatives: [
      ['base64 without a colon', `{"auths": {"ghcr.io": {"auth": "${base64(f.base62(30))}"}}}`],
      ['an empty password', `{"auth": "${base64('shop:')}"}`]
    ]
  },
  {
    ruleId: 'pypirc-password',
    positives: [['[testpypi]\nusername: shop\npassword: ' + secretOf('pypirc-password') + '\n', secretOf('pypirc-password')]],
    negatives: [
      ['an API token (reported by pypi-token)', sampleFor('pypirc-password').line.replace(secretOf('pypirc-password'), () => sampleFor('pypi-token').secret)],
      ['another section', '[server-login]\nusername = shop\npassword = ' + f.base62(20) + '\n'],
      ['a reference', '[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}\n']
    ]
  },
  {
    ruleId: 'maven-settings-password',
    negatives: [
      ['an encrypted password', `<password>{${f.base64(44)}}</password>`],
      ['a property reference', '<password>${env.OSSRH_PASSWORD}</password>']
    ]
  },
  {
    ruleId: 'netrc-password',
    positives: [hit('machine api.heroku.com login ops@shop.io password $', f.uuid())],
    negatives: [
      ['a reference', 'machine git.shop.io\n  login ci\n  password $GIT_PASSWORD\n'],
      ['a machine without a password', 'machine git.shop.io\n  login ci\n'],
      ['the format in a comment', '// `machine host login user password secret`: see the netrc manual']
    ]
  },
  {
    ruleId: 'sonatype-password',
    positives: [hit('SONATYPE_TOKEN: "$"', f.base64url(40)), hit('mavenCentralPassword=$', f.base62(24))],
    negatives: [
      ['a user name', `ossrhUsername=${f.base62(20)}`],
      ['a reference', 'ossrhPassword=${OSSRH_PASSWORD}'],
      ['a docs link', '`mavenCentralPassword`: https://central.sonatype.org/publish/generate-portal-token/'],
      ['a word instead of a password', 'SONATYPE_PASSWORD=password']
    ]
  }
];

export const DATA_PLATFORM_CASES: RuleCases[] = [
  {
    ruleId: 'neon-api-key',
    positives: [hit('NEON_API_KEY=$', f.chars('abcdefghijklmnopqrstuvwxyz0123456789', 64))],
    negatives: [['a Neon connection URL', 'NEON_DATABASE_URL=postgres://app@ep-cool-dust.neon.tech/shop'], ['too short', `NEON_API_KEY=${f.base62(40)}`]]
  },
  {
    ruleId: 'upstash-redis-token',
    negatives: [['the REST URL', 'UPSTASH_REDIS_REST_URL=https://eu1-shop-31145.upstash.io'], ['too short', `UPSTASH_REDIS_REST_TOKEN=${f.base62(30)}`]]
  },
  {
    ruleId: 'fauna-secret',
    negatives: [['not fn', altered('fauna-secret', /^fn/, 'fx')], ['without the Fauna name', unnamed('fauna-secret')]]
  },
  {
    ruleId: 'convex-deploy-key',
    positives: [hit('npx convex deploy --deploy-key "$"', join('preview', ':brave-lion-42|eyJ2MiI6', f.base64url(60)))],
    negatives: [['a deployment URL', 'CONVEX_URL=https://happy-otter-123.convex.cloud'], ['a short key', `prod:happy-otter-123|eyJ${f.base64url(10)}`]]
  },
  {
    ruleId: 'mongodb-atlas-private-key',
    positives: [hit('atlas_private_key = "$"', f.uuid())],
    negatives: [['an Atlas project id', `MONGODB_ATLAS_PROJECT_ID=${f.uuid()}`], ['a public key name', `MONGODB_ATLAS_PUBLIC_KEY=${f.uuid()}`]]
  },
  {
    ruleId: 'mongodb-atlas-service-account-secret',
    negatives: [['a client id', `MDB_CLIENT_ID=mdb_sa_id_${f.hex(24)}`], ['too short', `s=${join('mdb_sa_sk_', f.base62(20))}`]]
  },
  {
    ruleId: 'snowflake-password',
    positives: [hit('  snowflake_pwd: "$"', f.base62(16))],
    negatives: [
      ['a Snowflake user', `SNOWFLAKE_USER=${f.base62(12)}`],
      ['a reference', referenced('snowflake-password')],
      ['too short', 'SNOWFLAKE_PASSWORD=abc123'],
      ['a URL', 'snowflake_password_docs: https://docs.snowflake.com/en/user-guide/admin-user-management']
    ]
  },
  {
    ruleId: 'clickhouse-cloud-secret',
    negatives: [['one character short', shorter('clickhouse-cloud-secret')], ['glued to a word', glued('clickhouse-cloud-secret')]]
  },
  {
    ruleId: 'redis-cloud-api-key',
    negatives: [['a Redis Cloud URL', 'REDISCLOUD_URL=redis://default@redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com:12345'], ['without the Redis Cloud name', unnamed('redis-cloud-api-key')]]
  },
  {
    ruleId: 'cockroachdb-cloud-api-key',
    negatives: [['a key id without its secret', `id = ${secretOf('cockroachdb-cloud-api-key').slice(0, 28)}`], ['one character short', shorter('cockroachdb-cloud-api-key')]]
  },
  {
    ruleId: 'firebase-database-secret',
    negatives: [['a Firebase project id', 'FIREBASE_PROJECT_ID=shop-prod-4821'], ['a hash beside a Firebase URL', elsewhere('FIREBASE', 'firebase-database-secret')]]
  },
  {
    ruleId: 'databricks-oauth-secret',
    negatives: [['not hex', altered('databricks-oauth-secret', /.$/, 'g')], ['a word starting with dose', `dosees${f.hex(30)}`]]
  }
];

export const IDENTITY_CASES: RuleCases[] = [
  {
    ruleId: 'auth0-client-secret',
    negatives: [['an Auth0 client id', `AUTH0_CLIENT_ID=${f.base62(32)}`], ['63 characters', shorter('auth0-client-secret')]]
  },
  {
    ruleId: 'clerk-secret-key',
    positives: [hit('CLERK_SECRET_KEY=$', join('sk_', 'test_', f.base62(40)))],
    negatives: [['a publishable key', altered('clerk-secret-key', 'sk_', 'pk_')], ['a Stripe key name', `STRIPE_SECRET_KEY=${secretOf('clerk-secret-key')}`]]
  },
  {
    ruleId: 'stytch-secret',
    negatives: [['35 characters', shorter('stytch-secret')], ['another environment', altered('stytch-secret', 'secret-live-', 'secret-prod-')]]
  },
  {
    ruleId: 'workos-api-key',
    negatives: [['a Stripe key', `WORKOS_API_KEY=${join('sk_', 'live_', '51', f.base62(60))}`], ['too short', `k=${join('sk_', 'test_', 'a2V5Xz', f.base62(10))}`]]
  },
  {
    ruleId: 'okta-client-secret',
    negatives: [['an Okta client id', `OKTA_CLIENT_ID=${f.base62(20)}`], ['too short', `OKTA_CLIENT_SECRET=${f.base62(20)}`]]
  },
  {
    ruleId: 'keycloak-client-secret',
    negatives: [['a Keycloak realm', 'KEYCLOAK_REALM=shop'], ['31 characters', shorter('keycloak-client-secret')]]
  },
  {
    ruleId: 'descope-management-key',
    negatives: [['a Descope project id', `DESCOPE_PROJECT_ID=P${f.base62(27)}`], ['too short', `DESCOPE_MANAGEMENT_KEY=${f.base62(20)}`]]
  },
  {
    ruleId: 'kinde-client-secret',
    negatives: [['a Kinde issuer URL', 'KINDE_ISSUER_URL=https://shop.kinde.com'], ['too short', `KINDE_CLIENT_SECRET=${f.base62(20)}`]]
  },
  {
    ruleId: 'fusionauth-api-key',
    negatives: [['a FusionAuth URL', 'FUSIONAUTH_URL=https://auth.shop.io'], ['without the FusionAuth name', unnamed('fusionauth-api-key')]]
  },
  {
    ruleId: 'ory-api-key',
    positives: [hit('ORY_WORKSPACE_KEY=$', join('ory', '_wak_', f.base62(40)))],
    negatives: [['too short', `k=${join('ory', '_pat_', f.base62(20))}`], ['an unknown type', altered('ory-api-key', 'ory_pat_', 'ory_xyz_')]]
  }
];
