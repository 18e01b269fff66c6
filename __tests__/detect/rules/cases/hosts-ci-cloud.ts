import { createFaker } from '../fake-values.js';
import { sampleFor } from '../samples.js';
import { altered, glued, hit, longer, referenced, shorter, type RuleCases } from './near-miss.js';

const f = createFaker(606);
const join = (...parts: string[]) => parts.join('');
const secretOf = (ruleId: string) => sampleFor(ruleId).secret;
/** The rule's secret assigned to a name without the provider's word. */
export const unnamed = (ruleId: string) => `value = ${secretOf(ruleId)}`;
/** The provider's word on the line, the value assigned to something else. */
export const elsewhere = (word: string, ruleId: string) => `${word}_URL=https://ci.shop.io/builds checksum=${secretOf(ruleId)}`;

export const GIT_HOST_CASES: RuleCases[] = [
  {
    ruleId: 'sourcegraph-token',
    positives: [hit('Authorization: token $', join('sgp', '_', f.hex(40))), hit('SRC_ACCESS_TOKEN=$', join('sgp', '_local_', f.hex(40)))],
    negatives: [['39 hex characters', shorter('sourcegraph-token')], ['not hex', altered('sourcegraph-token', /.$/, 'g')]]
  },
  {
    ruleId: 'gitlab-feature-flag-client-token',
    negatives: [['19 characters', shorter('gitlab-feature-flag-client-token')], ['glued to a word', glued('gitlab-feature-flag-client-token')]]
  },
  {
    ruleId: 'gitlab-incoming-mail-token',
    negatives: [['24 characters', shorter('gitlab-incoming-mail-token')], ['another prefix', altered('gitlab-incoming-mail-token', 'glimt-', 'glint-')]]
  },
  {
    ruleId: 'gitlab-session-cookie',
    negatives: [['31 hex characters', shorter('gitlab-session-cookie')], ['another cookie', altered('gitlab-session-cookie', /^/, 'x').replace('_gitlab_session', '_shop_session')]]
  },
  {
    ruleId: 'bitbucket-access-token',
    negatives: [
      ['far too short', `BITBUCKET_TOKEN=${join('ATCTT3', f.base64url(60))}`],
      ['an API token prefix', altered('bitbucket-access-token', 'ATCTT3', 'ATXTT3')]
    ]
  },
  {
    ruleId: 'bitbucket-app-password-legacy',
    positives: [hit('bitbucket_password: "$"', secretOf('bitbucket-app-password-legacy'))],
    negatives: [
      ['a Bitbucket user name', `BITBUCKET_USERNAME=${secretOf('bitbucket-app-password-legacy')}`],
      ['the start of a longer token', `BITBUCKET_TOKEN=${secretOf('bitbucket-app-password-legacy')}-${f.base62(10)}`],
      ['without the Bitbucket name', unnamed('bitbucket-app-password-legacy')],
      ['low entropy', 'BITBUCKET_APP_PASSWORD=abababababababababab']
    ]
  },
  {
    ruleId: 'bitbucket-client-secret',
    negatives: [
      ['a client id', `BITBUCKET_CLIENT_ID=${secretOf('bitbucket-client-secret')}`],
      ['33 characters', longer('bitbucket-client-secret')]
    ]
  },
  {
    ruleId: 'atlassian-api-token-legacy',
    positives: [hit('confluence.api.token = $', secretOf('atlassian-api-token-legacy'))],
    negatives: [
      ['23 characters', shorter('atlassian-api-token-legacy')],
      ['a Jira URL', 'JIRA_BASE_URL=https://shop.atlassian.net'],
      ['without the Jira name', unnamed('atlassian-api-token-legacy')]
    ]
  },
  {
    ruleId: 'azure-devops-pat',
    positives: [hit('git clone https://$@dev.azure.com/shop/app/_git/app', secretOf('azure-devops-pat'))],
    negatives: [
      ['another signature', altered('azure-devops-pat', 'AZDO', 'AZDX')],
      ['one character short', shorter('azure-devops-pat')]
    ]
  },
  {
    ruleId: 'azure-devops-pat-legacy',
    positives: [hit('ADO_PAT: $', secretOf('azure-devops-pat-legacy'))],
    negatives: [
      ['not base32 (a 1)', altered('azure-devops-pat-legacy', /.$/, '1')],
      ['without an Azure DevOps name', unnamed('azure-devops-pat-legacy')],
      ['a word that ends in ado', `avocado_pat=${secretOf('azure-devops-pat-legacy')}`]
    ]
  },
  {
    ruleId: 'gitea-token',
    positives: [hit('  forgejo_token: "$"', secretOf('gitea-token'))],
    negatives: [
      ['a commit id beside a Gitea URL', elsewhere('GITEA', 'gitea-token')],
      ['39 hex characters', shorter('gitea-token')]
    ]
  },
  {
    ruleId: 'github-token-legacy',
    positives: [hit('github.client_secret = $', secretOf('github-token-legacy'))],
    negatives: [
      ['a commit sha', `GITHUB_SHA=${secretOf('github-token-legacy')}`],
      ['a sha beside a GitHub URL', elsewhere('GITHUB', 'github-token-legacy')],
      ['a reference', referenced('github-token-legacy')]
    ]
  },
  {
    ruleId: 'gitlab-token-legacy',
    negatives: [
      ['a GitLab URL', 'GITLAB_URL=https://gitlab.shop.io'],
      ['21 characters', longer('gitlab-token-legacy')],
      ['a prefixed token is not legacy', `GITLAB_TOKEN=${join('glpat', '-', f.base64url(20))}`]
    ]
  }
];

