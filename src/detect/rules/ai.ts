/**
 * AI model providers: OpenAI, Anthropic, Hugging Face, Cohere, Replicate, Groq, Perplexity, xAI,
 * OpenRouter, LangSmith (more providers in `ai-platforms.ts`). A leaked key is billed usage, and often read access to prompts and files.
 */
import type { SecretRule } from '../contracts.js';
import { ASSIGN, END, END_URL, START, rx, rxi } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const OPENAI_ROTATE = 'revoke the key in the OpenAI platform → API keys (project keys under the project\'s settings, admin keys under Organization → Admin keys) and create a new one';
const ANTHROPIC_ROTATE = 'delete the key in the Claude Console → Settings → API keys (admin keys under Admin keys) and create a new one';

export const AI_RULES: readonly SecretRule[] = [
  // Project, service account and admin keys: https://platform.openai.com/docs/api-reference/authentication
  {
    id: 'openai-api-key',
    title: 'OpenAI API key',
    description: 'OpenAI project, user and service account API keys (`sk-proj-`, `sk-svcacct-`, `sk-None-`).',
    severity: 'critical',
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-none-'],
    pattern: rx`${START}sk-(?:proj|svcacct|None)-[A-Za-z0-9_-]{40,250}${END_URL}`,
    remediation: rotateThenRemove(OPENAI_ROTATE),
    category: 'ai'
  },
  {
    id: 'openai-admin-key',
    title: 'OpenAI admin key',
    description: 'OpenAI organization admin keys (`sk-admin-`): manage users, projects and keys.',
    severity: 'critical',
    keywords: ['sk-admin-'],
    pattern: rx`${START}sk-admin-[A-Za-z0-9_-]{40,250}${END_URL}`,
    remediation: rotateThenRemove(OPENAI_ROTATE),
    category: 'ai'
  },
  // Older user keys carry `T3BlbkFJ` ("OpenAI" in base64) between two 20-character halves.
  {
    id: 'openai-legacy-api-key',
    title: 'OpenAI API key (legacy)',
    description: 'Legacy OpenAI user API keys (`sk-` + 20 + `T3BlbkFJ` + 20 characters).',
    severity: 'critical',
    keywords: ['t3blbkfj'],
    pattern: rx`${START}sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}${END_URL}`,
    remediation: rotateThenRemove(OPENAI_ROTATE),
    category: 'ai'
  },
  // Key format as GitHub secret scanning partners report it: `sk-ant-api03-` + 93 + `AA`.
  {
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    description: 'Anthropic Claude API keys (`sk-ant-api03-` + 95 characters ending in `AA`).',
    severity: 'critical',
    keywords: ['sk-ant-api'],
    pattern: rx`${START}sk-ant-api\d{2}-[A-Za-z0-9_-]{93}AA${END_URL}`,
    remediation: rotateThenRemove(ANTHROPIC_ROTATE),
    category: 'ai'
  },
  {
    id: 'anthropic-admin-key',
    title: 'Anthropic admin key',
    description: 'Anthropic Admin API keys (`sk-ant-admin01-`): manage the organization, its members and keys.',
    severity: 'critical',
    keywords: ['sk-ant-admin'],
    pattern: rx`${START}sk-ant-admin\d{2}-[A-Za-z0-9_-]{93}AA${END_URL}`,
    remediation: rotateThenRemove(ANTHROPIC_ROTATE),
    category: 'ai'
  },
  // User access tokens: https://huggingface.co/docs/hub/security-tokens
  {
    id: 'huggingface-token',
    title: 'Hugging Face access token',
    description: 'Hugging Face user access tokens (`hf_` + 34 letters) and organization API tokens (`api_org_`).',
    severity: 'high',
    keywords: ['hf_', 'api_org_'],
    pattern: rx`${START}(?:hf_[A-Za-z]{34}|api_org_[A-Za-z]{34})${END}`,
    remediation: rotateThenRemove('invalidate and refresh the token in Hugging Face → Settings → Access Tokens'),
    category: 'ai'
  },
  // Cohere keys are 40 characters with no prefix: https://docs.cohere.com/docs/rate-limits#api-keys
  // The SDKs take them as the first argument of the client (`cohere.Client("…")`,
  // `cohere.ClientV2(api_key="…")`), the way Cohere's quickstarts write it.
  {
    id: 'cohere-api-key',
    title: 'Cohere API key',
    description: 'A 40-character Cohere API key assigned to a name with `cohere` or `co_api_key`, or passed to a Cohere client.',
    severity: 'high',
    keywords: ['cohere', 'co_api_key'],
    pattern: rxi`(?:(?:cohere|co_api_key)${ASSIGN}|cohere\.(?:async)?client(?:v2)?\([ \t]{0,3}(?:(?:api_key|token)[ \t]{0,3}=[ \t]{0,3})?["'])([a-z0-9]{40})${END}`,
    secretGroup: 1,
    minEntropy: 3.5,
    confidence: 'medium',
    remediation: rotateThenRemove('delete the key in the Cohere dashboard → API keys and create a new one'),
    category: 'ai'
  },
  // API tokens `r8_` + 37 characters; tokens issued before the prefix (2023) are 40 hex and only
  // count under a Replicate name: https://replicate.com/docs/topics/security/api-tokens
  {
    id: 'replicate-api-token',
    title: 'Replicate API token',
    description: 'Replicate API tokens (`r8_` + 37 characters), and older 40-hex tokens assigned to a Replicate name.',
    severity: 'high',
    keywords: ['r8_', 'replicate'],
    pattern: rxi`(?:(?<![a-z0-9_])(?=r8_)|(?<![a-z0-9])replicate[a-z0-9_.-]{0,20}(?:token|key)${ASSIGN})(r8_[a-z0-9]{37}|[a-f0-9]{40})${END}`,
    secretGroup: 1,
    remediation: rotateThenRemove('disable the token at replicate.com/account/api-tokens and create a new one'),
    category: 'ai'
  },
  // Keys `gsk_`: https://console.groq.com/docs/quickstart
  {
    id: 'groq-api-key',
    title: 'Groq API key',
    description: 'Groq API keys (`gsk_` + 52 characters).',
    severity: 'high',
    keywords: ['gsk_'],
    pattern: rx`${START}gsk_[A-Za-z0-9]{52}${END}`,
    remediation: rotateThenRemove('delete the key in the GroqCloud console → API Keys and create a new one'),
    category: 'ai'
  },
  // Keys `pplx-`: https://docs.perplexity.ai/guides/getting-started
  {
    id: 'perplexity-api-key',
    title: 'Perplexity API key',
    description: 'Perplexity API keys (`pplx-` + 48 characters).',
    severity: 'high',
    keywords: ['pplx-'],
    pattern: rx`${START}pplx-[A-Za-z0-9]{48}${END}`,
    remediation: rotateThenRemove('revoke the key in Perplexity → Settings → API and generate a new one'),
    category: 'ai'
  },
  // Keys `xai-`: https://docs.x.ai/docs/overview
  {
    id: 'xai-api-key',
    title: 'xAI API key',
    description: 'xAI (Grok) API keys (`xai-` + 80 characters).',
    severity: 'high',
    keywords: ['xai-'],
    pattern: rx`${START}xai-[A-Za-z0-9]{80}${END}`,
    remediation: rotateThenRemove('delete the key in the xAI console → API Keys and create a new one'),
    category: 'ai'
  },
  // Keys `sk-or-v1-` + 64 hex: https://openrouter.ai/docs/api-reference/authentication
  {
    id: 'openrouter-api-key',
    title: 'OpenRouter API key',
    description: 'OpenRouter API keys (`sk-or-v1-` + 64 hex characters).',
    severity: 'high',
    keywords: ['sk-or-v1-'],
    pattern: rx`${START}sk-or-v1-[a-f0-9]{64}${END}`,
    remediation: rotateThenRemove('delete the key at openrouter.ai/settings/keys and create a new one'),
    category: 'ai'
  },
  // Personal and service keys `lsv2_pt_` / `lsv2_sk_`: https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key
  {
    id: 'langsmith-api-key',
    title: 'LangSmith API key',
    description: 'LangSmith personal access tokens and service keys (`lsv2_pt_`, `lsv2_sk_`), and the older `ls__` keys.',
    severity: 'high',
    keywords: ['lsv2_', 'ls__'],
    // `ls__` + 32 hex was the format before v2 keys (2024); such keys may still be live.
    pattern: rx`${START}(?:lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}|ls__[a-f0-9]{32})${END}`,
    remediation: rotateThenRemove('delete the key in LangSmith → Settings → API Keys and create a new one'),
    category: 'ai'
  }
];
