/**
 * Which sheets make the digest (rules §1, docs/rules.md "Compiling"): the sheets a person named, or each workbook's
 * best indicator table. A source is one sheet's tables; a workbook is a file's sheets (`file` null for the open one).
 */
import type { SheetGrid } from '../core/grid';
import { issue } from '../core/issues';
import type { DataIssue } from '../core/model';
import { rankSources } from '../read/chooseSource';
import { isDigestSheet } from '../read/digestMarker';
import { readSheet, unreadTableErrors, type SheetReading } from '../read/readSheet';
import { fileKey, parseSourceName, type SourceName } from './sourceName';

export { fileKey, parseSourceName, type SourceName };

export interface WorkbookInput {
  /** The workbook's file name as the person knows it (`children.xlsx`); null for the workbook open in Excel. */
  file: string | null;
  sheets: SheetGrid[];
}

/** A workbook among several that could not be read: left out of the digest, with a data issue saying why. */
export interface UnreadableWorkbook {
  file: string;
  /** What went wrong and what to do, in a sentence: `children.xlsx does not exist: check the file name.` */
  problem: string;
}

export type WorkbookSource = WorkbookInput | UnreadableWorkbook;

export const isUnreadable = (w: WorkbookSource): w is UnreadableWorkbook => 'problem' in w;

/** The data issue for a workbook that could not be read: an error, since none of its indicators are in the digest. */
export const unreadableIssue = (w: UnreadableWorkbook): DataIssue =>
  issue('error', null, `${w.file} is left out of this digest: ${w.problem}`);

export type DigestFailure = {
  kind: 'no-table' | 'unknown-sheet' | 'unknown-workbook' | 'unknown-period' | 'columns-changed';
  message: string;
};

export const isFailure = (x: object): x is DigestFailure => 'message' in x && 'kind' in x;

export interface ChosenSource {
  workbook: WorkbookInput;
  reading: SheetReading;
}

export interface SourceChoice {
  chosen: ChosenSource[];
  /** Workbooks left out because they hold no indicator table (only when others do). */
  issues: DataIssue[];
}

/** At most this many of an unread table's errors go into the one line that says why there is no digest. */
const ERRORS_SHOWN = 3;

/** No digest: where a table header was found, the errors that left its rows out (rules §5); else what is looked for. */
export function noTable(where: string, sheets: SheetGrid[]): DigestFailure {
  for (const sheet of sheets) {
    const errors = unreadTableErrors(sheet);
    if (errors.length === 0) continue;
    const more =
      errors.length > ERRORS_SHOWN ? ` (${errors.length - ERRORS_SHOWN} more errors like these.)` : '';
    const shown = errors.slice(0, ERRORS_SHOWN).map((e) => e.message);
    return {
      kind: 'no-table',
      message: `No indicator table on the sheet "${sheet.name}" could be read: ${shown.join(' ')}${more}`,
    };
  }
  return {
    kind: 'no-table',
    message: `No indicator table found ${where}. Performance Digest looks for a header row with an indicator name column (Indicator, Measure, PI or KPI) and period columns such as "Q1 2006/07" or "Jun 2006" (or Period and Value columns).`,
  };
}

const fileList = (workbooks: WorkbookInput[]) => workbooks.map((w) => w.file ?? 'this workbook').join(', ');

