/**
 * Logs, errors and on-call beyond `observability.ts`: Honeycomb, Better Stack (Logtail), Rollbar,
 * Bugsnag, Axiom, Splunk HEC, Sumo Logic, Elastic Cloud, PagerDuty, Opsgenie, Checkly, and New
 * Relic's older 40-hex license keys. Browser-side ids are not reported: Sentry DSNs (Sentry's docs:
 * a DSN only lets events in, it reads nothing), New Relic `NRJS-` browser keys and LogRocket and
 * Highlight project ids all ship in the page.
 */
import type { SecretRule } from '../contracts.js';
import { assignedTo, namedRule } from './named-value.js';
import { ASSIGN, END, START, rx, rxi } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

const observability = (rule: Omit<SecretRule, 'category'>): SecretRule => ({ ...rule, category: 'saas' });
const named = (rule: Omit<SecretRule, 'category' | 'secretGroup' | 'confidence'>): SecretRule => namedRule(observability(rule));

export const OBSERVABILITY_INCIDENT_RULES: readonly SecretRule[] = [
  // Ingest keys `hcaik_`/`hcxik_` and management keys `hcamk_`/`hcxmk_` (2023), configuration keys
  // of 22 base62 or 32 hex characters before: https://docs.honeycomb.io/get-started/configure/environments/manage-api-keys/
  observability({
    id: 'honeycomb-api-key',
    title: 'Honeycomb API key',
    description: 'Honeycomb ingest and management keys (`hcaik_`, `hcxik_`, `hcamk_`, `hcxmk_`), and older keys assigned to a Honeycomb name.',
    severity: 'high',
    keywords: ['hcaik_', 'hcxik_', 'hcamk_', 'hcxmk_', 'honeycomb'],
    pattern: rxi`(?:(?<![a-z0-9_])(?=hc[ax][im]k_)|(?<![a-z0-9])honeycomb[a-z0-9_.-]{0,20}(?:key|token)${ASSIGN})(hc[ax][im]k_[a-z0-9]{40,70}|[a-z0-9]{22}|[a-f0-9]{32})(?![a-z0-9_-])`,
    secretGroup: 1,
    confidence: 'medium',
    minEntropy: 3.5,
    remediation: rotateThenRemove('delete the key in Honeycomb → Environment settings → API Keys (management keys under Team settings) and create a new one')
  }),
  // Source tokens are 24 base62 characters: https://betterstack.com/docs/logs/api/getting-started/
  named({
    id: 'betterstack-source-token',
    title: 'Better Stack (Logtail) token',
    description: 'A 24-character Better Stack / Logtail source or API token assigned to a Logtail or Better Stack name.',
    severity: 'medium',
    keywords: ['logtail', 'betterstack', 'better_stack', 'better-stack', 'betteruptime', 'better_uptime'],
    pattern: assignedTo(String.raw`(?:logtail|better[_-]?(?:stack|uptime))[a-z0-9_.-]{0,20}(?:token|key)`, '[a-z0-9]{24}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('delete the source (or the API token) in Better Stack → Sources / API tokens and create a new one')
  }),
  // Access tokens are 32 hex (`post_client_item` tokens are public, the rest are not):
  // https://docs.rollbar.com/docs/access-tokens
  named({
    id: 'rollbar-access-token',
    title: 'Rollbar access token',
    description: 'A 32-hex-character Rollbar project or account access token assigned to a Rollbar name (not a client token).',
    severity: 'high',
    keywords: ['rollbar'],
    pattern: assignedTo(String.raw`rollbar(?![a-z0-9_.-]{0,20}client)[a-z0-9_.-]{0,20}(?:token|key)`, '[a-f0-9]{32}'),
    remediation: rotateThenRemove('disable the token in Rollbar → Project (or Account) Settings → Access Tokens and create a new one')
  }),
  // Data access (personal auth) tokens are UUIDs; notifier API keys are 32 hex and ship in apps:
  // https://docs.bugsnag.com/api/data-access/#authentication
  named({
    id: 'bugsnag-auth-token',
    title: 'Bugsnag data access token',
    description: 'A Bugsnag personal auth token (a UUID) assigned to a Bugsnag auth- or data-token name.',
    severity: 'high',
    keywords: ['bugsnag'],
    pattern: assignedTo(String.raw`bugsnag[a-z0-9_.-]{0,20}(?:auth|data|personal|access)[_.-]?token`, UUID),
    // The documented format is a UUID, which the shared filter would drop.
    skipFilters: ['uuid'],
    remediation: rotateThenRemove('revoke the token in Bugsnag → Settings → My account → Personal auth tokens and create a new one')
  }),
  // API tokens `xaat-<uuid>`, personal tokens `xapt-<uuid>`: https://axiom.co/docs/reference/tokens
  observability({
    id: 'axiom-token',
    title: 'Axiom API token',
    description: 'Axiom API tokens (`xaat-<uuid>`) and personal access tokens (`xapt-<uuid>`).',
    severity: 'high',
    keywords: ['xaat-', 'xapt-'],
    pattern: rx`${START}xa[ap]t-${UUID}(?![0-9a-f-])`,
    remediation: rotateThenRemove('delete the token in Axiom → Settings → API tokens (personal tokens under Profile) and create a new one')
  }),
  // HTTP Event Collector tokens are UUIDs, sent as `Authorization: Splunk <token>`:
  // https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector
  observability({
    id: 'splunk-hec-token',
    title: 'Splunk HTTP Event Collector token',
    description: 'A Splunk HEC token (a UUID) sent as `Authorization: Splunk …` or assigned to a Splunk HEC or token name.',
    severity: 'medium',
    keywords: ['splunk'],
    pattern: rxi`(?:(?<![a-z0-9])splunk[a-z0-9_.-]{0,20}(?:hec|token)${ASSIGN}|splunk[ \t]{1,3})(${UUID})(?![0-9a-f-])`,
    secretGroup: 1,
    confidence: 'medium',
    // The documented format is a UUID, which the shared filter would drop.
    skipFilters: ['uuid'],
    remediation: rotateThenRemove('disable and delete the token in Splunk → Settings → Data inputs → HTTP Event Collector and create a new one')
  }),
  // Access keys are 64 base62 characters (access ids `su` + 12): https://help.sumologic.com/docs/manage/security/access-keys/
  named({
    id: 'sumologic-access-key',
    title: 'Sumo Logic access key',
    description: 'A 64-character Sumo Logic access key assigned to a Sumo Logic name.',
    severity: 'high',
    keywords: ['sumo'],
    pattern: assignedTo(String.raw`sumo[_.-]?(?:logic)?[a-z0-9_.-]{0,20}(?:key|secret)`, '[a-z0-9]{64}'),
    minEntropy: 4,
    remediation: rotateThenRemove('delete the access key in Sumo Logic → Administration → Security → Access Keys and create a new one')
  }),
  // Elastic Cloud API keys `essu_` + base64: https://www.elastic.co/guide/en/cloud/current/ec-api-authentication.html
  observability({
    id: 'elastic-cloud-api-key',
    title: 'Elastic Cloud API key',
    description: 'Elastic Cloud API keys (`essu_` + base64).',
    severity: 'high',
    keywords: ['essu_'],
    pattern: rx`${START}essu_[A-Za-z0-9+/]{60,200}={0,2}(?![A-Za-z0-9_+/=])`,
    minEntropy: 4,
    remediation: rotateThenRemove('revoke the key in Elastic Cloud → Organization → API keys and create a new one')
  }),
  // REST API keys are 20 characters (user tokens start `u+`), Events API routing keys 32 hex:
  // https://support.pagerduty.com/main/docs/api-access-keys
  named({
    id: 'pagerduty-api-key',
    title: 'PagerDuty API key',
    description: 'A PagerDuty REST API key (20 characters) or Events API routing key (32 hex) assigned to a PagerDuty name.',
    severity: 'high',
    keywords: ['pagerduty', 'pager_duty'],
    pattern: assignedTo(String.raw`pager[_-]?duty[a-z0-9_.-]{0,20}(?:key|token)`, 'u\\+[a-z0-9_+-]{18}|[a-z0-9_-]{20}|[a-f0-9]{32}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('delete the key in PagerDuty → Integrations → API Access Keys (routing keys: regenerate the service integration) and create a new one')
  }),
  // API keys are UUIDs, sent as `Authorization: GenieKey <key>`: https://docs.opsgenie.com/docs/api-key-management
  observability({
    id: 'opsgenie-api-key',
    title: 'Opsgenie API key',
    description: 'An Opsgenie API key (a UUID) sent as `GenieKey …` or assigned to an Opsgenie name.',
    severity: 'high',
    keywords: ['opsgenie', 'geniekey'],
    pattern: rxi`(?:(?<![a-z0-9])opsgenie[a-z0-9_.-]{0,20}(?:key|token)${ASSIGN}|geniekey[ \t]{1,3})(${UUID})(?![0-9a-f-])`,
    secretGroup: 1,
    confidence: 'medium',
    // The documented format is a UUID, which the shared filter would drop.
    skipFilters: ['uuid'],
    remediation: rotateThenRemove('delete the key in Opsgenie → Settings → API key management (integration keys under Integrations) and add a new one')
  }),
  // User API keys `cu_` + 32 hex: https://www.checklyhq.com/docs/accounts-and-users/creating-api-key/
  observability({
    id: 'checkly-api-key',
    title: 'Checkly API key',
    description: 'Checkly user API keys (`cu_` + 32 hex characters).',
    severity: 'high',
    keywords: ['cu_'],
    pattern: rx`${START}cu_[a-f0-9]{32}${END}`,
    remediation: rotateThenRemove('delete the key in Checkly → User settings → API keys and create a new one')
  }),
  // License keys issued before the `…NRAL` format are 40 hex: https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key
  named({
    id: 'newrelic-license-key-legacy',
    title: 'New Relic license key (legacy)',
    description: 'A 40-hex-character New Relic license key assigned to a New Relic license-key name.',
    severity: 'medium',
    keywords: ['newrelic', 'new_relic', 'new-relic'],
    pattern: assignedTo(String.raw`new[_-]?relic[a-z0-9_.-]{0,20}license[_.-]?key`, '[a-f0-9]{40}'),
    remediation: rotateThenRemove('create a new ingest license key in New Relic → API keys, deploy it, then delete the old one')
  })
];
