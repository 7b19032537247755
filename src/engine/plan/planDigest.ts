/**
 * Rules §6 laid out on a sheet: the digest plan that the file and Office.js writers execute as it is.
 * Layout, top to bottom: title block (with the marker), summary, exceptions with commentary prompts and commentary,
 * indicators by outcome (with commentary), removed indicators, notes kept from the earlier digest, data issues.
 * Everything typed into the digest it replaces is carried over (docs/rules.md, "The officer's quarter", Q2).
 */
import { cellRef } from '../core/address';
import type { IndicatorCarry, MergedCommentary } from '../digest/commentary';
import { COLUMNS, HEADINGS, LINES } from '../digest/digestLayout';
import { BASIS_TEXT, sourceLine } from '../digest/digestWords';
import type { EarlierDigest, LooseNote } from '../digest/earlierDigest';
import { earlierDigest, mergedCommentary } from './earlierSheets';
import type { DigestRun } from '../digest/runDigest';
import { hasIndicatorTable } from '../digest/runFacts';
import { recordedFields } from '../digest/history';
import { actionTracker } from './actionTracker';
import { exceptionsReport } from './exceptionsReport';
import { describeThreshold } from '../rate/thresholds';
import { markerText } from '../read/digestMarker';
import { CarriedNotes } from './carriedNotes';
import { planCharts } from './chartsSheet';
import { dataIssues, notesKept, removedIndicators } from './closingTables';
import { contentWidths } from './columnWidths';
import { exceptionColumns, sectionColumns, type IndicatorColumn } from './indicatorColumns';
import {
  indicatorHeader,
  indicatorRow,
  indicatorStyles,
  rowCells,
  sharedColumns,
  wrapWidths,
} from './indicatorTable';
import type { CellValue } from '../core/grid';
import type { CarriedOver, DigestPlan, PlannedSheet } from './planTypes';
import { generatedOn, type PlanContext } from './planContext';
import { isKeptDigest, keptDigestName } from './previousDigest';
import { builtSheet, SheetBuilder, STYLE } from './sheetBuilder';
import { unusedSheetName } from './sheetNames';
import { summary } from './summaryTables';

export type { ExistingSheet, PlanContext } from './planContext';

/** What the tables need to know about each indicator's commentary and typed notes. */
interface Carry {
  of: Map<DigestRun['indicators'][number], IndicatorCarry>;
  notes: CarriedNotes;
  earlier: EarlierDigest | null;
}

/** Each exception's cells, by indicator: its row under its outcome takes the columns the tables share from them. */
type ExceptionCells = Map<DigestRun['indicators'][number], CellValue[]>;

function exceptions(
  b: SheetBuilder,
  run: DigestRun,
  columns: IndicatorColumn[],
  carry: Carry,
): ExceptionCells {
  const cellsOf: ExceptionCells = new Map();
  b.add([HEADINGS.exceptions], [], STYLE.heading);
  b.add([LINES.exceptions], [], STYLE.note);
  if (run.digest.exceptions.length === 0) {
    b.add([LINES.noExceptions]);
    return cellsOf;
  }
  const header = indicatorHeader(b, columns);
  carry.notes.place(header, carry.earlier?.headerNotes.exceptions ?? []);
  const first = b.row;
  for (const { indicator, prompt } of run.digest.exceptions) {
    const c = carry.of.get(indicator);
    const cells = rowCells(columns, { indicator, prompt, commentary: c?.commentary ?? null });
    cellsOf.set(indicator, cells);
    const row = indicatorRow(b, columns, indicator.numberFormat, cells);
    carry.notes.place(row, c?.notes.exceptions ?? []);
  }
  indicatorStyles(b, columns, first);
  return cellsOf;
}

/** Every indicator under its outcome, with its commentary; returns the header row, repeated on printed pages. */
function sections(
  b: SheetBuilder,
  run: DigestRun,
  columns: IndicatorColumn[],
  carry: Carry,
  excepted: { cells: ExceptionCells; count: number },
): number {
  b.add([HEADINGS.sections], [], STYLE.heading);
  const header = indicatorHeader(b, columns);
  carry.notes.place(header, carry.earlier?.headerNotes.sections ?? []);
  const first = b.row;
  for (const section of run.digest.sections) {
    b.add([section.outcome ?? 'Other indicators'], [], STYLE.outcome);
    for (const indicator of section.indicators) {
      const c = carry.of.get(indicator);
      const lent = excepted.cells.get(indicator);
      const cells = rowCells(
        columns,
        { indicator, commentary: c?.commentary ?? indicator.commentary, joined: c?.joined === true },
        lent && { cells: lent, count: excepted.count },
      );
      const row = indicatorRow(b, columns, indicator.numberFormat, cells);
      // Notes typed beside its Exceptions row stay beside the indicator even when it is no longer an exception.
      carry.notes.place(row, [...(c?.notes.sections ?? []), ...(lent ? [] : (c?.notes.exceptions ?? []))]);
    }
  }
  indicatorStyles(b, columns, first);
  return header;
}

function carriedOver(
  sheet: string,
  earlier: EarlierDigest,
  merged: MergedCommentary,
  notes: CarriedNotes,
  listed: LooseNote[],
): CarriedOver {
  return {
    period: earlier.period,
    sheet,
    commentary: merged.byIndicator.filter((c) => c.typed).length,
    beside: notes.blocks.length,
    listed: listed.length,
    removed: merged.removed.length,
  };
}

