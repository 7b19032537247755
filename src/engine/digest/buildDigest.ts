/** Rules §6: the digest's content: summary counts, sections per outcome, exceptions with commentary prompts. */
import { rangeAddress } from '../core/address';
import type { SheetGrid } from '../core/grid';
import type { ComparisonBasis, DataIssue, Period } from '../core/model';
import type { RatedIndicator } from '../rate/rateIndicator';
import type { IndicatorTable } from '../read/tables';
import { commentaryPrompt } from './prompts';

export interface StatusCounts {
  green: number;
  amber: number;
  red: number;
  'no target': number;
  'no data': number;
  'data only': number;
  improving: number;
  'no change': number;
  worsening: number;
}

export interface Exception {
  indicator: RatedIndicator;
  /** Rules §6: a question written from the figures for the officer who owns the indicator. */
  prompt: string;
}

/** Rules §6: everything the digest says, before it is laid out on a sheet. */
export interface Digest {
  period: Period;
  comparisonPeriod: Period | null;
  basis: ComparisonBasis;
  /** Where the indicators were read from, e.g. `'PIs'!A5:L40`. */
  source: string;
  sheet: string;
  summary: { overall: StatusCounts; byOutcome: { outcome: string; counts: StatusCounts }[] };
  /** In the order outcomes are first met; `outcome` is null for indicators with none. */
  sections: { outcome: string | null; indicators: RatedIndicator[] }[];
  /** Red, then Amber, then Worsening. */
  exceptions: Exception[];
  issues: DataIssue[];
}

function emptyCounts(): StatusCounts {
  return {
    green: 0,
    amber: 0,
    red: 0,
    'no target': 0,
    'no data': 0,
    'data only': 0,
    improving: 0,
    'no change': 0,
    worsening: 0,
  };
}

function countStatuses(indicators: RatedIndicator[]): StatusCounts {
  const counts = emptyCounts();
  for (const ind of indicators) {
    counts[ind.rag] += 1;
    if (ind.direction === 'improving' || ind.direction === 'worsening' || ind.direction === 'no change')
      counts[ind.direction] += 1;
  }
  return counts;
}

/** Red first, then Amber, then Worsening (rules §6); table order within each. */
function exceptionRank(ind: RatedIndicator): number | null {
  if (ind.rag === 'red') return 0;
  if (ind.rag === 'amber') return 1;
  return ind.direction === 'worsening' ? 2 : null;
}

export interface DigestInput {
  sheet: SheetGrid;
  tables: IndicatorTable[];
  period: Period;
  comparisonPeriod: Period;
  basis: ComparisonBasis;
  indicators: RatedIndicator[];
  issues: DataIssue[];
}

export function buildDigest({
  sheet,
  tables,
  period,
  comparisonPeriod,
  basis,
  indicators,
  issues,
}: DigestInput): Digest {
  const sections: Digest['sections'] = [];
  for (const ind of indicators) {
    const section = sections.find((s) => s.outcome === ind.outcome);
    if (section) section.indicators.push(ind);
    else sections.push({ outcome: ind.outcome, indicators: [ind] });
  }
  const exceptions: Exception[] = indicators
    .map((ind) => ({ ind, rank: exceptionRank(ind) }))
    .filter((x): x is { ind: RatedIndicator; rank: number } => x.rank !== null)
    .sort((a, b) => a.rank - b.rank)
    .map(({ ind }) => ({ indicator: ind, prompt: commentaryPrompt(ind, period, comparisonPeriod) }));
  const { row, col } = sheet.origin;
  const source = tables
    .map((t) =>
      rangeAddress(sheet.name, t.headerRow + row, t.firstCol + col, t.lastRow + row, t.lastCol + col),
    )
    .join(', ');
  return {
    period,
    comparisonPeriod,
    basis,
    source,
    sheet: sheet.name,
    summary: {
      overall: countStatuses(indicators),
      byOutcome: sections.map((s) => ({
        outcome: s.outcome ?? 'Other indicators',
        counts: countStatuses(s.indicators),
      })),
    },
    sections,
    exceptions,
    issues,
  };
}
