/** Rules §6: a text trend of the last up-to-8 periods, e.g. `▂▃▅▆`; a gap shows as a space. */
const BARS = '▁▂▃▄▅▆▇█';

/** The bars as character codes: a trend is made in one string, not a string per bar. */
const BAR_CODES = Array.from(BARS, (bar) => bar.charCodeAt(0));
const GAP = ' '.charCodeAt(0);

/** Every row of both indicator tables shows one: the range is found in one loop, with no filtered copy of the values. */
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
  const codes = values.map((v) =>
    v === null ? GAP : BAR_CODES[span === 0 ? 3 : Math.round(((v - min) / span) * (BAR_CODES.length - 1))]!,
  );
  return String.fromCharCode(...codes);
}
