/**
 * Samples of the context rules (rules/context.ts, rules/paired.ts), in the shapes they are found
 * in: a curl line from an API's docs, a Postman collection export, an OAuth YAML block. Appended
 * after the provider samples so their seeded values do not change.
 */
import type { Faker } from './fake-values.js';

type Build = (fake: Faker) => [ruleId: string, template: string, secret: string];

const basic = (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64');

export const CONTEXT_BUILDS: Build[] = [
  (f) => ['command-line-password', 'curl -sS -u deploy:$ https://api.shop.io/v1/orders', f.base62(16)],
  (f) => ['command-line-api-key', 'curl https://api.shop.io/v1/charges -u $: -d amount=2000', f.base62(32)],
  (f) => ['authorization-bearer-token', 'curl -H "Authorization: Bearer $" https://api.shop.io/v1/me', f.base62(32)],
  (f) => ['authorization-header-token', 'Authorization: Token $', f.hex(40)],
  (f) => ['authorization-basic-credentials', 'GET /v1/orders HTTP/1.1\nAuthorization: Basic $', basic('deploy', f.base62(16))],
  (f) => ['api-key-header', "curl -H 'X-Api-Key: $' https://api.shop.io/v1/orders", f.base62(32)],
  (f) => ['collection-credential', '{\n  "bearer": [\n    {\n      "key": "token",\n      "value": "$",\n      "type": "string"\n    }\n  ]\n}', f.base62(28)],
  (f) => ['id-and-secret-pair', `oauth:\n  client_id: 0oa${f.hex(17)}\n  client_credential: $\n`, f.base62(40)]
];
