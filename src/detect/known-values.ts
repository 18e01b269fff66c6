/**
 * Known values: the values of env vars the env schema marks `secret`, searched in build output and
 * logs (`artifact` sources) verbatim and in the encodings a bundler or logger produces: JSON string
 * escaping, URL encoding and base64. A hit is the "server secret shipped to the client" case, with
 * no false positives: it is the value itself.
 */
import type { KnownValue } from './contracts.js';

/**
 * Shorter values are not searched: `true`, `3000` or a 6-digit PIN occur by coincidence in any
 * bundle. The scanner says so with an info finding (see `notes()`).
 */
export const MIN_KNOWN_VALUE_LENGTH = 8;

/** Hits reported per variable and file; a log can repeat a value thousands of times. */
export const MAX_HITS_PER_VALUE = 10;

export type KnownValueEncoding = 'verbatim' | 'json' | 'url' | 'base64';

interface Variant {
  text: string;
  encoding: KnownValueEncoding;
}

export interface SearchableValue {
  name: string;
  value: string;
  variants: Variant[];
}

export interface KnownValueHit {
  known: SearchableValue;
  encoding: KnownValueEncoding;
  start: number;
  end: number;
}

/** Splits the values into those to search (with their encoded forms) and the names of those too short. */
export function prepareKnownValues(values: readonly KnownValue[]): { searchable: SearchableValue[]; tooShort: string[] } {
  const searchable: SearchableValue[] = [];
  const tooShort: string[] = [];
  for (const { name, value } of values) {
    if (value.length < MIN_KNOWN_VALUE_LENGTH) tooShort.push(name);
    else searchable.push({ name, value, variants: variantsOf(value) });
  }
  return { searchable, tooShort };
}

function variantsOf(value: string): Variant[] {
  const variants: Variant[] = [{ text: value, encoding: 'verbatim' }];
  const add = (text: string, encoding: KnownValueEncoding): void => {
    if (text.length >= MIN_KNOWN_VALUE_LENGTH && !variants.some((variant) => variant.text === text)) variants.push({ text, encoding });
  };
  add(JSON.stringify(value).slice(1, -1), 'json');
  add(encodeURIComponent(value), 'url');
  for (const text of base64Forms(value)) add(text, 'base64');
  return variants;
}

/**
 * The base64 of the value wherever it sits in a larger encoded string: for each of the three byte
 * alignments, the characters that depend on the value's bytes only (neighbours change the edges),
 * in the standard and the URL-safe alphabet.
 */
export function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset += 1) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64').replace(/=+$/, '');
    const first = Math.ceil((offset * 8) / 6);
    const last = Math.floor(((offset + bytes.length) * 8) / 6);
    const core = encoded.slice(first, last);
    forms.push(core, core.replaceAll('+', '-').replaceAll('/', '_'));
  }
  return [...new Set(forms)];
}

/** Every place a searchable value occurs in `text`, up to `MAX_HITS_PER_VALUE` per value. */
export function findKnownValues(text: string, values: readonly SearchableValue[]): KnownValueHit[] {
  const hits: KnownValueHit[] = [];
  for (const known of values) {
    let count = 0;
    for (const { text: needle, encoding } of known.variants) {
      for (let at = text.indexOf(needle); at !== -1 && count < MAX_HITS_PER_VALUE; at = text.indexOf(needle, at + needle.length)) {
        hits.push({ known, encoding, start: at, end: at + needle.length });
        count += 1;
      }
    }
  }
  return hits;
}
