import { createFaker } from '../fake-values.js';
import { sampleFor } from '../samples.js';
import { altered, hit, longer, referenced, shorter, type RuleCases } from './near-miss.js';

const f = createFaker(606);
const join = (...parts: string[]) => parts.join('');

export const DEVOPS_CASES: RuleCases[] = [
  {
    ruleId: 'vercel-token',
    negatives: [
      ['no Vercel name', `TOKEN=${sampleFor('vercel-token').secret}`],
      ['25 characters', longer('vercel-token')],
      ['a reference', referenced('vercel-token')]
    ]
  },
  {
    ruleId: 'netlify-token',
    negatives: [['35 characters', shorter('netlify-token')]]
  },
  {
    ruleId: 'flyio-token',
    positives: [hit('FLY_ORG_TOKEN=$', join('fo1', '_', f.base64url(43)))],
    negatives: [['a macaroon too short', `FLY_API_TOKEN="FlyV1 ${join('fm2', '_', f.base64(40))}"`]]
  },
  {
    ruleId: 'render-api-key',
    negatives: [['31 characters', shorter('render-api-key')]]
  },
  {
    ruleId: 'supabase-access-token',
    negatives: [['not hex', altered('supabase-access-token', /.$/, 'z')]]
  },
  {
    ruleId: 'supabase-secret-key',
    negatives: [
      ['a publishable key', altered('supabase-secret-key', 'sb_secret_', 'sb_publishable_')],
      ['too short', `SUPABASE_SECRET_KEY=${join('sb', '_secret_', f.base64url(10))}`]
    ]
  },
  {
    ruleId: 'planetscale-token',
    positives: [hit('PLANETSCALE_OAUTH=$', join('pscale', '_oauth_', f.base64url(43)))],
    negatives: [['too short', `t=${join('pscale', '_tkn_', f.base64url(20))}`]]
  },
  {
    ruleId: 'planetscale-password',
    negatives: [['too short', `DATABASE_PASSWORD=${join('pscale', '_pw_', f.base64url(20))}`]]
  },
  {
    ruleId: 'django-secret-key',
    positives: [
      hit('DJANGO_SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "$")', f.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50)),
      hit('      - "APP_KEY=$"', `django-insecure-${f.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50)}`)
    ],
    negatives: [
      ['49 characters', shorter('django-secret-key')],
      ['51 characters', longer('django-secret-key', 'q')],
      ['another name', `DEBUG_KEY = '${sampleFor('django-secret-key').secret.replace('django-insecure-', '')}'`],
      ["another service's secret key", `REDISCLOUD_SECRET_KEY=${f.chars('abcdefghijklmnopqrstuvwxyz0123456789', 50)}`],
      ['a reference', referenced('django-secret-key')]
    ]
  },
  {
    ruleId: 'rails-master-key',
    positives: [hit('      RAILS_MASTER_KEY: $', f.hex(32))],
    negatives: [
      ['no Rails name', `MASTER_KEY=${f.hex(32)}`],
      ['31 hex characters', shorter('rails-master-key')],
      ['a secret from CI', 'RAILS_MASTER_KEY: ${{ secrets.RAILS_MASTER_KEY }}']
    ]
  },
  {
    ruleId: 'tailscale-key',
    positives: [hit('tailscale_api_key = "$"', join('tskey', '-api-', f.base62(12), '-', f.base62(30)))],
    negatives: [
      ['an unknown key type', altered('tailscale-key', 'tskey-auth-', 'tskey-node-')],
      ['the documentation example', `TS_API_KEY=${join('tskey', '-api-abcDEF1CNTRL-091234567890ABCDEF')}`],
      ['a placeholder', 'TS_AUTHKEY=tskey-auth-XXXXXX']
    ]
  },
  {
    ruleId: 'doppler-token',
    positives: [hit('DOPPLER_TOKEN=$', join('dp', '.pt.', f.base62(43)))],
    negatives: [
      ['an unknown token type', altered('doppler-token', 'dp.st.', 'dp.xx.')],
      ['too short', shorter('doppler-token', 5)]
    ]
  },
  {
    ruleId: 'vault-token',
    positives: [hit('VAULT_TOKEN=$', join('hvs', '.', f.base64url(24))), hit('X-Vault-Token: $', join('hvb', '.', f.base64url(150)))],
    negatives: [
      ['a legacy s. token (too generic to match)', `VAULT_TOKEN=s.${f.base62(24)}`],
      ['too short', `VAULT_TOKEN=${join('hvs', '.', f.base64url(12))}`]
    ]
  },
  {
    ruleId: 'terraform-cloud-token',
    negatives: [
      ['a 13-character id', altered('terraform-cloud-token', /^./, '')],
      ['another marker', altered('terraform-cloud-token', '.atlasv1.', '.atlasv2.')]
    ]
  },
  {
    ruleId: 'pulumi-access-token',
    negatives: [['39 hex characters', shorter('pulumi-access-token')]]
  },
  {
    ruleId: 'circleci-token',
    positives: [hit('CIRCLE_TOKEN=$', join('CCIP', 'RJ_', f.base62(22), '_', f.hex(40)))],
    negatives: [['39 hex characters', shorter('circleci-token')]]
  },
  {
    ruleId: 'buildkite-token',
    negatives: [['an agent token prefix', altered('buildkite-token', 'bkua_', 'bkxx_')]]
  },
  {
    ruleId: 'databricks-token',
    positives: [hit('token = $', `${sampleFor('databricks-token').secret}-2`)],
    negatives: [['31 hex characters', shorter('databricks-token')]]
  },
  {
    ruleId: 'prefect-api-key',
    negatives: [['35 characters', shorter('prefect-api-key')]]
  },
  {
    ruleId: 'postman-api-key',
    negatives: [['33 hex characters at the end', shorter('postman-api-key')]]
  }
];