/** The digest sheet itself (rules §6), and what it keeps and carries over from the digest it replaces. */
function digestSheet(
  run: DigestRun,
  context: PlanContext,
): Pick<DigestPlan, 'keep' | 'carried'> & { sheet: PlannedSheet } {
  const { existingSheets, generatedAt } = context;
  const earlier = earlierDigest(existingSheets, run.period.label);
  const digest = earlier?.digest ?? null;
  const merged = mergedCommentary(run, context);
  const tables = [exceptionColumns(run), sectionColumns(run)] as const;
  const b = new SheetBuilder(Math.max(...tables.map((t) => t.length)));
  const carried: Carry['of'] = new Map();
  run.indicators.forEach((ind, i) => carried.set(ind, merged.byIndicator[i]!));
  const carry: Carry = {
    of: carried,
    notes: new CarriedNotes(b.width),
    earlier: digest,
  };
  const several = run.sources.length > 1;
  const { settings } = run;
  b.add([`Performance digest: ${run.period.label}`], [], STYLE.title);
  const source = several ? `Sources: the ${run.sources.length} below` : `Source: ${run.digest.source}`;
  b.add(
    [
      `Compared with ${run.comparisonPeriod.label} (${BASIS_TEXT[settings.basis]}). Tolerance ${describeThreshold(settings.tolerance)} unless a row gives an amber threshold. ${source}. Generated ${generatedOn(generatedAt)}.${run.historyNote ? ` ${run.historyNote}` : ''}`,
    ],
    [],
    STYLE.subtitle,
  );
  const polarities = run.digest.sections.flatMap((s) => s.indicators.map((i) => i.polarity));
  const plan = run.actions && { asOf: run.asOf, dueSoonDays: run.actions.dueSoonDays };
  b.add([markerText(run.period.label, recordedFields(settings, polarities, plan))], [], STYLE.marker);
  // Listed under the marker, which must stay within the sheet's first rows however many sources there are.
  if (several) for (const s of run.sources) b.add([sourceLine(s)], [], STYLE.subtitle);
  b.blank();
  summary(b, run);
  b.blank();
  const cells = exceptions(b, run, tables[0], carry);
  b.blank();
  const header = sections(b, run, tables[1], carry, { cells, count: sharedColumns(...tables) });
  const commentaryCol = tables[1].findIndex((c) => c.header === COLUMNS.commentary);
  removedIndicators(b, merged.removed, commentaryCol, carry.notes);
  // With no Exceptions table this time, what was typed beside its header goes to the list, with its address.
  const unplaced = run.digest.exceptions.length === 0 ? (digest?.headerNotes.exceptions ?? []) : [];
  const listed = [
    ...(digest?.loose ?? []),
    ...unplaced.map(({ row, col, ...kept }) => ({ where: cellRef(row, col), ...kept })),
  ];
  notesKept(b, listed);
  dataIssues(b, run);
  const name = earlier
    ? earlier.name
    : unusedSheetName(
        `Digest ${run.period.label}`,
        existingSheets.map((s) => s.name),
      );
  const replaces = earlier?.name ?? null;
  const sheet = builtSheet(b, {
    name,
    replaces,
    columnWidths: contentWidths(b.values, b.formats, b.fitted, wrapWidths([...tables])),
    freezeRows: 1,
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
      repeatRows: { first: header, last: header },
    },
  });
  return {
    sheet: { ...sheet, blocks: [...sheet.blocks, ...carry.notes.blocks] },
    ...(replaces &&
      context.keepReplaced && {
        keep: {
          sheet: replaces,
          keptAs: keptDigestName(run.period.label),
          drops: existingSheets.filter((s) => isKeptDigest(s.name)).map((s) => s.name),
        },
      }),
    ...(earlier && digest && { carried: carriedOver(earlier.name, digest, merged, carry.notes, listed) }),
  };
}

/**
 * The digest and its Charts sheet, then the report sheets asked for (issue 11): the exceptions report, and the
 * action-plan tracker (by default wherever the workbook holds an action plan). A workbook holding only an action plan
 * gets the tracker alone. In the add-in, the digest replaced is kept hidden for Restore (docs/rules.md, Q4).
 */
export function planDigest(run: DigestRun, context: PlanContext): DigestPlan {
  const indicators = hasIndicatorTable(run);
  const kinds = run.settings.reports ?? (run.actions ? ['actions'] : []);
  const sheets: PlannedSheet[] = [];
  const taken = () => [...context.existingSheets.map((s) => s.name), ...sheets.map((s) => s.name)];
  const digest = indicators ? digestSheet(run, context) : null;
  if (digest) sheets.push(digest.sheet);
  // Issue 12's Charts sheet goes with the digest.
  if (indicators) sheets.push(planCharts(run, context.existingSheets, taken()));
  if (indicators && kinds.includes('exceptions')) sheets.push(exceptionsReport(run, context, taken()));
  if (run.actions && (kinds.includes('actions') || !indicators))
    sheets.push(actionTracker(run, run.actions, context, taken()));
  return {
    sheets,
    ...(digest?.keep && { keep: digest.keep }),
    ...(digest?.carried && { carried: digest.carried }),
  };
}
