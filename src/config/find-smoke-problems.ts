/**
 * What the schema cannot say about the smoke section: its regular expressions must compile, and a
 * flow step may use `${name}` only for a value an earlier step of the same flow captures (a
 * capture used before it is defined would send the literal text `${name}`).
 */
import type { PathProblem } from './config-problems.js';
import { formatPath } from './describe-value.js';
import { child, entries, isRecord, regexProblem } from './raw-access.js';

/** `${name}` but not `${env.NAME}`. */
const CAPTURE_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export function smokeProblems(data: unknown): PathProblem[] {
  const routes = entries(child(data, 'smoke', 'routes')).map(([index, route]) => ({ path: ['smoke', 'routes', index], route }));
  const flows = entries(child(data, 'smoke', 'flows'));
  const steps = flows.flatMap(([flow, value]) => entries(value.steps).map(([index, step]) => ({ path: ['smoke', 'flows', flow, 'steps', index], route: step })));
  const problems = [...routes, ...steps].flatMap(({ path, route }) => routeRegexProblems(path, route));
  for (const { path, route } of routes) {
    for (const [where, name] of captureReferences(path, route)) {
      problems.push({ path: where, target: 'value', message: `${formatPath(where)}: \${${name}} refers to a captured value, and only flow steps capture; expected it in a flow, or \${env.${name}} for an environment variable` });
    }
  }
  for (const [flowIndex, flow] of flows) problems.push(...flowCaptureProblems(['smoke', 'flows', flowIndex], flow));
  return problems;
}

function routeRegexProblems(path: string[], route: Record<string, unknown>): PathProblem[] {
  const found = [regexProblem([...path, 'expect', 'bodyMatches'], child(route, 'expect', 'bodyMatches'))];
  for (const [name, expected] of entries(child(route, 'expect', 'headers'))) {
    found.push(regexProblem([...path, 'expect', 'headers', name, 'matches'], expected.matches));
  }
  for (const [name, capture] of entries(route.capture)) found.push(regexProblem([...path, 'capture', name, 'regex'], capture.regex));
  return found.filter((problem) => problem !== undefined);
}

/** Each step may use what the steps before it captured. */
function flowCaptureProblems(path: string[], flow: Record<string, unknown>): PathProblem[] {
  const problems: PathProblem[] = [];
  const captured = new Set<string>();
  const name = typeof flow.name === 'string' ? flow.name : path.at(-1);
  for (const [index, step] of entries(flow.steps)) {
    const stepPath = [...path, 'steps', index];
    for (const [where, reference] of captureReferences(stepPath, step)) {
      if (captured.has(reference)) continue;
      const defined = isRecord(step.capture) && reference in step.capture ? 'this step captures it from its own answer, after the request is sent' : 'no earlier step captures it';
      problems.push({
        path: where,
        target: 'value',
        message: `${formatPath(where)}: \${${reference}} is used before it is captured (${defined}); expected a capture named ${reference} in an earlier step of flow "${name}"`
      });
    }
    if (isRecord(step.capture)) for (const key of Object.keys(step.capture)) captured.add(key);
  }
  return problems;
}

/** `[path of the string, name]` for every `${name}` in a step's path, headers, body and JSON body. */
function captureReferences(path: string[], route: Record<string, unknown>): Array<[string[], string]> {
  const found: Array<[string[], string]> = [];
  const visit = (value: unknown, at: string[]): void => {
    if (typeof value === 'string') for (const match of value.matchAll(CAPTURE_REFERENCE)) found.push([at, match[1]!]);
    else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...at, String(index)]));
    else if (isRecord(value)) for (const [key, item] of Object.entries(value)) visit(item, [...at, key]);
  };
  visit(route.path, [...path, 'path']);
  visit(route.headers, [...path, 'headers']);
  visit(route.body, [...path, 'body']);
  visit(route.json, [...path, 'json']);
  return found;
}
