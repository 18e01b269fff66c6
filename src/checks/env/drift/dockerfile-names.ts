/**
 * The variables a Dockerfile declares with `ENV` and `ARG`: every name of the instruction, as
 * Docker reads it (https://docs.docker.com/reference/dockerfile/#env): `ENV A=1 B="two words" C=3`
 * declares three, `ARG A B=1` two, and the legacy `ENV KEY value with spaces` one. Instructions are
 * case-insensitive; a `\` at the end of a line continues the instruction; quotes and escapes keep
 * spaces inside a value.
 */

/** A name an instruction declares, at its offset in the text. */
export interface DockerfileName {
  name: string;
  offset: number;
  form: 'Dockerfile ENV' | 'Dockerfile ARG';
}

/** The start of an instruction: linear (one `[ \t]*` run before a literal). */
export const DOCKERFILE_INSTRUCTION = /^[ \t]*(ENV|ARG)[ \t]+/gim;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function findDockerfileNames(text: string): DockerfileName[] {
  const found: DockerfileName[] = [];
  for (const match of text.matchAll(DOCKERFILE_INSTRUCTION)) {
    const form = (match[1] as string).toUpperCase() === 'ENV' ? 'Dockerfile ENV' : 'Dockerfile ARG';
    const words = wordsOf(text, match.index + match[0].length);
    // `ENV KEY value`: the legacy form names one variable, whatever follows.
    const declared = form === 'Dockerfile ENV' && words[0] !== undefined && !words[0].text.includes('=') ? words.slice(0, 1) : words;
    for (const word of declared) {
      const name = word.text.split('=', 1)[0] ?? '';
      if (NAME.test(name)) found.push({ name, offset: word.offset, form });
    }
  }
  return found;
}

/** The instruction's words from `start` to the end of its (continued) line; quotes and escapes hold spaces. */
function wordsOf(text: string, start: number): Array<{ text: string; offset: number }> {
  const words: Array<{ text: string; offset: number }> = [];
  let word = '';
  let wordStart = -1;
  let quote = '';
  const finish = (): void => {
    if (wordStart !== -1) words.push({ text: word, offset: wordStart });
    word = '';
    wordStart = -1;
  };
  for (let at = start; at < text.length; at += 1) {
    const char = text.charAt(at);
    if (char === '\\' && /^\r?\n/.test(text.slice(at + 1, at + 3))) {
      // A line continuation: the instruction goes on (outside a word, it separates words).
      at += text.charAt(at + 1) === '\r' ? 2 : 1;
      if (!quote) finish();
      continue;
    }
    if (char === '\n' && !quote) break;
    if (!quote && (char === ' ' || char === '\t' || char === '\r')) {
      finish();
      continue;
    }
    if (wordStart === -1) wordStart = at;
    if (char === '\\') {
      word += text.charAt(at + 1);
      at += 1;
    } else if (quote ? char === quote : char === '"' || char === "'") {
      quote = quote ? '' : char;
    } else {
      word += char;
    }
  }
  finish();
  return words;
}
