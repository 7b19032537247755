/**
 * Rules §6, docs/rules.md, "The officer's quarter", Q2: cells typed beside a row of the earlier digest go beside the same row of the
 * new one: in the column they were in when that is beyond the table, else in the first free column after it.
 */
import type { TypedCell } from '../digest/earlierDigest';
import type { CellBlock } from './planTypes';

/** A kept value in its own number format; text stays text. */
export const keptFormat = (cell: Pick<TypedCell, 'value' | 'format'>): string =>
  typeof cell.value === 'string' ? '@' : cell.format;

export class CarriedNotes {
  readonly blocks: CellBlock[] = [];
  private readonly taken = new Set<string>();

  /** `width`: the columns of the tables, A onwards; notes never land inside them. */
  constructor(private readonly width: number) {}

  /** Places the notes on `row`, keeping their order from left to right. */
  place(row: number, notes: TypedCell[]): void {
    // Called for every row of the tables; most have no notes.
    if (notes.length === 0) return;
    for (const note of [...notes].sort((a, b) => a.col - b.col)) {
      let col = Math.max(note.col, this.width);
      while (this.taken.has(`${row},${col}`)) col++;
      this.taken.add(`${row},${col}`);
      this.blocks.push({ row, col, values: [[note.value]], numberFormats: [[keptFormat(note)]] });
    }
  }
}
