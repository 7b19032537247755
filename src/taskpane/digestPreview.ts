/**
 * Everything the pane shows, derived from its state by the engine: the tables found, the chosen one's column roles,
 * the rules' errors, and the digest that Generate would write. Pure, so it is computed on each change, never stored.
 * It holds the engine's reading and digesting, so the pane loads it as its own chunk while the workbook is read
 * (`useDigestRun`); what the components need of it is in `panePreview.ts`.
 */
import {
  cellAt,
  columnLetters,
  correctHeaders,
  correctionsOf,
  formatAt,
  parsePeriod,
  planRestore,
  rankSources,
  readSheet,
  rolesOf,
  runDigest,
  runDigestWith,
  parseSourceName,
  sourceLine,
  type DigestSettings,
  type DigestOutcome,
  type SheetReading,
  type SheetGrid,
} from '../engine';
import type { DigestState } from './paneState';
// The pane's components import these from `panePreview.ts`, never from here: this module loads as its own chunk.
import {
  NO_PREVIEW,
  SELECTION_ID,
  type MappedColumn,
  type PanePreview,
  type TableOption,
} from './panePreview';
import { checkRules, rulesChanged } from './rulesForm';

/** Tables' rows and columns count from the grid's first cell; people count from A1. */
const sheetCol = (grid: SheetGrid, col: number) => columnLetters(col + grid.origin.col);
const sheetRow = (grid: SheetGrid, row: number) => row + grid.origin.row + 1;

const indicatorCount = (reading: SheetReading) =>
  reading.readings.reduce((n, r) => n + r.indicators.length, 0);

/** How well the headings matched (tables.ts confidence: ref, target, polarity and periods each add to it). */
function matchWords(confidence: number): string {
  if (confidence >= 0.9) return 'a good match';
  return confidence >= 0.8 ? 'a likely match' : 'a possible match: check the columns';
}

function describe(reading: SheetReading): string {
  const { sheet: grid } = reading;
  const first = reading.readings[0]!.table;
  const last = reading.readings[reading.readings.length - 1]!.table;
  const range = `${sheetCol(grid, first.firstCol)}${sheetRow(grid, first.headerRow)}:${sheetCol(grid, last.lastCol)}${sheetRow(grid, last.lastRow)}`;
  const match = matchWords(Math.max(...reading.readings.map((r) => r.table.confidence)));
  return `${grid.name}, ${range}: ${indicatorCount(reading)} indicators, ${match}`;
}

function headerText(grid: SheetGrid, row: number, col: number): string {
  const cell = cellAt(grid, row, col);
  return parsePeriod(cell, formatAt(grid, row, col))?.label ?? String(cell ?? '').trim();
}

/** The columns of the chosen table, with the roles the engine read from the corrected headers, or the user's choice. */
function columnsOf(
  original: SheetReading,
  read: SheetReading | null,
  roles: DigestState['roles'],
): MappedColumn[] {
  const table = original.readings[0]!.table;
  const found = rolesOf((read ?? original).readings[0]!.table.mapping);
  const columns: MappedColumn[] = [];
  for (let col = table.firstCol; col <= table.lastCol; col++) {
    const header = headerText(original.sheet, table.headerRow, col);
    if (!header && !found.has(col)) continue;
    const label = `${sheetCol(original.sheet, col)}: ${header || '(no header)'}`;
    columns.push({ col, label, role: roles[col] ?? found.get(col) ?? 'none' });
  }
  return columns;
}

function factsOf(reading: SheetReading): string[] {
  const rows = reading.readings.map((r) => sheetRow(reading.sheet, r.table.headerRow));
  const shape =
    reading.readings[0]!.table.shape === 'wide'
      ? 'one column per period'
      : 'one row per indicator and period';
  const where =
    rows.length > 1
      ? `${rows.length} tables, headers in rows ${rows.join(', ')}`
      : `Header in row ${rows[0]}`;
  const periods = periodsOf(reading);
  const span = periods.length > 1 ? ` (${periods[periods.length - 1]} to ${periods[0]})` : '';
  const outcomes = new Set(reading.readings.flatMap((r) => r.indicators.flatMap((i) => i.outcome ?? [])));
  return [
    `${where}; ${shape}.`,
    `${indicatorCount(reading)} indicators over ${periods.length} periods${span}.`,
    outcomes.size > 0
      ? `${outcomes.size} outcomes: ${[...outcomes].join(', ')}.`
      : 'No outcome column or section rows found.',
  ];
}

/** Latest first. */
function periodsOf(reading: SheetReading): string[] {
  const byStart = new Map(reading.readings.flatMap((r) => r.periods).map((p) => [p.start, p]));
  return [...byStart.values()].sort((a, b) => b.start - a.start).map((p) => p.label);
}

