/**
 * On a long line (a minified bundle, a source map), a rule whose matches are bounded runs only
 * around its keywords. It must find exactly what running over the whole line finds: every rule's
 * sample, planted at the start, the middle and the end of a long line full of other rules'
 * keywords, and next to another secret of the same rule.
 */
import { BUILTIN_RULES } from '../../src/detect/rules.js';
import { compileRule, findMatchesOnLines, type CompiledRule } from '../../src/detect/match-rules.js';
import { createPrefilter, LONG_LINE } from '../../src/detect/prefilter.js';
import { matchExtent } from '../../src/detect/match-extent.js';
import { sampleSecrets } from './rules/samples.js';

const prefilter = createPrefilter(BUILTIN_RULES);
const compiled = new Map(BUILTIN_RULES.map((rule) => [rule.id, compileRule(rule)]));

/** Minified-looking code that holds keywords of many rules but no secret. */
function filler(length: number, seed: number): string {
  const words = ['var key=e.key||"";', 'function pat(t){return t}', 'token:n.token,', 'u="https://cdn.example.com/x.js";', 'secret:!1,', 'api_key:void 0,', 'password:t.password,', 'eaa.us-1,', 'AKIA', 'ghp_', ':A', '-us', 're_'];
  let text = '';
  for (let index = seed; text.length < length; index += 7) text += words[index % words.length];
  return text.slice(0, length);
}

function matchesOf(text: string, rule: CompiledRule, windowed: boolean): string[] {
  const selection = prefilter.select(text).find((selected) => selected.rule === rule.rule);
  if (!selection?.lineStarts) return [];
  const keywords = windowed ? selection.longLineKeywords : undefined;
  return [...findMatchesOnLines(text, rule, selection.lineStarts, keywords)].map((match) => `${match.start}:${match.end}:${match.value}`);
}

describe('keyword windows on long lines', () => {
  const samples = sampleSecrets().filter((sample) => !sample.line.includes('\n'));

  test('every built-in rule has a bounded extent, so windows apply to every keyword-line rule', () => {
    expect(BUILTIN_RULES.filter((rule) => matchExtent(rule.pattern.source) === undefined).map((rule) => rule.id)).toEqual([]);
  });

  test.each(samples.map((sample) => [sample.ruleId, sample] as const))('%s: the same matches as the whole line', (ruleId, sample) => {
    const rule = compiled.get(ruleId) as CompiledRule;
    if (!rule.keywordLines) return;
    const pad = 3 * LONG_LINE;
    const lines = [
      `${sample.line};${filler(pad, 1)}`,
      `${filler(pad, 2)};${sample.line};${filler(pad, 3)}`,
      `${filler(pad, 4)};${sample.line}`,
      `${filler(pad, 5)} ${sample.line} ${sample.line};${filler(pad, 6)}`,
      `short line ${sample.line}`
    ];
    const text = lines.join('\n');
    const whole = matchesOf(text, rule, false);
    expect(matchesOf(text, rule, true)).toEqual(whole);
    // The plain sample is found on its short line; so is the one at the end of a long line.
    expect(whole.filter((match) => match.endsWith(`:${sample.secret}`)).length).toBeGreaterThanOrEqual(1);
  });
});
