/**
 * Source hosts beside GitHub and GitLab's prefixed tokens (`source-hosts.ts`): Bitbucket and
 * Atlassian, Azure DevOps, Gitea/Forgejo, and the unprefixed tokens GitHub and GitLab issued
 * before their prefixes, reported only when assigned to the host's name.
 */
import type { SecretRule } from '../contracts.js';
import { WORD_START, assignedTo, END_VALUE } from './assigned.js';
import { END, END_URL, START, rx } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const host = (rule: Omit<SecretRule, 'category'>): SecretRule => ({ ...rule, category: 'source-host' });

const BITBUCKET_ROTATE = rotateThenRemove('revoke it in Bitbucket → Personal settings → App passwords (or the repository, project or workspace Settings → Access tokens), and move to an API token');
const ADO_ROTATE = rotateThenRemove('revoke the token in Azure DevOps → User settings → Personal access tokens (admins: Organization settings → Microsoft Entra → revoke PATs)');

export const GIT_HOST_RULES: readonly SecretRule[] = [
  // App passwords carry `ATBB`: https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/
  host({
    id: 'bitbucket-app-password',
    title: 'Bitbucket app password',
    description: 'Bitbucket Cloud app passwords (`ATBB` + 28 or more characters).',
    severity: 'critical',
    keywords: ['atbb'],
    pattern: rx`${START}ATBB[A-Za-z0-9_=.-]{28,64}(?![A-Za-z0-9_=.-])`,
    remediation: BITBUCKET_ROTATE
  }),
  // Repository, project and workspace access tokens `ATCTT3…`:
  // https://support.atlassian.com/bitbucket-cloud/docs/repository-access-tokens/
  host({
    id: 'bitbucket-access-token',
    title: 'Bitbucket access token',
    description: 'Bitbucket Cloud repository, project and workspace access tokens (`ATCTT3` + about 186 characters).',
    severity: 'critical',
    keywords: ['atctt3'],
    pattern: rx`${START}ATCTT3[A-Za-z0-9_=-]{150,250}(?![A-Za-z0-9_=-])`,
    remediation: BITBUCKET_ROTATE
  }),
  // App passwords made before the `ATBB` prefix are 20 letters and digits.
  host({
    id: 'bitbucket-app-password-legacy',
    title: 'Bitbucket app password (unprefixed)',
    description: 'A 20-character Bitbucket app password assigned to a Bitbucket password or token name (`BITBUCKET_APP_PASSWORD=…`).',
    severity: 'critical',
    keywords: ['bitbucket'],
    pattern: assignedTo(String.raw`bitbucket[a-z0-9_.-]{0,20}(?:password|passwd|pass|token)`, '[a-z0-9]{20}', END_VALUE),
    minEntropy: 3.5,
    confidence: 'medium',
    remediation: BITBUCKET_ROTATE
  }),
  // OAuth consumer secrets: https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/
  host({
    id: 'bitbucket-client-secret',
    title: 'Bitbucket OAuth consumer secret',
    description: 'A Bitbucket OAuth consumer secret (32 or 64 characters) assigned to a Bitbucket secret name.',
    severity: 'high',
    keywords: ['bitbucket'],
    pattern: assignedTo(String.raw`bitbucket[a-z0-9_.-]{0,20}secret`, '[a-z0-9]{32}|[a-z0-9_=-]{64}', END_URL),
    minEntropy: 3.5,
    confidence: 'medium',
    remediation: rotateThenRemove('reset the consumer secret in Bitbucket → Workspace settings → OAuth consumers → Edit')
  }),
  // Before `ATATT3`, Atlassian API tokens were 24 characters (gitleaks' `atlassian-api-token`
  // rule); they still work where they were not revoked.
  host({
    id: 'atlassian-api-token-legacy',
    title: 'Atlassian API token (24 characters)',
    description: 'A 24-character Atlassian API token assigned to a Jira, Confluence or Atlassian name.',
    severity: 'high',
    keywords: ['jira', 'confluence', 'atlassian'],
    pattern: assignedTo('jira|confluence|atlassian', '[a-z0-9]{24}', END_VALUE),
    minEntropy: 3.5,
    confidence: 'medium',
    remediation: rotateThenRemove('revoke the token at id.atlassian.com → Security → API tokens and create a new one')
  }),
  // New PATs are 84 characters with the `JQQJ` marker of Microsoft's identifiable keys and the
  // `AZDO` signature at 76: https://learn.microsoft.com/purview/sit-defn-azure-devops-personal-access-token
  host({
    id: 'azure-devops-pat',
    title: 'Azure DevOps personal access token',
    description: 'Azure DevOps personal access tokens in the 84-character format (`…JQQJ…AZDO…`).',
    severity: 'critical',
    keywords: ['azdo'],
    pattern: rx`${START}[A-Za-z0-9]{52}JQQJ[A-Za-z0-9]{20}AZDO[A-Za-z0-9]{4}${END}`,
    remediation: ADO_ROTATE
  }),
  // Older PATs are 52 lowercase base32 characters: https://learn.microsoft.com/purview/sit-defn-azure-devops-personal-access-token
  host({
    id: 'azure-devops-pat-legacy',
    title: 'Azure DevOps personal access token (52 characters)',
    description: 'A 52-character Azure DevOps personal access token assigned to an Azure DevOps, ADO or VSTS name.',
    severity: 'critical',
    keywords: ['azure_devops', 'azure-devops', 'azuredevops', 'azdo', 'ado_', 'ado-', 'vsts', 'devops'],
    pattern: assignedTo(String.raw`azure[_-]?devops|azdo|${WORD_START}ado[_-]|vsts|devops`, '[a-z2-7]{52}', END_VALUE),
    minEntropy: 3.5,
    confidence: 'medium',
    remediation: ADO_ROTATE
  }),
  // Access tokens are 40 hex characters: https://docs.gitea.com/development/api-usage
  host({
    id: 'gitea-token',
    title: 'Gitea / Forgejo access token',
    description: 'A 40-hex-character Gitea, Forgejo or Codeberg access token assigned to one of those names.',
    severity: 'critical',
    keywords: ['gitea', 'forgejo', 'codeberg'],
    pattern: assignedTo('gitea|forgejo|codeberg', '[a-f0-9]{40}', END_VALUE),
    minEntropy: 3,
    confidence: 'medium',
    remediation: rotateThenRemove('delete the token in the instance\'s Settings → Applications → Access tokens and create a new one')
  }),
  // Before April 2021 GitHub tokens were 40 hex characters without a prefix:
  // https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
  // OAuth app client secrets are 40 hex too.
  host({
    id: 'github-token-legacy',
    title: 'GitHub token or client secret (40 hex)',
    description: 'A 40-hex-character GitHub token or OAuth client secret assigned to a GitHub token or secret name.',
    severity: 'critical',
    keywords: ['github', 'gh_'],
    pattern: assignedTo(String.raw`(?:github|${WORD_START}gh_)[a-z0-9_.-]{0,20}(?:token|secret|pat|password)`, '[a-f0-9]{40}', END_VALUE),
    minEntropy: 3,
    confidence: 'medium',
    remediation: rotateThenRemove('delete the token under GitHub Settings → Developer settings, or reset the OAuth app\'s client secret')
  }),
  // Before GitLab 14.5 tokens had no `glpat-` prefix (20 characters): https://docs.gitlab.com/security/tokens/#token-prefixes
  host({
    id: 'gitlab-token-legacy',
    title: 'GitLab token (unprefixed)',
    description: 'A 20-character GitLab token without a prefix, assigned to a GitLab token name.',
    severity: 'critical',
    keywords: ['gitlab'],
    pattern: assignedTo(String.raw`gitlab[a-z0-9_.-]{0,20}(?:token|password)`, '[a-z0-9_-]{20}', END_URL),
    minEntropy: 3.5,
    confidence: 'medium',
    remediation: rotateThenRemove('revoke it in GitLab → User settings → Access tokens (or the project or group\'s Settings → Access tokens)')
  }),
  // Access tokens `sgp_` (with the instance id since 5.x): https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token
  host({
    id: 'sourcegraph-token',
    title: 'Sourcegraph access token',
    description: 'Sourcegraph access tokens (`sgp_` + 40 hex characters, optionally after a 16-hex instance id or `local`).',
    severity: 'high',
    keywords: ['sgp_'],
    pattern: rx`${START}sgp_(?:(?:[a-f0-9]{16}|local)_)?[a-f0-9]{40}${END}`,
    remediation: rotateThenRemove('delete the token in Sourcegraph → Settings → Access tokens')
  })
];
