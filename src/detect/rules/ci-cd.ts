/**
 * CI/CD and code-quality services: Travis CI, Coveralls, Codecov, Drone, AppVeyor, Jenkins,
 * SonarQube/SonarCloud, Snyk, Harness, Bitrise, Semaphore, GitGuardian. CircleCI and Buildkite
 * are in `devops.ts`. A CI token reads build logs and secrets, and often starts builds that deploy.
 *
 * Most of these tokens have no prefix, so they count only when assigned to the service's name
 * (`assigned.ts`); SonarQube and Harness tokens carry their own prefix.
 */
import type { SecretRule } from '../contracts.js';
import { UUID, assignedTo, END_VALUE } from './assigned.js';
import { END, END_URL, START, rx } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const ci = (rule: Omit<SecretRule, 'category' | 'severity'> & Partial<SecretRule>): SecretRule => ({
  severity: 'high',
  category: 'saas',
  ...rule
});

/** A context rule's defaults: a guess from the name, a floor on randomness. */
const byName = { confidence: 'medium', minEntropy: 3.5 } as const;

export const CI_CD_RULES: readonly SecretRule[] = [
  // API tokens (22 characters): https://docs.travis-ci.com/user/triggering-builds/
  ci({
    id: 'travis-ci-token',
    title: 'Travis CI API token',
    description: 'A 22-character Travis CI API token assigned to a Travis name.',
    keywords: ['travis'],
    pattern: assignedTo('travis', '[a-z0-9_-]{22}', END_URL),
    ...byName,
    remediation: rotateThenRemove('regenerate the token in Travis CI → Account settings → Settings → API authentication')
  }),
  // `repo_token` in .coveralls.yml or COVERALLS_REPO_TOKEN: https://docs.coveralls.io/api-introduction
  ci({
    id: 'coveralls-repo-token',
    title: 'Coveralls repo token',
    description: 'A Coveralls repo token (32–40 characters) assigned to `repo_token` or a Coveralls name.',
    keywords: ['coveralls', 'repo_token'],
    pattern: assignedTo('coveralls|repo_token', '[a-z0-9]{32,40}', END_VALUE),
    // `repo_token` is Coveralls' own key name (.coveralls.yml, .travis.yml): a generated value there is
    // the token, which lets anyone post coverage as the repository — high, not a guess.
    confidence: 'high',
    minEntropy: 3.5,
    remediation: rotateThenRemove('regenerate the repo token on coveralls.io → the repository → Settings')
  }),
  // Upload tokens are UUIDs: https://docs.codecov.com/docs/codecov-tokens
  ci({
    id: 'codecov-token',
    title: 'Codecov upload token',
    description: 'A Codecov upload token (a UUID) assigned to a Codecov token name (`CODECOV_TOKEN=…`).',
    severity: 'medium',
    keywords: ['codecov'],
    pattern: assignedTo(String.raw`codecov[a-z0-9_.-]{0,20}token`, UUID, '(?![a-z0-9-])'),
    confidence: 'medium',
    skipFilters: ['uuid'],
    remediation: rotateThenRemove('regenerate the token in Codecov → the repository (or organization) → Settings → General')
  }),
  // Personal tokens (32 characters): https://docs.drone.io/cli/setup/
  ci({
    id: 'drone-token',
    title: 'Drone CI token',
    description: 'A 32-character Drone CI token assigned to a Drone name (`DRONE_TOKEN=…`).',
    keywords: ['drone'],
    pattern: assignedTo('drone', '[a-z0-9]{32}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('rotate the token in the Drone UI → User settings (or `drone user update --rotate`)')
  }),
  // API keys, `v2.` + 20 in the newer form: https://www.appveyor.com/docs/api/#authentication
  ci({
    id: 'appveyor-token',
    title: 'AppVeyor API key',
    description: 'An AppVeyor API key (20 characters, or `v2.` + 20) assigned to an AppVeyor name.',
    keywords: ['appveyor'],
    pattern: assignedTo('appveyor', String.raw`(?:v2\.)?[a-z0-9]{20}`, END_VALUE),
    ...byName,
    remediation: rotateThenRemove('regenerate the API key in AppVeyor → My profile → API keys')
  }),
  // API tokens: `11` + 32 hex since Jenkins 2.129, 32 hex before: https://www.jenkins.io/doc/book/system-administration/authenticating-scripted-clients/
  ci({
    id: 'jenkins-api-token',
    title: 'Jenkins API token',
    description: 'A Jenkins API token (32 or 34 hex characters) assigned to a Jenkins name.',
    keywords: ['jenkins'],
    pattern: assignedTo('jenkins', '11[a-f0-9]{32}|[a-f0-9]{32}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('revoke the token in Jenkins → the user → Security → API Token, and check the build history for its use')
  }),
  // `squ_` user, `sqp_` project and `sqa_` global analysis tokens: https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/
  ci({
    id: 'sonarqube-token',
    title: 'SonarQube token',
    description: 'SonarQube user, project analysis and global analysis tokens (`squ_`, `sqp_`, `sqa_` + 40 hex characters).',
    keywords: ['squ_', 'sqp_', 'sqa_'],
    pattern: rx`${START}sq[upa]_[a-f0-9]{40}${END}`,
    remediation: rotateThenRemove('revoke the token in SonarQube → My Account → Security (admins: Administration → Security → Users)')
  }),
  // SonarCloud and older SonarQube tokens are 40 hex without a prefix, passed as `sonar.login` / `SONAR_TOKEN`.
  ci({
    id: 'sonar-token-legacy',
    title: 'SonarCloud / SonarQube token (unprefixed)',
    description: 'A 40-hex-character SonarCloud or SonarQube token assigned to `sonar.login`, `sonar.token` or `SONAR_TOKEN`.',
    keywords: ['sonar'],
    pattern: assignedTo(String.raw`sonar[_.-]?(?:cloud[_.-]?)?(?:login|token|auth)`, '[a-f0-9]{40}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('revoke the token in SonarCloud (or SonarQube) → My Account → Security and create a new one')
  }),
  // API tokens are UUIDs: https://docs.snyk.io/snyk-api/authentication-for-api
  ci({
    id: 'snyk-token',
    title: 'Snyk API token',
    description: 'A Snyk API token (a UUID) assigned to a Snyk token or key name (`SNYK_TOKEN=…`); org and project ids are UUIDs too.',
    keywords: ['snyk'],
    pattern: assignedTo(String.raw`snyk[a-z0-9_.-]{0,20}(?:token|key|auth)`, UUID, '(?![a-z0-9-])'),
    confidence: 'medium',
    skipFilters: ['uuid'],
    remediation: rotateThenRemove('revoke and regenerate the token in Snyk → Account settings → API token (or the service account\'s token)')
  }),
  // Personal and service account tokens `pat.`/`sat.`: https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/
  ci({
    id: 'harness-token',
    title: 'Harness API token',
    description: 'Harness personal and service account tokens (`pat.` or `sat.` + account id, key id and secret).',
    severity: 'critical',
    keywords: ['pat.', 'sat.'],
    pattern: rx`${START}[ps]at\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}${END}`,
    remediation: rotateThenRemove('delete the token in Harness → My Profile → My API Keys (or the service account\'s API keys)')
  }),
  // Personal access tokens: https://devcenter.bitrise.io/en/accounts/personal-access-tokens.html
  ci({
    id: 'bitrise-token',
    title: 'Bitrise access token',
    description: 'A Bitrise personal or workspace access token (60–100 characters) assigned to a Bitrise name.',
    keywords: ['bitrise'],
    pattern: assignedTo('bitrise', '[a-z0-9_-]{60,100}', END_URL),
    ...byName,
    minEntropy: 4,
    remediation: rotateThenRemove('delete the token in Bitrise → Account settings → Security → Personal access tokens')
  }),
  // API tokens: https://docs.semaphoreci.com/reference/api
  ci({
    id: 'semaphore-token',
    title: 'Semaphore API token',
    description: 'A Semaphore CI API token (20–64 characters) assigned to a Semaphore name.',
    keywords: ['semaphore'],
    pattern: assignedTo(String.raw`semaphore[a-z0-9_.-]{0,20}(?:token|key|secret)`, '[a-z0-9_-]{20,64}', END_URL),
    ...byName,
    remediation: rotateThenRemove('regenerate the API token in Semaphore → Profile settings → API token')
  }),
  // Personal access tokens and service accounts: https://docs.gitguardian.com/api-docs/authentication
  ci({
    id: 'gitguardian-token',
    title: 'GitGuardian API key',
    description: 'A GitGuardian API key (64–72 characters) assigned to a GitGuardian name (`GITGUARDIAN_API_KEY=…`).',
    severity: 'medium',
    keywords: ['gitguardian'],
    pattern: assignedTo('gitguardian', '[a-z0-9]{64,72}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('revoke the key in the GitGuardian dashboard → API → Personal access tokens (or Service accounts)')
  }),
  // API keys `API-` + 26 upper-case characters: https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key
  ci({
    id: 'octopus-deploy-api-key',
    title: 'Octopus Deploy API key',
    description: 'Octopus Deploy API keys (`API-` + 26 upper-case letters and digits): deploy as the user.',
    severity: 'critical',
    keywords: ['api-'],
    pattern: rx`${START}API-[A-Z0-9]{26}${END}`,
    minEntropy: 3.5,
    remediation: rotateThenRemove('revoke the key in Octopus → your profile → My API Keys (or the service account\'s API keys)')
  })
];
