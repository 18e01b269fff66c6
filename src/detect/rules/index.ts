/**
 * The built-in rule pack: provider formats first (a match is a credential, not a guess), the
 * generic assignment rule last. One file per category; `pattern.ts` holds the shared boundaries,
 * `checksums.ts` the offline checksums, `remediation.ts` the rotate-then-remove text.
 */
import type { SecretRule } from '../contracts.js';
import { AI_RULES } from './ai.js';
import { CLOUD_PLATFORM_RULES } from './cloud-platforms.js';
import { CLOUD_RULES } from './cloud.js';
import { COMMS_RULES } from './comms.js';
import { CONTEXT_RULES } from './context.js';
import { DATABASE_RULES } from './databases.js';
import { DEVOPS_RULES } from './devops.js';
import { GENERIC_RULES } from './generic.js';
import { OBSERVABILITY_RULES } from './observability.js';
import { PAIRED_RULES } from './paired.js';
import { PAYMENT_RULES } from './payments.js';
import { PRIVATE_KEY_RULES } from './private-keys.js';
import { REGISTRY_RULES } from './registries.js';
import { SAAS_RULES } from './saas.js';
import { SOURCE_HOST_RULES } from './source-hosts.js';
import { TOKEN_RULES } from './tokens.js';

/** Every built-in rule; ids are unique and stable (fingerprints, allow-lists and SARIF use them). */
export const BUILTIN_RULES: readonly SecretRule[] = Object.freeze([
  ...SOURCE_HOST_RULES,
  ...CLOUD_RULES,
  ...CLOUD_PLATFORM_RULES,
  ...PAYMENT_RULES,
  ...COMMS_RULES,
  ...AI_RULES,
  ...REGISTRY_RULES,
  ...SAAS_RULES,
  ...DEVOPS_RULES,
  ...OBSERVABILITY_RULES,
  ...PRIVATE_KEY_RULES,
  ...DATABASE_RULES,
  ...TOKEN_RULES,
  ...CONTEXT_RULES,
  ...PAIRED_RULES,
  ...GENERIC_RULES
]);