export const CI_CD_CASES: RuleCases[] = [
  {
    ruleId: 'octopus-deploy-api-key',
    negatives: [['lower case', altered('octopus-deploy-api-key', /.$/, 'a')], ['a version-like word', 'see API-V2-MIGRATION-GUIDE-PART-ONE-2024 docs'], ['low entropy', 'OCTOPUS_API_KEY=API-ABABABABABABABABABABABABAB']]
  },
  {
    ruleId: 'travis-ci-token',
    positives: [hit('travis_token: "$"', secretOf('travis-ci-token'))],
    negatives: [['a hash beside a Travis URL', elsewhere('TRAVIS', 'travis-ci-token')], ['23 characters', longer('travis-ci-token')]]
  },
  {
    ruleId: 'coveralls-repo-token',
    positives: [hit('COVERALLS_REPO_TOKEN=$', secretOf('coveralls-repo-token'))],
    negatives: [['a reference', 'repo_token: ${{ secrets.COVERALLS_REPO_TOKEN }}'], ['31 characters', shorter('coveralls-repo-token')]]
  },
  {
    ruleId: 'codecov-token',
    negatives: [['a UUID without a Codecov name', unnamed('codecov-token')], ['a UUID beside a Codecov URL', elsewhere('CODECOV', 'codecov-token')], ['a Codecov org id', `CODECOV_ORG_ID=${f.uuid()}`]]
  },
  {
    ruleId: 'drone-token',
    negatives: [['a Drone server URL', 'DRONE_SERVER=https://drone.shop.io'], ['without the Drone name', unnamed('drone-token')]]
  },
  {
    ruleId: 'appveyor-token',
    positives: [hit('APPVEYOR_TOKEN: $', f.chars('abcdefghijklmnopqrstuvwxyz0123456789', 20))],
    negatives: [['version 3', altered('appveyor-token', 'v2.', 'v3.')], ['21 characters', longer('appveyor-token', 'q')]]
  },
  {
    ruleId: 'jenkins-api-token',
    positives: [hit('jenkins_token = "$"', f.hex(32))],
    negatives: [['33 hex characters', shorter('jenkins-api-token')], ['a Jenkins URL', 'JENKINS_URL=https://ci.shop.io/']]
  },
  {
    ruleId: 'sonarqube-token',
    positives: [hit('sonar.token=$', join('squ', '_', f.hex(40))), hit('-Dsonar.login=$', join('sqa', '_', f.hex(40)))],
    negatives: [['an unknown type', altered('sonarqube-token', 'sqp_', 'sqx_')], ['not hex', altered('sonarqube-token', /.$/, 'g')]]
  },
  {
    ruleId: 'sonar-token-legacy',
    positives: [hit('SONAR_TOKEN: $', secretOf('sonar-token-legacy'))],
    negatives: [['a project key', `sonar.projectKey=${secretOf('sonar-token-legacy')}`], ['41 characters', longer('sonar-token-legacy', 'a')]]
  },
  {
    ruleId: 'snyk-token',
    negatives: [['a Snyk org id', `SNYK_ORG_ID=${f.uuid()}`], ['a request id beside a Snyk name', `SNYK_ORG=shop request=${secretOf('snyk-token')}`], ['a malformed UUID', altered('snyk-token', /-/, '')]]
  },
  {
    ruleId: 'harness-token',
    positives: [hit('x-api-key: $', join('sat', '.', f.base62(22), '.', f.base62(24), '.', f.base62(20)))],
    negatives: [['a word ending in pat', `t = com${secretOf('harness-token')}`], ['a short last part', shorter('harness-token')]]
  },
  {
    ruleId: 'bitrise-token',
    negatives: [['too short', `BITRISE_TOKEN=${f.base64url(40)}`], ['without the Bitrise name', unnamed('bitrise-token')]]
  },
  {
    ruleId: 'semaphore-token',
    negatives: [['a Semaphore host', 'SEMAPHORE_HOST=shop.semaphoreci.com'], ['too short', `SEMAPHORE_API_TOKEN=${f.base62(12)}`]]
  },
  {
    ruleId: 'gitguardian-token',
    negatives: [['too short', `GITGUARDIAN_API_KEY=${f.base62(40)}`], ['without the GitGuardian name', unnamed('gitguardian-token')]]
  }
];

