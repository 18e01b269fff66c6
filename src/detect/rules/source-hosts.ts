/**
 * Source hosts: GitHub and GitLab prefixed tokens. Bitbucket, Azure DevOps, Gitea and unprefixed
 * tokens are in `git-hosts.ts`.
 *
 * GitHub formats: https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
 * and, for the `ghs_APPID_JWT` installation tokens rolled out from April 2026,
 * https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app
 * GitLab prefixes: https://docs.gitlab.com/security/tokens/#token-prefixes
 */
import type { SecretRule } from '../contracts.js';
import { verifyGitHubToken, verifyGitLabToken } from './checksums.js';
import { END, END_URL, START, rx } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

/**
 * A GitLab token body: the classic 20 characters, or the routable form (since 17.x, up to 300
 * characters): base64url payload, optional `.version`, then `.` + length and CRC in base36.
 */
const GITLAB_BODY = String.raw`(?:[A-Za-z0-9_-]{20}|[A-Za-z0-9_-]{27,300}(?:\.[0-9a-z]{2})?\.[0-9a-z]{9})${END_URL}`;

const GITLAB_TOKEN_PAGE = 'GitLab → User settings → Access tokens (or the group or project\'s Settings → Access tokens)';

const gitlab = (rule: Omit<SecretRule, 'verify' | 'category' | 'severity'> & Partial<SecretRule>): SecretRule => ({
  severity: 'critical',
  verify: verifyGitLabToken,
  category: 'source-host',
  ...rule
});