function namedSheet(workbooks: WorkbookInput[], name: SourceName): ChosenSource[] | DigestFailure {
  const candidates =
    name.file === null
      ? workbooks
      : workbooks.filter((w) => w.file && fileKey(w.file) === fileKey(name.file!));
  if (candidates.length === 0)
    return {
      kind: 'unknown-workbook',
      message: `There is no workbook called "${name.file}" among the inputs (${fileList(workbooks)}). Name one of them before the colon, e.g. "${workbooks[0]?.file ?? 'children.xlsx'}:${name.sheet}".`,
    };
  const found = candidates.flatMap((workbook) => {
    const sheet = workbook.sheets.find((s) => s.name.toLowerCase() === name.sheet.toLowerCase());
    return sheet ? [{ workbook, sheet }] : [];
  });
  if (found.length === 0) {
    if (workbooks.length === 1) {
      const names = workbooks[0]!.sheets
        .filter((s) => !isDigestSheet(s))
        .map((s) => `"${s.name}"`)
        .join(', ');
      return {
        kind: 'unknown-sheet',
        message: `There is no sheet called "${name.sheet}" in this workbook. Its sheets are: ${names}.`,
      };
    }
    return {
      kind: 'unknown-sheet',
      message: `There is no sheet called "${name.sheet}" in ${fileList(candidates)}. Check the name, or name the workbook too, e.g. "${candidates[0]?.file ?? 'children.xlsx'}:Sheet".`,
    };
  }
  const chosen: ChosenSource[] = [];
  for (const { workbook, sheet } of found) {
    const where = workbooks.length > 1 && workbook.file ? ` of ${workbook.file}` : '';
    if (isDigestSheet(sheet))
      return {
        kind: 'unknown-sheet',
        message: `"${sheet.name}"${where} is a digest made by Performance Digest, not a sheet of indicators. Choose the sheet that holds your indicator table.`,
      };
    const reading = readSheet(sheet);
    if (!reading) return noTable(`on the sheet "${sheet.name}"${where}`, [sheet]);
    chosen.push({ workbook, reading });
  }
  return chosen;
}

/** The best table of each workbook no name applies to; a workbook without one is left out, saying so. */
function bestOf(workbook: WorkbookInput, several: boolean): ChosenSource | DataIssue | DigestFailure {
  const best = rankSources(workbook.sheets)[0];
  if (best) return { workbook, reading: best };
  if (!several)
    return noTable(
      'in this workbook',
      workbook.sheets.filter((s) => !isDigestSheet(s)),
    );
  return issue(
    'warning',
    null,
    `${workbook.file ?? 'This workbook'} has no indicator table, so it is left out of this digest. Performance Digest looks for a header row with an indicator name column (Indicator, Measure, PI or KPI) and period columns.`,
  );
}

/**
 * The sources, in the order of the workbooks, then of the names given. A name without a workbook applies to every
 * workbook with a sheet of that name; a workbook that no name applies to gives its best table.
 */
export function chooseSources(workbooks: WorkbookInput[], names: string[]): SourceChoice | DigestFailure {
  const named = new Map<WorkbookInput, ChosenSource[]>();
  for (const text of names) {
    const found = namedSheet(workbooks, parseSourceName(text));
    if (isFailure(found)) return found;
    for (const source of found) {
      const list = named.get(source.workbook) ?? named.set(source.workbook, []).get(source.workbook)!;
      if (!list.some((s) => s.reading.sheet === source.reading.sheet)) list.push(source);
    }
  }
  const several = workbooks.length > 1;
  const chosen: ChosenSource[] = [];
  const issues: DataIssue[] = [];
  for (const workbook of workbooks) {
    const own = named.get(workbook);
    if (own) {
      chosen.push(...own);
      continue;
    }
    const best = bestOf(workbook, several);
    if (isFailure(best)) return best;
    if ('reading' in best) chosen.push(best);
    else issues.push(best);
  }
  if (chosen.length === 0)
    return noTable(
      'in any of these workbooks',
      workbooks.flatMap((w) => w.sheets.filter((s) => !isDigestSheet(s))),
    );
  return { chosen, issues };
}

/**
 * The workbooks that names (`children.xlsx:PIs`) ask for but that are not among `present`: in the task pane and on
 * Refresh, a file chosen earlier cannot be read again from disk, so it is left out, saying how to bring it back.
 */
export function missingWorkbooks(names: string[], present: (string | null)[]): UnreadableWorkbook[] {
  const have = new Set(present.flatMap((f) => (f === null ? [] : [fileKey(f)])));
  const missing = new Map<string, string>();
  for (const { file } of names.map(parseSourceName))
    if (file !== null && !have.has(fileKey(file)) && !missing.has(fileKey(file)))
      missing.set(fileKey(file), file);
  return [...missing.values()].map((file) => ({
    file,
    problem: `it is not open in the digest pane (a workbook on disk is read only when you add it). Open the digest pane, add ${file} again with Add workbooks…, and generate the digest.`,
  }));
}
