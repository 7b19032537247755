/**
 * Rules §6 laid out on a sheet: the digest plan that the ExcelJS and Office.js writers execute as it is.
 * Layout, top to bottom: title block (with the marker), summary, exceptions with commentary prompts,
 * indicators by outcome (with commentary), removed indicators, data issues. Columns A–J throughout.
 */
import { mergeCommentary, type CommentaryEntry } from '../digest/commentary';
import { COLUMNS, readDigestSheet } from '../digest/earlierDigest';
import { markerText } from '../read/digestMarker';
import {
  BASIS_TEXT,
  COUNTED_DIRECTIONS,
  directionText,
  RAG_COLOURS,
  RAG_ORDER,
  RAG_TEXT,
} from '../digest/digestWords';
import type { CellValue, SheetGrid } from '../core/grid';
import type { StatusCounts } from '../digest/buildDigest';
import type { RatedIndicator } from '../rate/rateIndicator';
import type { DigestPlan } from './planTypes';
import type { DigestRun } from '../digest/runDigest';
import { directionRules, ragRules, SheetBuilder, STYLE, WIDTH } from './sheetBuilder';
import { unusedSheetName } from './sheetNames';
import { describeThreshold } from '../rate/thresholds';
import { trendText } from '../digest/trend';

// A Ref, B Indicator, C Previous, D Current, E Target, F RAG, G Direction, H Trend, I Commentary, J Data notes:
// narrow enough that A4 landscape, one page wide, still prints at a readable size.
const COLUMN_WIDTHS = [9, 40, 11, 11, 10, 10, 14, 10, 42, 30];

function summary(b: SheetBuilder, run: DigestRun): void {
  const { overall, byOutcome } = run.digest.summary;
  b.add(['Summary'], [], STYLE.heading);
  const rows: [string, StatusCounts][] = [
    ...byOutcome.map((o) => [o.outcome, o.counts] as [string, StatusCounts]),
    ['All indicators', overall],
  ];
  const header = b.add([null, 'Outcome', ...RAG_ORDER.map((r) => RAG_TEXT[r])], [], STYLE.tableHeader, 8);
  RAG_ORDER.forEach((rag, i) =>
    b.style(
      { row: header, col: 2 + i, rows: 1, cols: 1 },
      { fill: RAG_COLOURS[rag].fill, fontColor: RAG_COLOURS[rag].font },
    ),
  );
  const counts = (first: number, cols: number) => {
    // Counts and their headings centred, so each number sits under its word.
    b.style({ row: first, col: 2, rows: b.row - first, cols }, { horizontal: 'center' });
    b.style({ row: b.row - 1, col: 1, rows: 1, cols: cols + 1 }, STYLE.total);
  };
  for (const [outcome, c] of rows) b.add([null, outcome, ...RAG_ORDER.map((r) => c[r])]);
  counts(header, RAG_ORDER.length);
  b.blank();
  const directions = b.add(
    [null, 'Outcome', 'Improving', 'No change', 'Worsening'],
    [],
    STYLE.tableHeader,
    5,
  );
  for (const [outcome, c] of rows) b.add([null, outcome, ...COUNTED_DIRECTIONS.map((d) => c[d])]);
  counts(directions, COUNTED_DIRECTIONS.length);
}

/** An indicator row's figures; its formats are shared by every row of the same number format (one array, not one per row). */
function figures(b: SheetBuilder, ind: RatedIndicator): { cells: CellValue[]; formats: string[] } {
  return {
    cells: [
      ind.ref,
      ind.name,
      ind.comparison,
      ind.current,
      ind.target,
      RAG_TEXT[ind.rag],
      directionText(ind),
      trendText(ind.trend),
    ],
    formats: b.indicatorFormats(ind.numberFormat),
  };
}

function indicatorHeader(b: SheetBuilder, run: DigestRun, last: string, notes: string | null): number {
  const comparison = run.comparisonPeriod.label;
  const cells = [
    COLUMNS.ref,
    COLUMNS.name,
    `Previous (${comparison})`,
    `Current (${run.period.label})`,
    'Target',
    'RAG',
    'Direction of travel',
    'Trend',
    last,
    notes,
  ];
  return b.add(cells, [], STYLE.tableHeader);
}

function exceptions(b: SheetBuilder, run: DigestRun): void {
  b.add(['Exceptions'], [], STYLE.heading);
  b.add(
    ['Red and Amber indicators, then those getting worse, each with a question for the officer who owns it.'],
    [],
    STYLE.note,
  );
  if (run.digest.exceptions.length === 0) {
    b.add(['No exceptions this period: no indicator is Red or Amber, and none is getting worse.']);
    return;
  }
  indicatorHeader(b, run, 'Commentary prompt', null);
  const first = b.row;
  for (const { indicator, prompt } of run.digest.exceptions) {
    const { cells, formats } = figures(b, indicator);
    b.add([...cells, prompt], formats);
  }
  bodyStyles(b, first);
}

