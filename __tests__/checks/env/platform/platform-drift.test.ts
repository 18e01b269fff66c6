import { describe, expect, it } from '@jest/globals';
import type { EnvVarSpec } from '../../../../src/config/config-types.js';
import { platformDriftFindings, type PlatformDriftInput } from '../../../../src/checks/env/platform/platform-drift.js';
import type { PlatformVariable } from '../../../../src/checks/env/platform/platform-variable.js';

const ENVIRONMENTS = ['development', 'preview', 'production'];
const spec = (required?: EnvVarSpec['required']): EnvVarSpec => ({ type: 'string', ...(required === undefined ? {} : { required }) });
const on = (name: string, ...targets: string[]): PlatformVariable => ({ platform: 'vercel', name, targets });

/** `rule platform name env severity` per finding, in output order. */
function summarise(input: Partial<PlatformDriftInput>): string[] {
  return platformDriftFindings({ vars: {}, platformVars: [], environments: ENVIRONMENTS, ...input }).map((finding) =>
    [finding.ruleId, finding.message.match(/on (Vercel|Netlify)/)?.[1], finding.location?.kind === 'env' ? finding.location.name : '', finding.message.split(' ')[0], finding.severity].join(' ')
  );
}

describe('platformDriftFindings', () => {
  it.each<[string, Partial<PlatformDriftInput>, string[]]>([
    ['required everywhere and set everywhere', { vars: { A: spec(true) }, platformVars: [on('A', 'production', 'preview', 'development')] }, []],
    [
      'required everywhere, set for production only',
      { vars: { A: spec(true) }, platformVars: [on('A', 'production')] },
      ['env-platform-missing Vercel A Development high', 'env-platform-missing Vercel A Preview high']
    ],
    [
      'required in production and preview, absent from the platform',
      { vars: { STRIPE_SECRET_KEY: spec(['production', 'preview']) }, platformVars: [on('OTHER', 'production')] },
      ['env-platform-missing Vercel STRIPE_SECRET_KEY Preview high', 'env-platform-missing Vercel STRIPE_SECRET_KEY Production critical', 'env-platform-undeclared Vercel OTHER `OTHER` low']
    ],
    ['not required: never missing', { vars: { A: spec(), B: spec(false), C: spec([]) }, platformVars: [on('Z')] }, ['env-platform-undeclared Vercel Z `Z` low']],
    ['a default satisfies required', { vars: { PORT: { type: 'port', required: true, default: 3000 } }, platformVars: [on('OTHER')], ignore: ['OTHER'] }, []],
    ['ignored names are never undeclared', { platformVars: [on('NODE_ENV'), on('X')], ignore: ['NODE_ENV'] }, ['env-platform-undeclared Vercel X `X` low']],
    ['required only where not evaluated', { vars: { A: spec(['production']) }, platformVars: [on('A')], environments: ['preview'] }, []],
    ['an environment no platform has (staging) is skipped', { vars: { A: spec(['staging']) }, platformVars: [on('A')], environments: ['staging'] }, []],
    ['no platform read: no findings', { vars: { A: spec(true) } }, []],
    [
      'a platform read but empty still yields missing findings',
      { vars: { A: spec(['production']) }, platforms: ['netlify'] },
      ['env-platform-missing Netlify A Production critical']
    ],
    [
      'each platform on its own',
      {
        vars: { A: spec(['production']) },
        platformVars: [on('A', 'production'), { platform: 'netlify', name: 'B', targets: ['production'] }]
      },
      ['env-platform-missing Netlify A Production critical', 'env-platform-undeclared Netlify B `B` low']
    ],
    [
      'a name listed twice for one platform is merged',
      { vars: { A: spec(['production', 'preview']) }, platformVars: [on('A', 'production'), on('A', 'preview')] },
      []
    ]
  ])('%s', (_case, input, expected) => {
    expect(summarise(input)).toEqual(expected);
  });

  it('writes a missing finding that reads as the issue puts it', () => {
    const [finding] = platformDriftFindings({
      vars: { STRIPE_SECRET_KEY: spec(['preview']) },
      platformVars: [on('STRIPE_SECRET_KEY', 'production')],
      environments: ENVIRONMENTS,
      configFile: '.github/launch-ready.yml'
    });

    expect(finding).toEqual({
      check: 'env',
      ruleId: 'env-platform-missing',
      severity: 'high',
      title: 'Required variable missing on Vercel',
      message: 'Preview lacks `STRIPE_SECRET_KEY` on Vercel: .github/launch-ready.yml requires it there, so the next preview deploy runs without it.',
      location: { kind: 'env', name: 'STRIPE_SECRET_KEY', file: '.github/launch-ready.yml' },
      evidence: 'on Vercel for production',
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      remediation:
        "Add it for preview in the project's Environment Variables settings or with `vercel env add STRIPE_SECRET_KEY preview`; " +
        'a value limited to one branch does not count. If preview does not need it, narrow its `required` in .github/launch-ready.yml.'
    });
  });

  it('writes Netlify remediation with its deploy contexts, and an undeclared finding', () => {
    const findings = platformDriftFindings({
      vars: { A: spec(['preview']) },
      platformVars: [{ platform: 'netlify', name: 'B', targets: [] }],
      environments: ENVIRONMENTS
    });

    expect(findings.map((finding) => [finding.remediation, finding.evidence, finding.location])).toEqual([
      [
        "Add it for preview in the site's environment variables or with `netlify env:set A <value> --context deploy-preview --context branch-deploy`; " +
          'a value limited to one branch does not count. If preview does not need it, narrow its `required` in launch-ready.yml.',
        'not set on Netlify for any environment',
        { kind: 'env', name: 'A' }
      ],
      [
        'Declare it under `env.vars` in launch-ready.yml with its type and where it is required, or delete it from Netlify if nothing uses it.',
        'not set on Netlify for any environment',
        { kind: 'env', name: 'B' }
      ]
    ]);
    expect(findings[1]!.message).toBe('`B` is set on Netlify but not declared in launch-ready.yml, so nothing checks it.');
  });

  it('keeps fingerprints stable across runs and distinct per rule, platform, name and environment', () => {
    const input: PlatformDriftInput = {
      vars: { A: spec(true), B: spec(true) },
      platformVars: [on('C'), { platform: 'netlify', name: 'C', targets: [] }],
      environments: ENVIRONMENTS
    };
    const first = platformDriftFindings(input).map((finding) => finding.fingerprint);
    const reordered = platformDriftFindings({ ...input, platformVars: [...input.platformVars].reverse(), configFile: 'elsewhere.yml' }).map((finding) => finding.fingerprint);

    expect(first).toHaveLength(2 * 2 * 3 + 2);
    expect(new Set(first).size).toBe(first.length);
    expect(reordered).toEqual(first);
  });
});
