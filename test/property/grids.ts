/**
 * Whole sheets for the "any grid" property: pure noise, and indicator tables (wide or long, rules §1) made hostile by
 * bad values, headings, blank and nameless rows, second header rows and random overwrites, at a random origin.
 */
import fc from 'fast-check';
import type { CellValue, SheetGrid } from '../../src/engine';
import { anyCell, anyFormat, headerWords, overrides, periodLabels, polarityWords } from './cells';
import { figure } from './numbers';

const sheetName = fc.oneof(
  fc.constantFrom('PIs', 'Sheet1', 'PIs Q3', "Officer's PIs", 'Données 2006', 'A1'),
  fc.string({ minLength: 1, maxLength: 31 }).filter((s) => s.trim() !== '' && !/[[\]:*?/\\]/.test(s)),
);

const origin = fc.record({ row: fc.nat(3), col: fc.nat(3) });

const quarterLabels = ['2005/06', '2006/07'].flatMap((y) => [1, 2, 3, 4].map((q) => `Q${q} ${y}`));

/** Header cells: a name column, some optional roles, and period columns (mostly one kind, sometimes mixed). */
const wideHeader: fc.Arbitrary<CellValue[]> = fc
  .record({
    name: fc.constantFrom('Indicator', 'Measure', 'PI', 'KPI', 'Performance indicator', 'Description'),
    roles: fc.subarray([
      'Ref',
      'Outcome',
      'Polarity',
      'Unit',
      'Target',
      'Amber threshold',
      'RAG override',
      'Commentary',
    ]),
    periods: fc.oneof(
      fc.subarray(quarterLabels, { minLength: 1 }),
      fc.array(fc.constantFrom(...periodLabels), { minLength: 1, maxLength: 6 }),
    ),
    extra: fc.array(fc.constantFrom(...headerWords, 'Lead officer', null), { maxLength: 2 }),
  })
  .chain(({ name, roles, periods, extra }) =>
    fc
      .shuffledSubarray([name, ...roles, ...periods, ...extra], {
        minLength: 1 + roles.length + periods.length,
      })
      .map((cells) => (cells.includes(name) ? cells : [name, ...cells])),
  );

const longHeader: fc.Arbitrary<CellValue[]> = fc
  .record({
    name: fc.constantFrom('Indicator', 'Measure', 'KPI'),
    roles: fc.subarray([
      'Ref',
      'Outcome',
      'Polarity',
      'Target',
      'Amber threshold',
      'RAG override',
      'Commentary',
    ]),
    period: fc.constantFrom('Period', 'Quarter', 'Date', 'Month', 'Year'),
    value: fc.constantFrom('Value', 'Actual', 'Outturn', 'Result'),
  })
  .chain(({ name, roles, period, value }) =>
    fc.shuffledSubarray([name, ...roles, period, value], { minLength: 3 + roles.length }),
  );

/** A cell under a header: plausible for its role most of the time, anything at all otherwise. */
function cellFor(header: CellValue): fc.Arbitrary<CellValue> {
  const plausible: fc.Arbitrary<CellValue> = (() => {
    switch (header) {
      case 'Polarity':
        return fc.constantFrom(...polarityWords);
      case 'RAG override':
        return fc.constantFrom(...overrides, null);
      case 'Period':
      case 'Quarter':
      case 'Date':
      case 'Month':
      case 'Year':
        return fc.constantFrom(...quarterLabels, ...periodLabels);
      case 'Ref':
        return fc.constantFrom('CF/A1', 'CF/A2', 'BV 49', 'NI 60', 12, null);
      case 'Outcome':
        return fc.constantFrom('Be Healthy', 'Staying Safe', null, '');
      default:
        return typeof header === 'string' &&
          /^(indicator|measure|pi|kpi|performance|description)/i.test(header)
          ? fc.constantFrom('Referrals', 'Initial assessments', 'Core assessments', 'Re-referrals', ' ', null)
          : figure;
    }
  })();
  return fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: anyCell });
}

type RowKind = 'indicator' | 'heading' | 'blank' | 'noise' | 'header';

function rowUnder(header: CellValue[]): fc.Arbitrary<CellValue[]> {
  return fc
    .constantFrom<RowKind>(
      'indicator',
      'indicator',
      'indicator',
      'indicator',
      'heading',
      'blank',
      'noise',
      'header',
    )
    .chain((kind): fc.Arbitrary<CellValue[]> => {
      switch (kind) {
        case 'indicator':
          return fc.tuple(...header.map(cellFor));
        case 'heading':
          return fc
            .tuple(
              fc.nat(Math.max(0, header.length - 1)),
              fc.constantFrom('Be Healthy', 'Staying Safe', 'Enjoy and Achieve'),
            )
            .map(([at, text]) => Object.assign(Array<CellValue>(at).fill(null), { [at]: text }));
        case 'blank':
          return fc.constantFrom([], [null, '', ' ']);
        case 'noise':
          return fc.array(anyCell, { maxLength: header.length + 2 });
        case 'header':
          return fc.constant(header);
      }
    });
}

const table: fc.Arbitrary<CellValue[][]> = fc
  .record({
    preamble: fc.array(fc.array(anyCell, { maxLength: 3 }), { maxLength: 3 }),
    header: fc.oneof({ weight: 3, arbitrary: wideHeader }, { weight: 1, arbitrary: longHeader }),
  })
  .chain(({ preamble, header }) =>
    fc.array(rowUnder(header), { maxLength: 14 }).map((rows) => [...preamble, header, ...rows]),
  );

/** A few random cells overwritten anywhere (and beyond the table's edge), as a careless edit would. */
function overwrite(rows: CellValue[][]): fc.Arbitrary<CellValue[][]> {
  const height = Math.max(1, rows.length + 2);
  return fc.array(fc.tuple(fc.nat(height - 1), fc.nat(12), anyCell), { maxLength: 4 }).map((edits) => {
    const copy = rows.map((r) => [...r]);
    for (const [r, c, v] of edits) (copy[r] ??= [])[c] = v;
    return Array.from(copy, (r) => Array.from(r ?? [], (v) => v ?? null));
  });
}

const noiseRows = fc.array(fc.array(anyCell, { maxLength: 10 }), { maxLength: 12 });

const rowsOfSheet: fc.Arbitrary<CellValue[][]> = fc.oneof(
  { weight: 1, arbitrary: noiseRows },
  { weight: 4, arbitrary: table.chain(overwrite) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(table, table)
      .map(([a, b]) => [...a, [], ...b])
      .chain(overwrite),
  },
);

export const anySheet: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: sheetName,
    origin,
    rows: rowsOfSheet,
    formatSeed: fc.array(anyFormat, { minLength: 1, maxLength: 5 }),
  })
  .map(({ name, origin, rows, formatSeed }) => ({
    name,
    origin,
    values: rows,
    // Formats vary by column, so a whole period column can be a date or percentage column.
    formats: rows.map((r) => r.map((_, c) => formatSeed[c % formatSeed.length] ?? 'General')),
  }));

/** One to three sheets with distinct names (Excel's names are unique ignoring case). */
export const anyWorkbook: fc.Arbitrary<SheetGrid[]> = fc.uniqueArray(anySheet, {
  minLength: 1,
  maxLength: 3,
  selector: (s) => s.name.toLowerCase(),
});
