/** Rules §6: the digest's content: summary counts, sections per outcome, exceptions with commentary prompts. */
import type { ComparisonBasis, DataIssue, Direction, Period, Rag } from '../core/model';
import type { RatedIndicator } from '../rate/rateIndicator';
import { commentaryPrompt, forecastChangesStory } from './prompts';

/** In the order every output lists them (digestWords' RAG_ORDER, then COUNTED_DIRECTIONS). */
export interface StatusCounts {
  red: number;
  amber: number;
  green: number;
  'no target': number;
  'no data': number;
  'data only': number;
  worsening: number;
  'no change': number;
  improving: number;
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
  /** Where the indicators were read from, e.g. `'PIs'!A5:L40` (several sources: each, `; ` between). */
  source: string;
  sheet: string;
  summary: {
    overall: StatusCounts;
    byOutcome: { outcome: string; counts: StatusCounts }[];
    /** Indicators kept twice because their sources disagree, each counted once (docs/rules.md "Compiling"). */
    conflicts: number;
  };
  /** In the order outcomes are first met; `outcome` is null for indicators with none. */
  sections: { outcome: string | null; indicators: RatedIndicator[] }[];
  /** Red, then Amber, then Worsening. */
  exceptions: Exception[];
  issues: DataIssue[];
}

function emptyCounts(): StatusCounts {
  return {
    red: 0,
    amber: 0,
    green: 0,
    'no target': 0,
    'no data': 0,
    'data only': 0,
    worsening: 0,
    'no change': 0,
    improving: 0,
  };
}

type Counted = Pick<RatedIndicator, 'rag' | 'direction'>;

function countStatuses(indicators: Counted[]): StatusCounts {
  const counts = emptyCounts();
  for (const ind of indicators) {
    counts[ind.rag] += 1;
    if (ind.direction === 'improving' || ind.direction === 'worsening' || ind.direction === 'no change')
      counts[ind.direction] += 1;
  }
  return counts;
}

/**
 * Red first, then Amber, then Worsening (rules §6), then those on course this period but forecast to miss the year's
 * target (issue 11, docs/rules.md §11.1); table order within each.
 */
function exceptionRank(ind: RatedIndicator): 0 | 1 | 2 | 3 | null {
  if (ind.rag === 'red') return 0;
  if (ind.rag === 'amber') return 1;
  if (ind.direction === 'worsening') return 2;
  return ind.forecast && forecastChangesStory(ind) ? 3 : null;
}

/** Worst first: what a conflicting indicator counts as (docs/rules.md "Compiling"). */
const WORST_RAG: Rag[] = ['red', 'amber', 'no data', 'no target', 'data only', 'green'];
const WORST_DIRECTION: Direction[] = [
  'worsening',
  'no change',
  'improving',
  'increasing',
  'decreasing',
  'not comparable',
];

const worst = <T>(order: T[], values: T[]) => order.find((v) => values.includes(v)) ?? values[0]!;

/**
 * What the summary counts: each indicator once. The rows kept for one indicator whose sources disagree count as one,
 * with the worst status and direction among them, in the outcome of the first row.
 */
function countedRows(
  indicators: RatedIndicator[],
  conflicts: RatedIndicator[][],
): Map<RatedIndicator, Counted> {
  const counted = new Map<RatedIndicator, Counted>(indicators.map((ind) => [ind, ind]));
  for (const [first, ...rest] of conflicts) {
    if (!first) continue;
    const group = [first, ...rest];
    rest.forEach((ind) => counted.delete(ind));
    counted.set(first, {
      rag: worst(
        WORST_RAG,
        group.map((i) => i.rag),
      ),
      direction: worst(
        WORST_DIRECTION,
        group.map((i) => i.direction),
      ),
    });
  }
  return counted;
}

export interface DigestInput {
  /** The source's sheet (the first source's, with several). */
  sheet: string;
  source: string;
  period: Period;
  comparisonPeriod: Period;
  basis: ComparisonBasis;
  indicators: RatedIndicator[];
  conflicts: RatedIndicator[][];
  issues: DataIssue[];
}

export function buildDigest({
  sheet,
  source,
  period,
  comparisonPeriod,
  basis,
  indicators,
  conflicts,
  issues,
}: DigestInput): Digest {
  // By outcome, in the order first met (a Map keeps it): no search of the sections for each indicator.
  const byOutcome = new Map<string | null, Digest['sections'][number]>();
  for (const ind of indicators) {
    const section = byOutcome.get(ind.outcome);
    if (section) section.indicators.push(ind);
    else byOutcome.set(ind.outcome, { outcome: ind.outcome, indicators: [ind] });
  }
  const sections = [...byOutcome.values()];
  // One list per rank, each in table order: the exceptions in order without sorting them.
  const byRank: [RatedIndicator[], RatedIndicator[], RatedIndicator[], RatedIndicator[]] = [[], [], [], []];
  for (const ind of indicators) {
    const rank = exceptionRank(ind);
    if (rank !== null) byRank[rank].push(ind);
  }
  const exceptions: Exception[] = byRank
    .flat()
    .map((ind) => ({ indicator: ind, prompt: commentaryPrompt(ind, period, comparisonPeriod) }));
  const counted = countedRows(indicators, conflicts);
  const countsOf = (list: RatedIndicator[]) => {
    const rows: Counted[] = [];
    for (const ind of list) {
      const row = counted.get(ind);
      if (row) rows.push(row);
    }
    return countStatuses(rows);
  };
  return {
    period,
    comparisonPeriod,
    basis,
    source,
    sheet,
    summary: {
      overall: countsOf(indicators),
      byOutcome: sections.map((s) => ({
        outcome: s.outcome ?? 'Other indicators',
        counts: countsOf(s.indicators),
      })),
      conflicts: conflicts.length,
    },
    sections,
    exceptions,
    issues,
  };
}
