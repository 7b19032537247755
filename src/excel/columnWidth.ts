/**
 * Column widths: the plan (like ExcelJS and the .xlsx file) gives Excel's character units; Office.js's
 * `RangeFormat.columnWidth` takes points. With Calibri 11's maximum digit width of 7 px, the file width `w` is
 * `trunc(((256·w + trunc(128/7)) / 256) · 7)` pixels (ECMA-376 Part 1, §18.3.1.13), and a point is 4/3 px at 96 dpi.
 */
const DIGIT_PX = 7;

export function columnWidthPoints(characters: number): number {
  const px = Math.trunc(((256 * characters + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return px * 0.75;
}

/** The inverse, as the .xlsx file stores it: `trunc(px / 7 · 256) / 256` characters. */
export function columnWidthCharacters(points: number): number {
  return Math.trunc((points / 0.75 / DIGIT_PX) * 256) / 256;
}
