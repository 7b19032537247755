/**
 * The digest's last tables: what was typed about indicators that have gone, and notes typed away from any indicator
 * (rules §6), then every data issue with its cell (§5).
 */
import { CarriedNotes } from '../../../src/engine/plan/carriedNotes';
import { dataIssues, notesKept, removedIndicators } from '../../../src/engine/plan/closingTables';
import { SheetBuilder, STYLE } from '../../../src/engine/plan/sheetBuilder';
import { digestOf, sheet } from '../../support/grids';

describe('removedIndicators (rules §6: a row whose indicator has gone keeps its commentary)', () => {
  const note = { row: 40, col: 7, value: 'Owner: J. Smith', format: 'General' };
  const entries = [
    { ref: 'SS9', name: 'Agency social workers', commentary: 'Recruitment drive from June.', notes: [] },
    { ref: null, name: 'Old measure', commentary: '=SUM(A1)', notes: [note] },
  ];

  it('adds nothing when no indicator has gone', () => {
    const b = new SheetBuilder(5);
    removedIndicators(b, [], 3, new CarriedNotes(5));
    expect(b.values).toEqual([]);
  });

  describe('with commentary of indicators that have gone', () => {
    const b = new SheetBuilder(5);
    const notes = new CarriedNotes(5);
    removedIndicators(b, entries, 3, notes);

    it('keeps a note typed beside a removed indicator’s row beside it, after the table', () => {
      expect(notes.blocks).toEqual([
        { row: 5, col: 7, values: [['Owner: J. Smith']], numberFormats: [['@']] },
      ]);
    });

    it('says under its heading why the block is there', () => {
      expect(b.values.slice(0, 3).map((row) => row[0])).toEqual([
        null,
        'Removed indicators',
        'These indicators are no longer in the source table. Their commentary is kept here so that nothing typed is lost.',
      ]);
    });

    it('lines each comment up with the Commentary column of the tables above, under the same headers', () => {
      expect(b.values.slice(3)).toEqual([
        ['Ref', 'Indicator', null, 'Commentary', null],
        ['SS9', 'Agency social workers', null, 'Recruitment drive from June.', null],
        [null, 'Old measure', null, '=SUM(A1)', null],
      ]);
    });

    it('writes ref, name and commentary as text, so text like a formula stays text', () => {
      expect(b.formats[5]).toEqual(['@', '@', 'General', '@', 'General']);
    });

    it('wraps the kept commentary', () => {
      expect(b.styles).toContainEqual({ range: { row: 4, col: 0, rows: 2, cols: 5 }, style: STYLE.wrap });
    });
  });
});

describe('notesKept (rules §6: anything typed is kept)', () => {
  it('adds nothing when nothing was typed away from the indicators', () => {
    const b = new SheetBuilder(4);
    notesKept(b, []);
    expect(b.values).toEqual([]);
  });

  it('lists each note with the cell it was typed in, text as text and a number in its own format', () => {
    const b = new SheetBuilder(4);
    notesKept(b, [
      { where: 'D4', value: 'Board meets 3 May', format: 'General' },
      { where: 'L60', value: 39142, format: 'd-mmm-yy' },
    ]);
    expect(b.values.map((row) => row.slice(0, 2))).toEqual([
      [null, null],
      ['Notes kept from the earlier digest', null],
      [
        'Text typed into the earlier digest of this period outside its tables, kept here with the cell it was typed in.',
        null,
      ],
      ['Typed in', 'Note'],
      ['D4', 'Board meets 3 May'],
      ['L60', 39142],
    ]);
    expect(b.formats.slice(4).map((row) => row.slice(0, 2))).toEqual([
      ['@', '@'],
      ['@', 'd-mmm-yy'],
    ]);
  });
});

describe('dataIssues (rules §5)', () => {
  it('says so when every row was read as it stands', () => {
    const clean = digestOf(
      sheet('PIs', [
        ['Indicator', 'Polarity', 'Q2 2006/07', 'Q3 2006/07'],
        ['Referrals', 'Higher', 175, 229],
      ]),
    );
    const b = new SheetBuilder(3);
    dataIssues(b, clean);
    expect(b.values.map((row) => row[0])).toEqual([
      null,
      'Data issues',
      'No data issues: every row was read as it stands.',
    ]);
  });

  describe('with data issues', () => {
    const run = digestOf(
      sheet('PIs Q3', [
        ['Indicator', 'Polarity', 'Q2 2006/07', 'Q3 2006/07'],
        ['Referrals', 'Sideways', 175, 'sixty'],
        [null, 'Higher', 1, 2],
      ]),
    );
    const b = new SheetBuilder(4);
    dataIssues(b, run);

    it('heads the list Severity, Message, Cell', () => {
      expect(b.values[2]).toEqual(['Severity', 'Message', 'Cell', null]);
    });

    it('lists each with its severity in words, its message and its cell, in the run’s order', () => {
      expect(b.values.slice(3).map((row) => [row[0], row[2]])).toEqual([
        ['Error', "'PIs Q3'!A3"],
        ['Warning', "'PIs Q3'!B2"],
        ['Warning', "'PIs Q3'!D2"],
      ]);
      expect(b.values[5]?.[1]).toBe('Value "sixty" in D2 is not a number; treated as no value.');
    });

    it('writes messages and cells as text', () => {
      expect(b.formats[3]).toEqual(['@', '@', '@', 'General']);
    });

    it('wraps severity and message but keeps the cell address on one line', () => {
      expect(b.styles).toContainEqual({ range: { row: 3, col: 0, rows: 3, cols: 2 }, style: STYLE.wrap });
    });
  });
});
