import { base64urlJson, createFaker, pemBlock } from '../fake-values.js';
import { sampleFor } from '../samples.js';
import { altered, hit, referenced, shorter, swap, type RuleCases } from './near-miss.js';

const f = createFaker(707);
const join = (...parts: string[]) => parts.join('');
const rsa = pemBlock(f, 'RSA PRIVATE KEY');
const header = join('-----BEGIN ', 'RSA PRIVATE', ' KEY-----');
const password = f.base62(20);
const jwtOf = (claims: Record<string, unknown>) =>
  `${base64urlJson({ alg: 'HS256', typ: 'JWT' })}.${base64urlJson(claims)}.${f.base64url(43)}`;

export const PRIVATE_KEY_CASES: RuleCases[] = [
  {
    ruleId: 'private-key',
    positives: [
      hit('$\n', pemBlock(f, 'PRIVATE KEY', { bodyStart: 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASC' })),
      hit('$\n', pemBlock(f, 'OPENSSH PRIVATE KEY', { bodyStart: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ' })),
      hit('$\n', pemBlock(f, 'EC PRIVATE KEY', { bodyStart: 'MHcCAQEEI', lines: 3 })),
      hit('{"key": "$\\n"}', pemBlock(f, 'RSA PRIVATE KEY', { newline: '\\n' })),
      // Only the header is visible: a diff adding one line, a truncated paste.
      hit('$', header),
      hit('"key": "$\\nMIIEow..."', header)
    ],
    negatives: [
      ['a public key', rsa.replaceAll('RSA PRIVATE KEY', 'PUBLIC KEY')],
      ['a certificate', rsa.replaceAll('RSA PRIVATE KEY', 'CERTIFICATE')],
      ['a header constant in a PEM parser', `if (line === '${header}') {`],
      ['an elided body in docs', `${header}\nMIIEow...\n-----END RSA PRIVATE KEY-----\n`],
      ['an encrypted key (its own rule)', rsa.replace('\n', '\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0A1B2C3D4E5F6A7B\n\n')]
    ]
  },
  {
    ruleId: 'encrypted-private-key',
    positives: [
      [rsa.replace('\n', '\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0A1B2C3D4E5F6A7B\n\n'), rsa.replace('\n', '\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0A1B2C3D4E5F6A7B\n\n')],
      hit('$\n', pemBlock(f, 'OPENSSH PRIVATE KEY', { bodyStart: 'b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHI' }))
    ],
    negatives: [
      ['an unencrypted key', rsa],
      ['an encrypted public thing', sampleFor('encrypted-private-key').line.replaceAll('ENCRYPTED PRIVATE KEY', 'ENCRYPTED PUBLIC KEY')]
    ]
  },
  {
    ruleId: 'putty-private-key',
    negatives: [
      ['an encrypted PPK', sampleFor('putty-private-key').line.replace('Encryption: none', 'Encryption: aes256-cbc')],
      ['a PPK without its MAC', sampleFor('putty-private-key').line.replace(/Private-MAC: .*/, '')]
    ]
  },
  {
    ruleId: 'age-secret-key',
    negatives: [
      ['57 characters', shorter('age-secret-key')],
      ['outside the bech32 alphabet', altered('age-secret-key', /.$/, 'B')]
    ]
  }
];

export const DATABASE_CASES: RuleCases[] = [
  {
    ruleId: 'postgres-url',
    positives: [hit('url = "postgresql+asyncpg://app:$@10.0.4.12/shop"', password)],
    negatives: [
      ['no password', 'DATABASE_URL=postgres://app@db.shop.io/shop'],
      ['an empty password', 'DATABASE_URL=postgres://app:@db.shop.io/shop'],
      ['a reference', 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db.shop.io/shop'],
      ['the word password', 'DATABASE_URL=postgres://user:password@db.shop.io/shop'],
      ['a local host (its own rule)', `DATABASE_URL=postgres://app:${password}@localhost/shop`],
      ['a compose service name (its own rule)', `DATABASE_URL=postgres://app:${password}@db:5432/shop`]
    ]
  },
  {
    ruleId: 'mysql-url',
    positives: [hit('jdbc:mysql://app:$@mysql.shop.io/shop', password), hit('mariadb://app:$@maria.shop.io/shop', password)],
    negatives: [['a masked password', 'mysql://app:****@mysql.shop.io/shop']]
  },
  {
    ruleId: 'mongodb-url',
    negatives: [['a printf placeholder', 'mongodb://%s:%s@cluster.shop.io/shop']]
  },
  {
    ruleId: 'redis-url',
    positives: [hit('redis://default:$@cache.shop.io:6379', password)],
    negatives: [['a local host (its own rule)', `REDIS_URL=redis://:${password}@127.0.0.1:6379`]]
  },
  {
    ruleId: 'amqp-url',
    negatives: [['a template', 'amqp://{{ user }}:{{ password }}@mq.shop.io/']]
  },
  {
    ruleId: 'local-database-url',
    positives: [
      hit('redis://:$@127.0.0.1:6379', password),
      hit('mongodb://root:$@host.docker.internal:27017', password),
      hit('DATABASE_URL: postgres://app:$@db:5432/app', password)
    ],
    negatives: [
      ['a remote host', `postgres://app:${password}@localhost.shop.io/shop`],
      ['a reference', referenced('local-database-url')],
      ["the official image's stock password", 'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app_test'],
      ['a password equal to its user', 'DATABASE_URL: mysql://shop:shop@db:3306/shop']
    ]
  },
  {
    ruleId: 'jdbc-password',
    positives: [hit('jdbc:sqlserver://sql.shop.io:1433;databaseName=shop;user=app;password=$;encrypt=true', password)],
    negatives: [
      ['no password property', 'jdbc:postgresql://db.shop.io:5432/shop?user=app&ssl=true'],
      ['a reference', 'jdbc:postgresql://db.shop.io/shop?user=app&password=${DB_PASSWORD}']
    ]
  },
  {
    ruleId: 'sql-server-connection-string',
    positives: [hit('Data Source=sql.shop.io;Initial Catalog=shop;User Id=app;Pwd=$;', password)],
    negatives: [
      ['no server', `Password=${password};`],
      ['a reference', 'Server=sql.shop.io;Database=shop;User ID=app;Password=$(DB_PASSWORD);']
    ]
  }
];

export const TOKEN_CASES: RuleCases[] = [
  {
    ruleId: 'jwt',
    negatives: [
      ['a payload that is not JSON', swap('jwt', ({ secret }) => secret.replace(/\.[^.]+\./, `.eyJ${f.base64url(40)}.`))],
      ['a Supabase anon key (public by design)', `SUPABASE_ANON_KEY=${jwtOf({ iss: 'supabase', role: 'anon', exp: 2082758400 })}`],
      ['jwt.io sample claims', `token: ${jwtOf({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}`],
      ['a signature too short', altered('jwt', /\.[^.]+$/, '.abc')]
    ]
  },
  {
    ruleId: 'jwt-credential',
    positives: [hit('ADMIN_JWT=$', jwtOf({ sub: 'ops', role: 'admin' })), hit('KEY=$', jwtOf({ api_key: f.base62(20) }))],
    negatives: [
      ['a session token of a user', `token: ${jwtOf({ sub: 'user_42', exp: 1767225600 })}`],
      ['a Supabase user session', `token: ${jwtOf({ iss: 'supabase', role: 'authenticated' })}`]
    ]
  },
  {
    ruleId: 'basic-auth-url',
    positives: [hit('proxy: http://svc:$@proxy.corp.shop.io:3128', password)],
    negatives: [
      ['an empty password', 'https://deploy:@git.shop.io/shop/app.git'],
      ['a one-letter docs password', "href: 'https://a:b@xn--g6w251d/?abc#foo',"],
      ['a reference', 'https://x-access-token:${GITHUB_TOKEN}@github.com/shop/app.git'],
      ['the word password', 'https://user:password@git.shop.io/app.git'],
      ['a documentation host', `https://deploy:${password}@example.com/app.git`],
      ['a database URL (its own rule)', `postgres://app:${password}@db.shop.io/shop`],
      ['an scp-style git remote', 'git@github.com:shop/app.git']
    ]
  }
];
