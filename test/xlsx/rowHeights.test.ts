/**
 * Heights of rows with wrapped text (no AutoFit outside Excel): lines by greedy word wrap at the column's width, 15
 * points a line at the default 11-point font.
 */
import { rowHeight, wrappedHeight } from '../../src/xlsx/write/rowHeights';

/** A column 9.5 characters wide fits 10 characters of prose a line (it counts digits; prose is narrower). */
const WIDTH = 9.5;
const PLAIN = { bold: false, size: 11 };

describe('wrapped text heights', () => {
  it.each([
    ['one short line', 'on time', 15],
    ['words that fill a line exactly', 'aaaa bbbbb', 15],
    ['a word that does not fit starting a new line', 'aaaa bbbb cccc', 30],
    ['each paragraph on its own lines', 'first\nsecond\nthird', 45],
    ['an empty paragraph as a line', 'first\n\nthird', 45],
    ['double spaces counted as written', 'aaaa  bbbb', 15],
    ['words wrapped within each paragraph', 'aaaa bbbb cccc\naaaa bbbb cccc', 60],
  ])('gives %s', (_, text, points) => {
    expect(wrappedHeight(text, WIDTH, PLAIN)).toBe(points);
  });

  it('counts bold text as wider, so it wraps sooner', () => {
    expect(wrappedHeight('aaaa bbbbb', WIDTH, { bold: true, size: 11 })).toBe(30);
  });

  it('scales the line height with the font size', () => {
    expect(wrappedHeight('on time', WIDTH, { bold: false, size: 22 })).toBe(30);
  });
});

describe('row heights', () => {
  it('leaves a row whose tallest cell needs one line at the default height', () => {
    expect(rowHeight(15)).toBeNull();
  });

  it('gives a row the height of its tallest wrapped cell', () => {
    expect(rowHeight(45)).toBe(45);
  });
});
