/**
 * Issue 12: what the digest says of an indicator's statistics: its SPC reading in MDC's words (with MDC's colours,
 * never alone) and a statistical note on its interval, small numbers and whether the change is significant.
 */
import { formatValue } from '../core/formatValue';
import type { Period } from '../core/model';
import type { RatedIndicator } from '../rate/rateIndicator';
import { assuranceWords, MDC_COLOURS, variationWords } from '../stats/icons';
import type { SpcSeries } from '../stats/indicatorStats';
import type { PointClass } from '../stats/spcTypes';
import { withinChance } from './digestWords';

/** The words an SPC cell begins with, by the last point's class: what its colour rule looks for. */
export const SPC_LEADS: Readonly<Record<PointClass, string>> = {
  improvement: variationWords('improvement', null),
  concern: variationWords('concern', null),
  neither: variationWords('neither', null),
  common: variationWords('common', null),
};

/** MDC's colours as cell fills, each with the text colour that reads on it (4.5:1 or better). */
export const SPC_CELL_COLOURS: Readonly<Record<PointClass, { fill: string; font: string }>> = {
  improvement: { fill: MDC_COLOURS.improvement, font: '#000000' },
  concern: { fill: MDC_COLOURS.concern, font: '#000000' },
  neither: { fill: MDC_COLOURS.neither, font: '#FFFFFF' },
  common: { fill: MDC_COLOURS.common, font: '#000000' },
};

/** Whether any section of the reading has process limits (13 points or more set them). */
export const hasLimits = (spc: SpcSeries | null): boolean =>
  spc?.sections.some((s) => s.upperLimit !== null) ?? false;

/**
 * `Special cause concern, low; target: fail`, `Common cause; target: hit or miss`, or, where the latest section has
 * no limits, `Common cause (no process limits: fewer than 13 points)`; null without a reading.
 */
export function spcText(spc: SpcSeries | null): string | null {
  if (!spc) return null;
  const latest = spc.sections[spc.sections.length - 1];
  if (latest?.upperLimit === null) return `${SPC_LEADS.common} (no process limits: fewer than 13 points)`;
  const variation = variationWords(spc.variation, spc.variationSide);
  return spc.assurance ? `${variation}; target: ${assuranceWords(spc.assurance).toLowerCase()}` : variation;
}

const percent = (x: number) => formatValue(x, '0.0%');

/**
 * `95% interval 55.3% to 73.6% (65 of 100); no significant change since Q2 2006/07.`: the interval, a small-numbers
 * warning and what the intervals say of the change; null where there is nothing to say.
 */
export function statisticalNote(ind: RatedIndicator, comparison: Period): string | null {
  const { counts, interval, significant, smallNumbers } = ind.stats;
  const parts: string[] = [];
  if (interval && counts)
    parts.push(
      `95% interval ${percent(interval.lower)} to ${percent(interval.upper)} (${counts.numerator} of ${counts.denominator})`,
    );
  if (smallNumbers) parts.push('small numbers: read with care');
  if (withinChance(ind)) parts.push(`no significant change since ${comparison.label}`);
  else if (significant === true) parts.push(`a significant change since ${comparison.label}`);
  if (parts.length === 0) return null;
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** An XmR chart in words, for its alternative text: its span, the latest section's lines, the target and the reading. */
export function xmrDescription(ind: RatedIndicator, spc: SpcSeries): string {
  const f = (v: number) => formatValue(v, ind.numberFormat);
  const first = spc.points[0]!.period.label;
  const last = spc.points[spc.points.length - 1]!.period.label;
  const latest = spc.sections[spc.sections.length - 1]!;
  const lines =
    latest.lowerLimit !== null && latest.upperLimit !== null
      ? `mean ${f(latest.mean)}, process limits ${f(latest.lowerLimit)} to ${f(latest.upperLimit)}`
      : `mean ${f(latest.mean)}, no process limits (fewer than 13 points)`;
  const target = ind.target === null ? '' : `, target ${f(ind.target)}`;
  return `XmR chart of ${ind.name}: ${spc.points.length} points from ${first} to ${last}; ${lines}${target}. ${spcText(spc)}.`;
}
