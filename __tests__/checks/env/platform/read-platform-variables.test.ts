import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EnvPlatformConfig } from '../../../../src/config/config-types.js';
import { PlatformReadError } from '../../../../src/checks/env/platform/platform-read-error.js';
import { readPlatformVariables } from '../../../../src/checks/env/platform/read-platform-variables.js';
import { startPlatformApiServer, type PlatformApiServer } from './platform-api-server.js';

const VERCEL_TOKEN = 'vcp_PLANTEDvercelToken0123456789abcdef';
const NETLIFY_TOKEN = 'nfp_PLANTEDnetlifyToken0123456789abcdef';
/** Planted in every `value` the stand-in returns: none may reach a result or an error. */
const SECRET_VALUE = 'sk_live_PLANTEDvalue51Habcdefghijklmnop';
const env = { VERCEL_TOKEN, NETLIFY_TOKEN };

let api: PlatformApiServer;
beforeEach(async () => {
  api = await startPlatformApiServer({ tokens: [VERCEL_TOKEN, NETLIFY_TOKEN] });
});
afterEach(() => api.close());

const vercel = (overrides: Partial<NonNullable<EnvPlatformConfig['vercel']>> = {}): EnvPlatformConfig => ({
  vercel: { project: 'shop', token: '${env.VERCEL_TOKEN}', apiUrl: api.vercelUrl, ...overrides }
});
const netlify = (overrides: Partial<NonNullable<EnvPlatformConfig['netlify']>> = {}): EnvPlatformConfig => ({
  netlify: { site: 'shop-site', token: '${env.NETLIFY_TOKEN}', apiUrl: api.netlifyUrl, ...overrides }
});

/** A Vercel record as the API returns it, value included. */
const vercelRecord = (key: string, target: unknown, extra: Record<string, unknown> = {}) => ({
  id: `env_${key}`,
  key,
  target,
  type: 'plain',
  value: SECRET_VALUE,
  configurationId: null,
  createdAt: 1_700_000_000_000,
  ...extra
});

/** A Netlify variable as the API returns it, values included. */
const netlifyVariable = (key: string, contexts: Array<string | { context: string; context_parameter: string }>) => ({
  key,
  scopes: ['builds', 'functions', 'runtime', 'post_processing'],
  values: contexts.map((context, index) => ({ id: `v${index}`, value: SECRET_VALUE, ...(typeof context === 'string' ? { context } : context) })),
  is_secret: false,
  updated_at: '2024-01-01T00:00:00Z'
});