export const CLOUD_MORE_CASES: RuleCases[] = [
  {
    ruleId: 'ibm-cloud-api-key',
    positives: [hit('"ibm_api_key": "$"', secretOf('ibm-cloud-api-key'))],
    negatives: [['inside a word', `climbing_key=${secretOf('ibm-cloud-api-key')}`], ['43 characters', shorter('ibm-cloud-api-key')]]
  },
  {
    ruleId: 'oracle-cloud-secret-key',
    negatives: [['inside a word (associated)', `associated_secret=${secretOf('oracle-cloud-secret-key')}`], ['an OCI key id', `OCI_KEY_ID=${secretOf('oracle-cloud-secret-key')}`]]
  },
  {
    ruleId: 'tencent-secret-id',
    negatives: [['31 characters', shorter('tencent-secret-id')], ['glued to a word', glued('tencent-secret-id')]]
  },
  {
    ruleId: 'tencent-secret-key',
    positives: [hit('qcloud_secret_key = "$"', secretOf('tencent-secret-key'))],
    negatives: [['a SecretId in the same setting', `TENCENTCLOUD_SECRET_KEY=${secretOf('tencent-secret-id')}`], ['without the Tencent name', unnamed('tencent-secret-key')]]
  },
  {
    ruleId: 'alibaba-access-key-secret',
    positives: [hit('aliyun_access_key_secret: $', secretOf('alibaba-access-key-secret'))],
    negatives: [['an AccessKey id', `ALIBABA_CLOUD_ACCESS_KEY_ID=${join('LTAI', f.base62(20))}`], ['31 characters', longer('alibaba-access-key-secret')]]
  },
  {
    ruleId: 'azure-functions-key',
    negatives: [['without the padding', altered('azure-functions-key', '==', '')], ['another marker', altered('azure-functions-key', 'AzFu', 'AzFx')]]
  },
  {
    ruleId: 'azure-functions-key-legacy',
    positives: [hit('AZURE_FUNCTIONS_KEY=$', secretOf('azure-functions-key-legacy'))],
    negatives: [['too short', `x-functions-key: ${f.base64(20)}`], ['a reference', "curl -H 'x-functions-key: ${FUNCTION_KEY}'"]]
  },
  {
    ruleId: 'azure-ai-services-key',
    negatives: [['another signature', altered('azure-ai-services-key', 'ACOG', 'ACOX')], ['one character long', longer('azure-ai-services-key')]]
  },
  {
    ruleId: 'azure-openai-key-legacy',
    positives: [hit('Ocp-Apim-Subscription-Key: $', secretOf('azure-openai-key-legacy'))],
    negatives: [['an Azure OpenAI endpoint', 'AZURE_OPENAI_ENDPOINT=https://shop.openai.azure.com/'], ['a hash beside', elsewhere('AZURE_OPENAI', 'azure-openai-key-legacy')]]
  },
  {
    ruleId: 'azure-container-registry-password',
    negatives: [['another marker', altered('azure-container-registry-password', '+ACR', '+ACX')], ['one character short', shorter('azure-container-registry-password')]]
  },
  {
    ruleId: 'google-oauth-refresh-token',
    negatives: [['too short', `"refresh_token": "${join('1//0', f.base64url(20))}"`], ['a path', 'see file:///1//0/docs']]
  },
  {
    ruleId: 'firebase-cloud-messaging-server-key',
    negatives: [['a short body', shorter('firebase-cloud-messaging-server-key', 10)], ['another marker', altered('firebase-cloud-messaging-server-key', 'APA91b', 'APA92b')]]
  },
  {
    ruleId: 'scaleway-access-key',
    negatives: [['lower case', altered('scaleway-access-key', /^SCW/, 'scw')], ['one character short', shorter('scaleway-access-key')]]
  },
  {
    ruleId: 'scaleway-secret-key',
    positives: [hit('scaleway_secret_key = "$"', secretOf('scaleway-secret-key'))],
    negatives: [['a project id', `SCW_DEFAULT_PROJECT_ID=${f.uuid()}`], ['without the Scaleway name', unnamed('scaleway-secret-key')]]
  },
  {
    ruleId: 'linode-token',
    negatives: [['a hash beside a Linode URL', elsewhere('LINODE', 'linode-token')], ['63 characters', shorter('linode-token')]]
  },
  {
    ruleId: 'vultr-api-key',
    negatives: [['35 characters', shorter('vultr-api-key')], ['without the Vultr name', unnamed('vultr-api-key')]]
  },
  {
    ruleId: 'hetzner-token',
    positives: [hit('hcloud_token = "$"', secretOf('hetzner-token'))],
    negatives: [['63 characters', shorter('hetzner-token')], ['a reference', referenced('hetzner-token')]]
  },
  {
    ruleId: 'ovh-api-secret',
    positives: [hit('OVH_CONSUMER_KEY=$', f.base62(32))],
    negatives: [['an application key name', `OVH_APPLICATION_KEY=${f.base62(16)}`], ['inside a word', `overhead_secret=${secretOf('ovh-api-secret')}`]]
  },
  {
    ruleId: 'railway-token',
    negatives: [['a Railway project id', `RAILWAY_PROJECT_ID=${f.uuid()}`], ['without the Railway name', unnamed('railway-token')]]
  },
  {
    ruleId: 'koyeb-token',
    negatives: [['63 characters', shorter('koyeb-token')], ['without the Koyeb name', unnamed('koyeb-token')]]
  },
  {
    ruleId: 'fastly-api-token',
    negatives: [['a Fastly service id beside a hash', elsewhere('FASTLY', 'fastly-api-token')], ['33 characters', longer('fastly-api-token')]]
  },
  {
    ruleId: 'akamai-edgegrid-client-secret',
    negatives: [
      ['a client secret in a file without an Akamai host', `client_secret = ${secretOf('akamai-edgegrid-client-secret')}\n`],
      ['without the padding', sampleFor('akamai-edgegrid-client-secret').line.replace(/=\n/, '\n')]
    ]
  },
  {
    ruleId: 'backblaze-b2-application-key',
    negatives: [['one character short', shorter('backblaze-b2-application-key')], ['not K00', altered('backblaze-b2-application-key', 'K005', 'K105')]]
  },
  {
    ruleId: 'wasabi-secret-key',
    negatives: [['an access key id', `WASABI_ACCESS_KEY=${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20)}`], ['41 characters', longer('wasabi-secret-key')]]
  },
  {
    ruleId: 'digitalocean-spaces-access-key',
    negatives: [['one character short', shorter('digitalocean-spaces-access-key')], ['lower case', altered('digitalocean-spaces-access-key', /.$/, 'a')]]
  },
  {
    ruleId: 'digitalocean-spaces-secret-key',
    negatives: [['a Spaces bucket name', 'SPACES_SECRET_BUCKET=shop-assets'], ['42 characters', shorter('digitalocean-spaces-secret-key')]]
  }
];