/** The chosen source as read from the workbook, before the user's corrections. */
function chosenReading(
  state: DigestState,
  sources: SheetReading[],
): { id: string | null; reading: SheetReading | null; sheet?: string } {
  const { source } = state;
  if (source.kind === 'several') return { id: null, reading: null };
  if (source.kind === 'selection')
    return { id: SELECTION_ID, reading: readSheet(source.range.grid), sheet: source.range.grid.name };
  if (source.kind === 'best') return { id: sources[0]?.sheet.name ?? null, reading: sources[0] ?? null };
  const reading = sources.find((r) => r.sheet.name === source.sheet) ?? null;
  return { id: reading?.sheet.name ?? null, reading, sheet: source.sheet };
}

/** A selection with no table in it says so, rather than falling back to the whole sheet. */
const noTableIn = (address: string): DigestOutcome => ({
  ok: false,
  error: {
    kind: 'no-table',
    message: `There is no indicator table in your selection, ${address}. Select the table on its sheet, header row included, then press Use selection again.`,
  },
});

const STALE =
  'This preview is for the last rules that could be read. Correct the rule marked in step 3 to see the digest Generate would write.';

/** The rules to preview with (the last good ones while a rule has an error) and whether they are the ones typed. */
type RulesInForce = { settings: Omit<DigestSettings, 'sheet'>; typed: boolean };

/** Several sources compiled (docs/rules.md §9): no column corrections; the facts are the sources as read. */
function severalPreview(
  state: DigestState,
  names: string[],
  base: PanePreview,
  sheets: SheetGrid[],
  rules: RulesInForce,
): PanePreview {
  const files = [...new Set(names.flatMap((n) => parseSourceName(n).file ?? []))];
  const read = new Set(state.added.flatMap((w) => ('sheets' in w && w.file ? [w.file.toLowerCase()] : [])));
  const view = {
    ...base,
    ticked: names.filter((n) => parseSourceName(n).file === null),
    workbooks: files.map((file) => ({ file, read: read.has(file.toLowerCase()) })),
  };
  const settings: DigestSettings = { ...rules.settings, sources: names };
  const outcome = runDigestWith(sheets, settings, state.added, state.today ?? undefined);
  const allowed = rules.typed ? settings : null;
  if (!outcome.ok) return { ...view, settings: allowed, outcome };
  const { run } = outcome;
  return {
    ...view,
    settings: allowed,
    outcome,
    facts: run.sources.map(sourceLine),
    periods: [...run.periods].reverse().map((p) => p.label),
  };
}

export function previewFrom(state: DigestState): PanePreview {
  if (state.workbook.kind !== 'loaded') return NO_PREVIEW;
  const sheets = state.workbook.sheets;
  const sources = rankSources(sheets);
  const options: TableOption[] = sources.map((r) => ({ id: r.sheet.name, label: describe(r) }));
  const { source } = state;
  if (source.kind === 'selection')
    options.push({ id: SELECTION_ID, label: `Your selection, ${source.range.address}` });
  const { id, reading, sheet = reading?.sheet.name } = chosenReading(state, sources);
  const rules = checkRules(state.rules);
  // While a rule has an error, the preview stays on the last rules that could be read, marked as such.
  const inForce = rules.ok ? rules : checkRules(state.goodRules);
  const today = state.today ?? undefined;
  const base: PanePreview = {
    ...NO_PREVIEW,
    options,
    selectedId: id,
    rulesErrors: rules.ok ? {} : rules.errors,
    rulesWarnings: rules.warnings,
    rulesChanged: rulesChanged(rules.ok ? state.rules : state.goodRules),
    stale: rules.ok ? null : STALE,
    ticked: id !== null && id !== SELECTION_ID ? [id] : [],
    restorable: planRestore(sheets.map((grid) => ({ name: grid.name, grid }))),
  };
  if (!inForce.ok) return base;
  const settingsInForce = { settings: inForce.settings, typed: rules.ok };
  if (source.kind === 'several') return severalPreview(state, source.names, base, sheets, settingsInForce);
  if (!reading) {
    // Without a table, the engine's own words say what it looked for; a workbook may hold only an action plan
    // (issue 11), digested as its tracker.
    if (source.kind === 'selection') return { ...base, outcome: noTableIn(source.range.address) };
    const settings = { ...inForce.settings, ...(sheet !== undefined && { sheet }) };
    return { ...base, settings: rules.ok ? settings : null, outcome: runDigest(sheets, settings, today) };
  }
  const corrected = correctHeaders(reading.sheet, reading.readings[0]!.table, state.roles);
  const grid = corrected.ok ? corrected.grid : reading.sheet;
  const view = {
    ...base,
    columns: columnsOf(reading, corrected.ok ? readSheet(grid) : null, state.roles),
    facts: factsOf(reading),
    periods: periodsOf(reading),
    mappingError: corrected.ok ? null : corrected.message,
  };
  if (!corrected.ok) return view;
  // The corrections travel in the settings, so Refresh digest and the next session apply them too.
  const columns = correctionsOf(reading.sheet, reading.readings[0]!.table, state.roles);
  const settings: DigestSettings = { ...inForce.settings, sheet: grid.name, ...(columns && { columns }) };
  const grids = source.kind === 'selection' ? [reading.sheet] : sheets;
  return { ...view, settings: rules.ok ? settings : null, outcome: runDigest(grids, settings, today) };
}
