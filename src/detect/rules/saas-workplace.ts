/**
 * The SaaS a company runs on: forms and signatures (Typeform, DocuSign), files (Dropbox, Box,
 * Frame.io), meetings (Zoom), work tracking (ClickUp, Trello, Smartsheet), CRM (Pipedrive,
 * Salesforce), automation and sites (Zapier, Webflow), CMS (Storyblok, Prismic), and Airtable's
 * retired API keys. Tools whose tokens are JWTs (Monday.com, Calendly) are found by the JWT rules.
 */
import type { SecretRule } from '../contracts.js';
import { assignedTo, namedRule } from './named-value.js';
import { END, END_URL, START, rx } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

const saas = (rule: Omit<SecretRule, 'category'>): SecretRule => ({ ...rule, category: 'saas' });
const named = (rule: Omit<SecretRule, 'category' | 'secretGroup' | 'confidence'>): SecretRule => namedRule(saas(rule));

export const SAAS_WORKPLACE_RULES: readonly SecretRule[] = [
  // Personal access tokens `tfp_`: https://www.typeform.com/developers/get-started/personal-access-token/
  saas({
    id: 'typeform-token',
    title: 'Typeform personal access token',
    description: 'Typeform personal access tokens (`tfp_` + 59 characters).',
    severity: 'high',
    keywords: ['tfp_'],
    pattern: rx`${START}tfp_[A-Za-z0-9_.=-]{59}(?![A-Za-z0-9_.=-])`,
    minEntropy: 4,
    remediation: rotateThenRemove('delete the token in Typeform → Account → Personal tokens and generate a new one')
  }),
  // The integration key (a UUID) names the app; its secret key, also a UUID, signs for it:
  // https://developers.docusign.com/platform/auth/authcode/
  named({
    id: 'docusign-secret-key',
    title: 'DocuSign integration secret key',
    description: 'A DocuSign integration secret key (a UUID) assigned to a DocuSign name with `secret`.',
    severity: 'high',
    keywords: ['docusign'],
    pattern: assignedTo(String.raw`docusign[a-z0-9_.-]{0,20}secret`, UUID),
    // The documented format is a UUID, which the shared filter would drop.
    skipFilters: ['uuid'],
    remediation: rotateThenRemove('delete the secret key in DocuSign → Settings → Apps and Keys → the app, and add a new one')
  }),
  // Short-lived access tokens `sl.` (and `sl.u.` since 2024), 130+ characters:
  // https://developers.dropbox.com/oauth-guide
  saas({
    id: 'dropbox-access-token',
    title: 'Dropbox access token',
    description: 'Dropbox OAuth access tokens (`sl.` or `sl.u.` + 130 or more base64url characters).',
    severity: 'high',
    keywords: ['sl.'],
    pattern: rx`${START}sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400}${END_URL}`,
    minEntropy: 4,
    remediation: rotateThenRemove('revoke the token with `/2/auth/token/revoke`, or unlink the app in Dropbox → Settings → Connected apps')
  }),
  // Long-lived tokens (issued before 2021): 11 characters, `AAAAAAAAAA`, 43 more.
  named({
    id: 'dropbox-long-lived-token',
    title: 'Dropbox long-lived access token',
    description: 'A Dropbox long-lived access token (11 characters, ten `A`, 43 characters) assigned to a Dropbox name.',
    severity: 'high',
    keywords: ['dropbox'],
    pattern: assignedTo(String.raw`dropbox[a-z0-9_.-]{0,20}(?:token|key|secret)`, '[a-z0-9_-]{11}A{10}[a-z0-9_-]{43}'),
    // Ten `A` in a row is the format, which the shared placeholder filter would drop.
    skipFilters: ['placeholder'],
    remediation: rotateThenRemove('revoke the token in the Dropbox App Console → the app → Settings, and move to short-lived tokens with refresh')
  }),
  // Client secrets and developer tokens are 32 base62 characters: https://developer.box.com/guides/authentication/
  named({
    id: 'box-client-secret',
    title: 'Box client secret or developer token',
    description: 'A 32-character Box client secret or developer token assigned to a `BOX_CLIENT_SECRET`-style name.',
    severity: 'high',
    keywords: ['box_client_secret', 'box-client-secret', 'boxclientsecret', 'box_developer_token', 'box-developer-token', 'boxdevelopertoken'],
    pattern: assignedTo(String.raw`box[_-]?(?:client[_-]?secret|developer[_-]?token)`, '[a-z0-9]{32}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('reset the client secret in the Box Developer Console → the app → Configuration (developer tokens expire in an hour; revoke them there)')
  }),
  // Server-to-server OAuth client secrets are 32 base62 characters:
  // https://developers.zoom.us/docs/internal-apps/s2s-oauth/
  named({
    id: 'zoom-client-secret',
    title: 'Zoom client secret',
    description: 'A 32-character Zoom OAuth or Server-to-Server OAuth client secret assigned to a Zoom name with `secret`.',
    severity: 'high',
    keywords: ['zoom'],
    pattern: assignedTo(String.raw`zoom[a-z0-9_.-]{0,20}secret`, '[a-z0-9]{32}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('regenerate the client secret in the Zoom App Marketplace → Manage → the app → App Credentials')
  }),
  // Personal tokens `pk_<user id>_<32 characters>`: https://developer.clickup.com/docs/authentication
  saas({
    id: 'clickup-api-token',
    title: 'ClickUp personal API token',
    description: 'ClickUp personal API tokens (`pk_` + user id + `_` + 32 upper-case characters).',
    severity: 'high',
    keywords: ['pk_'],
    pattern: rx`${START}pk_[0-9]{4,12}_[A-Z0-9]{32}${END}`,
    remediation: rotateThenRemove('regenerate the token in ClickUp → Settings → Apps → API Token')
  }),
  // Tokens `ATTA` + 64 hex + an 8-hex checksum (since 2023), or 64 hex before:
  // https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/
  saas({
    id: 'trello-token',
    title: 'Trello API token',
    description: 'Trello API tokens (`ATTA` + 72 hex characters).',
    severity: 'high',
    keywords: ['atta'],
    pattern: rx`${START}ATTA[a-fA-F0-9]{72}${END}`,
    remediation: rotateThenRemove('revoke the token at trello.com → Account → Applications (or the Power-Up admin page) and authorize again')
  }),
  named({
    id: 'trello-legacy-token',
    title: 'Trello API token (legacy)',
    description: 'A 64-hex-character Trello API token assigned to a Trello name.',
    severity: 'high',
    keywords: ['trello'],
    pattern: assignedTo(String.raw`trello[a-z0-9_.-]{0,20}(?:token|secret)`, '[a-f0-9]{64}'),
    remediation: rotateThenRemove('revoke the token at trello.com → Account → Applications and authorize again')
  }),
  // API tokens are 40 hex: https://pipedrive.readme.io/docs/how-to-find-the-api-token
  named({
    id: 'pipedrive-api-token',
    title: 'Pipedrive API token',
    description: 'A 40-hex-character Pipedrive API token assigned to a Pipedrive name or an `api_token` query parameter on a Pipedrive URL.',
    severity: 'high',
    keywords: ['pipedrive'],
    pattern: assignedTo(String.raw`pipedrive[a-z0-9_.-]{0,20}(?:token|key)|pipedrive\.com/[a-z0-9/_.?&=-]{0,80}[?&]api_token`, '[a-f0-9]{40}'),
    remediation: rotateThenRemove('regenerate the token in Pipedrive → Personal preferences → API')
  }),
  // Access and session tokens: the 15-character org id (`00D…`), `!`, then the session part:
  // https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flows.htm
  saas({
    id: 'salesforce-access-token',
    title: 'Salesforce access token',
    description: 'Salesforce OAuth access and session tokens (`00D` org id + `!` + about 96 characters).',
    severity: 'critical',
    keywords: ['00d'],
    pattern: rx`${START}00D[A-Za-z0-9]{12}![A-Za-z0-9_.]{80,120}(?![A-Za-z0-9_.])`,
    minEntropy: 4,
    remediation: rotateThenRemove('revoke the session in Salesforce Setup → Session Management (or the connected app\'s OAuth usage) and sign in again')
  }),
  // Catch hooks `hooks.zapier.com/hooks/catch/<account>/<hook>/`: https://help.zapier.com/hc/en-us/articles/8496288690317
  saas({
    id: 'zapier-webhook-url',
    title: 'Zapier webhook URL',
    description: 'Zapier catch-hook URLs (`hooks.zapier.com/hooks/catch/…`): anyone holding one can start the Zap.',
    severity: 'medium',
    keywords: ['hooks.zapier.com'],
    pattern: rx`https://hooks\.zapier\.com/hooks/catch/[0-9]{4,12}/[a-z0-9]{5,12}/?`,
    remediation: rotateThenRemove('turn the Zap off, replace its Catch Hook trigger (a new trigger gets a new URL) and turn it on again')
  }),
  // Site and workspace API tokens are 64 hex: https://developers.webflow.com/data/reference/authentication
  named({
    id: 'webflow-api-token',
    title: 'Webflow API token',
    description: 'A 64-hex-character Webflow API token assigned to a Webflow name.',
    severity: 'high',
    keywords: ['webflow'],
    pattern: assignedTo(String.raw`webflow[a-z0-9_.-]{0,20}(?:token|key)`, '[a-f0-9]{64}'),
    remediation: rotateThenRemove('delete the token in Webflow → Site settings → Apps & Integrations → API access and generate a new one')
  }),
  // Developer tokens `fio-u-`: https://developer.frame.io/docs/getting-started/authentication
  saas({
    id: 'frameio-api-token',
    title: 'Frame.io developer token',
    description: 'Frame.io developer tokens (`fio-u-` + 64 characters).',
    severity: 'high',
    keywords: ['fio-u-'],
    pattern: rx`${START}fio-u-[A-Za-z0-9_=-]{64}(?![A-Za-z0-9_=-])`,
    remediation: rotateThenRemove('delete the token at developer.frame.io → Tokens and create a new one')
  }),
  // Access tokens are 26 or 37 base62 characters: https://developers.smartsheet.com/api/smartsheet/guides/basics/authentication
  named({
    id: 'smartsheet-access-token',
    title: 'Smartsheet access token',
    description: 'A 26- or 37-character Smartsheet API access token assigned to a Smartsheet name.',
    severity: 'high',
    keywords: ['smartsheet'],
    pattern: assignedTo(String.raw`smartsheet[a-z0-9_.-]{0,20}(?:token|key)`, '[a-z0-9]{37}|[a-z0-9]{26}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('revoke the token in Smartsheet → Account → Apps & Integrations → API Access and generate a new one')
  }),
  // Management tokens (personal access and OAuth) under a Storyblok name; public and preview
  // delivery tokens read published content and go in the page.
  // https://www.storyblok.com/docs/api/management/getting-started/authentication
  named({
    id: 'storyblok-management-token',
    title: 'Storyblok management token',
    description: 'A Storyblok personal access or OAuth token assigned to a Storyblok name with `management`, `personal` or `oauth`.',
    severity: 'high',
    keywords: ['storyblok'],
    pattern: assignedTo(String.raw`storyblok[a-z0-9_.-]{0,20}(?:management|personal|oauth)[a-z0-9_.-]{0,10}token`, '[a-z0-9-]{22,80}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('delete the token in Storyblok → My account → Personal access tokens and generate a new one')
  }),
  // Permanent access tokens of private repositories and write API tokens:
  // https://prismic.io/docs/access-token
  named({
    id: 'prismic-access-token',
    title: 'Prismic access token',
    description: 'A Prismic permanent access or write API token assigned to a Prismic name.',
    severity: 'medium',
    keywords: ['prismic'],
    pattern: assignedTo(String.raw`prismic[a-z0-9_.-]{0,20}(?:token|secret)`, '[a-z0-9._-]{40,200}'),
    minEntropy: 4,
    remediation: rotateThenRemove('revoke the token in the Prismic repository → Settings → API & Security and generate a new one')
  }),
  // Legacy API keys `key` + 14 characters, retired in 2024 for personal access tokens (which
  // `airtable-token` finds): https://support.airtable.com/docs/airtable-api-key-deprecation-notice
  named({
    id: 'airtable-api-key-legacy',
    title: 'Airtable API key (legacy)',
    description: 'A legacy Airtable API key (`key` + 14 characters) assigned to an Airtable name.',
    severity: 'high',
    keywords: ['airtable'],
    // A digit, as in nearly every random key (and in no word such as `keyboardShortcuts`).
    pattern: assignedTo(String.raw`airtable[a-z0-9_.-]{0,20}(?:key|token)`, 'key(?=[a-z]{0,13}[0-9])[a-z0-9]{14}'),
    minEntropy: 3.3,
    remediation: rotateThenRemove('delete the key at airtable.com/account and move to a personal access token with the least scopes')
  })
];
