import { createFaker } from '../fake-values.js';
import { hit, type RuleCases } from './near-miss.js';

const f = createFaker(808);
const value = f.base62(24);
const join = (...parts: string[]) => parts.join('');

export const GENERIC_CASES: RuleCases[] = [
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
      hit('passphrase = "$"', join(f.base62(10), '#', f.base62(9), '!'))
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
      ['a type name with an acronym', '  password: URLPatternComponentResult;'],
      ['an optional chain', 'const password = result.groups?.password;'],
      ['a negated expression', 'const hasToken = !!node.exclamationToken;'],
      ['a numbered type alias', 'type OpeningParenToken = OpeningParenToken$1;'],
      ['a value that names itself', 'auth: "personal-access-token123",'],
      ['prose in another script', '"Unexpected_token_1012": "予期しないトークンです。予期しないトークンです。",'],
      ['a keyboard run', 'const apiToken = "abc123xyz456";'],
      ['a Ruby constant path', ' * and `Authn::TokenField::Generator::RoutableToken#append_crc`']
    ]
  }
];
