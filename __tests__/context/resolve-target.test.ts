/** resolveTarget over every combination of sources: section, top level, input or flag, event. */
import type { Context } from '../../src/context/context.js';
import { resolveTarget } from '../../src/context/resolve-target.js';

const URLS = { section: 'https://section.example', config: 'https://config.example', asked: 'https://asked.example', event: 'https://event.example' };
const SOURCES = {
  section: 'smoke.baseUrl in launch-ready.yml',
  config: 'baseUrl in launch-ready.yml',
  event: 'the deployment_status event'
};
type Source = keyof typeof URLS;
const ORDER: Source[] = ['section', 'config', 'asked', 'event'];

/** Every subset of the four sources. */
const subsets: Source[][] = Array.from({ length: 16 }, (_, mask) => ORDER.filter((_source, index) => mask & (1 << index)));

function contextWith(present: readonly Source[], kind: 'local' | 'deployment_status'): Context {
  return {
    eventName: kind,
    kind,
    workspace: '/w',
    hasToken: false,
    ...(present.includes('asked') ? { requested: { baseUrl: URLS.asked, environment: 'asked-env' } } : {}),
    ...(present.includes('event') ? { deployUrl: URLS.event, environment: 'event-env' } : {})
  };
}

describe.each(['deployment_status', 'local'] as const)('on %s', (kind) => {
  const asked = kind === 'local' ? { url: '--base-url', env: '--environment' } : { url: 'the base-url input', env: 'the environment input' };

  test.each(subsets.map((present) => [present.join(' + ') || 'nothing', present] as const))('%s', (_name, present) => {
    const section = present.includes('section') ? { name: 'smoke', baseUrl: URLS.section, environment: 'section-env' } : { name: 'smoke' };
    const config = present.includes('config') ? { baseUrl: URLS.config } : {};
    const target = resolveTarget(contextWith(present, kind), config, section);

    const urlWinner = ORDER.find((source) => present.includes(source));
    expect(target.baseUrl).toBe(urlWinner && URLS[urlWinner]);
    expect(target.baseUrlSource).toBe(urlWinner && (urlWinner === 'asked' ? asked.url : SOURCES[urlWinner]));

    // The config has no top-level environment: section, then input or flag, then event.
    const envWinner = (['section', 'asked', 'event'] as const).find((source) => present.includes(source));
    expect(target.environment).toBe(envWinner && `${envWinner}-env`);
    const envSource = { section: 'smoke.environment in launch-ready.yml', asked: asked.env, event: SOURCES.event };
    expect(target.environmentSource).toBe(envWinner && envSource[envWinner]);
  });
});

test('an empty value counts as unset (an input left empty, a secret a fork PR cannot read)', () => {
  const context: Context = { eventName: 'deployment_status', kind: 'deployment_status', workspace: '/w', hasToken: false, requested: { baseUrl: '' }, deployUrl: URLS.event };
  expect(resolveTarget(context, { baseUrl: '' })).toEqual({ baseUrl: URLS.event, baseUrlSource: SOURCES.event });
});

test("the config's file name is in the source; a ${env.NAME} reference is kept as written, for the check to resolve", () => {
  const context: Context = { eventName: 'local', kind: 'local', workspace: '/w', hasToken: false };
  expect(resolveTarget(context, { baseUrl: '${env.PREVIEW_URL}', file: '.github/launch-ready.yml' })).toEqual({
    baseUrl: '${env.PREVIEW_URL}',
    baseUrlSource: 'baseUrl in .github/launch-ready.yml'
  });
});
