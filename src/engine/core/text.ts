import type { CellValue } from './grid';

/** Header matching ignores case, spaces and punctuation (rules §1). */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** A cell's text as shown, trimmed; numbers and booleans as plain text; '' for empty. */
export function cellText(cell: CellValue): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim();
}

/** The key that identifies an indicator by its ref or name: header matching's, or the plain text where that is empty ("!"). */
export function matchKey(text: string): string {
  return headerKey(text) || text.trim().toLowerCase();
}
