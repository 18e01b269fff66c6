import { base62Crc32 } from '../../../../src/detect/rules/checksums.js';
import { createFaker } from '../fake-values.js';
import { sampleFor } from '../samples.js';
import { altered, glued, hit, longer, shorter, type RuleCases } from './near-miss.js';

/** Values of the widened formats (issue #16), drawn apart so the older cases keep theirs. */
const w = createFaker(1616);
const f = createFaker(404);
const join = (...parts: string[]) => parts.join('');
const npmBody = f.base62(30);

export const AI_CASES: RuleCases[] = [
  {
    ruleId: 'openai-api-key',
    positives: [hit('OPENAI_API_KEY=$', join('sk-', 'svcacct-', f.base64url(74), 'T3BlbkFJ', f.base64url(74)))],
    negatives: [
      ['a template value', 'OPENAI_API_KEY=sk-proj-...'],
      ['too short', `key = ${join('sk-', 'proj-', f.base64url(30))}`],
      ['glued to a word', glued('openai-api-key')]
    ]
  },
  {
    ruleId: 'openai-admin-key',
    negatives: [['too short', `key = ${join('sk-', 'admin-', f.base64url(39))}`]]
  },
  {
    ruleId: 'openai-legacy-api-key',
    negatives: [
      ['without the OpenAI marker', altered('openai-legacy-api-key', 'T3BlbkFJ', 'T3BlbkFK')],
      ['a first half of 19', altered('openai-legacy-api-key', /^sk-./, 'sk-')]
    ]
  },
  {
    ruleId: 'anthropic-api-key',
    negatives: [
      ['not ending in AA', altered('anthropic-api-key', /AA$/, 'AB')],
      ['one character short', altered('anthropic-api-key', /.AA$/, 'AA')]
    ]
  },
  {
    ruleId: 'anthropic-admin-key',
    negatives: [['an api key prefix with admin length', altered('anthropic-admin-key', 'admin01', 'adm01')]]
  },
  {
    ruleId: 'huggingface-token',
    positives: [hit('token: $', join('api', '_org_', f.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 34)))],
    negatives: [
      ['a digit in the body', altered('huggingface-token', /[A-Za-z]$/, '7')],
      ['a library function name', 'from huggingface_hub import hf_hub_download']
    ]
  },
  {
    ruleId: 'cohere-api-key',
    positives: [hit('co = cohere.Client("$")', w.base62(40)), hit("co = cohere.ClientV2(api_key='$')", w.base62(40))],
    negatives: [
      ['no Cohere name', `API_KEY=${sampleFor('cohere-api-key').secret}`],
      ['39 characters', shorter('cohere-api-key')]
    ]
  },
  {
    ruleId: 'replicate-api-token',
    positives: [hit('REPLICATE_API_TOKEN=$', w.hex(40))],
    negatives: [
      ['36 characters', shorter('replicate-api-token')],
      ['40 hex under no Replicate name', `GIT_SHA=${w.hex(40)}`]
    ]
  },
  {
    ruleId: 'groq-api-key',
    negatives: [['51 characters', shorter('groq-api-key')]]
  },
  {
    ruleId: 'perplexity-api-key',
    negatives: [['49 characters', longer('perplexity-api-key')]]
  },
  {
    ruleId: 'xai-api-key',
    negatives: [['79 characters', shorter('xai-api-key')]]
  },
  {
    ruleId: 'openrouter-api-key',
    negatives: [['another version', altered('openrouter-api-key', '-v1-', '-v2-')]]
  },
  {
    ruleId: 'langsmith-api-key',
    positives: [hit('LANGCHAIN_API_KEY=$', join('lsv2', '_sk_', f.hex(32), '_', f.hex(10))), hit('LANGCHAIN_API_KEY=$', join('ls', '__', w.hex(32)))],
    negatives: [['an unknown key type', altered('langsmith-api-key', '_pt_', '_xx_')]]
  }
];

export const REGISTRY_CASES: RuleCases[] = [
  {
    ruleId: 'npm-token',
    positives: [hit('NPM_TOKEN=$', join('npm', '_', npmBody, base62Crc32(npmBody)))],
    negatives: [
      ['35 characters', shorter('npm-token')],
      ['a config key, not a token', 'npm_config_registry=https://registry.npmjs.org/']
    ]
  },
  {
    ruleId: 'pypi-token',
    negatives: [
      ['a TestPyPI token (another location)', altered('pypi-token', 'AgEIcHlwaS5vcmc', 'AgENdGVzdC5weXBpLm9yZw')],
      ['too short', `password = ${join('pypi-', 'AgEIcHlwaS5vcmc', f.base64url(20))}`]
    ]
  },
  {
    ruleId: 'docker-hub-token',
    positives: [hit('DOCKER_TOKEN=$', join('dckr', '_oat_', f.base64url(32)))],
    negatives: [['too short', shorter('docker-hub-token', 2)]]
  },
  {
    ruleId: 'rubygems-api-key',
    negatives: [['47 hex characters', shorter('rubygems-api-key')]]
  },
  {
    ruleId: 'nuget-api-key',
    negatives: [
      ['upper case in the body', altered('nuget-api-key', /[a-z0-9]$/, 'Z')],
      ['42 characters', shorter('nuget-api-key')]
    ]
  },
  {
    ruleId: 'jfrog-api-key',
    negatives: [['68 characters', shorter('jfrog-api-key')]]
  }
];
