/** Excel cell addresses in Excel's own form: `Sheet1!D7`, `'PIs Q3'!D7`. Rows and columns are zero-based. */

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** A sheet name needs quotes unless it is a plain identifier that cannot be read as a cell reference. */
export function quoteSheetName(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^[Rr][0-9]*[Cc][0-9]*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** `B3:D7`, or `B3` for one cell: the A1 reference of `rows` × `cols` cells from (row, col). */
export function rangeRef(row: number, col: number, rows: number, cols: number): string {
  const first = cellRef(row, col);
  return rows === 1 && cols === 1 ? first : `${first}:${cellRef(row + rows - 1, col + cols - 1)}`;
}

export function cellAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${cellRef(row, col)}`;
}

export function rangeAddress(
  sheet: string,
  row: number,
  col: number,
  lastRow: number,
  lastCol: number,
): string {
  const tail = row === lastRow && col === lastCol ? '' : `:${cellRef(lastRow, lastCol)}`;
  return `${quoteSheetName(sheet)}!${cellRef(row, col)}${tail}`;
}

/**
 * An address in another workbook, as the issue writes it: `[children.xlsx]'PIs Q3'!D7` (the workbook in brackets
 * before the sheet's own address). Excel itself quotes the whole `'[children.xlsx]PIs Q3'!D7`; both name one cell.
 */
export function workbookAddress(file: string, address: string): string {
  return `[${file}]${address}`;
}
