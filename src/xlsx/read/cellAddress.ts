/** Cell and range references as sheets write them (`B12`, `A1:D3`), zero-based. */

export interface CellPosition {
  row: number;
  col: number;
}

const DOLLAR = 0x24;
const ZERO = 0x30;
const NINE = 0x39;
/** A letter's code with this bit cleared is its capital's. */
const LOWER_CASE_BIT = 0x20;
const A = 0x41;
const Z = 0x5a;

/**
 * Reads `B12`, `$B$12` (one to three letters, any case, then digits) into `at`: row 11, column 1. Returns false, and
 * leaves `at` as it was, for anything else. By character, not by pattern: a sheet has a reference per cell.
 */
export function readCellRef(ref: string, at: CellPosition): boolean {
  const n = ref.length;
  let p = ref.charCodeAt(0) === DOLLAR ? 1 : 0;
  let col = 0;
  const lettersStart = p;
  for (; p < n; p++) {
    const upper = ref.charCodeAt(p) & ~LOWER_CASE_BIT;
    if (upper < A || upper > Z) break;
    col = col * 26 + upper - A + 1;
  }
  const letters = p - lettersStart;
  if (letters < 1 || letters > 3) return false;
  if (ref.charCodeAt(p) === DOLLAR) p++;
  if (p >= n) return false;
  for (let d = p; d < n; d++) {
    const code = ref.charCodeAt(d);
    if (code < ZERO || code > NINE) return false;
  }
  at.row = Number(ref.slice(p)) - 1;
  at.col = col - 1;
  return true;
}

/** `B12` → row 11, column 1; null for anything that is not a cell reference. */
export function parseCellRef(ref: string): CellPosition | null {
  const at = { row: 0, col: 0 };
  return readCellRef(ref, at) ? at : null;
}

/** `A1:D3` → its first and last cells; a single cell is both. */
export function parseRangeRef(ref: string): { first: CellPosition; last: CellPosition } | null {
  const [a = '', b = a] = ref.split(':');
  const first = parseCellRef(a);
  const last = parseCellRef(b);
  return first && last ? { first, last } : null;
}
