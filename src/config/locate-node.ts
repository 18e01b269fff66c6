/**
 * Finds where a value sits in the YAML source, so a problem found in the parsed data (a JSON
 * pointer from ajv, a path from a semantic check) can be reported as line:column.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** 1-based, as editors and GitHub annotations count. */
export interface LinePosition {
  line: number;
  column: number;
}

/** Where to point: at the value (a wrong type) or at its key (an unknown or misnamed key). */
export type Target = 'value' | 'key';

/**
 * The 1-based line and column of the node at `path` (keys and array indexes, as strings). When the
 * path leads nowhere (a missing key) it points at the deepest node that exists, else at 1:1.
 */
export function locateNode(options: {
  doc: Document;
  lineCounter: LineCounter;
  path: readonly string[];
  target: Target;
}): LinePosition {
  const { doc, lineCounter, path, target } = options;
  let node: unknown = doc.contents;
  let key: Node | undefined;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    const step = childOf(node, segment);
    if (!step) break;
    ({ node, key } = step);
  }
  const found = target === 'key' && key ? key : (node as Node | null);
  const offset = found?.range?.[0] ?? key?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function childOf(node: unknown, segment: string): { node: unknown; key?: Node } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => keyText(item.key) === segment);
    if (!pair) return undefined;
    const key = pair.key as Node;
    // `key:` with nothing after it still has a (null) value node; fall back to the key otherwise.
    return { node: pair.value ?? key, key };
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)];
    return item === undefined ? undefined : { node: item };
  }
  return undefined;
}

/** Map keys as `toJS()` names them: scalars by their value (so `200:` is "200"). */
function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}
