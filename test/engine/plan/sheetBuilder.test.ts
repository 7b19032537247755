/** Building a digest sheet row by row (rules §6): one block of values and formats, styles by range, RAG words coloured by text rules. */
import { RAG_COLOURS } from '../../../src/engine';
import {
  directionRules,
  ragRules,
  SheetBuilder,
  spcRules,
  STYLE,
} from '../../../src/engine/plan/sheetBuilder';
import { RULES_PALETTE } from '../../support/rulesPalette';

describe('SheetBuilder.add', () => {
  it('pads every row to the sheet width with empty cells', () => {
    const b = new SheetBuilder(4);
    b.add(['Summary']);
    expect(b.values).toEqual([['Summary', null, null, null]]);
  });

  it('gives cells without a number format General', () => {
    const b = new SheetBuilder(3);
    b.add(['SS1', 0.65], ['@', '0%']);
    expect(b.formats).toEqual([['@', '0%', 'General']]);
  });

  it('returns the row it added, counting from the top of the sheet', () => {
    const b = new SheetBuilder(2);
    b.blank();
    expect([b.add(['Exceptions']), b.row]).toEqual([1, 2]);
  });

  it('styles the row from its first filled cell to the sheet width, so a table starting in B is not banded from A', () => {
    const b = new SheetBuilder(5);
    b.add([null, 'Outcome', 'Green'], [], STYLE.tableHeader);
    expect(b.styles).toEqual([{ range: { row: 0, col: 1, rows: 1, cols: 4 }, style: STYLE.tableHeader }]);
  });

  it('styles only as many columns as asked', () => {
    const b = new SheetBuilder(10);
    b.add(['Severity', 'Message', 'Cell'], [], STYLE.tableHeader, 3);
    expect(b.styles[0]?.range).toEqual({ row: 0, col: 0, rows: 1, cols: 3 });
  });

  it('adds no style when none is given', () => {
    const b = new SheetBuilder(2);
    b.add(['text']);
    expect(b.styles).toEqual([]);
  });
});

describe('SheetBuilder.blank', () => {
  it('adds a row of empty cells', () => {
    const b = new SheetBuilder(2);
    b.blank();
    expect([b.values, b.formats]).toEqual([[[null, null]], [['General', 'General']]]);
  });
});

describe('SheetBuilder.sharedFormats', () => {
  it('makes one array for all rows with the same key', () => {
    const b = new SheetBuilder(2);
    const make = jest.fn(() => ['@', '0%']);
    const first = b.sharedFormats('tf|0%', make);
    const second = b.sharedFormats('tf|0%', make);
    expect([second === first, make.mock.calls.length]).toEqual([true, 1]);
  });

  it('makes another array for another key', () => {
    const b = new SheetBuilder(2);
    expect(b.sharedFormats('a', () => ['@', '@'])).not.toBe(b.sharedFormats('b', () => ['@', '@']));
  });
});

const range = { row: 5, col: 5, rows: 3, cols: 1 };

describe('ragRules (rules §6: never colour alone; the rules’ palette)', () => {
  const b = new SheetBuilder(8);
  ragRules(b, range);

  it.each(RULES_PALETTE)(
    'colours a %p cell, beginning %p, with fill %s and text %s',
    (_, word, fill, fontColor) => {
      expect(b.textRules).toContainEqual({ range, beginsWith: word, fill, fontColor });
    },
  );

  it('adds one rule per status and no more', () => {
    expect(b.textRules).toHaveLength(Object.keys(RAG_COLOURS).length);
  });
});

describe('directionRules (rules §4: the word and colour show whether the move is good)', () => {
  const b = new SheetBuilder(8);
  directionRules(b, range);

  it('writes Improving in green text and Worsening in red, leaving the other directions plain', () => {
    expect(b.textRules).toEqual([
      { range, beginsWith: 'Improving', fontColor: '#006100' },
      { range, beginsWith: 'Worsening', fontColor: '#9C0006' },
    ]);
  });
});

describe('spcRules (issue 12: MDC’s colours, with the words)', () => {
  const b = new SheetBuilder(8);
  spcRules(b, range);

  it.each([
    ['Special cause improvement', '#00B0F0', '#000000'],
    ['Special cause concern', '#E46C0A', '#000000'],
    ['Special cause neither', '#490092', '#FFFFFF'],
    ['Common cause', '#A6A6A6', '#000000'],
  ])('fills a cell beginning %p with %s and writes it in %s', (word, fill, fontColor) => {
    expect(b.textRules).toContainEqual({ range, beginsWith: word, fill, fontColor });
  });

  it('adds one rule per class and no more', () => {
    expect(b.textRules).toHaveLength(4);
  });
});
