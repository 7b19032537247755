/**
 * Rules §6 laid out on a sheet: the digest plan that the file and Office.js writers execute as it is.
 * Layout, top to bottom: title block (with the marker), summary, exceptions with commentary prompts and commentary,
 * indicators by outcome (with commentary), removed indicators, notes kept from the earlier digest, data issues.
 * Everything typed into the digest it replaces is carried over (docs/rules.md, "The officer's quarter", Q2).
 */
import { cellRef } from '../core/address';
import { mergeCommentary, type IndicatorCarry, type MergedCommentary } from '../digest/commentary';
import { COLUMNS, HEADINGS, LINES } from '../digest/digestLayout';
import { BASIS_TEXT, sourceLine } from '../digest/digestWords';
import { readDigestSheet, type EarlierDigest, type LooseNote } from '../digest/earlierDigest';
import type { DigestRun } from '../digest/runDigest';
import { describeThreshold } from '../rate/thresholds';
import { markerText } from '../read/digestMarker';
import { CarriedNotes } from './carriedNotes';
import { planCharts } from './chartsSheet';
import { dataIssues, notesKept, removedIndicators } from './closingTables';
import { contentWidths } from './columnWidths';
import { exceptionColumns, sectionColumns, type IndicatorColumn } from './indicatorColumns';
import { indicatorHeader, indicatorRow, indicatorStyles, wrapWidths } from './indicatorTable';
import type { CarriedOver, DigestPlan, PlanContext } from './planTypes';
import { isKeptDigest, keptDigestName } from './previousDigest';
import { SheetBuilder, STYLE } from './sheetBuilder';
import { unusedSheetName } from './sheetNames';
import { summary } from './summaryTables';

export type { ExistingSheet, PlanContext } from './planTypes';

/** What the tables need to know about each indicator's commentary and typed notes. */
interface Carry {
  of: Map<DigestRun['indicators'][number], IndicatorCarry>;
  notes: CarriedNotes;
  earlier: EarlierDigest | null;
}

function exceptions(b: SheetBuilder, run: DigestRun, columns: IndicatorColumn[], carry: Carry): void {
  b.add([HEADINGS.exceptions], [], STYLE.heading);
  b.add([LINES.exceptions], [], STYLE.note);
  if (run.digest.exceptions.length === 0) {
    b.add([LINES.noExceptions]);
    return;
  }
  const header = indicatorHeader(b, columns);
  carry.notes.place(header, carry.earlier?.headerNotes.exceptions ?? []);
  const first = b.row;
  for (const { indicator, prompt } of run.digest.exceptions) {
    const c = carry.of.get(indicator);
    const row = indicatorRow(b, columns, { indicator, prompt, commentary: c?.commentary ?? null });
    carry.notes.place(row, c?.notes.exceptions ?? []);
  }
  indicatorStyles(b, columns, first);
}

/** Every indicator under its outcome, with its commentary; returns the header row, repeated on printed pages. */
function sections(b: SheetBuilder, run: DigestRun, columns: IndicatorColumn[], carry: Carry): number {
  b.add([HEADINGS.sections], [], STYLE.heading);
  const header = indicatorHeader(b, columns);
  carry.notes.place(header, carry.earlier?.headerNotes.sections ?? []);
  const excepted = new Set(run.digest.exceptions.map((e) => e.indicator));
  const first = b.row;
  for (const section of run.digest.sections) {
    b.add([section.outcome ?? 'Other indicators'], [], STYLE.outcome);
    for (const indicator of section.indicators) {
      const c = carry.of.get(indicator);
      const row = indicatorRow(b, columns, {
        indicator,
        commentary: c?.commentary ?? indicator.commentary,
        joined: c?.joined === true,
      });
      // Notes typed beside its Exceptions row stay beside the indicator even when it is no longer an exception.
      carry.notes.place(row, [
        ...(c?.notes.sections ?? []),
        ...(excepted.has(indicator) ? [] : (c?.notes.exceptions ?? [])),
      ]);
    }
  }
  indicatorStyles(b, columns, first);
  return header;
}

function generatedOn(d: Date): string {
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
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

export function planDigest(run: DigestRun, context: PlanContext): DigestPlan {
  const { existingSheets, generatedAt } = context;
  const earlier = existingSheets
    .filter((s) => !isKeptDigest(s.name))
    .map((s) => ({ name: s.name, digest: s.grid && readDigestSheet(s.grid) }))
    .find((s) => s.digest?.period === run.period.label);
  const digest = earlier?.digest ?? null;
  const merged = mergeCommentary(run.indicators, digest?.rows ?? []);
  const tables = [exceptionColumns(run), sectionColumns(run)] as const;
  const b = new SheetBuilder(Math.max(...tables.map((t) => t.length)));
  const carry: Carry = {
    of: new Map(run.indicators.map((ind, i) => [ind, merged.byIndicator[i]!])),
    notes: new CarriedNotes(b.width),
    earlier: digest,
  };
  const several = run.sources.length > 1;
  const { settings } = run;
  b.add([`Performance digest: ${run.period.label}`], [], STYLE.title);
  const source = several ? `Sources: the ${run.sources.length} below` : `Source: ${run.digest.source}`;
  b.add(
    [
      `Compared with ${run.comparisonPeriod.label} (${BASIS_TEXT[settings.basis]}). Tolerance ${describeThreshold(settings.tolerance)} unless a row gives an amber threshold. ${source}. Generated ${generatedOn(generatedAt)}.`,
    ],
    [],
    STYLE.subtitle,
  );
  b.add([markerText(run.period.label)], [], STYLE.marker);
  // Listed under the marker, which must stay within the sheet's first rows however many sources there are.
  if (several) for (const s of run.sources) b.add([sourceLine(s)], [], STYLE.subtitle);
  b.blank();
  summary(b, run);
  b.blank();
  exceptions(b, run, tables[0], carry);
  b.blank();
  const header = sections(b, run, tables[1], carry);
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
  return {
    sheets: [
      {
        name,
        replaces,
        blocks: [{ row: 0, col: 0, values: b.values, numberFormats: b.formats }, ...carry.notes.blocks],
        styles: b.styles,
        textRules: b.textRules,
        columnWidths: contentWidths(b.values, b.formats, b.fitted, wrapWidths([...tables])),
        freezeRows: 1,
        print: {
          orientation: 'landscape',
          paperSize: 'A4',
          fitToPagesWide: 1,
          repeatRows: { first: header, last: header },
        },
      },
      planCharts(run, existingSheets, [...existingSheets.map((s) => s.name), name]),
    ],
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
