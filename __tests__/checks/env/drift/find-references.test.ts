/** `findEnvReferences`: every reference form, what is not a reference, and positions. */
import { findEnvReferences, languageOf } from '../../../../src/checks/env/drift/find-references.js';

/** `name form` of each reference found in `text` at `path`. */
function found(path: string, text: string): string[] {
  return findEnvReferences(path, text).map((reference) => `${reference.name} ${reference.form}`);
}

describe('reference forms', () => {
  test.each([
    ['a.ts', 'const a = process.env.API_URL;', ['API_URL process.env.X']],
    ['a.ts', 'process.env?.API_URL ?? process . env . OTHER', ['API_URL process.env.X', 'OTHER process.env.X']],
    ['a.js', 'f(process.env["API_URL"], process.env[\'B\'], process.env[`C`])', ['API_URL process.env["X"]', 'B process.env["X"]', 'C process.env["X"]']],
    ['a.mjs', 'const { A } = process.env;', ['A const { X } = process.env']],
    ['a.ts', 'const { A, B: b, C = 1, "D": d, ...rest } = process.env', ['A const { X } = process.env', 'B const { X } = process.env', 'C const { X } = process.env', 'D const { X } = process.env']],
    ['a.ts', 'const { A }: Record<string, string | undefined> = process.env;', ['A const { X } = process.env']],
    ['a.ts', 'const {\n  /* the key */ A, // why\n  B = "x/y",\n} = process.env', ['A const { X } = process.env', 'B const { X } = process.env']],
    ['a.tsx', 'let { VITE_A } = import.meta.env', ['VITE_A const { X } = import.meta.env']],
    ['a.vue', 'import.meta.env.VITE_API + import.meta.env["VITE_KEY"]', ['VITE_API import.meta.env.X', 'VITE_KEY import.meta.env["X"]']],
    ['a.ts', 'Deno.env.get("REGION"); Deno.env.get(\'ZONE\')', ['REGION Deno.env.get("X")', 'ZONE Deno.env.get("X")']],
    ['a.ts', 'Bun.env.QUEUE; Bun.env["TOPIC"]; const { B } = Bun.env', ['QUEUE Bun.env.X', 'TOPIC Bun.env["X"]', 'B const { X } = Bun.env']],
    ['a.py', 'x = os.environ["A"]; y = os.environ[\'B\']', ['A os.environ["X"]', 'B os.environ["X"]']],
    ['a.py', 'os.environ.get("A", "1"); environ.get(\'B\')', ['A os.environ.get("X")', 'B os.environ.get("X")']],
    ['a.py', 'os.getenv("A"); getenv(\'B\', None)', ['A os.getenv("X")', 'B os.getenv("X")']],
    ['a.rb', 'ENV["A"]; ENV[\'B\']; ENV.fetch("C"); ENV.fetch \'D\', nil', ['A ENV["X"]', 'B ENV["X"]', 'C ENV.fetch("X")', 'D ENV.fetch("X")']],
    ['main.go', 'os.Getenv("A"); os.LookupEnv(`B`)', ['A os.Getenv("X")', 'B os.LookupEnv("X")']],
    ['schema.prisma', 'url = env("DATABASE_URL")', ['DATABASE_URL env("X")']],
    ['Dockerfile', 'FROM node\nARG NPM_TOKEN\nENV LOG_LEVEL=info\n', ['NPM_TOKEN Dockerfile ARG', 'LOG_LEVEL Dockerfile ENV']],
    [
      'Dockerfile',
      'ENV A=1 B="two words" C=a\\ b \\\n    D=4\nenv LEGACY value with spaces\nARG E F=1\n# ENV COMMENTED=1\nRUN echo ENV=x\n',
      ['A Dockerfile ENV', 'B Dockerfile ENV', 'C Dockerfile ENV', 'D Dockerfile ENV', 'LEGACY Dockerfile ENV', 'E Dockerfile ARG', 'F Dockerfile ARG']
    ],
    ['.github/workflows/ci.yml', 'run: echo ${{ secrets.A }} ${{ vars.B }} ${{ env.C }}', ['A ${{ secrets.X }}', 'B ${{ vars.X }}', 'C ${{ env.X }}']],
    ['.github/workflows/ci.yaml', "if: vars.ENABLED == 'true' && secrets['TOKEN'] != ''", ['ENABLED ${{ vars.X }}', "TOKEN ${{ secrets['X'] }}"]],
    ['.github/workflows/ci.yml', 'env:\n  TOP: 1\njobs:\n  a:\n    env:\n      JOB: 2\n', ['TOP workflow env: key', 'JOB workflow env: key']]
  ])('%s: %j', (path, text, expected) => {
    expect(found(path, text)).toEqual(expected);
  });
});

