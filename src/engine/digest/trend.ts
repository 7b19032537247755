/** Rules §6: a text trend of the last up-to-8 periods, e.g. `▂▃▅▆`; a gap shows as a space. */
const BARS = '▁▂▃▄▅▆▇█';

/** Written as loops: every row of both indicator tables shows one, and the spread, filter and map cost more. */
export function trendText(values: (number | null)[]): string {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v === null) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  if (min === Infinity) return '';
  const span = max - min;
  let text = '';
  for (const v of values)
    text += v === null ? ' ' : BARS[span === 0 ? 3 : Math.round(((v - min) / span) * (BARS.length - 1))];
  return text;
}
