/**
 * Context rules, in the shapes of the files they come from: curl(1) and HTTPie docs, wget in CI
 * scripts, GitHub Actions logs, `.http` request files, Postman exports, Kubernetes and OAuth YAML.
 * The negatives are what those same files hold when they are written well: references, masks,
 * placeholders, the RFC's own examples.
 */
import { createFaker } from '../fake-values.js';
import { hit, type RuleCases } from './near-miss.js';

const f = createFaker(1616);
const pw = f.base62(14);
const token = f.base62(32);
const b64 = (text: string) => Buffer.from(text).toString('base64');

export const CONTEXT_CASES: RuleCases[] = [
  {
    ruleId: 'command-line-password',
    positives: [
      // A command continued over lines: the option's line does not say curl.
      hit('curl https://api.shop.io/v1/orders \\\n  --user "admin:$" \\\n  -H "Accept: application/json"', pw),
      hit('  run: curl --fail -u ci-bot:$ https://nexus.shop.io/repository/raw/', pw),
      hit('wget --user=deploy --password=$ https://files.shop.io/release.tgz', pw),
      hit("wget -q --http-password='$' --http-user=ci https://files.shop.io/a.tgz", pw),
      hit('http -a deploy:$ POST https://api.shop.io/orders item=42', pw),
      hit('RUN curl -fsSL --user=builder:$ -o /tmp/pkg.tgz https://pkgs.shop.io/pkg.tgz', pw)
    ],
    negatives: [
      ['variables', 'curl -u "$API_USER:$API_PASSWORD" https://api.shop.io'],
      ['a password variable', 'curl -u admin:${ADMIN_PASSWORD} https://api.shop.io'],
      ['the word password', 'curl -u user:password https://api.shop.io'],
      ['a placeholder', 'curl -u username:<password> https://api.shop.io'],
      ['an uppercase placeholder', 'curl --user "USERNAME:YOUR_PASSWORD" https://api.shop.io'],
      ['password equals user', 'curl -u jenkins:jenkins http://ci.shop.io'],
      ['uid:gid in the same script', 'curl -O https://x.io/a && docker run -u 1000:1000 alpine'],
      ['a prompt for the password', 'curl -u admin https://api.shop.io  # curl asks for the password'],
      ['no tool in the file', `sudo -u postgres:${pw} psql`],
      ['a GitHub Actions mask', 'curl -u ci-bot:*** https://nexus.shop.io']
    ]
  },
  {
    ruleId: 'command-line-api-key',
    positives: [hit('curl https://shop.freshdesk.com/api/v2/tickets -u $:X -H "Content-Type: application/json"', token)],
    negatives: [
      ['a variable', 'curl https://api.shop.io/v1/charges -u $STRIPE_KEY:'],
      ['a name, not a key', 'curl -u your_api_key_goes_here: https://api.shop.io'],
      ['a user with a password', `curl -u deploy:${pw} https://api.shop.io`]
    ]
  },
  {
    ruleId: 'authorization-bearer-token',
    positives: [
      hit('Authorization: Bearer $', token),
      hit('    -H "authorization: bearer $" \\', token),
      hit('2026-03-02T10:11:12.1234567Z > authorization: Bearer $', token),
      hit('http https://api.shop.io/v1/me Authorization:"Bearer $"', token),
      hit('      "value": "Bearer $",', token),
      hit('  Authorization: "Bearer $"', `${f.base64url(40)}.${f.base64url(20)}`)
    ],
    negatives: [
      ['a shell variable', 'curl -H "Authorization: Bearer $ACCESS_TOKEN" https://api.shop.io'],
      ['a template', 'Authorization: Bearer {{access_token}}'],
      ['a placeholder', 'Authorization: Bearer YOUR_ACCESS_TOKEN'],
      ['a placeholder in angle brackets', 'Authorization: Bearer <token>'],
      ['a GitHub Actions mask', '2026-03-02T10:11:12Z   Authorization: Bearer ***'],
      ['a name', 'Authorization: Bearer personalAccessTokenFromSettings'],
      ['prose', 'Send the token as a bearer credential in the Authorization header.'],
      ['a GitHub expression', 'authorization: Bearer ${{ secrets.API_TOKEN }}']
    ]
  },
  {
    ruleId: 'authorization-header-token',
    positives: [
      hit('curl -H "Authorization: token $" https://api.github.example/user', f.hex(40)),
      hit('Authorization: Bot $', `${f.base64url(24)}.${f.base64url(6)}.${f.base64url(27)}`),
      hit("headers = {'Authorization': 'SSWS $'}", `00${f.base62(40)}`),
      hit('wget --header="Authorization: $" https://api.shop.io/export', token)
    ],
    negatives: [
      ['a Bearer header (its own rule)', `Authorization: Bearer ${token}`],
      ['a Basic header (its own rule)', `Authorization: Basic ${b64(`deploy:${pw}`)}`],
      ['a Digest header', 'Authorization: Digest username="Mufasa", realm="http-auth@example.org"'],
      ['an AWS signature', 'Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request'],
      ['a variable', 'Authorization: token $GITHUB_TOKEN'],
      ['a code expression', "headers['Authorization'] = 'Token ' + token"]
    ]
  },
  {
    ruleId: 'authorization-basic-credentials',
    positives: [
      hit('curl -H "Authorization: Basic $" https://api.shop.io', b64(`ci-bot:${pw}`)),
      hit('      "value": "Basic $",', b64(`api:${pw}`)),
      hit('  Authorization: basic $', b64(`${token}:`.replace(/:$/, `:${pw}`)))
    ],
    negatives: [
      ['user:password', `Authorization: Basic ${b64('user:password')}`],
      ['variables', `Authorization: Basic ${b64('$USER:$PASS')}`],
      ['a placeholder token', `Authorization: Basic ${b64('admin:<token>')}`],
      ["RFC 7617's example", `Authorization: Basic ${b64('Aladdin:open sesame')}`],
      ['a short password', `Authorization: Basic ${b64('a:b')}`],
      ['not base64 of user:pass', `Authorization: Basic ${f.base62(24)}`],
      ['prose', 'Use basic authentication with your account password.']
    ]
  },
  {
    ruleId: 'api-key-header',
    positives: [
      hit('curl --header "PRIVATE-TOKEN: $" https://gitlab.shop.io/api/v4/projects', f.base62(26)),
      hit('X-Auth-Token: $', token),
      hit('  -H "api-key: $" \\', f.hex(32)),
      // Cloudflare's global API key (https://developers.cloudflare.com/fundamentals/api/get-started/keys/).
      hit('curl https://api.cloudflare.com/client/v4/zones -H "X-Auth-Email: ops@shop.io" -H "X-Auth-Key: $"', f.hex(37)),
      hit('curl -H "X-Vault-Token: $" https://vault.shop.io/v1/secret/data/app', `hvs.${f.base62(24)}`),
      hit("curl -H 'Circle-Token: $' https://circleci.com/api/v2/me", f.hex(40))
    ],
    negatives: [
      ['a variable', 'curl -H "X-Api-Key: $SHOP_API_KEY" https://api.shop.io'],
      ['a placeholder', "curl -H 'X-Api-Key: <your-api-key>' https://api.shop.io"],
      ['a header name constant', "const API_KEY_HEADER = 'X-Api-Key: ';"],
      ['a name', 'X-Api-Key: SHOP_PRODUCTION_API_KEY'],
      ['a cache key in a workflow', '  cache-key: node-modules-linux-${{ hashFiles(\'package-lock.json\') }}'],
      ['an e-mail header beside it', `-H "X-Auth-Email: ops@shop.io"`]
    ]
  },
  {
    ruleId: 'collection-credential',
    positives: [hit('{"key":"password","value":"$","type":"string"}', pw), hit('{\n  "key": "apiKey",\n  "value": "$",\n  "enabled": true\n}', token)],
    negatives: [
      ['a variable', '{"key": "token", "value": "{{token}}", "type": "string"}'],
      ['an empty value', '{"key": "password", "value": "", "type": "string"}'],
      ['another key', `{"key": "baseUrl", "value": "${token}"}`],
      ['a placeholder', '{"key": "apiKey", "value": "<your api key>"}']
    ]
  },
  {
    ruleId: 'id-and-secret-pair',
    positives: [
      hit(`CLIENT_ID=${f.hex(20)}\nCLIENT_KEY=$\n`, token),
      hit(`[default]\naws_access_key_id = AKIA${f.chars('ABCDEFGHJKLMNPQRSTUVWXYZ234567', 16)}\ncredential = $\n`, f.base64(40)),
      hit(`  "appId": "${f.digits(7)}",\n  "appKey": "$",\n`, f.hex(32))
    ],
    negatives: [
      ['a redirect URI after the id', `client_id: ${f.hex(20)}\nredirect_uri: https://shop.io/${token}\n`],
      ['a label after the id', `app_id: ${f.digits(7)}\napp_name: shop-production-deployment-app\n`],
      ['a reference after the id', `client_id: ${f.hex(20)}\nclient_key: \${CLIENT_KEY}\n`],
      ['a second id', `client_id: ${f.hex(20)}\ntenant_id: ${f.uuid()}\n`],
      ['not next to an id', `name: shop\nclient_key: ${token}\n`]
    ]
  }
];
