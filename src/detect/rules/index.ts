/**
 * The built-in rule pack: provider formats first (a match is a credential, not a guess), the
 * generic assignment rule last. One file per category; `pattern.ts` holds the shared boundaries,
 * `checksums.ts` the offline checksums, `remediation.ts` the rotate-then-remove text.
 */
import type { SecretRule } from '../contracts.js';
import { AI_PLATFORM_RULES } from './ai-platforms.js';
import { AI_RULES } from './ai.js';
import { CI_CD_RULES } from './ci-cd.js';
import { CLOUD_HOSTING_RULES } from './cloud-hosting.js';
import { CLOUD_PLATFORM_RULES } from './cloud-platforms.js';
import { CLOUD_PROVIDER_RULES } from './cloud-providers.js';
import { CLOUD_RULES } from './cloud.js';
import { COMMS_MESSAGING_RULES } from './comms-messaging.js';
import { COMMS_RULES } from './comms.js';
import { CONTEXT_RULES } from './context.js';
import { DATA_PLATFORM_RULES } from './data-platforms.js';
import { DATABASE_RULES } from './databases.js';
import { DEVOPS_RULES } from './devops.js';
import { EMAIL_RULES } from './email.js';
import { GENERIC_RULES } from './generic.js';
import { GIT_HOST_RULES } from './git-hosts.js';
import { IDENTITY_RULES } from './identity.js';
import { OBSERVABILITY_INCIDENT_RULES } from './observability-incident.js';
import { OBSERVABILITY_RULES } from './observability.js';
import { PAIRED_RULES } from './paired.js';
import { PAYMENT_GLOBAL_RULES } from './payments-global.js';
import { PAYMENT_RULES } from './payments.js';
import { PRIVATE_KEY_RULES } from './private-keys.js';
import { REGISTRY_RULES } from './registries.js';
import { REGISTRY_CONFIG_RULES } from './registry-configs.js';
import { SAAS_PRODUCT_RULES } from './saas-product.js';
import { SAAS_WORKPLACE_RULES } from './saas-workplace.js';
import { SAAS_RULES } from './saas.js';
import { SOURCE_HOST_RULES } from './source-hosts.js';
import { TOKEN_RULES } from './tokens.js';

/** Every built-in rule; ids are unique and stable (fingerprints, allow-lists and SARIF use them). */
export const BUILTIN_RULES: readonly SecretRule[] = Object.freeze([
  ...SOURCE_HOST_RULES,
  ...GIT_HOST_RULES,
  ...CI_CD_RULES,
  ...CLOUD_RULES,
  ...CLOUD_PLATFORM_RULES,
  ...CLOUD_PROVIDER_RULES,
  ...CLOUD_HOSTING_RULES,
  ...PAYMENT_RULES,
  ...PAYMENT_GLOBAL_RULES,
  ...COMMS_RULES,
  ...COMMS_MESSAGING_RULES,
  ...EMAIL_RULES,
  ...AI_RULES,
  ...AI_PLATFORM_RULES,
  ...REGISTRY_RULES,
  ...REGISTRY_CONFIG_RULES,
  ...SAAS_RULES,
  ...IDENTITY_RULES,
  ...SAAS_PRODUCT_RULES,
  ...SAAS_WORKPLACE_RULES,
  ...DEVOPS_RULES,
  ...DATA_PLATFORM_RULES,
  ...OBSERVABILITY_RULES,
  ...OBSERVABILITY_INCIDENT_RULES,
  ...PRIVATE_KEY_RULES,
  ...DATABASE_RULES,
  ...TOKEN_RULES,
  ...CONTEXT_RULES,
  ...PAIRED_RULES,
  ...GENERIC_RULES
]);
