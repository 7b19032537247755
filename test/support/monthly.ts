/** Monthly series for the tests of issue 12, as the held-out pack gives them: long tables, one row per month. */
import type { CellValue } from '../../src/engine';

/** NHS England's Making Data Count worked example: mean 23.20, mean moving range 5.43, limits 8.76 and 37.64. */
export const WORKED_EXAMPLE = [20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Jan 2020`, `Feb 2020`, …: the i-th month from January 2020. */
export const month = (i: number): string => `${MONTHS[i % 12]} ${2020 + Math.floor(i / 12)}`;

/** Rows of a long table (Indicator, Polarity, Period, Value, Target) for one indicator, a month per value. */
export const monthlyRows = (
  name: string,
  polarity: string,
  values: number[],
  target: number,
): CellValue[][] => values.map((v, i) => [name, polarity, month(i), v, target]);
