import { grafanaCrc } from '../../../../src/detect/rules/checksums.js';
import { createFaker } from '../fake-values.js';
import { sampleFor } from '../samples.js';
import { altered, hit, longer, referenced, shorter, type RuleCases } from './near-miss.js';

/** Values of the widened formats (issue #16), drawn apart so the older cases keep theirs. */
const w = createFaker(1818);
const f = createFaker(505);
const join = (...parts: string[]) => parts.join('');
const grafanaKey = join('glsa', '_', f.base62(32));

export const SAAS_CASES: RuleCases[] = [
  {
    ruleId: 'easypost-api-key',
    positives: [hit('easypost.api.key=$', join('EZTK', w.base62(54)))],
    negatives: [
      ['an unknown key type', altered('easypost-api-key', 'EZAK', 'EZXK')],
      ['53 characters after the prefix', shorter('easypost-api-key')],
      ['glued to a word', `key=x${sampleFor('easypost-api-key').secret}`]
    ]
  },
  {
    ruleId: 'aiven-token',
    positives: [hit('export AIVEN_API_TOKEN=$', w.base64(372))],
    negatives: [
      ['no Aiven name', `TOKEN="${sampleFor('aiven-token').secret}"`],
      ['too short for a token', `AIVEN_TOKEN="${w.base64(120)}"`],
      ['a reference', referenced('aiven-token')]
    ]
  },
  {
    ruleId: 'shopify-access-token',
    positives: [hit("'X-Shopify-Access-Token': '$'", join('shp', 'ca_', f.hex(32)))],
    negatives: [
      ['not hex', altered('shopify-access-token', /.$/, 'g')],
      ['an unknown shp type', altered('shopify-access-token', 'shpat_', 'shpxx_')]
    ]
  },
  {
    ruleId: 'shopify-shared-secret',
    negatives: [['31 hex characters', shorter('shopify-shared-secret')]]
  },
  {
    ruleId: 'atlassian-api-token',
    negatives: [['far too short', `JIRA_API_TOKEN=${join('ATATT3', f.base64url(60))}`]]
  },
  {
    ruleId: 'linear-api-key',
    negatives: [['39 characters', shorter('linear-api-key')]]
  },
  {
    ruleId: 'notion-token',
    positives: [hit('NOTION_TOKEN=$', join('secret', '_', f.base62(43)))],
    negatives: [
      ['an identifier that starts with secret_', 'const secret_key_base = loadKey();'],
      ['a ntn_ token without its digits', altered('notion-token', /ntn_\d{11}/, 'ntn_')]
    ]
  },
  {
    ruleId: 'figma-token',
    negatives: [['too short', `FIGMA_TOKEN=${join('figd', '_', f.base64url(20))}`]]
  },
  {
    ruleId: 'asana-token',
    positives: [
      hit('ASANA_PAT=$', join('1/', f.digits(16), ':', f.hex(32))),
      hit('ASANA_PAT=$', join('1/', w.digits(16), ':', w.base62(32))),
      hit('asana_token: "$"', join('0/', w.hex(32)))
    ],
    negatives: [
      ['no Asana on the line', `TOKEN=${sampleFor('asana-token').secret}`],
      ['31 hex characters', shorter('asana-token')]
    ]
  },
  {
    ruleId: 'hubspot-private-app-token',
    negatives: [
      ['an unknown region', altered('hubspot-private-app-token', 'pat-na1-', 'pat-xx1-')],
      ['a truncated UUID', shorter('hubspot-private-app-token')]
    ]
  },
  {
    ruleId: 'airtable-token',
    negatives: [
      ['a 13-character id', altered('airtable-token', /^pat./, 'pat')],
      ['a path segment', 'const pattern = matchPattern(input);']
    ]
  },
  {
    ruleId: 'okta-api-token',
    positives: [hit('Authorization: SSWS $', sampleFor('okta-api-token').secret)],
    negatives: [
      ['not starting 00', altered('okta-api-token', /^00/, '01')],
      ['a reference', referenced('okta-api-token')]
    ]
  },
  {
    ruleId: 'onepassword-service-account-token',
    negatives: [['too short', `OP_SERVICE_ACCOUNT_TOKEN=${join('ops', '_eyJ', f.base64(100))}`]]
  },
  {
    ruleId: 'mapbox-secret-token',
    negatives: [['a public token', altered('mapbox-secret-token', 'sk.', 'pk.')]]
  },
  {
    ruleId: 'datadog-api-key',
    positives: [
      hit("headers: { 'DD-API-KEY': '$' }", sampleFor('datadog-api-key').secret),
      hit('DATADOG_KEY=$', w.hex(32)),
      hit("const datadogApiKey = '$';", w.hex(32))
    ],
    negatives: [
      ['33 hex characters', longer('datadog-api-key', 'a')],
      ['no Datadog name', `API_KEY=${sampleFor('datadog-api-key').secret}`],
      ['a name that only ends in dd', `add_api_key = ${sampleFor('datadog-api-key').secret}`]
    ]
  },
  {
    ruleId: 'datadog-app-key',
    positives: [hit('DATADOG_APPLICATION_KEY=$', sampleFor('datadog-app-key').secret), hit('datadog_access_token = "$"', w.hex(40))],
    negatives: [['39 hex characters', shorter('datadog-app-key')]]
  },
  {
    ruleId: 'sentry-org-token',
    negatives: [
      ['a secret part of 42', shorter('sentry-org-token')],
      // A DSN only lets events in and reads nothing (Sentry's docs: safe to keep public).
      ['a DSN', `SENTRY_DSN=https://${w.hex(32)}@o${w.digits(6)}.ingest.sentry.io/${w.digits(7)}`]
    ]
  },
  {
    ruleId: 'sentry-user-token',
    negatives: [['not hex', altered('sentry-user-token', /.$/, 'z')]]
  },
  {
    ruleId: 'grafana-cloud-token',
    negatives: [['too short', `GRAFANA_TOKEN=${join('glc', '_', f.base64(20))}`]]
  },
  {
    ruleId: 'grafana-service-account-token',
    positives: [hit('GF_TOKEN=$', `${grafanaKey}_${grafanaCrc(grafanaKey)}`)],
    negatives: [
      ['a checksum of 7', shorter('grafana-service-account-token')],
      ['a checksum of 9', longer('grafana-service-account-token', 'a')]
    ]
  },
  {
    ruleId: 'newrelic-user-api-key',
    negatives: [['lower case', altered('newrelic-user-api-key', /[A-Z0-9]{27}$/, (found) => found.toLowerCase())]]
  },
  {
    ruleId: 'newrelic-ingest-key',
    positives: [hit('NEW_RELIC_INSERT_KEY=$', join('NRII', '-', f.base64url(32)))],
    negatives: [['35 hex before NRAL', altered('newrelic-ingest-key', /^[0-9a-f]/, '')]]
  },
  {
    ruleId: 'dynatrace-api-token',
    negatives: [['lower-case parts', altered('dynatrace-api-token', /\.[A-Z0-9]{24}\./, (found) => found.toLowerCase())]]
  }
];
