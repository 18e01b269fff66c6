/**
 * Git writes a path in double quotes with C-style escapes when it contains a control character,
 * `"` or `\` (and, unless `core.quotePath=false`, any byte ≥ 0x80 as an octal escape). See
 * `quote_c_style` in git's quote.c and https://git-scm.com/docs/git-config#Documentation/git-config.txt-corequotePath
 */

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 0x07,
  b: 0x08,
  t: 0x09,
  n: 0x0a,
  v: 0x0b,
  f: 0x0c,
  r: 0x0d,
  '"': 0x22,
  '\\': 0x5c
};

/**
 * `"b/ta\tb.txt"` → `b/ta<TAB>b.txt`; octal escapes are bytes, decoded together as UTF-8.
 * Text that does not start with `"` is returned unchanged.
 */
export function unquoteGitPath(text: string): string {
  const quoted = /^"((?:[^"\\]|\\.)*)"/s.exec(text);
  if (!quoted) return text;
  const chunks: Buffer[] = [];
  for (const part of quoted[1]!.matchAll(/\\([0-7]{3})|\\(.)|([^\\]+)/gs)) {
    const [, octal, escaped, plain] = part;
    if (octal !== undefined) chunks.push(Buffer.from([Number.parseInt(octal, 8)]));
    else if (escaped !== undefined) chunks.push(Buffer.from([SIMPLE_ESCAPES[escaped] ?? escaped.charCodeAt(0)]));
    else chunks.push(Buffer.from(plain ?? '', 'utf8'));
  }
  return Buffer.concat(chunks).toString('utf8');
}
