/**
 * The keys of every `env:` mapping in a GitHub workflow (workflow, job and step level): the
 * variables the workflow hands to the app's build, tests or deploy. Read with the YAML parser, since
 * indentation decides what belongs to the mapping.
 */
import { isMap, isScalar, parseDocument, visit } from 'yaml';

/** A key of an `env:` mapping, at its offset in the text. */
export interface WorkflowEnvKey {
  name: string;
  offset: number;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Every `env:` key; a file that is not valid YAML yields what parsed before the error. */
export function findWorkflowEnvKeys(text: string): WorkflowEnvKey[] {
  const found: WorkflowEnvKey[] = [];
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'env' || !isMap(pair.value)) return;
      for (const item of pair.value.items) {
        const key = item.key;
        if (isScalar(key) && typeof key.value === 'string' && ENV_NAME.test(key.value) && key.range) {
          found.push({ name: key.value, offset: key.range[0] });
        }
      }
    }
  });
  return found;
}
