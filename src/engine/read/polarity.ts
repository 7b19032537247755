/** Rules §1 "Polarity": which way is good. In the polarity column these words are polarity, not no-value tokens. */
import type { CellValue } from '../core/grid';
import type { Polarity } from '../core/model';
import { cellText } from '../core/text';
import { isExcelError } from './values';

const WORDS: Record<Polarity, string[]> = {
  higher: [
    'higher',
    'high',
    'up',
    '↑',
    'bigger is better',
    'higher is better',
    'aim to maximise',
    'maximise',
    'max',
    'ascending',
    'increase',
  ],
  lower: [
    'lower',
    'low',
    'down',
    '↓',
    'smaller is better',
    'lower is better',
    'aim to minimise',
    'minimise',
    'min',
    'descending',
    'decrease',
  ],
  neutral: ['neutral', 'none', 'n/a', 'data only', 'context', 'contextual', 'information'],
  // Goldilocks (Pentana's "closer to target is better"): budget spend, occupancy (docs/rules.md §11).
  target: [
    'target is best',
    'on target',
    'on target is best',
    'closest to target',
    'closer to target',
    'closer to target is better',
    'close to target',
    'nearest to target',
    'near target',
    'aim for target',
    'target',
    'goldilocks',
  ],
};

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/maximize/g, 'maximise')
    .replace(/minimize/g, 'minimise')
    .replace(/[^\p{L}\p{N}↑↓]/gu, '');

const BY_WORD = new Map<string, Polarity>(
  (Object.entries(WORDS) as [Polarity, string[]][]).flatMap(([polarity, words]) =>
    words.map((w) => [key(w), polarity]),
  ),
);

export type PolarityReading =
  | { kind: 'polarity'; polarity: Polarity }
  /** Blank, or an Excel error such as #N/A (a broken lookup, not the word N/A). */
  | { kind: 'missing'; error?: string }
  | { kind: 'unreadable'; text: string };

function readPolarityText(text: string): PolarityReading {
  if (text === '') return { kind: 'missing' };
  if (isExcelError(text)) return { kind: 'missing', error: text };
  const polarity = BY_WORD.get(key(text));
  return polarity ? { kind: 'polarity', polarity } : { kind: 'unreadable', text };
}

/** A polarity column repeats a handful of words: each distinct text is read once (a bounded number kept). */
const READINGS_KEPT = 1000;
const readings = new Map<string, PolarityReading>();

/** A cell of a polarity column (Polarity, Good is, Direction, Aim…). */
export function readPolarity(cell: CellValue): PolarityReading {
  const text = cellText(cell);
  let reading = readings.get(text);
  if (!reading) {
    if (readings.size >= READINGS_KEPT) readings.clear();
    readings.set(text, (reading = readPolarityText(text)));
  }
  return reading;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** A cell of a "Higher is better" column: Yes/Y/True/1 = higher, No/N/False/0 = lower. */
export function readHigherIsBetter(cell: CellValue): PolarityReading {
  const text = cellText(cell).toLowerCase();
  if (text === '') return { kind: 'missing' };
  if (isExcelError(text)) return { kind: 'missing', error: cellText(cell) };
  if (YES.has(text)) return { kind: 'polarity', polarity: 'higher' };
  if (NO.has(text)) return { kind: 'polarity', polarity: 'lower' };
  return { kind: 'unreadable', text: cellText(cell) };
}
