/**
 * Use selection: the range selected becomes the source, and the pane says what it took. One cell (what Excel has when
 * nothing is selected) stands for the indicator table around it; a selection without a table changes nothing and
 * says how to select one.
 */
import { isDigestSheet, readSheet, tableAround, type SheetGrid } from '../engine';
import type { SelectedRange } from './digestHost';
import type { PaneMessage, SourceChoice } from './paneState';

const HOW = 'Select the table on its sheet, header row included, then press Use selection again.';

const said = (intent: PaneMessage['intent'], title: string, text: string): PaneMessage => ({
  place: 'source',
  intent,
  title,
  text,
});

/** The source stays as it was, and the pane says why and how to select a table. */
const refused = (title: string, why: string) => ({
  source: null,
  message: said('warning', title, `${why} ${HOW}`),
});

const isOneCell = (grid: SheetGrid) => grid.values.length <= 1 && (grid.values[0]?.length ?? 0) <= 1;

export function sourceFromSelection(
  range: SelectedRange,
  sheets: SheetGrid[],
): { source: SourceChoice | null; message: PaneMessage } {
  const sheet = sheets.find((s) => s.name === range.grid.name);
  if (sheet && isDigestSheet(sheet))
    return refused(
      'That is a digest',
      `${range.address} is on a digest made by Performance Digest, not a table of indicators.`,
    );
  if (isOneCell(range.grid)) {
    const table = sheet && tableAround(sheet, range.grid.origin.row, range.grid.origin.col);
    if (!table)
      return refused('No table at the selected cell', `There is no indicator table around ${range.address}.`);
    return {
      source: { kind: 'selection', range: table },
      message: said(
        'info',
        'Using the table around the selected cell',
        `One cell was selected, ${range.address}, so the digest uses the indicator table around it: ${table.address}.`,
      ),
    };
  }
  if (!readSheet(range.grid))
    return refused('No table in the selection', `There is no indicator table in ${range.address}.`);
  return {
    source: { kind: 'selection', range },
    message: said('info', 'Using your selection', `The digest uses the indicator table in ${range.address}.`),
  };
}
