import { createFaker } from '../fake-values.js';
import { sampleFor } from '../samples.js';
import { elsewhere, unnamed } from './hosts-ci-cloud.js';
import { altered, glued, hit, longer, referenced, shorter, type RuleCases } from './near-miss.js';

const f = createFaker(808);
const join = (...parts: string[]) => parts.join('');
const secretOf = (ruleId: string) => sampleFor(ruleId).secret;

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
