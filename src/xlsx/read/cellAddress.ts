/** Cell and range references as sheets write them (`B12`, `A1:D3`), zero-based. */
import { columnIndex } from '../../engine';

export interface CellPosition {
  row: number;
  col: number;
}

/** `B12` → row 11, column 1; null for anything that is not a cell reference. */
export function parseCellRef(ref: string): CellPosition | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]!) } : null;
}

/** `A1:D3` → its first and last cells; a single cell is both. */
export function parseRangeRef(ref: string): { first: CellPosition; last: CellPosition } | null {
  const [a = '', b = a] = ref.split(':');
  const first = parseCellRef(a);
  const last = parseCellRef(b);
  return first && last ? { first, last } : null;
}
