/** The words and colours a digest shows for each RAG status and direction of travel (rules §3, §4, §6). */
import { arrowOf } from '../rate/directionOfTravel';
import type { ComparisonBasis, Direction, Rag } from '../core/model';
import type { RatedIndicator } from '../rate/rateIndicator';

export const RAG_COLOURS: Record<Rag, { fill: string; font: string }> = {
  green: { fill: '#C6EFCE', font: '#006100' },
  amber: { fill: '#FFEB9C', font: '#9C5700' },
  red: { fill: '#FFC7CE', font: '#9C0006' },
  'no target': { fill: '#EDEDED', font: '#404040' },
  'no data': { fill: '#EDEDED', font: '#404040' },
  'data only': { fill: '#EDEDED', font: '#404040' },
};

/** The words a digest cell shows: never colour alone. */
export const RAG_TEXT: Record<Rag, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  'no target': 'No target',
  'no data': 'No data',
  'data only': 'Data only',
};

export const DIRECTION_TEXT: Record<Direction, string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  'no change': 'No change',
  increasing: 'Increasing',
  decreasing: 'Decreasing',
  'not comparable': 'Not comparable',
};

/** Issue 12: the word for a move whose 95% intervals overlap; the arrow still shows which way the number went. */
export const NO_SIGNIFICANT_CHANGE = 'No significant change';

/** Issue 12: whether the indicator moved (rules §4) but by no more than chance would give (the intervals overlap). */
export function withinChance(ind: Pick<RatedIndicator, 'direction' | 'stats'>): boolean {
  return (
    ind.stats.significant === false && ind.direction !== 'no change' && ind.direction !== 'not comparable'
  );
}

/** What a direction-of-travel cell says; a Goldilocks indicator's arrow needs its two figures (which way it moved). */
export function directionText(
  ind: Pick<RatedIndicator, 'polarity' | 'direction' | 'stats'> &
    Partial<Pick<RatedIndicator, 'current' | 'comparison'>>,
): string {
  const change =
    ind.current === undefined ||
    ind.comparison === undefined ||
    ind.current === null ||
    ind.comparison === null
      ? null
      : ind.current - ind.comparison;
  const arrow = arrowOf(ind.polarity, ind.direction, change);
  const word = withinChance(ind) ? NO_SIGNIFICANT_CHANGE : DIRECTION_TEXT[ind.direction];
  return arrow ? `${word} ${arrow}` : word;
}

/**
 * The order statuses are listed in everywhere (the digest's summary, the terminal, --json and the pane): what a
 * manager reads first, Red first, as exceptions are (rules §6).
 */
export const RAG_ORDER: readonly Rag[] = ['red', 'amber', 'green', 'no target', 'no data', 'data only'];

/** The directions of travel counted in the summary, Worsening first (neutral indicators' Increasing/Decreasing are not). */
export const COUNTED_DIRECTIONS = ['worsening', 'no change', 'improving'] as const;

export const BASIS_TEXT: Record<ComparisonBasis, string> = {
  previous: 'previous period',
  year: 'same period last year',
};

/** docs/rules.md "Compiling": an indicator whose sources disagree is listed once per source but counted once. */
export function conflictNote(conflicts: number): string {
  const which = conflicts === 1 ? '1 indicator differs' : `${conflicts} indicators differ`;
  return `${which} between sources (see Data issues): each is listed once per source but counted once in the summary, as its worse status.`;
}

/** A source as the title block and the terminal list it: `Youth service: [Youth service.xlsx]PIs!A1:G3, figures to Q2 2006/07.` */
export function sourceLine(s: {
  label: string;
  range: string;
  lastPeriod: { period: { label: string } } | null;
}): string {
  const to = s.lastPeriod ? `figures to ${s.lastPeriod.period.label}` : 'no figures';
  return `${s.label}: ${s.range}, ${to}.`;
}
