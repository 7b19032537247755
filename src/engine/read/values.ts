/** Rules §1 "Values": reading a cell as a number, as no value, or as something unreadable. */
import type { CellValue } from '../core/grid';

export type ParsedValue =
  { kind: 'number'; value: number } | { kind: 'none' } | { kind: 'unreadable'; text: string };

const NONE: ParsedValue = { kind: 'none' };

/** Words that mean "no value here", in any case. */
const NO_VALUE_TOKENS = new Set(['n/a', 'na', '-', '–', '—', '..', 'tbc', 'not available', 'x', '*']);

/** Excel's error values, as their text: `#N/A`, `#DIV/0!`, `#VALUE!`, `#NAME?`, `#GETTING_DATA`. */
export function isExcelError(text: string): boolean {
  return /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA|EXTERNAL!|PYTHON!)$/i.test(
    text.trim(),
  );
}

/** `"1,234"`, `" 65 "`, `"65%"` (0.65, as Excel reads it), `"£1,200"`, `"(12)"` (-12); null if it is not a number. */
export function parseNumberText(raw: string): number | null {
  let s = raw.trim().replace(/[\s\u00a0]/g, '');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1] ?? '';
  }
  const sign = /^([-+\u2212])/.exec(s);
  if (sign) {
    negative = negative !== (sign[1] !== '+');
    s = s.slice(1);
  }
  s = s.replace(/^[£$€]/, '');
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^\.\d+$/.test(s)) return null;
  const n = Number(s.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  const value = percent ? n / 100 : n;
  return negative ? -value : value;
}

export function parseValue(cell: CellValue): ParsedValue {
  if (cell === null) return NONE;
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'number', value: cell } : NONE;
  if (typeof cell === 'boolean') return { kind: 'unreadable', text: cell ? 'TRUE' : 'FALSE' };
  const text = cell.trim();
  if (text === '' || NO_VALUE_TOKENS.has(text.toLowerCase()) || isExcelError(text)) return NONE;
  const n = parseNumberText(text);
  return n === null ? { kind: 'unreadable', text } : { kind: 'number', value: n };
}
