import { createFaker } from '../fake-values.js';
import { sampleFor } from '../samples.js';
import { altered, hit, longer, referenced, shorter, swap, type RuleCases } from './near-miss.js';

const f = createFaker(707);
const join = (...parts: string[]) => parts.join('');
/** The sample's secret under another name (no provider word: the context is gone). */
const renamed = (ruleId: string, line: string) => line.replace('$', () => sampleFor(ruleId).secret);

export const SAAS_PRODUCT_CASES: RuleCases[] = [
  {
    ruleId: 'algolia-admin-key',
    positives: [hit('ALGOLIA_WRITE_KEY=$', f.hex(32)), hit("const algoliaAdminKey = '$';", f.hex(32))],
    negatives: [
      ['a search-only key, public by design', renamed('algolia-admin-key', 'ALGOLIA_SEARCH_API_KEY=$')],
      ['the app id', 'ALGOLIA_APP_ID=K3J9QZ1XWP'],
      ['no Algolia name', renamed('algolia-admin-key', 'ADMIN_API_KEY=$')],
      ['a hash elsewhere on an Algolia line', renamed('algolia-admin-key', 'algolia index "products" checksum $')],
      ['33 hex characters', longer('algolia-admin-key', 'a')]
    ]
  },
  {
    ruleId: 'intercom-access-token',
    negatives: [
      ['too short', `INTERCOM_TOKEN=${join('dG9r', 'O', f.base64(20))}`],
      ['glued to base64', swap('intercom-access-token', ({ secret }) => `QUJD${secret}`)]
    ]
  },
  {
    ruleId: 'zendesk-api-token',
    positives: [hit('curl -u agent@shop.io/token:$ https://shop.zendesk.com/api/v2/tickets.json', f.base62(40))],
    negatives: [
      ['no Zendesk name', renamed('zendesk-api-token', 'API_TOKEN=$')],
      ['39 characters', shorter('zendesk-api-token')],
      ['a reference', referenced('zendesk-api-token')]
    ]
  },
  {
    ruleId: 'freshdesk-api-key',
    negatives: [
      ['21 characters', longer('freshdesk-api-key')],
      ['an identifier', 'FRESHDESK_API_KEY=freshdeskDefaultKeys']
    ]
  },
  {
    ruleId: 'helpscout-app-secret',
    negatives: [['the app id name with a shorter value', 'HELPSCOUT_APP_ID=8d6b1c2e']]
  },
  {
    ruleId: 'segment-write-key',
    negatives: [
      ['the browser snippet (public)', renamed('segment-write-key', 'analytics.load("$");')],
      ['31 characters', shorter('segment-write-key')]
    ]
  },
  {
    ruleId: 'mixpanel-secret',
    positives: [hit('MIXPANEL_API_SECRET=$', f.hex(32))],
    negatives: [['the project token (public)', renamed('mixpanel-secret', 'MIXPANEL_PROJECT_TOKEN=$')]]
  },
  {
    ruleId: 'amplitude-secret-key',
    negatives: [['the API key (ships with the browser SDK)', renamed('amplitude-secret-key', 'AMPLITUDE_API_KEY=$')]]
  },
  {
    ruleId: 'posthog-personal-api-key',
    negatives: [
      ['a phc_ project key (public)', altered('posthog-personal-api-key', 'phx_', 'phc_')],
      ['too short', `POSTHOG_KEY=${join('phx', '_', f.base62(20))}`]
    ]
  },
  {
    ruleId: 'launchdarkly-key',
    positives: [hit('# LaunchDarkly\nLD_ACCESS_TOKEN=$', join('api', '-', f.uuid()))],
    negatives: [
      ['no LaunchDarkly in the text', `SDK_ID=${sampleFor('launchdarkly-key').secret}`],
      ['a mobile key (public)', altered('launchdarkly-key', 'sdk-', 'mob-')],
      ['a bare UUID', `LD_SDK_KEY=${f.uuid()}`]
    ]
  },
  {
    ruleId: 'contentful-personal-access-token',
    negatives: [['42 characters', shorter('contentful-personal-access-token')]]
  },
  {
    ruleId: 'sanity-api-token',
    negatives: [
      ['no sk prefix', altered('sanity-api-token', /^sk/, 'pk')],
      ['the project id', 'SANITY_PROJECT_ID=h4k2m9p1']
    ]
  },
  {
    ruleId: 'lokalise-api-token',
    negatives: [['a project id', 'LOKALISE_PROJECT_ID=3094318265f4a2b1d8e0c7.41521337']]
  },
  {
    ruleId: 'crowdin-personal-access-token',
    negatives: [['79 hex characters', shorter('crowdin-personal-access-token')]]
  },
  {
    ruleId: 'confluent-api-secret',
    negatives: [
      ['the API key (16 characters)', 'CONFLUENT_CLOUD_API_KEY=QW3RT5YU7IO9PA1S'],
      ['63 characters', shorter('confluent-api-secret')]
    ]
  }
];

