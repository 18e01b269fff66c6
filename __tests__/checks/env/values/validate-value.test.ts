import type { EnvVarSpec } from '../../../../src/config/config-types.js';
import { BOOLEAN_SPELLINGS, validateValue, type ValueVerdict } from '../../../../src/checks/env/values/validate-value.js';

type Row = [label: string, spec: Partial<EnvVarSpec>, raw: string | undefined, expected: ValueVerdict];

const unset: ValueVerdict = { state: 'unset' };
const ok = (normalized?: string): ValueVerdict => (normalized === undefined ? { state: 'valid' } : { state: 'valid', normalized });
const bad = (problem: string): ValueVerdict => ({ state: 'invalid', problem });
const spec = (partial: Partial<EnvVarSpec>): EnvVarSpec => ({ type: 'string', ...partial });

const PORT = 'expected a port 1–65535';
const BOOL = 'expected a boolean: true/false, 1/0, yes/no or on/off';
const SURROUNDING = 'surrounding whitespace (spaces, tabs or newlines)';

const ROWS: Row[] = [
  // Unset, empty, whitespace: the same for every type.
  ['absent is unset', {}, undefined, unset],
  ['absent is unset even with allowEmpty', { allowEmpty: true }, undefined, unset],
  ['empty is unset', { type: 'port' }, '', unset],
  ['empty is valid with allowEmpty', { type: 'port', allowEmpty: true }, '', ok()],
  ['whitespace only is invalid', { type: 'string' }, '   ', bad('only whitespace')],
  ['tab and newline only is invalid', { type: 'url' }, '\t\n', bad('only whitespace')],
  ['whitespace only is a string with allowEmpty', { type: 'string', allowEmpty: true }, '  ', ok()],
  ['whitespace only is not a port even with allowEmpty', { type: 'port', allowEmpty: true }, '  ', bad(SURROUNDING)],
  ['string keeps surrounding whitespace', {}, '  padded  ', ok()],
  ['trailing newline is not a URL', { type: 'url' }, 'https://example.com\n', bad(SURROUNDING)],
  ['leading space is not a port', { type: 'port' }, ' 8080', bad(SURROUNDING)],
  ['trailing space is not a boolean', { type: 'boolean' }, 'true ', bad(SURROUNDING)],
  ['no-break space is surrounding whitespace', { type: 'number' }, '42\u00a0', bad(SURROUNDING)],
  ['json ignores surrounding whitespace', { type: 'json' }, ' {"a":1} ', ok()],

  // string, lengths in code points, pattern.
  ['any string', {}, 'hello world', ok()],
  ['minLength met', { minLength: 3 }, 'abc', ok()],
  ['minLength missed', { minLength: 4 }, 'abc', bad('expected at least 4 characters, got fewer')],
  ['maxLength met by emoji (code points)', { maxLength: 2 }, '😀😀', ok()],
  ['maxLength missed', { maxLength: 2 }, 'ééé', bad('expected at most 2 characters, got more')],
  ['combining marks count as code points', { maxLength: 1 }, 'e\u0301', bad('expected at most 1 characters, got more')],
  ['unicode string is fine', {}, 'Grüße, 世界', ok()],
  ['pattern matches', { pattern: '^[a-z]+-\\d+$' }, 'build-42', ok()],
  ['pattern is searched, not anchored', { pattern: '\\d' }, 'abc1', ok()],
  ['pattern misses', { pattern: '^[a-z]+$' }, 'ABCdef', bad('does not match the declared pattern')],
  ['pattern applies to other types', { type: 'integer', pattern: '^\\d{4}$' }, '12345', bad('does not match the declared pattern')],
  ['lengths apply to other types', { type: 'url', maxLength: 10 }, 'https://example.com', bad('expected at most 10 characters, got more')],

  // url and https-url.
  ['https URL', { type: 'url' }, 'https://example.com/path?q=1', ok('https://example.com/path?q=1')],
  ['URL normalized', { type: 'url' }, 'HTTPS://Example.COM:443', ok('https://example.com/')],
  ['URL without scheme', { type: 'url' }, 'example.com/path', bad('not a URL: missing scheme')],
  ['protocol-relative URL', { type: 'url' }, '//cdn.example.com', bad('not a URL: missing scheme')],
  ['host:port is not a URL', { type: 'url' }, 'localhost:3000', bad('not a URL: missing scheme (looks like host:port)')],
  ['domain:port is not a URL', { type: 'url' }, 'api.example.com:8080/v1', bad('not a URL: missing scheme (looks like host:port)')],
  ['http without host', { type: 'url' }, 'https://', bad('not a URL: missing host')],
  ['URL with space in host', { type: 'url' }, 'https://exa mple.com', bad('not a URL: whitespace in the host')],
  ['URL port out of range', { type: 'url' }, 'https://example.com:65536', bad('not a URL: port out of range (1–65535)')],
  ['URL with broken IPv6', { type: 'url' }, 'http://[::1/', bad('not a URL: malformed host, port or characters')],
  ['postgres URL', { type: 'url' }, 'postgres://app:pw@db.internal:5432/app', ok()],
  ['postgres Unix socket URL has no host', { type: 'url' }, 'postgres:///app?host=/var/run/postgresql', ok()],
  ['Prisma SQLite file URL', { type: 'url' }, 'file:./dev.db', ok()],
  ['protocols allow', { type: 'url', protocols: ['postgres', 'postgresql'] }, 'postgresql://db/app', ok()],
  ['protocols compare any case', { type: 'url', protocols: ['REDIS'] }, 'redis://cache:6379', ok()],
  ['protocols reject', { type: 'url', protocols: ['postgres', 'postgresql'] }, 'mysql://db/app', bad('expected a URL with scheme postgres, postgresql')],
  ['https-url accepts https', { type: 'https-url' }, 'https://shop.example.com', ok('https://shop.example.com/')],
  ['https-url rejects http', { type: 'https-url' }, 'http://shop.example.com', bad('expected an https URL')],
  ['https-url without scheme', { type: 'https-url' }, 'shop.example.com', bad('not a URL: missing scheme')],

  // host.
  ['hostname', { type: 'host' }, 'db.internal.example.com', ok('db.internal.example.com')],
  ['hostname lowercased', { type: 'host' }, 'DB.Example.COM', ok('db.example.com')],
  ['single label', { type: 'host' }, 'localhost', ok('localhost')],
  ['compose service name with underscore', { type: 'host' }, 'db_primary', ok('db_primary')],
  ['trailing root dot', { type: 'host' }, 'example.com.', ok('example.com')],
  ['IDN to punycode', { type: 'host' }, 'bücher.de', ok('xn--bcher-kva.de')],
  ['IPv4', { type: 'host' }, '10.0.0.12', ok('10.0.0.12')],
  ['IPv6', { type: 'host' }, '2001:DB8::1', ok('2001:db8::1')],
  ['bracketed IPv6', { type: 'host' }, '[::1]', ok('::1')],
  ['host with port', { type: 'host' }, 'db.example.com:5432', bad('expected a hostname or IP address without a port')],
  ['host as URL', { type: 'host' }, 'https://db.example.com', bad('expected a hostname or IP address, not a URL')],
  ['host with path', { type: 'host' }, 'example.com/db', bad('expected a hostname or IP address without a path')],
  ['bad IPv4', { type: 'host' }, '10.0.0.256', bad('not a valid IPv4 address')],
  ['bad bracketed IPv6', { type: 'host' }, '[fe80::zz]', bad('not a valid IPv6 address')],
  ['empty label', { type: 'host' }, 'db..example.com', bad('not a valid hostname: a label is empty')],
  ['hyphen edge', { type: 'host' }, '-db.example.com', bad('not a valid hostname: a label starts or ends with a hyphen')],
  ['long label', { type: 'host' }, `${'a'.repeat(64)}.com`, bad('not a valid hostname: a label is longer than 63 characters')],
  ['long name', { type: 'host' }, `${'abcdefghi.'.repeat(26)}com`, bad('not a valid hostname: longer than 253 characters')],
  ['percent in host', { type: 'host' }, 'ex%41mple.com', bad('not a valid hostname: contains characters a hostname cannot have')],
  ['space in host', { type: 'host' }, 'my host', bad('not a valid hostname: contains characters a hostname cannot have')],

  // port.
  ['port 1', { type: 'port' }, '1', ok('1')],
  ['port 65535', { type: 'port' }, '65535', ok('65535')],
  ['port with leading zero', { type: 'port' }, '0080', ok('80')],
  ['port 0', { type: 'port' }, '0', bad(`${PORT}, got a number out of range`)],
  ['port 65536', { type: 'port' }, '65536', bad(`${PORT}, got a number out of range`)],
  ['huge port', { type: 'port' }, '99999999999999999999', bad(`${PORT}, got a number out of range`)],
  ['signed port', { type: 'port' }, '+8080', bad(`${PORT} without a sign`)],
  ['negative port', { type: 'port' }, '-1', bad(`${PORT} without a sign`)],
  ['decimal port', { type: 'port' }, '80.5', bad(`${PORT}, got a decimal number`)],
  ['word port', { type: 'port' }, 'http', bad(`${PORT}, got text that is not a number`)],
  ['hex port', { type: 'port' }, '0x50', bad(`${PORT}, got text that is not a number`)],
  ['port min', { type: 'port', min: 1024 }, '443', bad('expected at least 1024, got a smaller number')],
  ['port max', { type: 'port', max: 9000 }, '9443', bad('expected at most 9000, got a larger number')],

  // integer (and the `int` spelling).
  ['integer', { type: 'integer' }, '42', ok('42')],
  ['negative integer', { type: 'integer' }, '-17', ok('-17')],
  ['plus-signed integer', { type: 'integer' }, '+17', ok('17')],
  ['negative zero', { type: 'integer' }, '-0', ok('0')],
  ['int spelling', { type: 'int' as EnvVarSpec['type'] }, '0042', ok('42')],
  ['bool spelling', { type: 'bool' as EnvVarSpec['type'] }, 'yes', ok('true')],
  ['max safe integer', { type: 'integer' }, '9007199254740991', ok('9007199254740991')],
  ['beyond safe integer', { type: 'integer' }, '9007199254740993', bad('expected an integer, got one beyond ±9007199254740991 (not exact in JavaScript)')],
  ['decimal integer', { type: 'integer' }, '4.0', bad('expected an integer, got a decimal number')],
  ['exponent integer', { type: 'integer' }, '1e3', bad('expected an integer, got a decimal number')],
  ['word integer', { type: 'integer' }, 'ten', bad('expected an integer, got text that is not a number')],
  ['underscore integer', { type: 'integer' }, '1_000', bad('expected an integer, got text that is not a number')],
  ['integer min', { type: 'integer', min: 1 }, '-5', bad('expected at least 1, got a smaller number')],
  ['integer max', { type: 'integer', max: 10 }, '11', bad('expected at most 10, got a larger number')],
  ['integer on bounds', { type: 'integer', min: 1, max: 10 }, '10', ok('10')],

  // number.
  ['number', { type: 'number' }, '0.25', ok('0.25')],
  ['number exponent', { type: 'number' }, '1e3', ok('1000')],
  ['number leading dot', { type: 'number' }, '.5', ok('0.5')],
  ['number trailing dot', { type: 'number' }, '5.', ok('5')],
  ['negative number', { type: 'number' }, '-2.5', ok('-2.5')],
  ['Infinity', { type: 'number' }, 'Infinity', bad('expected a decimal number, got text that is not one')],
  ['NaN', { type: 'number' }, 'NaN', bad('expected a decimal number, got text that is not one')],
  ['hex number', { type: 'number' }, '0x1F', bad('expected a decimal number, got text that is not one')],
  ['comma decimal', { type: 'number' }, '0,5', bad('expected a decimal number, got text that is not one')],
  ['overflow', { type: 'number' }, '1e400', bad('expected a finite number, got one too large to represent')],
  ['number min', { type: 'number', min: 0 }, '-0.01', bad('expected at least 0, got a smaller number')],
  ['number max', { type: 'number', max: 1 }, '1.5', bad('expected at most 1, got a larger number')],

  // boolean: every documented spelling, any case; nothing else.
  ...BOOLEAN_SPELLINGS.true.map((raw): Row => [`boolean ${raw}`, { type: 'boolean' }, raw, ok('true')]),
  ...BOOLEAN_SPELLINGS.false.map((raw): Row => [`boolean ${raw}`, { type: 'boolean' }, raw, ok('false')]),
  ['boolean TRUE', { type: 'boolean' }, 'TRUE', ok('true')],
  ['boolean Yes', { type: 'boolean' }, 'Yes', ok('true')],
  ['boolean OFF', { type: 'boolean' }, 'OFF', ok('false')],
  ['boolean maybe', { type: 'boolean' }, 'maybe', bad(BOOL)],
  ['boolean enabled', { type: 'boolean' }, 'enabled', bad(BOOL)],
  ['boolean 2', { type: 'boolean' }, '2', bad(BOOL)],
  ['boolean y', { type: 'boolean' }, 'y', bad(BOOL)],

  // enum: exact, case-sensitive.
  ['enum value', { type: 'enum', values: ['debug', 'info', 'warn', 'error'] }, 'warn', ok()],
  ['enum other value', { type: 'enum', values: ['debug', 'info', 'warn', 'error'] }, 'verbose', bad('expected one of debug, info, warn, error')],
  ['enum case matters', { type: 'enum', values: ['debug', 'info'] }, 'INFO', bad('expected one of debug, info')],
  ['enum without values', { type: 'enum' }, 'whatever', bad('expected one of the declared values')],

  // email.
  ['email', { type: 'email' }, 'ops@example.com', ok('ops@example.com')],
  ['email plus tag', { type: 'email' }, 'ops+alerts@mail.example.co.uk', ok('ops+alerts@mail.example.co.uk')],
  ['email domain lowercased', { type: 'email' }, 'Ada@Example.COM', ok('Ada@example.com')],
  ['email unicode', { type: 'email' }, 'josé@bücher.de', ok('josé@xn--bcher-kva.de')],
  ['email without @', { type: 'email' }, 'ops.example.com', bad('not an email address: missing @')],
  ['email with two @', { type: 'email' }, 'ops@team@example.com', bad('not an email address: more than one @')],
  ['email display name', { type: 'email' }, 'Ops <ops@example.com>', bad('not an email address: expected a bare address, without a display name or spaces')],
  ['email dotless domain', { type: 'email' }, 'root@localhost', bad('not an email address: the domain needs a dot, like example.com')],
  ['email empty local', { type: 'email' }, '@example.com', bad('not an email address: invalid part before the @')],
  ['email double dot', { type: 'email' }, 'ops..team@example.com', bad('not an email address: invalid part before the @')],
  ['email long local', { type: 'email' }, `${'a'.repeat(65)}@example.com`, bad('not an email address: invalid part before the @')],
  ['email bad domain', { type: 'email' }, 'ops@-example.com', bad('not an email address: invalid domain')],
  ['email IP domain', { type: 'email' }, 'ops@10.0.0.1', bad('not an email address: invalid domain')],

  // json.
  ['json object', { type: 'json' }, '{"flags":["a","b"]}', ok()],
  ['json scalar', { type: 'json' }, '42', ok()],
  ['json single quotes', { type: 'json' }, "{'flags':1}", bad('not valid JSON')],
  ['json truncated', { type: 'json' }, '{"flags":', bad('not valid JSON')],

  // duration.
  ['duration ms', { type: 'duration' }, '250ms', ok('250')],
  ['duration s', { type: 'duration' }, '30s', ok('30000')],
  ['duration fraction', { type: 'duration' }, '1.5s', ok('1500')],
  ['duration m', { type: 'duration' }, '5m', ok('300000')],
  ['duration h', { type: 'duration' }, '1h', ok('3600000')],
  ['duration d', { type: 'duration' }, '2d', ok('172800000')],
  ['duration bare number', { type: 'duration' }, '3000', bad('expected a duration with a unit (ms, s, m, h or d), got a bare number')],
  ['duration words', { type: 'duration' }, '5 minutes', bad('expected a duration like 250ms, 30s, 5m, 1h or 2d')],
  ['duration compound', { type: 'duration' }, '1h30m', bad('expected a duration like 250ms, 30s, 5m, 1h or 2d')],
  ['duration negative', { type: 'duration' }, '-5s', bad('expected a duration like 250ms, 30s, 5m, 1h or 2d')]
];

