/** The plan's cells, each with its value and look (number format and merged styles), row by row. */
import type { CellValue, PlannedSheet } from '../../engine';
import { lookOf, type CellLook } from './styleParts';

/** One row's cells, left to right: their columns, values and looks (indexes into `looks`). */
export interface PlannedRow {
  /** Zero-based sheet row. */
  row: number;
  cols: number[];
  values: CellValue[];
  looks: number[];
}

export interface PlannedCells {
  /** The rows that have cells, in order. */
  rows: PlannedRow[];
  /** Every distinct look, once. */
  looks: CellLook[];
}

/**
 * The sets of styled ranges covering a cell, each set once: id 0 is no style, and adding range `i` to a set is
 * remembered, so a digest's hundred thousand cells share a few dozen sets without an array each.
 */
class StyleSets {
  readonly members: number[][] = [[]];
  private readonly next = new Map<number, number>();

  with(set: number, range: number): number {
    const key = set * 65_536 + range;
    let id = this.next.get(key);
    if (id === undefined) {
      id = this.members.push([...this.members[set]!, range]) - 1;
      this.next.set(key, id);
    }
    return id;
  }
}

/** Every cell the plan gives a value, a number format or a style. Sparse arrays keep rows and cells in order. */
export function plannedCells(planned: PlannedSheet): PlannedCells {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const sets: number[][] = [];
  const touch = (r: number, c: number) => {
    const row = (formats[r] ??= []);
    if (row[c] === undefined) {
      row[c] = 'General';
      (values[r] ??= [])[c] = null;
      (sets[r] ??= [])[c] = 0;
    }
  };
  for (const block of planned.blocks)
    block.values.forEach((rowValues, i) =>
      rowValues.forEach((value, j) => {
        const format = block.numberFormats[i]?.[j] ?? 'General';
        if (value === null && format === 'General') return;
        const [r, c] = [block.row + i, block.col + j];
        touch(r, c);
        values[r]![c] = value;
        formats[r]![c] = format;
      }),
    );
  const styleSets = new StyleSets();
  planned.styles.forEach(({ range }, i) => {
    for (let r = range.row; r < range.row + range.rows; r++)
      for (let c = range.col; c < range.col + range.cols; c++) {
        touch(r, c);
        sets[r]![c] = styleSets.with(sets[r]![c]!, i);
      }
  });

  // Cells that look alike share one look (and so one style entry): by number format, then by set of styles.
  const looks: CellLook[] = [];
  const lookIds = new Map<string, Map<number, number>>();
  const lookOfCell = (format: string, set: number): number => {
    const bySet = lookIds.get(format) ?? lookIds.set(format, new Map()).get(format)!;
    let id = bySet.get(set);
    if (id === undefined) {
      const styles = styleSets.members[set]!.map((i) => planned.styles[i]!.style);
      id = looks.push(lookOf(format, styles)) - 1;
      bySet.set(set, id);
    }
    return id;
  };
  const rows: PlannedRow[] = [];
  formats.forEach((rowFormats, r) => {
    const row: PlannedRow = { row: r, cols: [], values: [], looks: [] };
    rowFormats.forEach((format, c) => {
      row.cols.push(c);
      row.values.push(values[r]![c] ?? null);
      row.looks.push(lookOfCell(format, sets[r]![c]!));
    });
    rows.push(row);
  });
  return { rows, looks };
}
