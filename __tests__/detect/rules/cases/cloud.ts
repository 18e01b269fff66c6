import { createFaker } from '../fake-values.js';
import { sampleFor } from '../samples.js';
import { altered, glued, hit, longer, referenced, shorter, swap, type RuleCases } from './near-miss.js';

const f = createFaker(202);
const join = (...parts: string[]) => parts.join('');
const awsSecret = sampleFor('aws-secret-access-key').secret;
const uuid = f.uuid();
const serviceAccount = sampleFor('gcp-service-account-key').line;

export const CLOUD_CASES: RuleCases[] = [
  {
    ruleId: 'aws-access-key-id',
    positives: [hit('"AccessKeyId": "$"', join('ASIA', 'QWER2345TYUI6723')), hit('key = $', join('A3T', 'X', 'QWER2345TYUI6723'))],
    negatives: [
      ['a lower-case letter', altered('aws-access-key-id', /.$/, 'a')],
      ['base32-invalid digits', altered('aws-access-key-id', /..$/, '18')],
      ['an unknown prefix', altered('aws-access-key-id', 'AKIA', 'AKIB')],
      ['prose', 'Shipping to Asia and ACCA members takes 5 days.']
    ]
  },
  {
    ruleId: 'aws-secret-access-key',
    positives: [
      hit('export AWS_SECRET_ACCESS_KEY="$"', awsSecret),
      hit('  "aws_secret_key": "$",', awsSecret),
      hit("awsSecretAccessKey: '$'", awsSecret),
      hit('"SecretAccessKey": "$",', awsSecret)
    ],
    negatives: [
      ['40 base64 characters without an AWS name', `checksum = ${awsSecret}`],
      ['a value one character short', shorter('aws-secret-access-key')],
      ['a value one character long', longer('aws-secret-access-key')],
      ['a reference', 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}'],
      ['low entropy', `aws_secret_access_key = ${'abcd'.repeat(10)}`]
    ]
  },
  {
    ruleId: 'aws-session-token',
    positives: [hit('"SessionToken": "$"', sampleFor('aws-session-token').secret)],
    negatives: [
      ['too short to be a session token', `aws_session_token = ${f.base64(80)}`],
      ['a session token of a web app (JWT-shaped)', `session_token = ${f.base64url(60)}.${f.base64url(60)}`]
    ]
  },
  {
    ruleId: 'gcp-service-account-key',
    // Pretty-printed, as Google Cloud Console downloads it.
    positives: [[serviceAccount.replace('{"type"', '{\n  "type"').replaceAll(', "', ',\n  "'), sampleFor('gcp-service-account-key').secret]],
    negatives: [
      ['another credential type', serviceAccount.replace('service_account', 'authorized_user')],
      ['a key file without its key', serviceAccount.replace(/"private_key": "[^"]*"/, '"private_key": ""')],
      ['an elided key', serviceAccount.replace(/"private_key": "[^"]*"/, '"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEv...\\n-----END PRIVATE KEY-----\\n"')]
    ]
  },
  {
    ruleId: 'google-api-key',
    negatives: [
      ['one character short', shorter('google-api-key')],
      ['one character long', longer('google-api-key')],
      ['glued to a word', glued('google-api-key')]
    ]
  },
  {
    ruleId: 'google-oauth-client-secret',
    negatives: [
      ['one character short', shorter('google-oauth-client-secret')],
      ['lower-case prefix', altered('google-oauth-client-secret', 'GOCSPX', 'gocspx')]
    ]
  },
  {
    ruleId: 'google-oauth-access-token',
    negatives: [
      ['too short', `Authorization: Bearer ya29.${f.base64url(20)}`],
      ['another version number', altered('google-oauth-access-token', 'ya29.', 'ya28.')]
    ]
  },
  {
    ruleId: 'azure-storage-account-key',
    positives: [hit('AZURE_STORAGE_KEY=$', sampleFor('azure-storage-account-key').secret)],
    negatives: [
      ['without the == padding', altered('azure-storage-account-key', '==', '')],
      ['one character short', altered('azure-storage-account-key', /.==$/, '==')],
      ['a key under another name', sampleFor('azure-storage-account-key').line.replace('AccountKey', 'AccountSig')]
    ]
  },
  {
    ruleId: 'azure-sas-token',
    negatives: [
      ['a signature without a SAS version', sampleFor('azure-sas-token').line.replace('sv=2022-11-02&', '')],
      ['a signature too short', altered('azure-sas-token', /^.{10}/, '')]
    ]
  },
  {
    ruleId: 'azure-ad-client-secret',
    negatives: [
      ['one character short of the minimum', swap('azure-ad-client-secret', ({ secret }) => secret.slice(0, 36))],
      ['no digit before Q~', altered('azure-ad-client-secret', /\dQ~/, 'xQ~')]
    ]
  },
  {
    ruleId: 'alibaba-access-key-id',
    negatives: [
      ['too short', `id: LTAI${f.base62(8)}`],
      ['too long', longer('alibaba-access-key-id')]
    ]
  },
  {
    ruleId: 'digitalocean-personal-access-token',
    negatives: [
      ['63 hex characters', shorter('digitalocean-personal-access-token')],
      ['version 2', altered('digitalocean-personal-access-token', '_v1_', '_v2_')]
    ]
  },
  {
    ruleId: 'digitalocean-oauth-token',
    positives: [hit('refresh: $', join('dor', '_v1_', f.hex(64)))],
    negatives: [['not hex', altered('digitalocean-oauth-token', /[0-9a-f]$/, 'g')]]
  },
  {
    ruleId: 'heroku-api-key',
    negatives: [
      ['one character short', shorter('heroku-api-key')],
      ['without AA', altered('heroku-api-key', 'HRKU-AA', 'HRKU-')]
    ]
  },
  {
    ruleId: 'heroku-api-key-legacy',
    negatives: [
      ['a UUID without a Heroku name', `request_id = ${uuid}`],
      ['a reference', referenced('heroku-api-key-legacy')],
      ['a malformed UUID', altered('heroku-api-key-legacy', /-/, '')]
    ]
  },
  {
    ruleId: 'cloudflare-api-token',
    positives: [hit('cf_api_token: "$"', f.base64url(40))],
    negatives: [
      ['39 characters', shorter('cloudflare-api-token')],
      ['40 characters without a Cloudflare name', `API_TOKEN=${f.base64url(40)}`],
      ['low entropy', `CLOUDFLARE_API_TOKEN=${'ab12'.repeat(10)}`]
    ]
  },
  {
    ruleId: 'cloudflare-global-api-key',
    positives: [hit('CLOUDFLARE_API_KEY=$', f.hex(37))],
    negatives: [
      ['36 hex characters', shorter('cloudflare-global-api-key')],
      ['38 hex characters', longer('cloudflare-global-api-key', 'a')]
    ]
  },
  {
    ruleId: 'cloudflare-origin-ca-key',
    negatives: [
      ['second part one character short', shorter('cloudflare-origin-ca-key')],
      ['version 2.0', altered('cloudflare-origin-ca-key', 'v1.0-', 'v2.0-')]
    ]
  }
];