describe('not references', () => {
  test.each([
    ['dynamic access', 'a.ts', 'process.env[name]; process.env[`A_${x}`]; os.getenv(key)'],
    ['a method of process.env', 'a.ts', 'process.env.hasOwnProperty("A")'],
    ['a JS line comment', 'a.ts', '  // process.env.OLD'],
    ['a JSDoc line', 'a.ts', '/**\n * Reads process.env.DOCUMENTED\n */'],
    ['a Python comment', 'a.py', '# os.getenv("OLD")'],
    ['a YAML comment', '.github/workflows/a.yml', '# ${{ secrets.OLD }}'],
    ['Vite built-ins', 'a.ts', 'import.meta.env.MODE; import.meta.env.DEV; import.meta.env.BASE_URL'],
    ['another object named env', 'a.ts', 'config.env.A; myprocess.env.B'],
    ['self.environ in Python', 'a.py', 'self.environ["A"]'],
    ['a namespaced ENV in Ruby', 'a.rb', 'Foo::ENV["A"]'],
    ['a workflow context in a non-workflow file', 'docs/a.yml', '${{ secrets.A }}'],
    ['process.env.X inside a workflow script', '.github/workflows/a.yml', 'script: core.info(process.env.A)'],
    ['no keyword at all', 'a.ts', 'export const answer = 42;']
  ])('%s', (_, path, text) => {
    expect(found(path, text)).toEqual([]);
  });
});

test('positions are 1-based lines and columns, in text order', () => {
  const text = 'const a = 1;\nconst {\n  FIRST,\n  SECOND: second\n} = process.env;\nuse(process.env.THIRD);\n';
  expect(findEnvReferences('src/a.ts', text)).toEqual([
    { name: 'FIRST', file: 'src/a.ts', line: 3, column: 3, form: 'const { X } = process.env' },
    { name: 'SECOND', file: 'src/a.ts', line: 4, column: 3, form: 'const { X } = process.env' },
    { name: 'THIRD', file: 'src/a.ts', line: 6, column: 17, form: 'process.env.X' }
  ]);
});

test('a reference after code on the same line is kept (only comment lines are skipped)', () => {
  expect(found('a.ts', 'f(); // process.env.TRAILING')).toEqual(['TRAILING process.env.X']);
});

test.each([
  ['src/a.ts', 'js'],
  ['web/App.svelte', 'js'],
  ['worker/jobs.py', 'python'],
  ['lib/tasks/seed.rake', 'ruby'],
  ['cmd/main.go', 'go'],
  ['prisma/schema.prisma', 'prisma'],
  ['Dockerfile', 'dockerfile'],
  ['docker/api.Dockerfile', 'dockerfile'],
  ['.github/workflows/deploy.yml', 'workflow'],
  ['.github/actions/setup/action.yaml', 'workflow'],
  ['notes.txt', 'other']
])('languageOf(%s) is %s', (path, language) => {
  expect(languageOf(path)).toBe(language);
});

test('an unknown file type gets every code form', () => {
  expect(found('build.gradle.kts', 'System.getenv("A"); process.env.B; os.getenv("C")')).toEqual(['B process.env.X', 'C os.getenv("X")']);
});
