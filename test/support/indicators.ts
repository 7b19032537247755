/** Indicators and periods built by hand, for tests of the stages after reading (rating, the digest, its plan). */
import { parsePeriod, type Period, type RatedIndicator } from '../../src/engine';
import {
  addressAt,
  addValue,
  emptyPeriodValues,
  gridCell,
  gridNaming,
  type PeriodValues,
} from '../../src/engine/read/periodValues';
import { NO_SPC_SETTINGS, type SourceIndicator } from '../../src/engine/read/sourceIndicator';

/** A period from its label in any recognised spelling (rules §2); fails the test when it is not one. */
export function period(label: string): Period {
  const p = parsePeriod(label);
  if (!p) throw new Error(`"${label}" is not a period`);
  return p;
}

/** An indicator without counts or values to read statistically (issue 12). */
export const NO_STATS: RatedIndicator['stats'] = {
  counts: null,
  interval: null,
  comparisonInterval: null,
  significant: null,
  smallNumbers: null,
  spc: null,
};

/** Initial assessments as the rules' own example has it (§6): 65% in Q3 against 75%, Red, down from 70%. */
export const ratedIndicator = (over: Partial<RatedIndicator> = {}): RatedIndicator => ({
  ref: 'CF/C64',
  name: 'Initial assessments within 7 working days',
  outcome: 'Staying Safe',
  polarity: 'higher',
  current: 0.65,
  comparison: 0.7,
  target: 0.75,
  rag: 'red',
  computedRag: 'red',
  ragOverridden: false,
  direction: 'worsening',
  cell: 'PIs!B5',
  currentCell: 'PIs!F5',
  numberFormat: '0%',
  trend: [0.7, 0.65],
  commentary: null,
  forecast: null,
  issues: [],
  stats: NO_STATS,
  ...over,
});

/** Values as a list in the order they were given, each with its period start and cell address. */
export const valueEntries = (values: PeriodValues) =>
  values.starts.map((start, i) => ({ start, value: values.values[i], cell: addressAt(values, i) }));

/** Values by period label (`{ 'Q2 2006/07': 0.7 }`), from the cells of row 5 from C on: PIs!C5, PIs!D5, … */
export function valuesByLabel(byLabel: Record<string, number | null>): PeriodValues {
  const values = emptyPeriodValues(
    gridNaming({ name: 'PIs', origin: { row: 0, col: 0 }, values: [], formats: [] }),
  );
  Object.entries(byLabel).forEach(([label, value], i) =>
    addValue(values, period(label).start, value, gridCell(4, 2 + i)),
  );
  return values;
}

/** An indicator as read from a table, with its values by period label: `{ 'Q2 2006/07': 0.7 }`. */
export function sourceIndicator(
  values: Record<string, number | null>,
  over: Partial<Omit<SourceIndicator, 'values'>> = {},
): SourceIndicator {
  return {
    ref: 'CF/C64',
    name: 'Initial assessments within 7 working days',
    outcome: 'Staying Safe',
    polarity: 'higher',
    values: valuesByLabel(values),
    targets: [],
    annualTargets: [],
    forecasts: [],
    cumulative: false,
    ambers: [],
    overrides: [],
    commentary: [],
    numberFormat: 'General',
    cell: 'PIs!B5',
    cellByPeriod: new Map(),
    counts: null,
    spc: NO_SPC_SETTINGS,
    issues: [],
    ...over,
  };
}
