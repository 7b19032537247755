/** The plan's cells, each with its value and look (number format and merged styles), row by row. */
import type { CellValue, PlannedSheet } from '../../engine';
import { lookOf, type CellLook } from './styleParts';

export interface PlannedCell {
  value: CellValue;
  /** Index into `looks`. */
  look: number;
}

export interface PlannedCells {
  /** Rows by zero-based index, in order; each row's cells by column, in order. */
  rows: [number, [number, PlannedCell][]][];
  /** Every distinct look, once. */
  looks: CellLook[];
}

interface Draft {
  value: CellValue;
  format: string;
  /** Indexes of the plan's styled ranges that cover the cell, in plan order. */
  styles: number[];
}

/** Every cell the plan gives a value, a number format or a style. Sparse arrays keep rows and cells in order. */
export function plannedCells(planned: PlannedSheet): PlannedCells {
  const drafts: Draft[][] = [];
  const at = (r: number, c: number): Draft => {
    const row = (drafts[r] ??= []);
    return (row[c] ??= { value: null, format: 'General', styles: [] });
  };
  for (const block of planned.blocks)
    block.values.forEach((values, r) =>
      values.forEach((value, c) => {
        const format = block.numberFormats[r]?.[c] ?? 'General';
        if (value === null && format === 'General') return;
        const draft = at(block.row + r, block.col + c);
        draft.value = value;
        draft.format = format;
      }),
    );
  planned.styles.forEach(({ range }, i) => {
    for (let r = range.row; r < range.row + range.rows; r++)
      for (let c = range.col; c < range.col + range.cols; c++) at(r, c).styles.push(i);
  });

  // Cells that look alike share one look (and so one style entry).
  const looks: CellLook[] = [];
  const lookIds = new Map<string, number>();
  const lookOfDraft = ({ format, styles }: Draft): number => {
    const key = `${format}\u0000${styles.join(',')}`;
    let id = lookIds.get(key);
    if (id === undefined) {
      id =
        looks.push(
          lookOf(
            format,
            styles.map((i) => planned.styles[i]!.style),
          ),
        ) - 1;
      lookIds.set(key, id);
    }
    return id;
  };
  const rows: [number, [number, PlannedCell][]][] = [];
  drafts.forEach((row, r) => {
    const cells: [number, PlannedCell][] = [];
    row.forEach((draft, c) => cells.push([c, { value: draft.value, look: lookOfDraft(draft) }]));
    rows.push([r, cells]);
  });
  return { rows, looks };
}
