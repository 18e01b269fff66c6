/**
 * Building blocks of the rule patterns, so every rule draws its token boundaries and assignments
 * the same way.
 *
 * Every pattern is linear-time: character classes with bounded quantifiers, no quantified group
 * that itself contains a quantifier (the shape behind catastrophic backtracking, see
 * https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS); the ReDoS
 * test proves it for each built-in pattern with `recheck`. Patterns carry `g` (the scanner iterates
 * them) and `d` (group indices, for the column of the secret).
 */

/**
 * Where a token may start: not right after a letter, digit or `_` (`xghp_…` is not a GitHub
 * token), except after the `n`, `r` or `t` of an escape. In JSON and quoted strings a token often
 * follows an escaped newline (`"…\nghp_…"`), where `\b` would miss it.
 *
 * One look-behind, with the escape as a look-behind inside it: "no word character here, unless it
 * ends an escape". Written as an alternation of two look-behinds, the same test keeps Node 20's
 * irregexp from searching for the literal prefix after it (it tries the alternation at every
 * character): 25× slower there on 30 MB of node_modules code, where the `KEY…`, `pat…` and `EAA…`
 * rules run on every line holding "key", "pat" or "eaa". Node 24 runs both forms alike; the CLI
 * runs on Node 20 too.
 */
export const START = String.raw`(?<![A-Za-z0-9_](?<!\\[nrt]))`;

/** {@link START}, or right after the given literal (`bot123:AA…` in a Telegram URL). */
export function startOrAfter(literal: string): string {
  return String.raw`(?<![A-Za-z0-9_](?<!\\[nrt]|${literal}))`;
}

/** Where a base62 token ends: not before another letter, digit or `_`. */
export const END = String.raw`(?![A-Za-z0-9_])`;

/** Where a base64url token (`-` and `_` in its alphabet) ends. */
export const END_URL = String.raw`(?![A-Za-z0-9_-])`;

/** A quote, or an escaped one: code inside a JSON string (a notebook's cell, `"os.environ[\\"KEY\\"] = \\"…\\""`). */
const QUOTE = String.raw`(?:\\?["'\x60])`;

/** The space of a Dockerfile's legacy `ENV NAME value` form. */
const DOCKERFILE_ENV = String.raw`(?<=^[ \t]{0,8}ENV[ \t]{1,8}[A-Za-z0-9_.-]{1,60})[ \t]{1,8}(?=[^ \t=])`;

/** A string type written between a name and its `=`: `api_key: str = "…"`, `apiKey: string = '…'`, `val key: String = "…"`. */
const STRING_TYPE = String.raw`(?:str|string|String|&(?:'static )?str|Optional\[str\]|SecretStr)`;

/**
 * Python's `or` as an assignment's operator: after a call or subscript and a space, before a space
 * and a quote (`os.environ.get("NAME") or "v"`). One more operator of the first form of
 * {@link ASSIGN}, not a form of its own: as its own alternative it made each of the ~120 patterns
 * holding ASSIGN take a third longer for irregexp to compile, in every scan thread.
 */
const OR_AFTER_CALL = String.raw`(?<=[\])][ \t]{1,4})or(?=[ \t]{1,4}${QUOTE})`;

/**
 * The rest of a name and the assignment after it, as in .env (`NAME=v`), YAML (`name: v`), JSON
 * (`"name": "v"`), code (`name = 'v'`, `name := "v"`, `:name => 'v'`, `name: str = 'v'`) and HTTP
 * headers (`DD-API-KEY: v`), and subscripts (`config["token"] = v`). Also a literal that stands in
 * when the name is not set: `process.env.NAME || 'v'`, `ENV["NAME"] ?? "v"`, `os.environ.get("NAME")
 * or "v"` (`or` only after a call or subscript and before a quote: "token or password" is prose), and a quoted name and value side by side, as in `os.getenv("NAME", "v")`,
 * `ENV.fetch("NAME", "v")`, `define('NAME', 'v')`, `getOrDefault("NAME", "v")`: in code, that is
 * where a default secret is written. Ruby's `||=` and JS's `??=` too. And XML: an element
 * (`<apiToken>v</apiToken>`), .NET's `<add key="ApiSecret" value="v" />`; and a Dockerfile's
 * `ENV API_TOKEN v`. Bounded so a long identifier cannot make the engine retry.
 */
export const ASSIGN = String.raw`[A-Za-z0-9_.-]{0,30}(?:${QUOTE}?[\])]?(?:[ \t]{0,4}:[ \t]{0,4}${STRING_TYPE})?[ \t]{0,4}(?:=>|:=|\|\|=|\?\?=|=|:|\|\||\?\?|${OR_AFTER_CALL})[ \t]{0,4}${QUOTE}?|${QUOTE}[ \t]{0,4},[ \t]{0,4}${QUOTE}|${QUOTE}[ \t]{1,4}value[ \t]{0,4}=[ \t]{0,4}${QUOTE}|>|${DOCKERFILE_ENV})`;

/** Hosts that are this machine: a URL credential for them is a local default, not a leak. */
export const LOCAL_HOST = String.raw`(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)(?![A-Za-z0-9.-])`;

/**
 * The password of a URL (`scheme://user:PASSWORD@host`), three characters or more (`a:b@` is a
 * docs example), not when it is a reference (`${PW}`, `$PW`, `%(pw)s`, `<password>`, `{{ pw }}`,
 * Ruby's `#{pw}`), a mask (`***`) or the word itself (`:password@`). A `#` may be in it: generated
 * passwords hold one, and people paste them into connection strings unescaped (where a URL parser
 * would start a fragment, the database driver still connects).
 */
export const URL_PASSWORD = String.raw`(?![$%{<*#]|(?:password|passwd|pass|pwd|secret|changeme|redacted|x{3,64})@)[^\s:/?@"'<>\x60]{3,128}`;

/** A pattern from a raw template (no double escaping), with `d` and `g`. */
export function rx(strings: TemplateStringsArray, ...parts: string[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...parts), 'dg');
}

/** {@link rx} with the `i` flag, for names whose case varies (`AWS_SECRET`, `awsSecret`). */
export function rxi(strings: TemplateStringsArray, ...parts: string[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...parts), 'dgi');
}
