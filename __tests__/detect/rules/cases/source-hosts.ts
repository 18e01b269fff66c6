import { base62Crc32 } from '../../../../src/detect/rules/checksums.js';
import { createFaker } from '../fake-values.js';
import { routableGitLabToken } from '../samples.js';
import { altered, glued, hit, longer, referenced, shorter, type RuleCases } from './near-miss.js';

const f = createFaker(101);
const join = (...parts: string[]) => parts.join('');
const body = f.base62(30);
const oauth = join('gho', '_', body, base62Crc32(body));
const fineGrained = join('github', '_pat_', f.base62(22), '_', f.base62(59));
const installationJwt = join('ghs', '_', '123456_', 'eyJ', f.base64url(30), '-J_', '.', f.base64url(300), '.', f.base64url(86));

export const SOURCE_HOST_CASES: RuleCases[] = [
  {
    ruleId: 'github-token',
    positives: [
      hit('GITHUB_TOKEN=$', oauth),
      hit('token: $', fineGrained),
      // After an escaped newline inside a JSON string: `\b` would miss it.
      hit('{"env": "A=1\\nGH_TOKEN=$"}', oauth),
      hit('{"script": "echo 1\\n$"}', oauth)
    ],
    negatives: [
      ['one character short', shorter('github-token')],
      ['inside a longer word', longer('github-token')],
      ['glued to the word before', glued('github-token')],
      ['an unknown gh prefix', altered('github-token', 'ghp_', 'ghx_')],
      ['a reference to the secret', 'token: ${{ secrets.GITHUB_TOKEN }}'],
      ['a fine-grained token with a short first part', `t=${join('github', '_pat_', f.base62(21), '_', f.base62(59))}`]
    ]
  },
  {
    ruleId: 'github-app-user-token',
    negatives: [
      ['one character short', shorter('github-app-user-token')],
      ['a dash instead of the underscore', altered('github-app-user-token', 'ghu_', 'ghu-')]
    ]
  },
  {
    ruleId: 'github-app-installation-token',
    positives: [hit('GITHUB_TOKEN=$', installationJwt), hit('Authorization: token $', installationJwt)],
    negatives: [
      ['one character short', shorter('github-app-installation-token')],
      ['the JWT form without its signature', `t=${installationJwt.slice(0, installationJwt.lastIndexOf('.'))}`],
      ['the JWT form without an app id', `t=${installationJwt.replace('123456_', '')}`]
    ]
  },
  {
    ruleId: 'github-refresh-token',
    positives: [hit('"refresh_token": "$"', join('ghr', '_', f.base62(76)))],
    negatives: [
      ['too short', shorter('github-refresh-token', 5)],
      ['too long', longer('github-refresh-token', f.base62(41))]
    ]
  },
  {
    ruleId: 'gitlab-personal-access-token',
    positives: [
      hit('GITLAB_TOKEN=$', join('glpat', '-', f.base64url(20))),
      hit('PRIVATE-TOKEN: $', routableGitLabToken(f, 'glpat-'))
    ],
    negatives: [
      ['a classic token one character short', `GITLAB_TOKEN=${join('glpat', '-', f.base64url(19))}`],
      ['a routable token without its CRC', altered('gitlab-personal-access-token', /.{7}$/, '')],
      ['an underscore instead of the dash', altered('gitlab-personal-access-token', 'glpat-', 'glpat_')]
    ]
  },
  {
    ruleId: 'gitlab-deploy-token',
    positives: [hit('password: $', routableGitLabToken(f, 'gldt-'))],
    negatives: [
      ['one character short', shorter('gitlab-deploy-token')],
      ['one character long', longer('gitlab-deploy-token')]
    ]
  },
  {
    ruleId: 'gitlab-runner-token',
    positives: [hit('token = "$"', join('glrt', '-t1_', f.base64url(20))), hit('token = "$"', routableGitLabToken(f, 'glrtr-'))],
    negatives: [
      ['one character short', shorter('gitlab-runner-token')],
      ['the registration-token prefix of old', altered('gitlab-runner-token', 'glrt-', 'glrx-')]
    ]
  },
  {
    ruleId: 'gitlab-runner-registration-token',
    negatives: [
      ['one character short', shorter('gitlab-runner-registration-token')],
      ['another prefix number', altered('gitlab-runner-registration-token', 'GR1348941', 'GR1348942')]
    ]
  },
  {
    ruleId: 'gitlab-pipeline-trigger-token',
    negatives: [
      ['not hex', altered('gitlab-pipeline-trigger-token', /[0-9a-f]$/, 'z')],
      ['39 hex characters', shorter('gitlab-pipeline-trigger-token')]
    ]
  },
  {
    ruleId: 'gitlab-oauth-app-secret',
    negatives: [
      ['63 hex characters', shorter('gitlab-oauth-app-secret')],
      ['upper-case hex', altered('gitlab-oauth-app-secret', /[a-f]/g, 'F')]
    ]
  },
  {
    ruleId: 'gitlab-ci-job-token',
    negatives: [
      ['a partition of 6', altered('gitlab-ci-job-token', /glcbt-[A-Za-z0-9]{2}_/, 'glcbt-7Hq2Lw_')],
      ['one character short', shorter('gitlab-ci-job-token')]
    ]
  },
  {
    ruleId: 'gitlab-agent-token',
    negatives: [
      ['one character short', shorter('gitlab-agent-token')],
      ['the prefix without its dash', altered('gitlab-agent-token', 'glagent-', 'glagent')]
    ]
  },
  {
    ruleId: 'gitlab-feed-token',
    negatives: [
      ['one character short', shorter('gitlab-feed-token')],
      ['a reference', referenced('gitlab-feed-token')]
    ]
  },
  {
    ruleId: 'gitlab-scim-token',
    negatives: [['one character short', shorter('gitlab-scim-token')]]
  },
  {
    ruleId: 'bitbucket-app-password',
    negatives: [
      ['too short', shorter('bitbucket-app-password', 5)],
      ['lower-case prefix', altered('bitbucket-app-password', 'ATBB', 'atbb')]
    ]
  }
];