/** Styles for the indicator rows from `first` to the last row added: top-aligned, wrapped text, coloured by rules. */
function bodyStyles(b: SheetBuilder, first: number): void {
  const rows = b.row - first;
  b.style({ row: first, col: 0, rows, cols: WIDTH }, STYLE.body);
  b.style({ row: first, col: 1, rows, cols: 1 }, STYLE.wrap);
  b.style({ row: first, col: 8, rows, cols: 2 }, STYLE.wrap);
  ragRules(b, { row: first, col: 5, rows, cols: 1 });
  directionRules(b, { row: first, col: 6, rows, cols: 1 });
}

function notesFor(ind: RatedIndicator): string | null {
  const notes = ind.issues.map((i) => i.message);
  if (ind.ragOverridden) notes.unshift(`RAG set by hand; calculated status: ${RAG_TEXT[ind.computedRag]}.`);
  return notes.length ? notes.join(' ') : null;
}

function sections(b: SheetBuilder, run: DigestRun, commentary: (string | null)[]): number {
  b.add(['Indicators by outcome'], [], STYLE.heading);
  const header = indicatorHeader(b, run, COLUMNS.commentary, 'Data notes');
  const index = new Map(run.indicators.map((ind, i) => [ind, i]));
  const first = b.row;
  for (const section of run.digest.sections) {
    b.add([section.outcome ?? 'Other indicators'], [], STYLE.outcome);
    for (const ind of section.indicators) {
      const { cells, formats } = figures(b, ind);
      b.add([...cells, commentary[index.get(ind) ?? -1] ?? null, notesFor(ind)], formats);
    }
  }
  bodyStyles(b, first);
  return header;
}

function removed(b: SheetBuilder, entries: CommentaryEntry[]): void {
  if (entries.length === 0) return;
  b.blank();
  b.add(['Removed indicators'], [], STYLE.heading);
  b.add(
    [
      'These indicators are no longer in the source table. Their commentary is kept here so that nothing typed is lost.',
    ],
    [],
    STYLE.note,
  );
  b.add(
    [COLUMNS.ref, COLUMNS.name, null, null, null, null, null, null, COLUMNS.commentary],
    [],
    STYLE.tableHeader,
  );
  const first = b.row;
  for (const e of entries)
    b.add(
      [e.ref, e.name, null, null, null, null, null, null, e.text],
      ['@', '@', ...Array(6).fill('General'), '@'],
    );
  b.style({ row: first, col: 0, rows: b.row - first, cols: WIDTH }, STYLE.wrap);
}

function dataIssues(b: SheetBuilder, run: DigestRun): void {
  b.blank();
  b.add(['Data issues'], [], STYLE.heading);
  if (run.issues.length === 0) {
    b.add(['No data issues: every row was read as it stands.']);
    return;
  }
  b.add(['Severity', 'Message', 'Cell'], [], STYLE.tableHeader, 3);
  const first = b.row;
  for (const i of run.issues)
    b.add([i.severity === 'error' ? 'Error' : 'Warning', i.message, i.cell], ['@', '@', '@']);
  // The cell address stays on one line: it overflows into the empty columns beside it.
  b.style({ row: first, col: 0, rows: b.row - first, cols: 2 }, STYLE.wrap);
}

export interface ExistingSheet {
  name: string;
  /** The sheet's cells, where the host read them (needed for our own digests, to keep their commentary). */
  grid: SheetGrid | null;
}

export interface PlanContext {
  existingSheets: ExistingSheet[];
  generatedAt: Date;
}

function generatedOn(d: Date): string {
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function planDigest(run: DigestRun, { existingSheets, generatedAt }: PlanContext): DigestPlan {
  const earlier = existingSheets
    .map((s) => ({ name: s.name, digest: s.grid && readDigestSheet(s.grid) }))
    .find((s) => s.digest?.period === run.period.label);
  const merged = mergeCommentary(run.indicators, earlier?.digest?.commentary ?? []);
  const b = new SheetBuilder();
  const { settings } = run;
  b.add([`Performance digest: ${run.period.label}`], [], STYLE.title);
  b.add(
    [
      `Compared with ${run.comparisonPeriod.label} (${BASIS_TEXT[settings.basis]}). Tolerance ${describeThreshold(settings.tolerance)} unless a row gives an amber threshold. Source: ${run.digest.source}. Generated ${generatedOn(generatedAt)}.`,
    ],
    [],
    STYLE.subtitle,
  );
  b.add([markerText(run.period.label)], [], STYLE.marker);
  b.blank();
  summary(b, run);
  b.blank();
  exceptions(b, run);
  b.blank();
  const header = sections(b, run, merged.byIndicator);
  removed(b, merged.removed);
  dataIssues(b, run);
  const name = earlier
    ? earlier.name
    : unusedSheetName(
        `Digest ${run.period.label}`,
        existingSheets.map((s) => s.name),
      );
  return {
    sheet: {
      name,
      blocks: [{ row: 0, col: 0, values: b.values, numberFormats: b.formats }],
      styles: b.styles,
      textRules: b.textRules,
      columnWidths: COLUMN_WIDTHS,
      freezeRows: 1,
      print: {
        orientation: 'landscape',
        paperSize: 'A4',
        fitToPagesWide: 1,
        repeatRows: { first: header, last: header },
      },
    },
    replaces: earlier?.name ?? null,
  };
}
