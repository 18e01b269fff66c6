/** RFC 6901 JSON pointers: `''` is the whole document, `/a/0/b~1c` walks a, 0, then "b/c". */

/** The value at `pointer`, or `{ found: false }` when a step is missing. */
export function resolvePointer(document: unknown, pointer: string): { found: true; value: unknown } | { found: false } {
  if (pointer === '') return { found: true, value: document };
  let node = document;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(token) && Number(token) < node.length) node = node[Number(token)];
    else if (node !== null && typeof node === 'object' && !Array.isArray(node) && Object.hasOwn(node, token)) node = (node as Record<string, unknown>)[token];
    else return { found: false };
  }
  return { found: true, value: node };
}

/** The JSON type name of a value: string, number, boolean, object, array or null. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