export const SAAS_WORKPLACE_CASES: RuleCases[] = [
  {
    ruleId: 'typeform-token',
    negatives: [['58 characters', shorter('typeform-token')]]
  },
  {
    ruleId: 'docusign-secret-key',
    negatives: [
      ['the integration key (an id)', renamed('docusign-secret-key', 'DOCUSIGN_INTEGRATION_KEY=$')],
      ['a UUID without a DocuSign name', renamed('docusign-secret-key', 'REQUEST_ID=$')]
    ]
  },
  {
    ruleId: 'dropbox-access-token',
    positives: [hit('Authorization: Bearer $', join('sl', '.', f.base64url(138)))],
    negatives: [
      ['too short', `token = ${join('sl', '.', f.base64url(60))}`],
      ['a host name', 'url = "https://downloads.sl.example.org/file"']
    ]
  },
  {
    ruleId: 'dropbox-long-lived-token',
    negatives: [['no run of ten A', altered('dropbox-long-lived-token', 'AAAAAAAAAA', 'AAAAAAAAAB')]]
  },
  {
    ruleId: 'box-client-secret',
    negatives: [
      ['a Box client id', renamed('box-client-secret', 'BOX_CLIENT_ID=$')],
      ['an unrelated checkbox name', renamed('box-client-secret', 'checkbox_secret_value=$')]
    ]
  },
  {
    ruleId: 'zoom-client-secret',
    negatives: [
      ['CSS zoom', 'zoom: 1.25;'],
      ['the client id', renamed('zoom-client-secret', 'ZOOM_CLIENT_ID=$')]
    ]
  },
  {
    ruleId: 'clickup-api-token',
    negatives: [
      ['lower case', altered('clickup-api-token', /_[A-Z0-9]{32}$/, (found) => found.toLowerCase())],
      ['a Stripe-style publishable key', `key = ${join('pk', '_live_', f.base62(24))}`]
    ]
  },
  {
    ruleId: 'trello-token',
    negatives: [
      ['71 hex characters', shorter('trello-token')],
      ['a word that starts with ATTA', 'const ATTACHMENT_LIMIT_BYTES = 10485760;']
    ]
  },
  {
    ruleId: 'trello-legacy-token',
    negatives: [['the API key (32 hex, public)', `TRELLO_KEY=${f.hex(32)}`]]
  },
  {
    ruleId: 'pipedrive-api-token',
    positives: [hit('GET https://shop.pipedrive.com/api/v1/deals?limit=5&api_token=$', f.hex(40))],
    negatives: [['no Pipedrive name', renamed('pipedrive-api-token', 'CRM_TOKEN=$')]]
  },
  {
    ruleId: 'salesforce-access-token',
    negatives: [
      ['an org id alone', 'SF_ORG_ID=00D5g000004HkQr'],
      ['too short after the !', `sid=${join('00D', f.base62(12), '!', f.base62(20))}`]
    ]
  },
  {
    ruleId: 'zapier-webhook-url',
    negatives: [['the docs page', 'see https://hooks.zapier.com/hooks/catch/ for details']]
  },
  {
    ruleId: 'webflow-api-token',
    negatives: [['a site id', 'WEBFLOW_SITE_ID=5f9a1c2b3d4e6f7a8b9c0d1e']]
  },
  {
    ruleId: 'frameio-api-token',
    negatives: [['63 characters', shorter('frameio-api-token')]]
  },
  {
    ruleId: 'smartsheet-access-token',
    positives: [hit('smartsheet_token: "$"', f.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26))],
    negatives: [['30 characters', `SMARTSHEET_ACCESS_TOKEN=${f.base62(30)}`]]
  },
  {
    ruleId: 'storyblok-management-token',
    negatives: [['the public delivery token', renamed('storyblok-management-token', 'STORYBLOK_PUBLIC_TOKEN=$')]]
  },
  {
    ruleId: 'prismic-access-token',
    negatives: [
      ['the repository name', 'PRISMIC_REPOSITORY_NAME=shop-content'],
      ['a reference', referenced('prismic-access-token')]
    ]
  },
  {
    ruleId: 'airtable-api-key-legacy',
    negatives: [
      ['a base id', 'AIRTABLE_BASE_ID=app4Tq9LmZ2xKc8Vw'],
      ['an identifier', 'AIRTABLE_API_KEY=keyboardShortcuts']
    ]
  }
];
