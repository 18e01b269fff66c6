import { createFaker } from '../fake-values.js';
import { hit, type RuleCases } from './near-miss.js';

const f = createFaker(808);
const value = f.base62(24);
const join = (...parts: string[]) => parts.join('');

export const GENERIC_CASES: RuleCases[] = [
  {
    ruleId: 'env-entry-secret',
    positives: [
      hit('      Environment:\n        - Name: STRIPE_API_KEY\n          Value: $', value),
      hit('        {\n          "name": "DB_PASSWORD",\n          "value": "$"\n        }', value),
      hit('"environment": [{ "name": "JWT_SECRET", "value": "$" }]', value)
    ],
    negatives: [
      ['a name that says nothing secret', `            - name: LOG_LEVEL\n              value: "${value}"`],
      ['a value from a Secret', '            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: { name: db, key: password }'],
      ['a reference', '            - name: DB_PASSWORD\n              value: "$(DB_PASSWORD)"'],
      ['a word', '            - name: AUTH_MODE\n              value: "passwordless-login"'],
      ['an entry between them', `            - name: DB_PASSWORD\n              description: db\n              value: "${value}"`]
    ]
  },
  {
    ruleId: 'generic-secret',
    positives: [
      hit('DB_PASSWORD=$', value),
      hit('api_key: "$"', value),
      hit('  "client_secret": "$",', value),
      hit("config[:auth_token] = '$'", value),
      hit('settings["apiKey"] => "$"', value),
      hit('SECRET_KEY_BASE = $', value),
      hit('password := "$"', value),
      hit('access-key: $', value),
      hit('passphrase = "$"', join(f.base62(10), '#', f.base62(9), '!')),
      hit('SMTP_PASSWORD=$', join(f.base62(8), '#', f.base62(8))),
      // Coveralls' repo token in .travis.yml (https://docs.coveralls.io/api-introduction).
      hit('  repo_token: $', f.base62(33)),
      // Defaults that stand in for an unset variable, and typed assignments (#16).
      hit('db_password = os.getenv("DB_PASSWORD", "$")', value),
      hit('os.environ.setdefault("SESSION_SECRET", "$")', value),
      hit('  sessionSecret: process.env.SESSION_SECRET || \'$\',', value),
      hit('const apiKey = process.env.API_KEY ?? "$";', value),
      hit('token = os.environ.get("TOKEN") or "$"', value),
      hit('  ENV["AUTH_TOKEN"] ||= "$"', value),
      hit("define('DB_PASSWORD', '$');", value),
      hit('String secret = System.getenv().getOrDefault("APP_SECRET", "$");', value),
      hit('    api_key: str = "$"', value),
      hit('export const accessKey: string = `$`;', value),
      hit("  encryptionKey: '$',", join(f.base64(43), '=')),
      hit('    private static final String ENCRYPTION_KEY = "$";', join(f.base64(43), '=')),
      hit('JWT_SIGNING_KEY=$', value),
      // Code in a notebook cell: a JSON string with escaped quotes.
      hit('    "os.environ[\\"SMTP_PASSWORD\\"] = \\"$\\"\\n",', value)
    ],
    negatives: [
      ['a shell reference', 'DB_PASSWORD=${DB_PASSWORD}'],
      ['a public Google OAuth client id', 'GOOGLE_OAUTH_CLIENT_ID=1234567890-a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6.apps.googleusercontent.com'],
      ['a template', 'password: "{{ vault_db_password }}"'],
      ['a GitHub Actions expression', 'token: ${{ secrets.DEPLOY_TOKEN }}'],
      ['process.env', 'const apiKey = process.env.STRIPE_API_KEY;'],
      ['os.environ', 'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]'],
      ['a placeholder', 'api_key: "<your-api-key-here>"'],
      ['a placeholder word', `password = "changeme-${f.digits(6)}"`],
      ['a path', 'ssl_key_password_file: /run/secrets/db_password'],
      ['a file name', 'credentials_token_file = "service-token.json"'],
      ['a URL', 'token_url: https://auth.shop.io/oauth/token'],
      ['a code expression', 'token = request.headers.authorization'],
      ['a call', 'const token = generateSecureTokenForUser(user);'],
      ['an environment variable name', "token: 'GITHUB_TOKEN_FOR_RELEASES'"],
      ['lowercase words', 'password = "correcthorsebatterystaple"'],
      ['too short', `password = "${f.base62(9)}"`],
      ['low entropy', 'secret = "aaaaaaaaaaaaaaaaaaaaaaaab"'],
      ['a value with spaces', 'token_description = "used by the nightly export job"'],
      ['author is not auth', `author = "${value}"`],
      ['a provider prefix (its own rule)', `token: ${join('ghp', '_', f.base62(36))}`],
      ['a provider name (its own rule)', `AWS_SECRET_ACCESS_KEY=${f.base62(39)}`],
      ['a number', 'token_ttl_seconds = 86400000000000'],
      ['a type annotation', '  secrets: SecretsConfig;'],
      ['a variable as the default', 'token = os.getenv("TOKEN", DEFAULT_TOKEN)'],
      ['an empty default', 'password = process.env.DB_PASSWORD || "";'],
      ['a list of names', 'const FIELDS = ["password", "passwordConfirmation", "token"];'],
      ['an algorithm, not a key', "encryptionKeyAlgorithm: 'aes-256-gcm-siv-with-hkdf'"],
      ['a key id', 'signing_key_id = "key-2024-01-rotation"'],
      ['paths given to a redaction library', "  paths: ['users.*.password', 'users.*.profile.preferences.apiKey']"],
      ['"or" in prose', '- [Find out if token is a personal access token or if-it-belongs-to-an-oauth-app](#find-out)'],
      ['base64 of a word (a Kubernetes Secret)', '  CLIENT_SECRET_PARAM: Y2xpZW50X3NlY3JldA=='],
      ['base64 of an identifier', '  TOKEN_STORAGE_KEY: dG9rZW5TdG9yYWdlS2V5'],
      ['base64 of a placeholder', '  ADMIN_PASSWORD: UkVQTEFDRV9NRV9QTEVBU0U='],
      ['a type name with an acronym', '  password: URLPatternComponentResult;'],
      ['an optional chain', 'const password = result.groups?.password;'],
      ['a negated expression', 'const hasToken = !!node.exclamationToken;'],
      ['a numbered type alias', 'type OpeningParenToken = OpeningParenToken$1;'],
      ['a value that names itself', 'auth: "personal-access-token123",'],
      ['prose in another script', '"Unexpected_token_1012": "予期しないトークンです。予期しないトークンです。",'],
      ['a keyboard run', 'const apiToken = "abc123xyz456";'],
      ['a Ruby constant path', ' * and `Authn::TokenField::Generator::RoutableToken#append_crc`'],
      // Real-code false positives from issue #16 (195 MB of npm packages), in their files' shapes.
      ['a constant whose value is its own snake_case name', 'X_SESSION_AUTH_INI_NAME = "s3_disable_express_session_auth"'],
      ['a value made of its name', "  SESSION_TOKEN_COOKIE_KEY: 'session_token_cookie',"],
      ['a webpack marker', '  token: "__WEBPACK_MODULE_REFERENCE__",'],
      ['a doc comment pointing at an RFC section', '   * token_type: rfc8693#section-2.1'],
      ['an SDK doc example pagination token', " *   nextPageToken: 'CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA2ZjVqOXM',"],
      ['a continuation token in a doc example', '#   continuation_token = "1vGF4jPqL8mT9wQx2ZbR7KcN"'],
      ['a source map\'s escaped source', '"sourcesContent":["const pass = !!o.objectMode\\n    const x = 1"]'],
      ['escaped source running on', '"sourcesContent":["): o is Minipass.ObjectModeOptions => !!o.objectMode\\n\\nconst isEncoding = (x)"]'],
      ['a chained assignment in minified code', 'Object.defineProperty(P,"__esModule",{value:!0});P.Minipass=P.isWritable=P.isReadable=P.isStream=void 0;'],
      ['a camelCase function name', "  passwordResetHandler: 'handlePasswordResetRequest2',"],
      ['a README badge token', '[![coverage](https://codecov.io/gh/acme/shop/branch/main/graph/badge.svg?token=Q8WZ3KX7PLM4T9)](https://codecov.io/gh/acme/shop)'],
      ['a header name in a type field', 'auth_header_name = "x_shop_authorization_header"']
    ]
  }
];
