/**
 * The workbook part's two edits, by text insertion: a `<sheet>` for each sheet we add, and the print titles of our
 * sheets as `_xlnm.Print_Titles` defined names. Every other byte of the user's workbook.xml stays as it was.
 */
import { findElement, insertionPoint, rootPrefix } from './collections';
import type { Namespaces } from './namespaces';
import { xmlEscape } from './xmlText';

/** The workbook's children that come after definedNames (CT_Workbook). */
const AFTER_DEFINED_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

export interface SheetToAdd {
  name: string;
  relationshipId: string;
}

/** Adds the sheet last in tab order; returns the new XML and the sheet's index (its `localSheetId`). */
export function addSheetEntry(
  xml: string,
  sheet: SheetToAdd,
  ns: Namespaces,
): { xml: string; index: number } {
  const p = rootPrefix(xml, 'workbook');
  const sheets = findElement(xml, `${p}sheets`);
  if (!sheets || sheets.selfClosing) throw new Error('the workbook part has no <sheets>');
  const inner = xml.slice(sheets.openEnd, sheets.close);
  const index = inner.match(new RegExp(`<${p}sheet(?=[\\s/>])`, 'g'))?.length ?? 0;
  const sheetId = Math.max(0, ...[...inner.matchAll(/\ssheetId="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  // The prefix the root binds to the relationships namespace (openpyxl binds it on each <sheet>), else our own.
  const root = findElement(xml, `${p}workbook`);
  const rootTag = root ? xml.slice(root.start, root.openEnd) : '';
  const bound = new RegExp(`xmlns:(\\w+)="${ns.relationships}"`).exec(rootTag)?.[1];
  const id = bound
    ? `${bound}:id="${sheet.relationshipId}"`
    : `r:id="${sheet.relationshipId}" xmlns:r="${ns.relationships}"`;
  const entry = `<${p}sheet name="${xmlEscape(sheet.name)}" sheetId="${sheetId}" ${id}/>`;
  return { xml: xml.slice(0, sheets.close) + entry + xml.slice(sheets.close), index };
}

/** Sets the rows repeated on every printed page of sheet `index`, replacing any print titles it had. */
export function setPrintTitles(xml: string, index: number, reference: string): string {
  const p = rootPrefix(xml, 'workbook');
  const name = `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${xmlEscape(reference)}</${p}definedName>`;
  const names = findElement(xml, `${p}definedNames`);
  if (!names) {
    const at = insertionPoint(
      xml,
      AFTER_DEFINED_NAMES.map((n) => `${p}${n}`),
      `</${p}workbook>`,
    );
    return `${xml.slice(0, at)}<${p}definedNames>${name}</${p}definedNames>${xml.slice(at)}`;
  }
  if (names.selfClosing)
    return `${xml.slice(0, names.start)}<${p}definedNames>${name}</${p}definedNames>${xml.slice(names.openEnd)}`;
  const inner = xml.slice(names.openEnd, names.close);
  const earlier = new RegExp(
    `<${p}definedName(?=\\s)(?=[^>]*\\sname="_xlnm\\.Print_Titles")(?=[^>]*\\slocalSheetId="${index}")[^>]*>[^<]*</${p}definedName>`,
  );
  return xml.slice(0, names.openEnd) + inner.replace(earlier, '') + name + xml.slice(names.close);
}
