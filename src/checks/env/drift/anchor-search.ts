/**
 * Where a literal occurs in a text, found through its rarest character. `indexOf("env")` stops at
 * every `e` (V8 scans for a short pattern's first character), the most common letter in code;
 * `indexOf("v")`, then a look at the two characters before, is three to four times faster on a
 * 30 MB TypeScript/Python tree (measured with Node 24), and drift reads every source file.
 */

/** A literal and the character of it to scan for. */
export interface Anchor {
  literal: string;
  /** Index in `literal` of the character `indexOf` looks for. */
  pivot: number;
}

/** Lower-case letters from most to least frequent in English and in code: later is rarer. */
const LETTERS_BY_FREQUENCY = 'etaoinsrlcdhupmfgbywvkxjqz';

/** The anchor for `literal`, pivoting on its rarest character (upper case counts as rare). */
export function anchorOf(literal: string): Anchor {
  let pivot = 0;
  let best = -1;
  for (let index = 0; index < literal.length; index += 1) {
    const score = rarity(literal.charAt(index));
    if (score > best) {
      best = score;
      pivot = index;
    }
  }
  return { literal, pivot };
}

/** The first occurrence of the anchor's literal at or after `from`, or -1. */
export function nextOccurrence(text: string, anchor: Anchor, from: number): number {
  const { literal, pivot } = anchor;
  const character = literal.charAt(pivot);
  for (let at = text.indexOf(character, from + pivot); at !== -1; at = text.indexOf(character, at + 1)) {
    if (text.startsWith(literal, at - pivot)) return at - pivot;
  }
  return -1;
}

function rarity(character: string): number {
  const lower = character.toLowerCase();
  const rank = LETTERS_BY_FREQUENCY.indexOf(lower);
  if (rank === -1) return -1; // digits, punctuation, spaces: everywhere in code
  // Upper case is rarer than lower case in code, whatever the letter.
  return character === lower ? rank : LETTERS_BY_FREQUENCY.length + rank;
}
