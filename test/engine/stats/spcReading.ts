/**
 * The SPC reading with each point as an object (its index, value, class and side), so the tests can say which point
 * is special: the engine reads by position (`readSpcValues`) and leaves building points to whoever draws them.
 */
import type { PointReading } from '../../../src/engine';
import { readSpcValues, type SpcClasses, type SpcOptions } from '../../../src/engine/stats/spc';

export interface SpcPoint extends PointReading {
  index: number;
  value: number;
}

export function readSpc(
  points: readonly { value: number }[],
  options: SpcOptions,
): Omit<SpcClasses, 'classes'> & { points: SpcPoint[] } {
  const values = points.map((p) => p.value);
  const { classes, ...reading } = readSpcValues(values, options);
  return {
    points: classes.map((c, index) => ({ index, value: values[index]!, class: c.class, side: c.side })),
    ...reading,
  };
}
