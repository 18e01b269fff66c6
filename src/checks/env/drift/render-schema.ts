/**
 * The inferred schema as a `launch-ready.yml` that `parseConfig` accepts: an `env:` section with a
 * header saying what to review, each variable's code reference as a comment above it. Pure.
 */
import { Document, isMap, isScalar, isSeq } from 'yaml';
import type { InferredVar } from './infer-schema.js';

/** Inputs of {@link renderEnvSchema}. */
export interface RenderSchemaInput {
  vars: readonly InferredVar[];
  /** `env.files`, written only when it differs from the default (`.env.example`). */
  files?: readonly string[];
  /** What the schema was inferred from, for the header, e.g. `.env.example and 42 files of code`. */
  inferredFrom: string;
}

const HEADER = [
  ' The env schema, started by `launch-ready env init` from SOURCES.',
  ' Review each variable: say where it is required (required: true, or [production, preview]),',
  ' tighten its type (enum with values, min/max, pattern) and add defaults. Every key is',
  ' documented in launch-ready.schema.json.'
];

/** The YAML text, ending with a newline. */
export function renderEnvSchema(input: RenderSchemaInput): string {
  const vars = Object.fromEntries(input.vars.map((variable) => [variable.name, withoutUndefined(variable.spec)]));
  const env = input.files ? { files: [...input.files], vars } : { vars };
  const doc = new Document({ env });
  doc.commentBefore = HEADER.join('\n').replace('SOURCES', input.inferredFrom);
  const varsNode = doc.getIn(['env', 'vars'], true);
  if (isMap(varsNode)) {
    varsNode.items.forEach((pair, index) => {
      const variable = input.vars[index];
      if (!isScalar(pair.key) || !variable) return;
      if (index > 0) pair.key.spaceBefore = true;
      if (variable.referencedAt) pair.key.commentBefore = ` ${describeReference(variable.referencedAt)}`;
      const protocols = doc.getIn(['env', 'vars', variable.name, 'protocols'], true);
      if (isSeq(protocols)) protocols.flow = true;
    });
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function describeReference({ first, more }: NonNullable<InferredVar['referencedAt']>): string {
  return `referenced in ${first}${more > 0 ? ` and ${more} more place${more === 1 ? '' : 's'}` : ''}`;
}

function withoutUndefined<T extends object>(spec: T): Partial<T> {
  return Object.fromEntries(Object.entries(spec).filter(([, value]) => value !== undefined)) as Partial<T>;
}
