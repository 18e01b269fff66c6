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
