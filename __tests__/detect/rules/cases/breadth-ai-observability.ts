import { createFaker } from '../fake-values.js';
import { sampleFor } from '../samples.js';
import { altered, hit, longer, shorter, type RuleCases } from './near-miss.js';

const f = createFaker(909);
const join = (...parts: string[]) => parts.join('');
/** The sample's secret under another name (no provider word: the context is gone). */
const renamed = (ruleId: string, line: string) => line.replace('$', () => sampleFor(ruleId).secret);

export const AI_PLATFORM_CASES: RuleCases[] = [
  {
    ruleId: 'mistral-api-key',
    negatives: [['no Mistral name', renamed('mistral-api-key', 'API_KEY=$')]]
  },
  {
    ruleId: 'together-api-key',
    positives: [hit('TOGETHER_API_KEY=$', f.hex(64))],
    negatives: [
      ['64 hex under no Together name', `ARTIFACT=${f.hex(64)}`],
      ['42 characters', shorter('together-api-key')]
    ]
  },
  {
    ruleId: 'fireworks-api-key',
    negatives: [
      ['an identifier', 'const fw_defaultTimeoutMillis = 30;'],
      ['too short', `key=${join('fw', '_', f.base62(10))}`]
    ]
  },
  {
    ruleId: 'deepseek-api-key',
    negatives: [['no DeepSeek name', renamed('deepseek-api-key', 'LLM_KEY=$')]]
  },
  {
    ruleId: 'elevenlabs-api-key',
    positives: [hit("headers: { 'xi-api-key': '$' }", f.hex(32))],
    negatives: [['47 hex characters', shorter('elevenlabs-api-key')]]
  },
  {
    ruleId: 'assemblyai-api-key',
    negatives: [['31 hex characters', shorter('assemblyai-api-key')]]
  },
  {
    ruleId: 'deepgram-api-key',
    negatives: [['a project id', `DEEPGRAM_PROJECT_ID=${f.uuid()}`]]
  },
  {
    ruleId: 'pinecone-api-key',
    positives: [hit('PINECONE_API_KEY=$', f.uuid())],
    negatives: [
      ['an index host', 'PINECONE_HOST=https://products-4f2a1c9.svc.aped-4627-b74a.pinecone.io'],
      ['a bare UUID', `INDEX_ID=${f.uuid()}`]
    ]
  },
  {
    ruleId: 'weaviate-api-key',
    negatives: [['the cluster URL', 'WEAVIATE_URL=https://shop-search.weaviate.network']]
  },
  {
    ruleId: 'stability-api-key',
    negatives: [['47 characters', shorter('stability-api-key')]]
  },
  {
    ruleId: 'voyage-api-key',
    negatives: [['no pa- prefix', altered('voyage-api-key', 'pa-', 'pk-')]]
  },
  {
    ruleId: 'jina-api-key',
    negatives: [['too short', `JINA_API_KEY=${join('jina', '_', f.hex(20))}`]]
  },
  {
    ruleId: 'cerebras-api-key',
    negatives: [['too short', `CEREBRAS_API_KEY=${join('csk', '-', f.base62(20))}`]]
  },
  {
    ruleId: 'nvidia-api-key',
    negatives: [['63 characters', shorter('nvidia-api-key')]]
  },
  {
    ruleId: 'wandb-api-key',
    negatives: [['39 hex characters', shorter('wandb-api-key')]]
  }
];

export const OBSERVABILITY_INCIDENT_CASES: RuleCases[] = [
  {
    ruleId: 'honeycomb-api-key',
    positives: [hit('HONEYCOMB_WRITEKEY=$', f.base62(22))],
    negatives: [
      ['a dataset name', 'HONEYCOMB_DATASET=checkout-api'],
      ['an unknown hc prefix', altered('honeycomb-api-key', 'hcaik_', 'hcbik_').replace('HONEYCOMB_API_KEY=', 'K=')]
    ]
  },
  {
    ruleId: 'betterstack-source-token',
    negatives: [['23 characters', shorter('betterstack-source-token')]]
  },
  {
    ruleId: 'rollbar-access-token',
    negatives: [
      ['a client-side token (public)', renamed('rollbar-access-token', 'ROLLBAR_CLIENT_TOKEN=$')],
      ['33 hex characters', longer('rollbar-access-token', 'a')]
    ]
  },
  {
    ruleId: 'bugsnag-auth-token',
    negatives: [['the notifier API key (ships in apps)', `BUGSNAG_API_KEY=${f.hex(32)}`]]
  },
  {
    ruleId: 'axiom-token',
    negatives: [['a truncated UUID', shorter('axiom-token')]]
  },
  {
    ruleId: 'splunk-hec-token',
    positives: [hit('SPLUNK_HEC_TOKEN=$', f.uuid())],
    negatives: [['a UUID without Splunk', `Authorization: Token ${f.uuid()}`]]
  },
  {
    ruleId: 'sumologic-access-key',
    negatives: [['the access id', `SUMO_ACCESS_ID=su${f.base62(12)}`]]
  },
  {
    ruleId: 'elastic-cloud-api-key',
    negatives: [['too short', `EC_API_KEY=${join('essu', '_', f.base64(20))}`]]
  },
  {
    ruleId: 'pagerduty-api-key',
    positives: [hit('PAGERDUTY_ROUTING_KEY=$', f.hex(32))],
    negatives: [['a service id', 'PAGERDUTY_SERVICE=PX7QZ2M']]
  },
  {
    ruleId: 'opsgenie-api-key',
    positives: [hit('OPSGENIE_API_KEY=$', f.uuid())],
    negatives: [['a UUID without Opsgenie', `X-Request-Id: ${f.uuid()}`]]
  },
  {
    ruleId: 'checkly-api-key',
    negatives: [
      ['31 hex characters', shorter('checkly-api-key')],
      ['glued to a word', `ecu_${f.hex(32)}`]
    ]
  },
  {
    ruleId: 'newrelic-license-key-legacy',
    negatives: [['the account id', 'NEW_RELIC_ACCOUNT_ID=3821945']]
  }
];
