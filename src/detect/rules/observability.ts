/** Monitoring and error tracking: Datadog, Sentry, Grafana, New Relic, Dynatrace (more in `observability-incident.ts`). */
import type { SecretRule } from '../contracts.js';
import { verifyGrafanaToken } from './checksums.js';
import { ASSIGN, END, START, rx, rxi } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const observability = (rule: Omit<SecretRule, 'category'>): SecretRule => ({ ...rule, category: 'saas' });

const DATADOG_ROTATE = 'revoke the key in Datadog → Organization Settings → API Keys (or Application Keys) after creating its replacement';
const SENTRY_ROTATE = 'revoke the token in Sentry → Settings → Auth Tokens (organization tokens under Developer Settings → Organization Tokens)';

export const OBSERVABILITY_RULES: readonly SecretRule[] = [
  // API keys are 32 hex and application keys 40 hex, without prefix, so any Datadog key or token
  // name (`DATADOG_KEY`, `datadog.apiKey`, `datadog_access_token`) holds one or the other by its
  // length; `dd_` names must say which. Browser RUM client tokens (`pub…`) are not hex.
  // https://docs.datadoghq.com/account_management/api-app-keys/
  observability({
    id: 'datadog-api-key',
    title: 'Datadog API key',
    description: 'A 32-hex-character Datadog API key assigned to a Datadog key or token name, `DD_API_KEY`, or sent as `DD-API-KEY`.',
    severity: 'high',
    keywords: ['dd_api', 'dd-api', 'ddapi', 'datadog'],
    pattern: rxi`(?<![a-z0-9])(?:datadog[a-z0-9_.-]{0,20}(?:key|token)|dd[_-]?api[_-]?key)${ASSIGN}([a-f0-9]{32})(?![a-z0-9])`,
    secretGroup: 1,
    confidence: 'medium',
    remediation: rotateThenRemove(DATADOG_ROTATE)
  }),
  observability({
    id: 'datadog-app-key',
    title: 'Datadog application key',
    description: 'A 40-hex-character Datadog application key assigned to a Datadog key or token name, `DD_APP_KEY`, or sent as `DD-APPLICATION-KEY`.',
    severity: 'high',
    keywords: ['dd_app', 'dd-app', 'ddapp', 'datadog'],
    pattern: rxi`(?<![a-z0-9])(?:datadog[a-z0-9_.-]{0,20}(?:key|token)|dd[_-]?app(?:lication)?[_-]?key)${ASSIGN}([a-f0-9]{40})(?![a-z0-9])`,
    secretGroup: 1,
    confidence: 'medium',
    remediation: rotateThenRemove(DATADOG_ROTATE)
  }),
  // Organization tokens `sntrys_<base64 JSON>_<secret>`, user tokens `sntryu_`:
  // https://docs.sentry.io/account/auth-tokens/
  observability({
    id: 'sentry-org-token',
    title: 'Sentry organization auth token',
    description: 'Sentry organization auth tokens (`sntrys_eyJ…_…`): upload source maps and releases.',
    severity: 'high',
    keywords: ['sntrys_'],
    pattern: rx`${START}sntrys_eyJ[A-Za-z0-9+/]{40,400}={0,2}_[A-Za-z0-9+/]{43}(?![A-Za-z0-9+/_=])`,
    remediation: rotateThenRemove(SENTRY_ROTATE)
  }),
  observability({
    id: 'sentry-user-token',
    title: 'Sentry user auth token',
    description: 'Sentry user auth tokens (`sntryu_` + 64 hex characters): the user\'s API access.',
    severity: 'high',
    keywords: ['sntryu_'],
    pattern: rx`${START}sntryu_[a-f0-9]{64}${END}`,
    remediation: rotateThenRemove(SENTRY_ROTATE)
  }),
  // Cloud access policy tokens `glc_` (base64 JSON) and service account tokens `glsa_`:
  // https://grafana.com/docs/grafana/latest/administration/service-accounts/
  observability({
    id: 'grafana-cloud-token',
    title: 'Grafana Cloud access policy token',
    description: 'Grafana Cloud access policy and API tokens (`glc_` + base64).',
    severity: 'high',
    keywords: ['glc_'],
    pattern: rx`${START}glc_[A-Za-z0-9+/]{32,400}={0,2}(?![A-Za-z0-9+/_=])`,
    remediation: rotateThenRemove('delete the token in the Grafana Cloud Portal → Access Policies → the policy → Tokens and add a new one')
  }),
  observability({
    id: 'grafana-service-account-token',
    title: 'Grafana service account token',
    description: 'Grafana service account tokens (`glsa_` + 32 characters + `_` + an 8-hex CRC-32).',
    severity: 'high',
    keywords: ['glsa_'],
    pattern: rx`${START}glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}${END}`,
    verify: verifyGrafanaToken,
    remediation: rotateThenRemove('delete the token in Grafana → Administration → Service accounts → the account → Tokens and add a new one')
  }),
  // Key prefixes: https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/
  observability({
    id: 'newrelic-user-api-key',
    title: 'New Relic user API key',
    description: 'New Relic user API keys (`NRAK-` + 27 characters): NerdGraph as the user.',
    severity: 'high',
    keywords: ['nrak-'],
    pattern: rx`${START}NRAK-[A-Z0-9]{27}${END}`,
    remediation: rotateThenRemove('delete the key in New Relic → API keys and create a new one')
  }),
  observability({
    id: 'newrelic-ingest-key',
    title: 'New Relic ingest key',
    description: 'New Relic license keys (40 characters ending `NRAL`) and Insights insert keys (`NRII-`): send data to the account.',
    severity: 'medium',
    keywords: ['nral', 'nrii-'],
    pattern: rx`${START}(?:[a-f0-9]{36}NRAL|NRII-[A-Za-z0-9_-]{32})${END}`,
    remediation: rotateThenRemove('rotate the key in New Relic → API keys (create a new ingest key, deploy it, delete the old one)')
  }),
  // Token format `dt0c01.<public>.<secret>`: https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens
  observability({
    id: 'dynatrace-api-token',
    title: 'Dynatrace API token',
    description: 'Dynatrace API and platform tokens (`dt0c01.` + 24 + `.` + 64 characters).',
    severity: 'high',
    keywords: ['dt0c01.', 'dt0s01.'],
    pattern: rx`${START}dt0[cs]01\.[A-Z0-9]{24}\.[A-Z0-9]{64}${END}`,
    remediation: rotateThenRemove('delete the token in Dynatrace → Access tokens and generate a new one')
  })
];
