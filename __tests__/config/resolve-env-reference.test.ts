import { ConfigError } from '../../src/errors.js';
import { findEnvReferences, resolveEnvReference } from '../../src/config/resolve-env-reference.js';

const SECRET = 'bypass-3f9a1c0d7e';

describe('resolveEnvReference', () => {
  test.each([
    { value: '${env.BYPASS}', expected: SECRET },
    { value: 'Bearer ${env.BYPASS}', expected: `Bearer ${SECRET}` },
    { value: '${env.HOST}/${env.BYPASS}', expected: `shop.example.com/${SECRET}` },
    { value: 'no references', expected: 'no references' },
    { value: '${csrf} stays for the flow', expected: '${csrf} stays for the flow' },
    { value: '$env.BYPASS and ${env.} are not references', expected: '$env.BYPASS and ${env.} are not references' }
  ])('$value', ({ value, expected }) => {
    expect(resolveEnvReference(value, { BYPASS: SECRET, HOST: 'shop.example.com' })).toBe(expected);
  });

  test.each([
    { name: 'unset', env: {} },
    { name: 'empty, as GitHub passes a missing secret', env: { BYPASS: '' } }
  ])('a variable that is $name is a ConfigError naming it', ({ env }) => {
    const resolve = () => resolveEnvReference('x ${env.BYPASS}', env, { file: 'launch-ready.yml' });
    expect(resolve).toThrow(ConfigError);
    expect(resolve).toThrow(
      'launch-ready.yml: environment variable BYPASS is not set or empty (referenced as ${env.BYPASS}); ' +
        'expected it in the step\'s env, e.g. BYPASS: ${{ secrets.BYPASS }}'
    );
  });

  test('the message never carries a value of another variable', () => {
    try {
      resolveEnvReference('${env.HOST}${env.MISSING}', { HOST: SECRET });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as Error).message).toContain('MISSING');
      expect((error as Error).message).not.toContain(SECRET);
    }
  });
});

test('findEnvReferences lists the names in order', () => {
  expect(findEnvReferences('${env.A}:${env.B_2} ${other} ${env.A}')).toEqual(['A', 'B_2', 'A']);
  expect(findEnvReferences('plain')).toEqual([]);
});
