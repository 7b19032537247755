/**
 * Issue 11 (docs/rules.md §11 "The exceptions report"): a committee appendix, as the seeds' exceptions reports are
 * written. Per outcome a status line (the worst RAG among its indicators, or a status typed over it, kept on re-runs
 * like commentary), then one paragraph per exception from its figures, forecast and the officer's commentary (the
 * commentary prompt where there is none, marked as a prompt). A4 portrait, no gridlines: it reads as a page.
 */
import { RAG_TEXT } from '../digest/digestWords';
import { forecastSentence, promptParts } from '../digest/prompts';
import { worstRag } from '../digest/reportWords';
import type { DigestRun } from '../digest/runDigest';
import type { RatedIndicator } from '../rate/rateIndicator';
import { reportMarkerText } from '../read/digestMarker';
import { earlierReport, mergedCommentary } from './earlierSheets';
import { generatedOn, type PlanContext } from './planContext';
import type { PlannedSheet } from './planTypes';
import { builtSheet, ragRules, SheetBuilder, STYLE } from './sheetBuilder';
import { unusedSheetName } from './sheetNames';
import { NOT_RATED, readStatusOverrides, statusLine } from './statusLine';

/** How the sheet's marker names it: a typed status is kept when our sheet of this kind and period is made again. */
const EXCEPTIONS_REPORT = 'exceptions report';

/** Column A holds the status and RAG words, column B the text: about 90 characters, one A4 page wide. */
const WIDTHS = [11, 80];

const STYLES = {
  outcome: { bold: true, fontSize: 13, fontColor: '#1F3864', borderBottom: '#1F3864' },
  statusWord: { bold: true, horizontal: 'center', vertical: 'top' },
  indicator: { bold: true, wrap: true, vertical: 'top' },
  paragraph: { wrap: true, vertical: 'top' },
  prompt: { italic: true, fontColor: '#595959', wrap: true, vertical: 'top' },
} as const;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function exceptionRows(
  b: SheetBuilder,
  run: DigestRun,
  indicator: RatedIndicator,
  commentary: string | null,
): void {
  const parts = promptParts(indicator, run.period, run.comparisonPeriod);
  const title = indicator.ref ? `${indicator.ref} ${indicator.name}` : indicator.name;
  const word = RAG_TEXT[indicator.rag];
  const row = b.add([word, title]);
  b.style({ row, col: 0, rows: 1, cols: 1 }, STYLES.statusWord);
  b.style({ row, col: 1, rows: 1, cols: 1 }, STYLES.indicator);
  ragRules(b, { row, col: 0, rows: 1, cols: 1 });
  const forecast = indicator.forecast
    ? ` ${forecastSentence(indicator, indicator.forecast, run.period)}`
    : '';
  const text = commentary?.trim() ? ` ${commentary.trim()}` : '';
  b.add([null, `${capitalised(parts.figures)}${forecast}${text}`], [], STYLES.paragraph);
  if (!text) b.add([null, `Prompt (no commentary yet): ${parts.question}`], [], STYLES.prompt);
}

export function exceptionsReport(run: DigestRun, context: PlanContext, taken: string[]): PlannedSheet {
  const earlier = earlierReport(context.existingSheets, EXCEPTIONS_REPORT, run.period.label);
  const overrides = readStatusOverrides(earlier?.grid ?? null);
  const commentary = mergedCommentary(run, context).byIndicator;
  const index = new Map(run.indicators.map((ind, i) => [ind, i]));
  const b = new SheetBuilder(WIDTHS.length);
  b.add([`Exceptions report: ${run.period.label}`], [], STYLE.title);
  b.add([reportMarkerText(EXCEPTIONS_REPORT, run.period.label)], [], STYLE.marker);
  // Prose sits in column B, wrapped, so nothing runs off the printed page; column A holds the status words.
  b.add(
    [
      null,
      `Performance against target in ${run.period.label}, compared with ${run.comparisonPeriod.label}. Source: ${run.digest.source}. Generated ${generatedOn(context.generatedAt)}.`,
    ],
    [],
    { ...STYLE.subtitle, wrap: true, vertical: 'top' },
  );
  b.add(
    [
      null,
      "Each outcome's status is the worst RAG among its indicators; type another status over it and the next run keeps it. Each exception gives its figures and the officer's commentary from the digest; where there is none yet, its commentary prompt, marked Prompt.",
    ],
    [],
    { ...STYLE.note, wrap: true, vertical: 'top' },
  );
  for (const section of run.digest.sections) {
    const outcome = section.outcome ?? 'Other indicators';
    b.blank();
    b.add([outcome], [], STYLES.outcome);
    const worst = worstRag(section.indicators);
    statusLine(b, worst ? RAG_TEXT[worst] : NOT_RATED, section.indicators, overrides.get(outcome));
    const exceptions = run.digest.exceptions.filter((e) => section.indicators.includes(e.indicator));
    if (exceptions.length === 0) {
      b.add(
        [null, 'No exceptions: no indicator is Red or Amber, getting worse or forecast to miss its target.'],
        [],
        STYLES.paragraph,
      );
      continue;
    }
    for (const { indicator } of exceptions) {
      b.blank();
      exceptionRows(b, run, indicator, commentary[index.get(indicator) ?? -1]?.commentary ?? null);
    }
  }
  if (run.issues.length > 0) {
    b.blank();
    b.add(
      [
        null,
        `${run.issues.length} data issue(s) were found reading the source; the digest sheet lists each with its cell.`,
      ],
      [],
      { ...STYLE.note, wrap: true },
    );
  }
  return builtSheet(b, {
    name: earlier?.name ?? unusedSheetName(`Exceptions ${run.period.label}`, taken),
    replaces: earlier?.name ?? null,
    columnWidths: WIDTHS,
    freezeRows: 0,
    print: { orientation: 'portrait', paperSize: 'A4', fitToPagesWide: 1 },
    showGridlines: false,
  });
}
