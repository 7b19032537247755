/** Rules §6: a text trend of the last up-to-8 periods, e.g. `▂▃▅▆`; a gap shows as a space. */
const BARS = '▁▂▃▄▅▆▇█';

export function trendText(values: (number | null)[]): string {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return '';
  const min = Math.min(...present);
  const span = Math.max(...present) - min;
  return values
    .map((v) =>
      v === null ? ' ' : BARS[span === 0 ? 3 : Math.round(((v - min) / span) * (BARS.length - 1))],
    )
    .join('');
}
