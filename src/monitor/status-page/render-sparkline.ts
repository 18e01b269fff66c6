/**
 * The p95 trend as a small inline SVG line: no script, no external file. The figures are in its
 * accessible name as text (`role="img"` + `aria-label`), so a screen reader hears the numbers a
 * sighted reader sees as a line; days without data leave a gap.
 */
import { formatMs } from './format-status.js';

const WIDTH = 84;
const HEIGHT = 28;
const PAD = 3;

export function renderSparkline(values: ReadonlyArray<number | undefined>, labels: readonly string[]): string {
  const known = values.filter((value): value is number => value !== undefined);
  const described = values.map((value, index) => `${labels[index] ?? ''}: ${formatMs(value)}`).join(', ');
  const label = `p95 by day, oldest first: ${described}`;
  const open = `<svg class="spark" role="img" aria-label="${label}" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`;
  if (known.length === 0) return `${open}</svg>`;
  const max = Math.max(...known);
  const min = Math.min(...known);
  const span = max - min || 1;
  const x = (index: number): number => PAD + (index * (WIDTH - 2 * PAD)) / Math.max(1, values.length - 1);
  const y = (value: number): number => HEIGHT - PAD - ((value - min) * (HEIGHT - 2 * PAD)) / span;
  // One path per run of consecutive days with data: a missing day is a gap, not a made-up value.
  const runs: string[] = [];
  let current = '';
  values.forEach((value, index) => {
    if (value === undefined) {
      if (current) runs.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(index).toFixed(1)} ${y(value).toFixed(1)}`;
  });
  if (current) runs.push(current);
  const dots = values.flatMap((value, index) => (value === undefined ? [] : [`<circle cx="${x(index).toFixed(1)}" cy="${y(value).toFixed(1)}" r="1.8"/>`]));
  return `${open}${runs.map((d) => `<path d="${d}"/>`).join('')}${dots.join('')}</svg>`;
}
