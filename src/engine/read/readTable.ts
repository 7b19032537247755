/** Rules §1–2, §5: reading the indicators of one table (wide or long), with a data issue for every problem. */
import type { SheetGrid } from '../core/grid';
import { issue } from '../core/issues';
import type { DataIssue } from '../core/model';
import { readLong } from './readLong';
import { readWide } from './readWide';
import { headingAbove, Reader } from './tableReader';
import type { SourceIndicator, TableReading } from './sourceIndicator';
import type { IndicatorTable } from './tables';
import { matchKey } from '../core/text';

function checkDuplicates(indicators: SourceIndicator[], issues: DataIssue[]): void {
  const seen = new Map<string, SourceIndicator>();
  for (const ind of indicators) {
    const key = ind.ref ? `ref:${matchKey(ind.ref)}` : `name:${matchKey(ind.name)}`;
    const first = seen.get(key);
    if (first)
      issues.push(
        issue(
          'warning',
          ind.cell,
          `"${ind.name}" appears twice (${first.cell} and ${ind.cell}); both are in the digest. Check which is right.`,
        ),
      );
    else seen.set(key, ind);
  }
}

/**
 * Reads one table. `previousHeader` is the header row of the table above on the same sheet (null for the first),
 * so a section heading between two tables gives the lower table's first rows their outcome.
 */
export function readTable(
  grid: SheetGrid,
  table: IndicatorTable,
  previousHeader: number | null,
): TableReading | null {
  const reader = new Reader(grid, table);
  const inherited = previousHeader === null ? null : headingAbove(reader, previousHeader);
  const reading = table.shape === 'wide' ? readWide(reader, inherited) : readLong(reader, inherited);
  if (!reading) return null;
  checkDuplicates(reading.indicators, reader.issues);
  if (table.mapping.polarity === null && reading.indicators.length > 0)
    reader.issues.push(
      issue(
        'warning',
        reader.at.address(reader.table.headerRow, reader.table.mapping.name),
        `The table has no polarity column, so every indicator is treated as higher is better. Add a Polarity column (Higher, Lower or Neutral) to be sure.`,
      ),
    );
  reading.issues = [...reader.issues, ...reading.indicators.flatMap((i) => i.issues)];
  return reading;
}