export const SOURCE_HOST_RULES: readonly SecretRule[] = [
  {
    id: 'github-token',
    title: 'GitHub token',
    description:
      'GitHub personal access tokens (classic `ghp_`, fine-grained `github_pat_`) and OAuth app tokens (`gho_`).',
    severity: 'critical',
    keywords: ['ghp_', 'gho_', 'github_pat_'],
    pattern: rx`${START}(?:gh[po]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${END}`,
    verify: verifyGitHubToken,
    remediation: rotateThenRemove(
      'delete the token under GitHub Settings → Developer settings → Personal access tokens, or revoke the OAuth app under Settings → Applications'
    ),
    category: 'source-host'
  },
  {
    id: 'github-app-user-token',
    title: 'GitHub App user access token',
    description: 'GitHub App user-to-server tokens (`ghu_`), acting as the user who authorized the app.',
    severity: 'high',
    keywords: ['ghu_'],
    pattern: rx`${START}ghu_[A-Za-z0-9]{36}${END}`,
    verify: verifyGitHubToken,
    remediation: rotateThenRemove(
      'revoke it with `DELETE /applications/{client_id}/token`, or have the user revoke the app under Settings → Applications'
    ),
    category: 'source-host'
  },
  // Installation tokens live an hour, but an hour of `contents: write` is enough.
  {
    id: 'github-app-installation-token',
    title: 'GitHub App installation token',
    description: 'GitHub App installation (server-to-server) tokens: `ghs_` + 36 characters, or the longer `ghs_APPID_JWT` form.',
    severity: 'high',
    keywords: ['ghs_'],
    pattern: rx`${START}ghs_(?:[A-Za-z0-9]{36}|[0-9]{1,20}_[A-Za-z0-9_-]{10,2000}\.[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{10,2000})${END_URL}`,
    verify: verifyGitHubToken,
    remediation: rotateThenRemove(
      'revoke it with `DELETE /installation/token` (it also expires within an hour), and generate a new private key for the GitHub App if the app\'s own key leaked with it'
    ),
    category: 'source-host'
  },
  {
    id: 'github-refresh-token',
    title: 'GitHub App refresh token',
    description: 'GitHub App user refresh tokens (`ghr_`), which mint new user access tokens for months.',
    severity: 'high',
    keywords: ['ghr_'],
    pattern: rx`${START}ghr_[A-Za-z0-9]{36,76}${END}`,
    verify: verifyGitHubToken,
    remediation: rotateThenRemove(
      'revoke the user\'s grant with `DELETE /applications/{client_id}/grant`, which invalidates its refresh and access tokens'
    ),
    category: 'source-host'
  },
  gitlab({
    id: 'gitlab-personal-access-token',
    title: 'GitLab personal access token',
    description: 'GitLab personal, project and group access tokens (`glpat-`), classic or routable.',
    keywords: ['glpat-'],
    pattern: rx`${START}glpat-${GITLAB_BODY}`,
    remediation: rotateThenRemove(`revoke or rotate it in ${GITLAB_TOKEN_PAGE}, or with \`POST /personal_access_tokens/:id/rotate\``)
  }),
  gitlab({
    id: 'gitlab-deploy-token',
    title: 'GitLab deploy token',
    description: 'GitLab deploy tokens (`gldt-`): repository, registry and package access.',
    keywords: ['gldt-'],
    pattern: rx`${START}gldt-${GITLAB_BODY}`,
    remediation: rotateThenRemove('revoke it in the project or group Settings → Repository → Deploy tokens and create a new one')
  }),
  gitlab({
    id: 'gitlab-runner-token',
    title: 'GitLab runner authentication token',
    description: 'GitLab runner authentication tokens (`glrt-`, routable `glrtr-`): run jobs and read their secrets.',
    keywords: ['glrt-', 'glrtr-'],
    pattern: rx`${START}glrtr?-(?:t\d_)?${GITLAB_BODY}`,
    remediation: rotateThenRemove(
      'reset it with `POST /runners/:id/reset_authentication_token`, or delete the runner in Settings → CI/CD → Runners and register a new one'
    )
  }),
  gitlab({
    id: 'gitlab-runner-registration-token',
    title: 'GitLab runner registration token',
    description: 'Deprecated GitLab runner registration tokens (`GR1348941` + 20 characters): anyone can attach a runner.',
    severity: 'high',
    keywords: ['gr1348941'],
    pattern: rx`${START}GR1348941[A-Za-z0-9_-]{20}${END_URL}`,
    remediation: rotateThenRemove(
      'reset the registration token in Settings → CI/CD → Runners, and move to runner authentication tokens (`glrt-`)'
    )
  }),
  gitlab({
    id: 'gitlab-pipeline-trigger-token',
    title: 'GitLab pipeline trigger token',
    description: 'GitLab pipeline trigger tokens (`glptt-`): start pipelines as the token owner.',
    severity: 'high',
    keywords: ['glptt-'],
    pattern: rx`${START}glptt-(?:[0-9a-f]{40}${END}|${GITLAB_BODY})`,
    remediation: rotateThenRemove('revoke it in Settings → CI/CD → Pipeline trigger tokens and add a new one')
  }),
  gitlab({
    id: 'gitlab-oauth-app-secret',
    title: 'GitLab OAuth application secret',
    description: 'GitLab OAuth application secrets (`gloas-` + 64 hex characters).',
    keywords: ['gloas-'],
    pattern: rx`${START}gloas-[0-9a-f]{64}${END}`,
    remediation: rotateThenRemove('renew the secret under Settings → Applications (user, group or admin) → the application → Renew secret')
  }),
  gitlab({
    id: 'gitlab-ci-job-token',
    title: 'GitLab CI/CD job token',
    description: 'GitLab CI/CD job tokens (`glcbt-`), valid while their job runs.',
    severity: 'medium',
    keywords: ['glcbt-'],
    pattern: rx`${START}glcbt-(?:[0-9A-Za-z]{1,5}_[0-9A-Za-z_-]{20}${END_URL}|${GITLAB_BODY})`,
    remediation: rotateThenRemove('cancel the job (its token dies with it) and find how the token got out of the job log or artifacts')
  }),
  gitlab({
    id: 'gitlab-agent-token',
    title: 'GitLab agent for Kubernetes token',
    description: 'GitLab agent for Kubernetes tokens (`glagent-`): cluster access through the agent.',
    keywords: ['glagent-'],
    pattern: rx`${START}glagent-(?:[A-Za-z0-9_-]{50}${END_URL}|${GITLAB_BODY})`,
    remediation: rotateThenRemove('revoke the token under Operate → Kubernetes clusters → the agent → Access tokens and create a new one')
  }),
  gitlab({
    id: 'gitlab-feed-token',
    title: 'GitLab feed token',
    description: 'GitLab feed tokens (`glft-`): read activity and issue feeds as the user.',
    severity: 'medium',
    keywords: ['glft-'],
    pattern: rx`${START}glft-${GITLAB_BODY}`,
    remediation: rotateThenRemove('reset it in User settings → Access tokens → Feed token')
  }),
  gitlab({
    id: 'gitlab-scim-token',
    title: 'GitLab SCIM token',
    description: 'GitLab SCIM OAuth tokens (`glsoat-`): provision and deprovision group members.',
    keywords: ['glsoat-'],
    pattern: rx`${START}glsoat-${GITLAB_BODY}`,
    remediation: rotateThenRemove('reset the SCIM token in the group\'s Settings → SAML SSO → Generate a SCIM token')
  }),
  gitlab({
    id: 'gitlab-feature-flag-client-token',
    title: 'GitLab feature flag client token',
    description: 'GitLab feature flag client tokens (`glffct-`): read a project\'s feature flags and user lists.',
    severity: 'medium',
    keywords: ['glffct-'],
    pattern: rx`${START}glffct-${GITLAB_BODY}`,
    remediation: rotateThenRemove('reset the token in the project\'s Deploy → Feature flags → Configure → Reset token')
  }),
  gitlab({
    id: 'gitlab-incoming-mail-token',
    title: 'GitLab incoming email token',
    description: 'GitLab incoming email tokens (`glimt-`): create issues and merge requests by email as the user.',
    severity: 'medium',
    keywords: ['glimt-'],
    pattern: rx`${START}glimt-(?:[A-Za-z0-9_-]{25}${END_URL}|${GITLAB_BODY})`,
    remediation: rotateThenRemove('reset it in User settings → Access tokens → Incoming email token')
  }),
  // The session cookie is the signed-in browser: https://docs.gitlab.com/security/tokens/#token-prefixes
  gitlab({
    id: 'gitlab-session-cookie',
    title: 'GitLab session cookie',
    description: 'A GitLab session cookie (`_gitlab_session=` + 32 hex characters): the user\'s signed-in session.',
    severity: 'high',
    keywords: ['_gitlab_session='],
    pattern: rx`_gitlab_session=([0-9a-f]{32})${END}`,
    secretGroup: 1,
    verify: undefined,
    remediation: rotateThenRemove('sign the user out of every session (User settings → Active sessions → Revoke)')
  })
];