test.each(ROWS)('%s', (_label, partial, raw, expected) => {
  expect(validateValue(raw, spec(partial))).toEqual(expected);
});

test('a problem never contains the value, for any invalid row', () => {
  const invalidRows = ROWS.filter(([, partial, raw]) => validateValue(raw, spec(partial)).state === 'invalid');
  expect(invalidRows.length).toBeGreaterThan(80);
  for (const [label, partial, raw = ''] of invalidRows) {
    const verdict = validateValue(raw, spec(partial));
    const problem = verdict.state === 'invalid' ? verdict.problem : '';
    // Single characters ("2", "y") occur in any sentence; every longer value must be absent.
    if (raw.trim().length > 1) expect({ label, contains: problem.includes(raw.trim()) }).toEqual({ label, contains: false });
  }
});

test('a planted secret never reaches a problem, whatever the type', () => {
  const planted = 'PLANTED-s3cr3t-9f8e7d';
  const variants = [planted, ` ${planted}`, `${planted}:1`, `https://${planted}`, `x@${planted}`, `{${planted}`, `${planted}ms`];
  const types: EnvVarSpec['type'][] = ['url', 'https-url', 'host', 'port', 'number', 'integer', 'boolean', 'enum', 'email', 'json', 'duration'];
  for (const type of types) {
    for (const raw of variants) {
      const verdict = validateValue(raw, spec({ type, values: ['a', 'b'], pattern: '^$', maxLength: 3 }));
      expect(verdict.state).toBe('invalid');
      expect(JSON.stringify(verdict)).not.toContain('s3cr3t');
    }
  }
});

// The compiled pattern is cached per spec object; a spec whose pattern changes is not served a stale one.
test('a pattern changed on a mutable spec is recompiled', () => {
  const mutable = spec({ pattern: '^a' });
  expect(validateValue('abc', mutable).state).toBe('valid');
  mutable.pattern = '^b';
  expect(validateValue('abc', mutable).state).toBe('invalid');
});

test('BOOLEAN_SPELLINGS is the documented, frozen list', () => {
  expect(BOOLEAN_SPELLINGS).toEqual({ true: ['true', '1', 'yes', 'on'], false: ['false', '0', 'no', 'off'] });
  expect(Object.isFrozen(BOOLEAN_SPELLINGS.true)).toBe(true);
});
