/**
 * The whole XmR reading of one indicator's series, as NHS England's Making Data Count (MDC) draws it: sections, each
 * point's class, and the two icons.
 */
import { classifyPoint, type PointReading } from './classify';
import { assuranceIcon, variationIcon } from './icons';
import type { Polarity } from '../core/model';
import type { Assurance, PointClass, Side } from './spcTypes';
import { findSpecialCauses } from './specialCause';
import { xmrSections, type SectionOptions, type XmrSection } from './xmr';

/** What the reading needs besides the points: polarity, target, and where sections start or the baseline ends. */
export interface SpcOptions extends SectionOptions {
  polarity: Polarity;
  /** The target the assurance icon is read against; null or absent for none. */
  target?: number | null;
}

/** The reading of a series by position, in the shape of the `--json` contract's `spc` (periods still as indices). */
export interface SpcClasses {
  /** Each point's class and the side that gave it (common-cause points share one reading). */
  classes: PointReading[];
  sections: XmrSection[];
  /** The variation icon: the last point's class; null without points. */
  variation: PointClass | null;
  variationSide: Side | null;
  assurance: Assurance | null;
}

/**
 * Reads a series of values (in time order) the MDC way; a caller that draws the points builds them. Throws a RangeError
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
