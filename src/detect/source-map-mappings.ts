/**
 * The `"mappings"` string of a source map (`.map`): base64 VLQ, megabytes of it in a large bundle's
 * map, and no place for a secret. Its segments are a few characters between commas and
 * semicolons, so it holds keywords of the short kind by the thousand (`EAAC,CAAC,…` on every line
 * of a map: `eaa` is a keyword) and never a token: no `_`, `-` or `.`, and no run of letters and
 * digits as long as a token's. The keyword pass reads the text with that string blanked out, so
 * it neither reports those keywords nor sends rules there; the rest of the map (`sourcesContent`,
 * the package's own source) is read as before.
 */

const MAPPINGS_KEY = '"mappings"';
/** Only base64 digits, `,` and `;`: a string of anything else is not VLQ, and is read. */
const VLQ = /^[A-Za-z0-9+/,;]*$/;

/** `[start, end)` of the characters of the `"mappings"` string of a `.map` file, when they are VLQ alone. */
export function sourceMapMappings(path: string, text: string): [number, number] | undefined {
  if (!path.endsWith('.map')) return undefined;
  const key = text.indexOf(MAPPINGS_KEY);
  if (key === -1) return undefined;
  const colon = /^[ \t\r\n]*:[ \t\r\n]*"/.exec(text.slice(key + MAPPINGS_KEY.length, key + MAPPINGS_KEY.length + 64));
  if (!colon) return undefined;
  const start = key + MAPPINGS_KEY.length + colon[0].length;
  const end = text.indexOf('"', start);
  if (end === -1 || !VLQ.test(text.slice(start, end))) return undefined;
  return [start, end];
}

/** `ascii` with the span blanked (spaces), copied: the caller's bytes stay as they are. */
export function blanked(ascii: Uint8Array, [start, end]: [number, number]): Uint8Array {
  const copy = Uint8Array.from(ascii);
  copy.fill(0x20, start, end);
  return copy;
}
