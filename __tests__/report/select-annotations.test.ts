import { selectAnnotations, ANNOTATIONS_PER_LEVEL } from '../../src/report/select-annotations.js';
import { allFindings } from '../../src/report/report.js';
import { buildFixtureReport, makeFinding, manyFindings } from './fixture-report.js';

describe('selectAnnotations', () => {
  test('maps severities to levels and words each annotation from the finding', () => {
    const { annotations, omitted } = selectAnnotations(allFindings(buildFixtureReport()));
    expect(omitted).toBe(0);
    expect(annotations).toEqual([
      {
        level: 'error',
        title: 'GitHub personal access token [github-pat]',
        message: 'A GitHub token was added. (ghp_… (40 chars))\nFix: Revoke the token in GitHub settings, then load it from a secret.',
        file: 'src/config/prod.ts',
        startLine: 12,
        startColumn: 7,
        endColumn: 46 // the last column: the finding's endColumn is exclusive
      },
      {
        level: 'error',
        title: 'AWS access key ID [aws-access-key-id]',
        message: 'An AWS access key ID was added. (AKIA… (20 chars))\nFix: Deactivate the key in IAM and use OIDC credentials in CI.',
        file: 'deploy/.env.production',
        startLine: 3
      },
      expect.objectContaining({ level: 'warning', file: 'docs/a|b <img src=x>.md', startLine: 7 })
    ]);
  });

  test.each([
    { severity: 'critical', level: 'error' },
    { severity: 'high', level: 'error' },
    { severity: 'medium', level: 'warning' },
    { severity: 'low', level: 'notice' },
    { severity: 'info', level: 'notice' }
  ] as const)('$severity → $level', ({ severity, level }) => {
    expect(selectAnnotations([makeFinding({ severity })]).annotations[0]?.level).toBe(level);
  });

  test('keeps 10 per level, most severe first, and counts the rest: 25 critical → 10 errors, 15 omitted', () => {
    const { annotations, omitted } = selectAnnotations(manyFindings(25, 'critical'));
    expect(ANNOTATIONS_PER_LEVEL).toBe(10);
    expect(annotations).toHaveLength(10);
    expect(annotations.every((annotation) => annotation.level === 'error')).toBe(true);
    expect(omitted).toBe(15);
  });

  test('fills errors with critical before high, and each level separately', () => {
    const findings = [...manyFindings(12, 'high'), ...manyFindings(4, 'critical'), ...manyFindings(3, 'medium'), ...manyFindings(11, 'low')];
    const { annotations, omitted } = selectAnnotations(findings);
    const errors = annotations.filter((annotation) => annotation.level === 'error');
    expect(errors.slice(0, 4).every((annotation) => annotation.title.startsWith('critical'))).toBe(true);
    expect(errors).toHaveLength(10);
    expect(annotations.filter((annotation) => annotation.level === 'warning')).toHaveLength(3);
    expect(annotations.filter((annotation) => annotation.level === 'notice')).toHaveLength(10);
    expect(omitted).toBe(6 + 1);
  });

  test('annotates only file findings and does not count the others as omitted', () => {
    const findings = [
      makeFinding({ location: { kind: 'url', url: 'https://x.example/' } }),
      makeFinding({ location: { kind: 'env', name: 'API_KEY', file: '.env', line: 2 } }),
      makeFinding({ location: undefined })
    ];
    expect(selectAnnotations(findings)).toEqual({ annotations: [], omitted: 0 });
  });

  test('clamps line 0 to 1 and keeps text on one line', () => {
    const [annotation] = selectAnnotations([
      makeFinding({ title: 'a\nb', message: 'c\r\nd', location: { kind: 'file', path: 'x', line: 0, column: 0 } })
    ]).annotations;
    expect(annotation).toMatchObject({ startLine: 1, title: 'a b [generic-api-key]' });
    expect(annotation?.startColumn).toBeUndefined();
    expect(annotation?.message.split('\n')[0]).toBe('c d (key_… (32 chars))');
  });
});
