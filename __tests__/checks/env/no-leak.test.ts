/**
 * Issue 5, acceptance 3: a distinctive value planted in every secret variable — in the job's
 * environment and in committed env files, each one made to trip a rule (invalid, shared database,
 * wrong origin, plain http, public prefix, committed) — appears in no output channel: the outcome,
 * the logs, the PR comment, the job summary, annotations, SARIF, JSON and the terminal text.
 */
import { run } from '../../../src/run.js';
import { frozenClock } from '../../helpers/check-deps.js';
import { SCRUBBED } from '../../../src/report/scrub-values.js';
import { parseConfig } from '../../../src/config/parse-config.js';
import type { Context } from '../../../src/context/context.js';
import { recordingLogger } from '../../../src/logger.js';
import { renderComment } from '../../../src/report/render-comment.js';
import { renderJson } from '../../../src/report/render-json.js';
import { renderSarif } from '../../../src/report/render-sarif.js';
import { renderSummary } from '../../../src/report/render-summary.js';
import { renderText } from '../../../src/report/render-text.js';
import { selectAnnotations } from '../../../src/report/select-annotations.js';
import { createRepo, type TestRepo } from '../../helpers/git-repo.js';
import { expectNotLeaked, FAKE } from '../secrets/fake-secrets.js';

/** One distinctive value per secret variable; each long enough for the 12-character window check. */
const PLANTED = {
  DATABASE_URL: 'postgres://app:Pl4ntedDbPassw0rdQx@db-planted-7q.prod.internal:5432/app',
  STRIPE_SECRET_KEY: FAKE.stripeLive,
  SESSION_SECRET: 'Pl4ntedSessionSecretZz81Kq',
  NEXTAUTH_URL: 'https://planted-auth-origin-91x.example.net/api/auth',
  WEBHOOK_URL: 'http://planted-hook-host-55c.example.org/hook?key=Pl4ntedHookKey',
  NEXT_PUBLIC_STRIPE_SECRET: FAKE.githubClassic,
  VITE_ANALYTICS_TOKEN: 'Pl4ntedViteTokenWq93Lz7Rt',
  PORT_SECRET: 'Pl4ntedNotAPortValueXk42'
} as const;

/** Preview values: different secrets, same database host (so the shared-database rule fires). */
const PREVIEW = {
  DATABASE_URL: 'postgres://app:Pl4ntedPreviewPwYy3@db-planted-7q.prod.internal:5432/preview',
  SESSION_SECRET: 'Pl4ntedPreviewSessionVv62Hs',
  STRIPE_SECRET_KEY: 'not-a-stripe-key-Pl4ntedPreviewStripe'
} as const;

const CONFIG = [
  'baseUrl: https://shop.example.com',
  'env:',
  '  files: [".env*"]',
  '  vars:',
  '    DATABASE_URL: { type: url, protocols: [postgres], required: [production, preview], secret: true }',
  '    STRIPE_SECRET_KEY: { pattern: "^sk_test_", required: [production], secret: true }',
  '    SESSION_SECRET: { minLength: 64, secret: true, required: true }',
  '    NEXTAUTH_URL: { type: https-url, matchesBaseUrl: true, secret: true }',
  '    WEBHOOK_URL: { type: url, secret: true }',
  '    NEXT_PUBLIC_STRIPE_SECRET: { secret: true }',
  '    VITE_ANALYTICS_TOKEN: { secret: true }',
  '    PORT_SECRET: { type: port, secret: true }',
  '    OLD_SECRET: { secret: true, deprecated: { replacement: SESSION_SECRET } }'
].join('\n');

const ALL_PLANTED = [...Object.values(PLANTED), ...Object.values(PREVIEW), 'Pl4ntedOldSecretMm28', 'Pl4ntedDevSecretJj55Nn'];

describe('no planted secret reaches any output channel', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('launch-ready.yml', CONFIG);
    await repo.write('.env.preview', Object.entries(PREVIEW).map(([name, value]) => `${name}="${value}"`).join('\n') + '\n');
    // Committed on purpose: env-secret-in-file, env-file-invalid and a lint problem, all about secrets.
    await repo.write('.env', `SESSION_SECRET=Pl4ntedDevSecretJj55Nn\nSESSION_SECRET=Pl4ntedDevSecretJj55Nn\nPORT_SECRET=${PLANTED.PORT_SECRET}\nOLD_SECRET=Pl4ntedOldSecretMm28\nNEXT_PUBLIC_STRIPE_SECRET=${PLANTED.NEXT_PUBLIC_STRIPE_SECRET}\n`);
    await repo.write('.env.example', 'DATABASE_URL=postgres://user:password@localhost/app\nSESSION_SECRET=changeme\n');
    await repo.write('src/server.ts', 'export const db = process.env.DATABASE_URL;\nexport const s = process.env.SESSION_SECRET;\n');
    await repo.commit('app');
  });

  afterAll(() => repo.cleanup());

  test('outcome, logs and every renderer', async () => {
    const config = parseConfig(CONFIG, 'launch-ready.yml');
    const context: Context = { eventName: 'deployment_status', kind: 'deployment_status', workspace: repo.dir, hasToken: false, environment: 'production' };
    const logger = recordingLogger();
    const report = await run({
      config,
      context,
      checks: ['env'],
      deps: { logger, clock: frozenClock(), env: { ...PLANTED, OLD_SECRET: 'Pl4ntedOldSecretMm28', GITHUB_TOKEN: 'ghs_Pl4ntedRunnerTokenAa11Bb22Cc' } }
    });
    const result = report.results.find((entry) => entry.check === 'env')!;
    expect(result.status).toBe('failed');
    // Every rule that handles a secret value fired, so each had the chance to leak it.
    const ruleIds = [...new Set(result.findings.map((finding) => finding.ruleId))].sort();
    expect(ruleIds).toEqual(
      expect.arrayContaining([
        'env-base-url-mismatch',
        'env-deprecated',
        'env-file-invalid',
        'env-insecure-url',
        'env-invalid',
        'env-public-value-looks-secret',
        'env-secret-in-file',
        'env-secret-public-prefix',
        'env-shared-database'
      ])
    );
    // A secret of the wrong type in the deployed environment is critical (issue 13), and still only a shape.
    expect(result.findings.find((finding) => finding.ruleId === 'env-invalid' && finding.location?.kind === 'env' && finding.location.name === 'PORT_SECRET')?.severity).toBe('critical');
    const channels = [
      JSON.stringify(report),
      logger.lines.join('\n'),
      renderComment(report, { marker: '<!-- launch-ready:comment -->' }),
      renderSummary(report),
      JSON.stringify(selectAnnotations(result.findings)),
      JSON.stringify(renderSarif(report, { toolVersion: '0.0.0' })),
      renderJson(report),
      renderText(report, { color: false })
    ];
    for (const channel of channels) expectNotLeaked(channel, [...ALL_PLANTED, 'ghs_Pl4ntedRunnerTokenAa11Bb22Cc']);
    // The rules print shapes only: the scrub (the last line of defence) found nothing to cut.
    expect(JSON.stringify(report)).not.toContain(SCRUBBED);
    // And the hosts of secret URLs: the database's and the auth origin.
    for (const channel of channels) {
      expect(channel).not.toContain('db-planted-7q');
      expect(channel).not.toContain('planted-auth-origin');
    }
  });
});
