/**
 * Issue 12: where an XmR chart's marks go in a small SVG: the values' line, each section's mean and process limits,
 * the target, and a dot per point in its MDC colour. Pure, so it is tested without a DOM.
 */
import { MDC_COLOURS, type SpcSeries } from '../engine';

export interface XmrLine {
  kind: 'mean' | 'limit' | 'target';
  d: string;
}

export interface XmrDot {
  x: number;
  y: number;
  colour: string;
}

export interface XmrGeometry {
  /** The path through the values, in time order. */
  values: string;
  lines: XmrLine[];
  dots: XmrDot[];
}

/** Space left around the plot, so dots at the edges are whole. */
const PAD = 6;

const round = (x: number) => Math.round(x * 10) / 10;

export function xmrGeometry(
  spc: SpcSeries,
  target: number | null,
  width: number,
  height: number,
): XmrGeometry {
  const { points, sections } = spc;
  const levels = [
    ...points.map((p) => p.value),
    ...sections.flatMap((s) => [s.mean, s.lowerLimit ?? s.mean, s.upperLimit ?? s.mean]),
    ...(target === null ? [] : [target]),
  ];
  const low = Math.min(...levels);
  const high = Math.max(...levels);
  const span = high > low ? high - low : 1;
  const y = (v: number) => round(height - PAD - ((v - low) / span) * (height - 2 * PAD));
  const step = points.length > 1 ? (width - 2 * PAD) / (points.length - 1) : 0;
  const x = (i: number) => round(points.length > 1 ? PAD + i * step : width / 2);
  const index = (start: number) => points.findIndex((p) => p.period.start === start);
  const level = (from: number, to: number, v: number) => `M${x(from)},${y(v)}H${x(to)}`;
  const lines: XmrLine[] = sections.flatMap((s) => {
    const [from, to] = [index(s.from.start), index(s.to.start)];
    const limits = [s.lowerLimit, s.upperLimit].flatMap((v) =>
      v === null ? [] : [{ kind: 'limit' as const, d: level(from, to, v) }],
    );
    return [{ kind: 'mean' as const, d: level(from, to, s.mean) }, ...limits];
  });
  if (target !== null) lines.push({ kind: 'target', d: `M${PAD},${y(target)}H${width - PAD}` });
  return {
    values: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i)},${y(p.value)}`).join(''),
    lines,
    dots: points.map((p, i) => ({ x: x(i), y: y(p.value), colour: MDC_COLOURS[p.class] })),
  };
}
