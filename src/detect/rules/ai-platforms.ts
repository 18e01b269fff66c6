/**
 * More model and AI-infrastructure providers: Mistral, Together, Fireworks, DeepSeek, ElevenLabs,
 * AssemblyAI, Deepgram, Pinecone, Weaviate, Stability, Voyage, Jina, Cerebras, NVIDIA, Azure
 * OpenAI, Weights & Biases. Google Gemini keys are Google API keys (`AIza…`), which
 * `google-api-key` finds.
 */
import type { SecretRule } from '../contracts.js';
import { assignedTo, namedRule } from './named-value.js';
import { ASSIGN, END, END_URL, START, rx, rxi } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

const ai = (rule: Omit<SecretRule, 'category'>): SecretRule => ({ ...rule, category: 'ai' });
const named = (rule: Omit<SecretRule, 'category' | 'secretGroup' | 'confidence'>): SecretRule => namedRule(ai(rule));

export const AI_PLATFORM_RULES: readonly SecretRule[] = [
  // Keys are 32 base62 characters: https://docs.mistral.ai/getting-started/quickstart/
  named({
    id: 'mistral-api-key',
    title: 'Mistral API key',
    description: 'A 32-character Mistral AI API key assigned to a Mistral name.',
    severity: 'high',
    keywords: ['mistral'],
    pattern: assignedTo(String.raw`mistral[a-z0-9_.-]{0,20}(?:key|token)`, '[a-z0-9]{32}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('delete the key in Mistral La Plateforme → API Keys and create a new one')
  }),
  // Keys `tgp_v1_` + 43 characters (64 hex before 2025): https://docs.together.ai/reference/authentication-1
  ai({
    id: 'together-api-key',
    title: 'Together AI API key',
    description: 'Together AI API keys (`tgp_v1_` + 43 characters, or 64 hex assigned to a Together name).',
    severity: 'high',
    keywords: ['tgp_v1_', 'together'],
    pattern: rxi`(?:(?<![a-z0-9_])(?=tgp_v1_)|(?<![a-z0-9])together[a-z0-9_.-]{0,20}(?:key|token)${ASSIGN})(tgp_v1_[a-z0-9_-]{43}|[a-f0-9]{64})(?![a-z0-9_-])`,
    secretGroup: 1,
    confidence: 'medium',
    minEntropy: 3.5,
    remediation: rotateThenRemove('delete the key in Together AI → Settings → API Keys and create a new one')
  }),
  // Keys `fw_` + 24 characters: https://docs.fireworks.ai/api-reference/introduction
  ai({
    id: 'fireworks-api-key',
    title: 'Fireworks AI API key',
    description: 'Fireworks AI API keys (`fw_` + 20–40 characters).',
    severity: 'high',
    keywords: ['fw_'],
    pattern: rx`${START}fw_[A-Za-z0-9]{20,40}${END}`,
    minEntropy: 4,
    remediation: rotateThenRemove('delete the key in Fireworks AI → Account → API Keys (or `firectl delete api-key`) and create a new one')
  }),
  // Keys `sk-` + 32 hex, too plain to find without DeepSeek named: https://api-docs.deepseek.com/
  named({
    id: 'deepseek-api-key',
    title: 'DeepSeek API key',
    description: 'A DeepSeek API key (`sk-` + 32 hex characters) assigned to a DeepSeek name.',
    severity: 'high',
    keywords: ['deepseek'],
    pattern: assignedTo(String.raw`deepseek[a-z0-9_.-]{0,20}(?:key|token)`, 'sk-[a-f0-9]{32}'),
    remediation: rotateThenRemove('delete the key at platform.deepseek.com → API keys and create a new one')
  }),
  // Keys `sk_` + 48 hex (32 hex before 2024), sent as `xi-api-key`: https://elevenlabs.io/docs/api-reference/authentication
  named({
    id: 'elevenlabs-api-key',
    title: 'ElevenLabs API key',
    description: 'An ElevenLabs API key (`sk_` + 48 hex, or 32 hex) assigned to an ElevenLabs name or sent as `xi-api-key`.',
    severity: 'high',
    keywords: ['elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key'],
    pattern: assignedTo(String.raw`eleven[_-]?labs[a-z0-9_.-]{0,20}(?:key|token)|xi[_-]api[_-]key`, 'sk_[a-f0-9]{48}|[a-f0-9]{32}'),
    remediation: rotateThenRemove('delete the key in ElevenLabs → Developers → API Keys and create a new one')
  }),
  // Keys are 32 hex: https://www.assemblyai.com/docs/api-reference/overview#authorization
  named({
    id: 'assemblyai-api-key',
    title: 'AssemblyAI API key',
    description: 'A 32-hex-character AssemblyAI API key assigned to an AssemblyAI name.',
    severity: 'high',
    keywords: ['assemblyai', 'assembly_ai', 'assembly-ai'],
    pattern: assignedTo(String.raw`assembly[_-]?ai[a-z0-9_.-]{0,20}(?:key|token)`, '[a-f0-9]{32}'),
    remediation: rotateThenRemove('delete the key in the AssemblyAI dashboard → API Keys and create a new one')
  }),
  // Keys are 40 hex: https://developers.deepgram.com/docs/create-additional-api-keys
  named({
    id: 'deepgram-api-key',
    title: 'Deepgram API key',
    description: 'A 40-hex-character Deepgram API key assigned to a Deepgram name.',
    severity: 'high',
    keywords: ['deepgram'],
    pattern: assignedTo(String.raw`deepgram[a-z0-9_.-]{0,20}(?:key|token|secret)`, '[a-f0-9]{40}'),
    remediation: rotateThenRemove('delete the key in the Deepgram Console → the project → API Keys and create a new one')
  }),
  // Keys `pcsk_<id>_<secret>` since 2024 (UUIDs before): https://docs.pinecone.io/guides/projects/manage-api-keys
  ai({
    id: 'pinecone-api-key',
    title: 'Pinecone API key',
    description: 'Pinecone API keys (`pcsk_` + id + `_` + secret), and older UUID keys assigned to a Pinecone name.',
    severity: 'high',
    keywords: ['pcsk_', 'pinecone'],
    pattern: rxi`(?:(?<![a-z0-9_])(?=pcsk_)|(?<![a-z0-9])pinecone[a-z0-9_.-]{0,20}(?:key|token)${ASSIGN})(pcsk_[a-z0-9]{4,8}_[a-z0-9]{50,80}|${UUID})(?![a-z0-9_-])`,
    secretGroup: 1,
    confidence: 'medium',
    // The older format is a UUID, which the shared filter would drop.
    skipFilters: ['uuid'],
    remediation: rotateThenRemove('delete the key in the Pinecone console → API Keys and create a new one')
  }),
  // Weaviate Cloud API keys: https://weaviate.io/developers/wcs/platform/manage-api-keys
  named({
    id: 'weaviate-api-key',
    title: 'Weaviate API key',
    description: 'A Weaviate Cloud API key (32–64 characters) assigned to a Weaviate name.',
    severity: 'high',
    keywords: ['weaviate'],
    pattern: assignedTo(String.raw`weaviate[a-z0-9_.-]{0,20}(?:key|token)`, '[a-z0-9]{32,64}'),
    minEntropy: 3.8,
    remediation: rotateThenRemove('delete the key in Weaviate Cloud → the cluster → API Keys and create a new one')
  }),
  // Keys `sk-` + 48 characters: https://platform.stability.ai/account/keys
  named({
    id: 'stability-api-key',
    title: 'Stability AI API key',
    description: 'A Stability AI API key (`sk-` + 48 characters) assigned to a Stability name.',
    severity: 'high',
    keywords: ['stability'],
    pattern: assignedTo(String.raw`stability[a-z0-9_.-]{0,20}(?:key|token)`, 'sk-[a-z0-9]{48}'),
    minEntropy: 4,
    remediation: rotateThenRemove('revoke the key at platform.stability.ai/account/keys and create a new one')
  }),
  // Keys `pa-` + 43 characters: https://docs.voyageai.com/docs/api-key-and-installation
  named({
    id: 'voyage-api-key',
    title: 'Voyage AI API key',
    description: 'A Voyage AI API key (`pa-` + about 43 characters) assigned to a Voyage name.',
    severity: 'high',
    keywords: ['voyage'],
    pattern: assignedTo(String.raw`voyage[a-z0-9_.-]{0,20}(?:key|token)`, 'pa-[a-z0-9_-]{40,50}'),
    minEntropy: 4,
    remediation: rotateThenRemove('revoke the key in the Voyage AI dashboard → API keys and create a new one')
  }),
  // Keys `jina_` + about 60 characters: https://jina.ai/api-dashboard/key-manager
  ai({
    id: 'jina-api-key',
    title: 'Jina AI API key',
    description: 'Jina AI API keys (`jina_` + 50–70 characters).',
    severity: 'high',
    keywords: ['jina_'],
    pattern: rx`${START}jina_[A-Za-z0-9_-]{50,70}${END_URL}`,
    minEntropy: 4,
    remediation: rotateThenRemove('revoke the key in the Jina AI API dashboard → Key manager and create a new one')
  }),
  // Keys `csk-` + 48 characters: https://inference-docs.cerebras.ai/quickstart
  ai({
    id: 'cerebras-api-key',
    title: 'Cerebras API key',
    description: 'Cerebras inference API keys (`csk-` + 40–56 characters).',
    severity: 'high',
    keywords: ['csk-'],
    pattern: rx`${START}csk-[A-Za-z0-9]{40,56}${END}`,
    minEntropy: 4,
    remediation: rotateThenRemove('delete the key in the Cerebras Cloud console → API Keys and create a new one')
  }),
  // Keys `nvapi-` + 64 characters: https://docs.api.nvidia.com/nim/reference/llm-apis
  ai({
    id: 'nvidia-api-key',
    title: 'NVIDIA API key',
    description: 'NVIDIA NGC / build.nvidia.com API keys (`nvapi-` + 64 characters).',
    severity: 'high',
    keywords: ['nvapi-'],
    pattern: rx`${START}nvapi-[A-Za-z0-9_-]{64}${END_URL}`,
    remediation: rotateThenRemove('revoke the key in NGC → Setup → API Keys (or build.nvidia.com → API keys) and generate a new one')
  }),
  // API keys are 40 hex, usually in `WANDB_API_KEY`:
  // https://docs.wandb.ai/guides/track/environment-variables/
  named({
    id: 'wandb-api-key',
    title: 'Weights & Biases API key',
    description: 'A 40-hex-character Weights & Biases API key assigned to a `WANDB_API_KEY`-style name.',
    severity: 'high',
    keywords: ['wandb'],
    pattern: assignedTo(String.raw`wandb[a-z0-9_.-]{0,20}key`, '[a-f0-9]{40}'),
    remediation: rotateThenRemove('revoke the key at wandb.ai/authorize (User settings → API keys) and create a new one')
  })
];
