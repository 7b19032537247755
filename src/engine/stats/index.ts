/** Issue 12: the statistics core (Wilson intervals and MDC XmR SPC), pure and free of the rest of the engine. */
export type { Assurance, PointClass, Polarity, SeriesPoint, Side } from './model';
export {
  SMALL_DENOMINATOR,
  SMALL_NUMERATOR,
  Z_95,
  intervalsOverlap,
  smallNumbers,
  wilsonInterval,
} from './wilson';
export type { Interval } from './wilson';
export { LIMIT_FACTOR, MIN_POINTS_FOR_LIMITS, TWO_SIGMA_FACTOR, xmrSections } from './xmr';
export type { SectionOptions, XmrSection } from './xmr';
export { RUN_LENGTH, findSpecialCauses } from './specialCause';
export type { SpecialCause, SpecialCauseRule } from './specialCause';
export { classifyPoint } from './classify';
export type { PointReading } from './classify';
export { MDC_COLOURS, assuranceIcon, assuranceWords, variationIcon, variationWords } from './icons';
export { readSpc } from './spc';
export type { SpcOptions, SpcPoint, SpcReading } from './spc';
