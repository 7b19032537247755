/**
 * Cells as hosts hand them to the engine (grid.ts), weighted towards what breaks readers: no-value tokens, Excel
 * errors, numbers stored as text, period labels, header words, formula-looking text, unicode and very long strings.
 */
import fc from 'fast-check';
import type { CellValue } from '../../src/engine';
import { figure } from './numbers';

const tokens = ['n/a', 'NA', '-', '–', '..', 'TBC', 'not available', 'x', '*', '#N/A', '#DIV/0!', '#VALUE!'];
const numberTexts = [
  '1,234',
  ' 65 ',
  '65%',
  '£1,200',
  '(12)',
  '-0.5',
  '1e3',
  '12,34',
  '£',
  '%',
  '()',
  '0,65',
];
const periodLabels = [
  'Q1 2006/07',
  '2006/07 Q3',
  'Qtr 2 2006-07',
  'Apr-Jun 2006',
  'Jun-06',
  'June 2006',
  '2005/06',
  'FY 2005/06',
  '2006',
  'Q5 2006/07',
  'Target 2006/07',
  'Target Q3 2006/07',
];
export const headerWords = [
  'Indicator',
  'Measure',
  'PI',
  'KPI',
  'Description',
  'Ref',
  'Code',
  'Outcome',
  'Theme',
  'Polarity',
  'Good is',
  'Higher is better',
  'Unit',
  'Target',
  'Annual target',
  'Amber threshold',
  'Tolerance',
  'RAG override',
  'Commentary',
  'Period',
  'Quarter',
  'Value',
  'Actual',
];
const polarityWords = [
  'Higher',
  'lower',
  '↑',
  'Smaller is better',
  'Neutral',
  'Data only',
  'Yes',
  'N',
  'sideways',
];
const overrides = ['R', 'a', 'Green', 'red ', 'purple', 'G?'];
const formulaLike = ['=HYPERLINK("http://x","y")', '+cmd', '-1+1', '@SUM(A1:A2)', '=1+1', "='a'!A1"];

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(5000), '€'.repeat(300) + '\u0000\u202e', '  ', '\t\n') },
);

export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: figure },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, 38_899, 39_000.5) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: fc.constantFrom(...tokens, ...numberTexts) },
  { weight: 2, arbitrary: fc.constantFrom(...periodLabels, ...headerWords) },
  { weight: 1, arbitrary: fc.constantFrom(...polarityWords, ...overrides, ...formulaLike) },
);

export const anyFormat: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('General') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '0%',
      '0.0%',
      '#,##0',
      '0.00',
      'dd/mm/yyyy',
      'mmm-yy',
      '@',
      '"%"0',
      '[Red]0;-0',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

export { formulaLike, periodLabels, polarityWords, overrides };
