/**
 * The check boundaries, read from the source: a check is one folder that no other check imports,
 * and everything outside `src/checks/` reaches a check only through the registry. A new import
 * across a boundary fails here with the file and the line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve('src');
const CHECKS = join(SRC, 'checks');

interface Import {
  file: string;
  line: number;
  target: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative import, re-export and dynamic import of a file, resolved to a path under src/. */
function importsOf(file: string): Import[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((text, index) =>
    [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => ({
      file: relative(SRC, file),
      line: index + 1,
      target: relative(SRC, resolve(dirname(file), match[1]!))
    }))
  );
}

/** The check folder a path under src/ belongs to (`checks/secrets/…` → `secrets`), or undefined. */
function checkOf(path: string): string | undefined {
  const parts = path.split(sep);
  return parts[0] === 'checks' && parts.length > 2 ? parts[1] : undefined;
}

const imports = sourceFiles(SRC).flatMap(importsOf);

test('the walk sees the imports it judges (the registry imports every check)', () => {
  const fromRegistry = imports.filter((entry) => entry.file === join('checks', 'registry.ts')).map((entry) => checkOf(entry.target));
  expect(fromRegistry).toEqual(expect.arrayContaining(['secrets', 'env']));
  expect(readdirSync(CHECKS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).length).toBeGreaterThanOrEqual(2);
});

test('no check imports another check', () => {
  const crossings = imports
    .filter((entry) => checkOf(entry.file) !== undefined && checkOf(entry.target) !== undefined && checkOf(entry.file) !== checkOf(entry.target))
    .map((entry) => `${entry.file}:${entry.line} imports ${entry.target}`);
  expect(crossings).toEqual([]);
});

test('outside src/checks/, a check is reached only through the registry', () => {
  const crossings = imports
    .filter((entry) => checkOf(entry.file) === undefined && !entry.file.startsWith(`checks${sep}`) && checkOf(entry.target) !== undefined)
    .map((entry) => `${entry.file}:${entry.line} imports ${entry.target}`);
  expect(crossings).toEqual([]);
});

test("the pipeline's own files under src/checks/ (registry, run-checks, the Check contract) import no check but in the registry", () => {
  const crossings = imports
    .filter((entry) => entry.file.startsWith(`checks${sep}`) && checkOf(entry.file) === undefined && entry.file !== join('checks', 'registry.ts'))
    .filter((entry) => checkOf(entry.target) !== undefined)
    .map((entry) => `${entry.file}:${entry.line} imports ${entry.target}`);
  expect(crossings).toEqual([]);
});
