/**
 * Everything the pane shows, derived from its state by the engine: the tables found, the chosen one's column roles,
 * the rules' errors, and the digest that Generate would write. Pure, so it is computed on each change, never stored.
 */
import { cellAt, type DigestSettings, type SheetGrid } from '../engine';
import { columnLetters } from '../engine/address';
import type { IndicatorTable } from '../engine/tables';
import { isDigestSheet } from '../engine/digestSheet';
import { readSheet, runDigest, type DigestOutcome, type SheetReading } from '../engine/runDigest';
import { cellText } from '../engine/text';
import { applyRoles, rolesOf } from './columnRoles';
import type { DigestState } from './digestReducer';
import { checkRules } from './rulesForm';
import type { MappedColumn } from './components/MappingSection';
import type { TableOption } from './components/SourceSection';

export interface PanePreview {
  options: TableOption[];
  /** The id of the chosen option; the user's selection has its own id. */
  selectedId: string | null;
  columns: MappedColumn[];
  facts: string[];
  mappingError: string | null;
  rulesErrors: { tolerance?: string; changeThreshold?: string };
  /** The chosen table's periods, latest first. */
  periods: string[];
  /** What Generate would write; null until the source and rules are usable. */
  outcome: DigestOutcome | null;
  /** The settings Generate saves with the workbook. */
  settings: DigestSettings | null;
}

export const SELECTION_ID = '\u0000selection';

/** Sheets holding an indicator table, best first (rules §1); digest sheets are ours, never a source. */
export function findSources(sheets: SheetGrid[]): SheetReading[] {
  return sheets
    .filter((s) => !isDigestSheet(s))
    .flatMap((s) => readSheet(s) ?? [])
    .sort((a, b) => b.score - a.score);
}

/** Tables' rows and columns count from the grid's first cell; people count from A1. */
const sheetCol = (grid: SheetGrid, col: number) => columnLetters(col + grid.origin.col);
const sheetRow = (grid: SheetGrid, row: number) => row + grid.origin.row + 1;

function describe(reading: SheetReading, name: string): string {
  const { sheet: grid } = reading;
  const first = reading.readings[0]!.table;
  const last = reading.readings[reading.readings.length - 1]!.table;
  const range = `${sheetCol(grid, first.firstCol)}${sheetRow(grid, first.headerRow)}:${sheetCol(grid, last.lastCol)}${sheetRow(grid, last.lastRow)}`;
  const indicators = reading.readings.reduce((n, r) => n + r.indicators.length, 0);
  const sure = Math.round(Math.max(...reading.readings.map((r) => r.table.confidence)) * 100);
  return `${name}, ${range}: ${indicators} indicators, ${sure}% sure`;
}

function columnsOf(grid: SheetGrid, table: IndicatorTable, roles: DigestState['roles']): MappedColumn[] {
  const detected = rolesOf(table.mapping);
  const columns: MappedColumn[] = [];
  for (let col = table.firstCol; col <= table.lastCol; col++) {
    const header = cellText(cellAt(grid, table.headerRow, col));
    if (!header && !detected.has(col)) continue;
    columns.push({
      col,
      label: `${sheetCol(grid, col)}: ${header || '(no header)'}`,
      role: roles[col] ?? detected.get(col) ?? 'none',
    });
  }
  return columns;
}

function factsOf(reading: SheetReading, outcome: DigestOutcome | null): string[] {
  const rows = reading.readings.map((r) => sheetRow(reading.sheet, r.table.headerRow));
  const shape =
    reading.readings[0]!.table.shape === 'wide'
      ? 'one column per period'
      : 'one row per indicator and period';
  const where =
    rows.length > 1
      ? `${rows.length} tables, headers in rows ${rows.join(', ')}`
      : `Header in row ${rows[0]}`;
  const facts = [`${where}; ${shape}.`];
  if (outcome?.ok) {
    const { indicators, periods } = outcome.run;
    const span = `${periods[0]?.label} to ${periods[periods.length - 1]?.label}`;
    facts.push(`${indicators.length} indicators over ${periods.length} periods (${span}).`);
  }
  const outcomes = new Set(reading.readings.flatMap((r) => r.indicators.flatMap((i) => i.outcome ?? [])));
  facts.push(
    outcomes.size > 0
      ? `${outcomes.size} outcomes: ${[...outcomes].join(', ')}.`
      : 'No outcome column or section rows found.',
  );
  return facts;
}

function periodsOf(reading: SheetReading): string[] {
  const byStart = new Map(reading.readings.flatMap((r) => r.periods).map((p) => [p.start, p]));
  return [...byStart.values()].sort((a, b) => b.start - a.start).map((p) => p.label);
}

/** The chosen source, and the grids and sheet name the engine reads it from. */
function chosenSource(state: DigestState, sheets: SheetGrid[], sources: SheetReading[]) {
  const { source } = state;
  if (source.kind === 'selection') {
    const grid = source.range.grid;
    return { id: SELECTION_ID, reading: readSheet(grid), grids: [grid], sheet: grid.name };
  }
  const reading =
    source.kind === 'best'
      ? (sources[0] ?? null)
      : (sources.find((r) => r.sheet.name === source.sheet) ?? null);
  const sheet = source.kind === 'table' ? source.sheet : reading?.sheet.name;
  return { id: reading?.sheet.name ?? null, reading, grids: sheets, sheet };
}

const NOTHING: PanePreview = {
  options: [],
  selectedId: null,
  columns: [],
  facts: [],
  mappingError: null,
  rulesErrors: {},
  periods: [],
  outcome: null,
  settings: null,
};

export function previewFrom(state: DigestState): PanePreview {
  if (state.workbook.kind !== 'loaded') return NOTHING;
  const sources = findSources(state.workbook.sheets);
  const options: TableOption[] = sources.map((r) => ({ id: r.sheet.name, label: describe(r, r.sheet.name) }));
  const chosen = chosenSource(state, state.workbook.sheets, sources);
  if (state.source.kind === 'selection')
    options.push({ id: SELECTION_ID, label: `Your selection, ${state.source.range.address}` });
  const rules = checkRules(state.rules);
  const base = { ...NOTHING, options, selectedId: chosen.id };
  if (!rules.ok)
    return {
      ...base,
      rulesErrors: rules.errors,
      ...(chosen.reading && readingView(state, chosen.reading, null)),
    };
  const settings: DigestSettings = {
    ...rules.settings,
    ...(chosen.sheet !== undefined && { sheet: chosen.sheet }),
  };
  const outcome = runDigest(chosen.grids, settings);
  return { ...base, outcome, settings, ...(chosen.reading && readingView(state, chosen.reading, outcome)) };
}

function readingView(state: DigestState, reading: SheetReading, outcome: DigestOutcome | null) {
  const table = reading.readings[0]!.table;
  const corrected = applyRoles(reading.sheet, table, state.roles);
  return {
    columns: columnsOf(reading.sheet, table, state.roles),
    facts: factsOf(reading, outcome),
    periods: periodsOf(reading),
    mappingError: corrected.ok ? null : corrected.message,
  };
}
