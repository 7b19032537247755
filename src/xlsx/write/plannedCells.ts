/** The plan's cells, each with its value and look (number format and merged styles), in one grid from A1. */
import type { CellValue, PlannedSheet } from '../../engine';
import { lookOf, type CellLook } from './styleParts';

/** Marks a grid slot the plan gives nothing. */
export const NO_CELL = -1;

/**
 * A digest fills most of the rectangle it spans, so its cells are kept in flat row-major arrays (typed where they
 * hold numbers) rather than one object or array per row or cell: a hundred thousand cells then cost a few
 * allocations, not a few hundred thousand.
 */
export interface PlannedCells {
  /** Rows and columns the grid spans, from A1. */
  rows: number;
  cols: number;
  /** By slot (`row * cols + col`): the cell's look (an index into `looks`), or NO_CELL. */
  lookIds: Int32Array;
  /** By slot: the cell's value (null for a cell that has only a format or a style). */
  values: CellValue[];
  /** Every distinct look, once, in the order the cells first use them (row by row). */
  looks: CellLook[];
  /** The last row and column that have cells (0 when there are none). */
  lastRow: number;
  lastCol: number;
  /** How many cells there are, and the characters of their text: what the sheet's XML is sized from. */
  cellCount: number;
  textLength: number;
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

/** The rows and columns that blocks and styles reach. */
function extentOf(planned: PlannedSheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const block of planned.blocks) {
    rows = Math.max(rows, block.row + block.values.length);
    for (const rowValues of block.values) cols = Math.max(cols, block.col + rowValues.length);
  }
  for (const { range } of planned.styles) {
    rows = Math.max(rows, range.row + range.rows);
    cols = Math.max(cols, range.col + range.cols);
  }
  return { rows, cols };
}

/** Number formats by small id (0 is General), so a slot holds an id, not a string. */
class FormatIds {
  readonly formats = ['General'];
  private readonly ids = new Map([['General', 0]]);

  of(format: string): number {
    let id = this.ids.get(format);
    if (id === undefined) this.ids.set(format, (id = this.formats.push(format) - 1));
    return id;
  }
}

/** What the blocks and styles put in each slot, before cells that look alike are given one look. */
interface Layers {
  /** 1 where the plan gives a value, a number format or a style. */
  touched: Uint8Array;
  values: CellValue[];
  formatIds: Uint16Array;
  setIds: Int32Array;
  formats: FormatIds;
  styleSets: StyleSets;
  /** The characters of the text values placed. */
  textLength: number;
}

function placeBlocks(planned: PlannedSheet, cols: number, layers: Layers): void {
  const { touched, values, formatIds, formats } = layers;
  for (const block of planned.blocks)
    block.values.forEach((rowValues, i) => {
      const rowFormats = block.numberFormats[i];
      rowValues.forEach((value, j) => {
        const format = rowFormats?.[j] ?? 'General';
        if (value === null && format === 'General') return;
        const slot = (block.row + i) * cols + block.col + j;
        touched[slot] = 1;
        values[slot] = value;
        formatIds[slot] = formats.of(format);
        if (typeof value === 'string') layers.textLength += value.length;
      });
    });
}

function placeStyles(planned: PlannedSheet, cols: number, layers: Layers): void {
  const { touched, setIds, styleSets } = layers;
  planned.styles.forEach(({ range }, i) => {
    // Most cells of a range held the same set before it: remember the last step instead of looking it up.
    let from = -1;
    let to = -1;
    for (let r = range.row; r < range.row + range.rows; r++)
      for (let slot = r * cols + range.col; slot < r * cols + range.col + range.cols; slot++) {
        touched[slot] = 1;
        if (setIds[slot] !== from) {
          from = setIds[slot]!;
          to = styleSets.with(from, i);
        }
        setIds[slot] = to;
      }
  });
}

/** Cells that look alike share one look (and so one style entry): by number format and set of styles. */
function assignLooks(planned: PlannedSheet, cols: number, layers: Layers) {
  const { touched, formatIds, setIds, formats, styleSets } = layers;
  const looks: CellLook[] = [];
  const lookIds = new Int32Array(touched.length).fill(NO_CELL);
  const lookOfKey = new Map<number, number>();
  let lastSlot = -1;
  let lastCol = 0;
  let cellCount = 0;
  for (let slot = 0; slot < touched.length; slot++) {
    if (touched[slot] === 0) continue;
    cellCount++;
    const key = setIds[slot]! * 65_536 + formatIds[slot]!;
    let id = lookOfKey.get(key);
    if (id === undefined) {
      const styles = styleSets.members[setIds[slot]!]!.map((s) => planned.styles[s]!.style);
      id = looks.push(lookOf(formats.formats[formatIds[slot]!]!, styles)) - 1;
      lookOfKey.set(key, id);
    }
    lookIds[slot] = id;
    lastSlot = slot;
    lastCol = Math.max(lastCol, slot % cols);
  }
  return { lookIds, looks, lastRow: lastSlot < 0 ? 0 : Math.floor(lastSlot / cols), lastCol, cellCount };
}

/** Every cell the plan gives a value, a number format or a style. */
export function plannedCells(planned: PlannedSheet): PlannedCells {
  const { rows, cols } = extentOf(planned);
  const layers: Layers = {
    touched: new Uint8Array(rows * cols),
    values: new Array<CellValue>(rows * cols).fill(null),
    formatIds: new Uint16Array(rows * cols),
    setIds: new Int32Array(rows * cols),
    formats: new FormatIds(),
    styleSets: new StyleSets(),
    textLength: 0,
  };
  placeBlocks(planned, cols, layers);
  placeStyles(planned, cols, layers);
  return {
    rows,
    cols,
    values: layers.values,
    textLength: layers.textLength,
    ...assignLooks(planned, cols, layers),
  };
}
