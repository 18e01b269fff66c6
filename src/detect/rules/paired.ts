/**
 * An id and its secret on neighbouring lines: `client_id` then `client_secret`, `app_id` then
 * `app_key`, an AWS `…ACCESS_KEY_ID` then a 40-character secret under any name. The secret line
 * need not carry a word that says "secret" (issue #16): the id in front of it says what the pair
 * is. One finding, for the secret; the finding names the id (its name, never a value).
 *
 * Gated by the id names, and the pattern starts at the id's name, so it costs a scan of the files
 * that hold one. The secret must look generated: a human-chosen value next to an id is too often
 * a label (`client_name`, `redirect_uri`).
 */
import type { SecretRule } from '../contracts.js';
import { looksClearlyGenerated } from '../looks-generated.js';
import { rxi } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

/** Names of ids that come with a secret, as env (`CLIENT_ID`), YAML/JSON (`client_id`, `clientId`) and INI files write them. */
const ID_NAME = String.raw`(?:client|app|application|consumer|access[_-]?key|api[_-]?key|key|account|tenant)[_-]?id`;
/** `name = value` / `name: value` / `"name": "value",` for the id, up to the line's end. */
const ID_ASSIGNMENT = String.raw`["'\]]?[ \t]{0,4}(?:=>|:=|=|:)[ \t]{0,4}["']?[A-Za-z0-9._@/-]{4,128}["']?,?[ \t]{0,8}\r?\n`;
/** The next line's name and operator; any name but one that holds an id, a URL or a label. */
const NEXT_NAME = String.raw`[ \t]{0,16}(?:export[ \t]{1,4})?["']?(?![A-Za-z0-9_.-]{0,40}(?:id|url|uri|endpoint|host|name|region|email|user|username|type|scope|scopes)["'\]]?[ \t]{0,4}(?:=|:))[A-Za-z0-9_.-]{1,60}["'\]]?[ \t]{0,4}(?:=>|:=|=|:)[ \t]{0,4}["']?`;
/** A generated secret: base64, base64url, hex; ends where the literal does. */
const SECRET = String.raw`[A-Za-z0-9+/_~.=-]{20,256}(?=["'\s,;]|$)`;

export const PAIRED_RULES: readonly SecretRule[] = [
  {
    id: 'id-and-secret-pair',
    title: 'Client id and secret pair',
    description: 'A generated secret on the line after a client, app, consumer or access-key id: the two together are a working credential.',
    severity: 'high',
    keywords: ['client_id', 'clientid', 'client-id', 'app_id', 'appid', 'app-id', 'application_id', 'consumer_id', 'key_id', 'keyid', 'key-id', 'account_id', 'accountid', 'tenant_id'],
    keywordScope: 'file',
    scope: 'file',
    pattern: rxi`(?<![A-Za-z0-9])(?<pairedWith>${ID_NAME})${ID_ASSIGNMENT}${NEXT_NAME}(?<secret>${SECRET})`,
    confidence: 'high',
    isFalsePositive: (secret) => !looksClearlyGenerated(secret),
    remediation: rotateThenRemove(
      'create a new secret for the client or key at its provider (the id names it), deploy it, then delete the old one'
    ),
    category: 'context'
  }
];
