import { secretValuesOf } from '../../../src/checks/env/secret-values.js';

const VARS = { DB_PASSWORD: { type: 'string' as const, secret: true }, NEXT_PUBLIC_KEY: { type: 'string' as const, public: true } };

test('values of secret-marked and secret-named variables of 8+ characters, longest first, also trimmed', () => {
  expect(
    secretValuesOf(
      [
        { name: 'DB_PASSWORD', value: ' hunter2hunter2 ' },
        { name: 'GITHUB_TOKEN', value: 'ghs_abcdefgh' },
        { name: 'API_KEY', value: 'short' },
        { name: 'NODE_ENV', value: 'production' },
        { name: 'NEXT_PUBLIC_KEY', value: 'pk_live_public_value' }
      ],
      VARS
    )
  ).toEqual([' hunter2hunter2 ', 'hunter2hunter2', 'ghs_abcdefgh']);
});
