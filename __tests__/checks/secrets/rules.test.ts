import { createSecretScanner } from '../../../src/detect/create-scanner.js';
import { BUILTIN_RULES } from '../../../src/detect/rules.js';
import { configWith } from './config-fixture.js';
import { FAKE } from './fake-secrets.js';

const scanner = createSecretScanner({ rules: BUILTIN_RULES, config: configWith().secrets, today: () => new Date(0) });

/** Rule ids found by the built-in rules in a one-line file a change adds. */
function ruleIdsOn(text: string): string[] {
  return scanner.scan({ path: 'src/app.ts', text, origin: 'added' }).map((f) => f.ruleId);
}

describe('built-in rules: positive cases', () => {
  test.each([
    ['github-token', `const token = '${FAKE.githubClassic}';`],
    ['github-token', `GITHUB_TOKEN=${FAKE.githubOauth}`],
    ['github-token', `token: ${FAKE.githubFineGrained}`],
    ['aws-access-key-id', `aws_access_key_id = ${FAKE.awsKeyId}`],
    ['aws-access-key-id', `"AccessKeyId": "${FAKE.awsTempKeyId}"`],
    ['aws-secret-access-key', `aws_secret_access_key = ${FAKE.awsSecret}`],
    ['aws-secret-access-key', `export AWS_SECRET_ACCESS_KEY="${FAKE.awsSecret}"`],
    ['aws-secret-access-key', `  "aws_secret_key": "${FAKE.awsSecret}",`],
    ['aws-secret-access-key', `awsSecretAccessKey: '${FAKE.awsSecret}'`],
    ['stripe-live-secret-key', `STRIPE_SECRET_KEY=${FAKE.stripeLive}`],
    ['stripe-live-secret-key', `stripe(${JSON.stringify(FAKE.stripeRestricted)})`],
    ['stripe-test-secret-key', `STRIPE_SECRET_KEY=${FAKE.stripeTest}`],
    ['slack-token', `SLACK_BOT_TOKEN=${FAKE.slackBot}`],
    ['slack-webhook-url', `webhook: ${FAKE.slackWebhook}`],
    ['private-key', FAKE.privateKeyHeader],
    ['private-key', `"key": "${FAKE.privateKeyHeader}\\nMIIEow..."`],
    ['private-key', FAKE.privateKeyHeader.replace('RSA ', '')],
    ['private-key', FAKE.privateKeyHeader.replace('RSA ', 'OPENSSH ')],
    ['private-key', FAKE.privateKeyHeader.replace('RSA ', 'PGP ').replace('KEY-', 'KEY BLOCK-')],
    ['google-api-key', `apiKey: "${FAKE.googleApiKey}",`],
    ['npm-token', `//registry.npmjs.org/:_authToken=${FAKE.npmToken}`]
  ])('%s in %j', (ruleId, text) => {
    expect(ruleIdsOn(text)).toEqual([ruleId]);
  });
});

describe('built-in rules: negative cases', () => {
  test.each([
    ['a classic GitHub token one character short', `t = '${FAKE.githubClassic.slice(0, -1)}'`],
    ['a classic GitHub token inside a longer word', `t = '${FAKE.githubClassic}Z'`],
    ['an unknown gh prefix', `t = '${FAKE.githubClassic.replace('ghp_', 'ghx_')}'`],
    ['a GitHub token read from the environment', 'token: ${{ secrets.GITHUB_TOKEN }}'],
    ['an AWS key id with a lowercase letter', `id = ${FAKE.awsKeyId.slice(0, -1)}a`],
    ['an AWS key id with base32-invalid digits', `id = ${FAKE.awsKeyId.slice(0, -2)}18`],
    ['an AWS key id with an unknown prefix', `id = ${FAKE.awsKeyId.replace('AKIA', 'AKIB')}`],
    ['40 base64 characters without an AWS name', `checksum = ${FAKE.awsSecret}`],
    ['an AWS secret name with a value too short', `aws_secret_access_key = ${FAKE.awsSecret.slice(1)}`],
    ['an AWS secret name with a value too long', `aws_secret_access_key = ${FAKE.awsSecret}Q`],
    ['an AWS secret from the environment', 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}'],
    ['a Stripe publishable key', `pk = ${FAKE.stripeLive.replace('sk_', 'pk_')}`],
    ['a Stripe live key that is too short', `key = ${FAKE.stripeLive.slice(0, 20)}`],
    ['a Slack token without the numeric part', 'SLACK_TOKEN=xoxb-your-token-here'],
    ['a Slack URL that is not a webhook', 'see https://hooks.slack.com/'],
    ['a public key', FAKE.privateKeyHeader.replace('RSA PRIVATE', 'PUBLIC')],
    ['a certificate', FAKE.privateKeyHeader.replace('RSA PRIVATE KEY', 'CERTIFICATE')],
    ['a Google key one character short', `k = "${FAKE.googleApiKey.slice(0, -1)}"`],
    ['an npm token with 35 characters', `t=${FAKE.npmToken.slice(0, -1)}`],
    ['prose mentioning Asia', 'Shipping to Asia and ACCA members takes 5 days.']
  ])('%s', (_name, text) => {
    expect(ruleIdsOn(text)).toEqual([]);
  });
});

describe('built-in rules: shape', () => {
  test.each(BUILTIN_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    expect(rule.pattern.global).toBe(true);
    expect(rule.keywords.every((keyword) => keyword === keyword.toLowerCase())).toBe(true);
    expect(rule.remediation).toMatch(/^Revoke or rotate it first/);
    expect(rule.remediation).toMatch(/environment or a secret store/);
    // Linear time: no quantified group (`(...)*`, `(...)+`, `(...){n}`), which is what nested
    // quantifiers need. A full ReDoS proof would use `recheck` (see LIBRARIES.md).
    expect(rule.pattern.source).not.toMatch(/\)[*+{]/);
  });

  test('ids are unique', () => {
    const ids = BUILTIN_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
