/**
 * `const { A, B: b, C = 1, "D": d, ...rest } = process.env` (on one line or many): each key is a
 * reference. Also from `import.meta.env` and `Bun.env`, with or without a type annotation.
 */

/** A name read by destructuring, at its offset in the text. */
export interface DestructuredName {
  name: string;
  offset: number;
  form: string;
}

/** The literal every destructuring ends with: `DESTRUCTURING` is tried only where it occurs. */
export const DESTRUCTURING_ANCHOR = 'env';

/**
 * Sticky, at an occurrence of `env`; the declaration before it is a look-behind. `[^{}]*` stops at
 * the first brace, so each attempt scans back at most to the previous one: linear overall. Nested
 * patterns (`{ A: { b } }`) cannot come from env, whose values are strings.
 */
export const DESTRUCTURING =
  /(?<=\b(?:const|let|var)\s*\{(?<body>[^{}]*)\}\s*(?::[^=;{}]*)?=\s*(?<source>process\s*\.\s*|import\s*\.\s*meta\s*\.\s*|Bun\s*\.\s*))env(?![\w$.[])/dy;
/** One property: `A`, `A: a`, `A = 1`, `"A": a`; the name is followed by `:`, `=` or nothing. */
const PROPERTY = /^\s*(?<quote>["']?)(?<name>[A-Za-z_][A-Za-z0-9_]*)\k<quote>\s*(?:[:=]|$)/d;

const FORMS: Record<string, string> = {
  process: 'const { X } = process.env',
  import: 'const { X } = import.meta.env',
  Bun: 'const { X } = Bun.env'
};

/** The names destructured by a declaration whose `env` is at `at`; none when there is no such declaration. */
export function destructuredNamesAt(text: string, at: number): DestructuredName[] {
  DESTRUCTURING.lastIndex = at;
  const match = DESTRUCTURING.exec(text);
  if (!match) return [];
  const found: DestructuredName[] = [];
  const bodyStart = match.indices?.groups?.body?.[0] ?? 0;
  const body = blankComments(match.groups?.body ?? '');
  const source = match.groups?.source ?? '';
  const form = FORMS[source.slice(0, source.search(/[\s.]/))] ?? FORMS.process ?? '';
  let start = 0;
  for (const segment of body.split(',')) {
    const property = PROPERTY.exec(segment);
    const nameAt = property?.indices?.groups?.name?.[0];
    if (property?.groups?.name && nameAt !== undefined) found.push({ name: property.groups.name, offset: bodyStart + start + nameAt, form });
    start += segment.length + 1;
  }
  return found;
}

/**
 * Line and block comments replaced by spaces of the same length, so offsets stay true. A loop
 * rather than a regex: a block-comment regex rescans from every opener of an unclosed run (quadratic).
 */
function blankComments(body: string): string {
  let result = '';
  let from = 0;
  for (let slash = body.indexOf('/'); slash !== -1; slash = body.indexOf('/', from)) {
    const next = body[slash + 1];
    if (next !== '/' && next !== '*') {
      result += body.slice(from, slash + 1);
      from = slash + 1;
      continue;
    }
    const close = next === '/' ? body.indexOf('\n', slash) : body.indexOf('*/', slash + 2);
    const end = close === -1 ? body.length : next === '/' ? close : close + 2;
    result += body.slice(from, slash) + ' '.repeat(end - slash);
    from = end;
  }
  return result + body.slice(from);
}
