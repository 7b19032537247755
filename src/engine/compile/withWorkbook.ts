/**
 * A sheet's reading with every cell address naming its workbook (`[children.xlsx]'PIs Q3'!D7`), for a digest of
 * several workbooks, where `'PIs Q3'!D7` alone would not say which file to open. Addresses in messages too.
 */
import { quoteSheetName, workbookAddress } from '../core/address';
import type { DataIssue } from '../core/model';
import type { SheetReading } from '../read/readSheet';
import type { Scoped, SourceIndicator, TableReading } from '../read/sourceIndicator';
import { inWorkbook } from '../read/periodValues';

export function withWorkbook(reading: SheetReading, file: string): SheetReading {
  const sheetPart = `${quoteSheetName(reading.sheet.name)}!`;
  // Every address read from this sheet starts with its sheet part; a message may hold several.
  const address = (cell: string) => (cell.startsWith(sheetPart) ? workbookAddress(file, cell) : cell);
  const inText = new RegExp(`(^|[\\s(,;])${sheetPart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
  const text = (message: string) =>
    message.replace(inText, (_, before: string) => before + workbookAddress(file, sheetPart));
  const issue = (i: DataIssue): DataIssue => ({
    ...i,
    cell: i.cell === null ? null : address(i.cell),
    message: text(i.message),
  });
  const scoped = <T>(s: Scoped<T>): Scoped<T> => ({ ...s, cell: address(s.cell) });
  const indicator = (ind: SourceIndicator): SourceIndicator => ({
    ...ind,
    values: inWorkbook(ind.values, file),
    targets: ind.targets.map(scoped),
    annualTargets: ind.annualTargets.map(scoped),
    forecasts: ind.forecasts.map(scoped),
    ambers: ind.ambers.map(scoped),
    overrides: ind.overrides.map(scoped),
    commentary: ind.commentary.map(scoped),
    cell: address(ind.cell),
    cellByPeriod: new Map([...ind.cellByPeriod].map(([start, cell]) => [start, address(cell)])),
    issues: ind.issues.map(issue),
  });
  const table = (r: TableReading): TableReading => ({
    ...r,
    indicators: r.indicators.map(indicator),
    issues: r.issues.map(issue),
  });
  return { ...reading, readings: reading.readings.map(table), leftOut: reading.leftOut.map(issue) };
}