describe('readPlatformVariables on Vercel', () => {
  it('reads names and targets, merging one record per value into one variable', async () => {
    api.vercelProjects.set('shop', {
      envs: [
        vercelRecord('STRIPE_SECRET_KEY', ['production'], { type: 'encrypted' }),
        vercelRecord('DATABASE_URL', ['preview', 'development']),
        vercelRecord('DATABASE_URL', ['production'], { type: 'sensitive' }),
        vercelRecord('LEGACY', 'production'),
        vercelRecord('BRANCH_ONLY', ['preview'], { gitBranch: 'staging' }),
        vercelRecord('CUSTOM_ENV_ONLY', [], { customEnvironmentIds: ['env_123'] })
      ]
    });

    const variables = await readPlatformVariables(vercel(), { env });

    expect(variables).toEqual([
      { platform: 'vercel', name: 'BRANCH_ONLY', targets: [] },
      { platform: 'vercel', name: 'CUSTOM_ENV_ONLY', targets: [] },
      { platform: 'vercel', name: 'DATABASE_URL', targets: ['production', 'preview', 'development'] },
      { platform: 'vercel', name: 'LEGACY', targets: ['production'] },
      { platform: 'vercel', name: 'STRIPE_SECRET_KEY', targets: ['production'] }
    ]);
    expect(JSON.stringify(variables)).not.toContain(SECRET_VALUE);
    expect(variables.every((variable) => !('value' in variable))).toBe(true);
  });

  it('sends the token as a bearer header only, and never asks for decrypted values', async () => {
    api.vercelProjects.set('shop', { envs: [vercelRecord('A', ['production'])] });

    await readPlatformVariables(vercel(), { env });

    expect(api.requests).toEqual([{ method: 'GET', path: '/v10/projects/shop/env', query: {}, authorization: `Bearer ${VERCEL_TOKEN}` }]);
  });

  it.each([
    ['team_a1B2c3', { teamId: 'team_a1B2c3' }],
    ['acme', { slug: 'acme' }]
  ])('names team %s as %j', async (team, query) => {
    api.vercelProjects.set('shop', { team, envs: [vercelRecord('A', ['production'])] });

    await expect(readPlatformVariables(vercel({ team }), { env })).resolves.toHaveLength(1);
    expect(api.requests[0]!.query).toEqual(query);
  });

  it('follows pagination.next as until', async () => {
    await api.close();
    api = await startPlatformApiServer({ tokens: [VERCEL_TOKEN], vercelPageSize: 2 });
    api.vercelProjects.set('shop', { envs: ['A', 'B', 'C', 'D', 'E'].map((key) => vercelRecord(key, ['production'])) });

    const variables = await readPlatformVariables(vercel(), { env });

    expect(variables.map((variable) => variable.name)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(api.requests.map((request) => request.query.until)).toEqual([undefined, '1000002', '1000004']);
  });

  it('takes a single record, one of the shapes the endpoint documents', async () => {
    api.answer = { status: 200, body: vercelRecord('ONLY', ['preview']) };

    await expect(readPlatformVariables(vercel(), { env })).resolves.toEqual([{ platform: 'vercel', name: 'ONLY', targets: ['preview'] }]);
  });
});

describe('readPlatformVariables on Netlify', () => {
  it('maps deploy contexts to targets and drops the values', async () => {
    api.netlifySites.set('shop-site', [
      netlifyVariable('EVERYWHERE', ['all']),
      netlifyVariable('PROD_AND_PREVIEW', ['production', 'deploy-preview']),
      netlifyVariable('BRANCH_DEPLOYS', ['branch-deploy']),
      netlifyVariable('LOCAL', ['dev']),
      netlifyVariable('LOCAL_SERVER', ['dev-server']),
      netlifyVariable('ONE_BRANCH', [{ context: 'branch', context_parameter: 'staging' }]),
      netlifyVariable('UNKNOWN_CONTEXT', ['toString'])
    ]);

    const variables = await readPlatformVariables(netlify(), { env });

    expect(variables).toEqual([
      { platform: 'netlify', name: 'BRANCH_DEPLOYS', targets: ['preview'] },
      { platform: 'netlify', name: 'EVERYWHERE', targets: ['production', 'preview', 'development'] },
      { platform: 'netlify', name: 'LOCAL', targets: ['development'] },
      { platform: 'netlify', name: 'LOCAL_SERVER', targets: ['development'] },
      { platform: 'netlify', name: 'ONE_BRANCH', targets: [] },
      { platform: 'netlify', name: 'PROD_AND_PREVIEW', targets: ['production', 'preview'] },
      { platform: 'netlify', name: 'UNKNOWN_CONTEXT', targets: [] }
    ]);
    expect(JSON.stringify(variables)).not.toContain(SECRET_VALUE);
    expect(api.requests).toEqual([{ method: 'GET', path: '/api/v1/sites/shop-site/env', query: {}, authorization: `Bearer ${NETLIFY_TOKEN}` }]);
  });

  it('reads both platforms when both are configured', async () => {
    api.vercelProjects.set('shop', { envs: [vercelRecord('A', ['production'])] });
    api.netlifySites.set('shop-site', [netlifyVariable('B', ['all'])]);

    const variables = await readPlatformVariables({ ...vercel(), ...netlify() }, { env });

    expect(variables.map((variable) => `${variable.platform}:${variable.name}`)).toEqual(['vercel:A', 'netlify:B']);
  });
});

describe('readPlatformVariables errors', () => {
  it('reads nothing when no platform is configured', async () => {
    await expect(readPlatformVariables({}, { env })).resolves.toEqual([]);
    expect(api.requests).toHaveLength(0);
  });

  it.each([
    ['unset', {}],
    ['empty (a fork PR without secrets)', { VERCEL_TOKEN: '' }]
  ])('names the env var when the token is %s, before any request', async (_case, tokenEnv) => {
    const error = await readPlatformVariables(vercel(), { env: tokenEnv }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(PlatformReadError);
    expect((error as Error).message).toMatch(/^reading Vercel variables needs a token \(env\.platform\.vercel\.token\): environment variable VERCEL_TOKEN is not set or empty/);
    expect(api.requests).toHaveLength(0);
  });

  it('trims a pasted line break, and refuses a token no header can carry without echoing it', async () => {
    api.vercelProjects.set('shop', { envs: [] });
    await expect(readPlatformVariables(vercel(), { env: { VERCEL_TOKEN: `${VERCEL_TOKEN}\n` } })).resolves.toEqual([]);
    expect(api.requests[0]!.authorization).toBe(`Bearer ${VERCEL_TOKEN}`);

    const broken = `${VERCEL_TOKEN.slice(0, 10)}\n${VERCEL_TOKEN.slice(10)}`;
    const error = (await readPlatformVariables(vercel(), { env: { VERCEL_TOKEN: broken } }).catch((caught: unknown) => caught)) as Error;
    expect(error).toBeInstanceOf(PlatformReadError);
    expect(error.message).toBe(
      'reading Vercel variables needs a token (env.platform.vercel.token): the value of VERCEL_TOKEN has spaces, control or non-ASCII characters, which no token has'
    );
    expect(api.requests).toHaveLength(1);
  });

  it.each([
    ['Vercel, wrong token', () => vercel({ token: 'wrong-token' }), 403, /Vercel answered 403 for project shop at http:\/\/127\.0\.0\.1:\d+\/v10\/projects\/shop\/env \(Vercel said: "Not authorized"\): the token in env\.platform\.vercel\.token may not read project shop/],
    ['Vercel, unknown project', () => vercel({ project: 'nope' }), 404, /Vercel answered 404 for project nope .*: Vercel knows no project nope for this token; check env\.platform\.vercel\.project and env\.platform\.vercel\.team$/],
    ['Vercel, wrong team', () => vercel({ team: 'other' }), 404, /project shop \(team other\)/],
    ['Netlify, wrong token', () => netlify({ token: 'wrong-token' }), 401, /Netlify answered 401 for site shop-site .*\(Netlify said: "Access Denied: bad token"\): the token in env\.platform\.netlify\.token is invalid, expired or revoked/],
    ['Netlify, unknown site', () => netlify({ site: 'nope' }), 404, /Netlify knows no site nope for this token; check env\.platform\.netlify\.site \(the site id or its domain\)$/]
  ])('explains a refusal: %s', async (_case, config, status, message) => {
    api.vercelProjects.set('shop', { envs: [] });
    api.netlifySites.set('shop-site', []);

    const error = (await readPlatformVariables(config(), { env }).catch((caught: unknown) => caught)) as PlatformReadError;

    expect(error).toBeInstanceOf(PlatformReadError);
    expect(error.status).toBe(status);
    expect(error.message).toMatch(message);
  });

  it.each([
    [401, /the token in VERCEL_TOKEN is invalid, expired or revoked/],
    [403, /the token in VERCEL_TOKEN may not read project shop/],
    [429, /rate limited by Vercel; run again later/],
    [500, /Vercel's API failed; run again later/],
    [503, /Vercel's API failed/],
    [418, /unexpected status; check env\.platform\.vercel\.project/]
  ])('names status %i and what to check, never the token even when the platform echoes it', async (status, advice) => {
    api.vercelProjects.set('shop', { envs: [] });
    api.answer = { status, body: { error: { code: 'x', message: `token ${VERCEL_TOKEN} is\nno good` } } };

    const error = (await readPlatformVariables(vercel(), { env }).catch((caught: unknown) => caught)) as PlatformReadError;

    expect(error.message).toContain(`Vercel answered ${status} for project shop`);
    expect(error.message).toContain('(Vercel said: "token [token] is no good")');
    expect(error.message).toMatch(advice);
    expect(error.message).not.toContain(VERCEL_TOKEN);
  });

  it('rejects a body that is not JSON or not the expected shape', async () => {
    api.answer = { status: 200, text: '<html>maintenance</html>' };
    await expect(readPlatformVariables(vercel(), { env })).rejects.toThrow(/with a body that is not JSON; check env\.platform\.vercel\.apiUrl/);
    api.answer = { status: 200, body: { projects: [] } };
    await expect(readPlatformVariables(vercel(), { env })).rejects.toThrow('Vercel answered with an unexpected body (no `envs` list)');
    api.answer = { status: 200, body: { key: 'A' } };
    await expect(readPlatformVariables(netlify(), { env })).rejects.toThrow('Netlify answered with an unexpected body (not a list of variables)');
  });

  it('says where it could not connect', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const error = (await readPlatformVariables(netlify({ apiUrl: `http://127.0.0.1:${port}/api/v1` }), { env }).catch((caught: unknown) => caught)) as Error;

    expect(error).toBeInstanceOf(PlatformReadError);
    expect(error.message).toBe(
      `could not reach Netlify at http://127.0.0.1:${port}/api/v1/sites/shop-site/env: fetch failed (ECONNREFUSED); check env.platform.netlify.apiUrl and the runner's network`
    );
  });

  it('does not follow a redirect, so the token never goes elsewhere', async () => {
    const elsewhere = await startPlatformApiServer({ tokens: [] });
    try {
      api.answer = { status: 307, headers: { location: `${elsewhere.url}/v10/projects/shop/env` }, beforeAuth: true };

      await expect(readPlatformVariables(vercel(), { env })).rejects.toThrow(/^could not reach Vercel at .*: fetch failed \(unexpected redirect\)/);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });
});
