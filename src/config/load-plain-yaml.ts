/**
 * The data of a YAML text by js-yaml (https://github.com/nodeca/js-yaml), which is several times
 * faster than the `yaml` package but keeps no source positions: the first, optimistic half of
 * `parseConfig`. A 500-variable `launch-ready.yml` (53 KB) costs ~25 ms here against ~140 ms
 * through `yaml`'s document model, measured cold with Node 24. Both read YAML 1.2's core schema
 * (dates stay strings, `<<` is a plain key), so a file both accept yields the same data; a test
 * holds them to it.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * The data, or undefined whenever this parser is not the one to judge: a syntax error, a duplicate
 * key, several documents, any alias (the precise parser bounds their expansion, see
 * `parse-config.ts`). The caller then takes the precise path, which words and locates the problem.
 */
export function loadPlainYaml(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA, maxAliases: 0 });
  } catch {
    return undefined;
  }
}
