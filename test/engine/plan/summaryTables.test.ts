/** Rules §6 "summary": counts of each status and direction of travel, per outcome in the order first met, and overall. */
import { SheetBuilder, STYLE } from '../../../src/engine/plan/sheetBuilder';
import { summary } from '../../../src/engine/plan/summaryTables';
import { digestOf, sheet } from '../../support/grids';
import { RULES_PALETTE } from '../../support/rulesPalette';

// Staying Safe: Red and Worsening, Green and Improving; Be Healthy: No target and No change; Neutral: Data only.
const run = digestOf(
  sheet('PIs', [
    ['Indicator', 'Outcome', 'Polarity', 'Target', 'Q2 2006/07', 'Q3 2006/07'],
    ['Initial assessments', 'Staying Safe', 'Higher', 0.75, 0.7, 0.65],
    ['Referrals', 'Staying Safe', 'Higher', 220, 175, 229],
    ['Conceptions', 'Be Healthy', 'Lower', null, 50, 50],
    ['Looked after children', 'Be Healthy', 'Neutral', null, 150, 160],
  ]),
);

const b = new SheetBuilder(10);
summary(b, run);
const rows = b.values.map((row) => row.slice(0, 8));

describe('summary', () => {
  it('starts with a Summary heading', () => {
    expect([rows[0]?.[0], b.styles[0]?.style]).toEqual(['Summary', STYLE.heading]);
  });

  it('counts each RAG status per outcome, in the order first met, then for all indicators, in the statuses’ order', () => {
    expect(rows.slice(1, 5)).toEqual([
      [null, 'Outcome', 'Red', 'Amber', 'Green', 'No target', 'No data', 'Data only'],
      [null, 'Staying Safe', 1, 0, 1, 0, 0, 0],
      [null, 'Be Healthy', 0, 0, 0, 1, 0, 1],
      [null, 'All indicators', 1, 0, 1, 1, 0, 1],
    ]);
  });

  it('counts the directions that say whether a move is good: Worsening, No change, Improving (not Increasing)', () => {
    expect(rows.slice(5, 10).map((row) => row.slice(0, 5))).toEqual([
      [null, null, null, null, null],
      [null, 'Outcome', 'Worsening', 'No change', 'Improving'],
      [null, 'Staying Safe', 1, 0, 1],
      [null, 'Be Healthy', 0, 1, 0],
      [null, 'All indicators', 1, 1, 1],
    ]);
  });

  it('colours each status heading with the rules’ palette, and says the status in words too', () => {
    const headings = b.styles.filter((s) => s.range.row === 1 && s.range.cols === 1);
    expect(headings.map((s) => [rows[1]?.[s.range.col], s.style.fill, s.style.fontColor])).toEqual(
      RULES_PALETTE.map(([, word, fill, font]) => [word, fill, font]),
    );
  });

  it('sets the All indicators rows apart as totals', () => {
    const totals = b.styles.filter((s) => s.style === STYLE.total).map((s) => rows[s.range.row]?.[1]);
    expect(totals).toEqual(['All indicators', 'All indicators']);
  });

  it('centres the counts under their words', () => {
    const centred = b.styles.filter((s) => s.style.horizontal === 'center').map((s) => s.range);
    expect(centred).toEqual([
      { row: 1, col: 2, rows: 4, cols: 6 },
      { row: 6, col: 2, rows: 4, cols: 3 },
    ]);
  });
});
