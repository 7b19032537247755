/**
 * The whole XmR reading of one indicator's series, as NHS England's Making Data Count (MDC) draws it: sections, each
 * point's class, and the two icons.
 */
import { classifyPoint, type PointReading } from './classify';
import { assuranceIcon, variationIcon } from './icons';
import type { Polarity } from '../core/model';
import type { Assurance, PointClass, SeriesPoint, Side } from './spcTypes';
import { findSpecialCauses } from './specialCause';
import { xmrSections, type SectionOptions, type XmrSection } from './xmr';

/** What the reading needs besides the points: polarity, target, and where sections start or the baseline ends. */
export interface SpcOptions extends SectionOptions {
  polarity: Polarity;
  /** The target the assurance icon is read against; null or absent for none. */
  target?: number | null;
}

/** One point as read: its position in the series, its value, its class and the side that gave the class. */
export interface SpcPoint extends PointReading {
  index: number;
  value: number;
}

/** The reading of a series, in the shape of the `--json` contract's `spc` (with periods still as indices). */
export interface SpcReading {
  points: SpcPoint[];
  sections: XmrSection[];
  /** The variation icon: the last point's class; null without points. */
  variation: PointClass | null;
  variationSide: Side | null;
  assurance: Assurance | null;
}

/** The reading by position: each point's class (common-cause points share one reading), without point objects. */
export interface SpcClasses extends Omit<SpcReading, 'points'> {
  classes: PointReading[];
}

/**
 * Reads a series of values (in time order) the MDC way, for a caller that builds its own points. Throws a RangeError
 * for a value that is not finite or a section index that names no point.
 */
export function readSpcValues(values: readonly number[], options: SpcOptions): SpcClasses {
  const sections = xmrSections(values, options);
  const causes = findSpecialCauses(values, sections);
  const classes = values.map((_, index) => classifyPoint(causes[index] ?? [], options.polarity));
  const { variation, side } = variationIcon(classes);
  return {
    classes,
    sections,
    variation,
    variationSide: side,
    assurance: assuranceIcon(options.polarity, options.target ?? null, sections[sections.length - 1]),
  };
}

/**
 * Reads a series (in time order) the MDC way. Throws a RangeError for a value that is not finite or a
 * section index that names no point.
 */
export function readSpc(points: readonly SeriesPoint[], options: SpcOptions): SpcReading {
  const values = points.map((p) => p.value);
  const { classes, ...reading } = readSpcValues(values, options);
  return {
    points: classes.map((c, index) => ({ index, value: values[index]!, class: c.class, side: c.side })),
    ...reading,
  };
}
