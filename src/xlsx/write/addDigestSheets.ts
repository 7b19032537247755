/**
 * A digest plan written into a package by adding, never by re-serialising: a worksheet part per planned sheet, our
 * styles appended to styles.xml, and the entries that name the new parts (content types, workbook relationships,
 * `<sheet>`, print titles). A sheet that `replaces` an earlier sheet of ours overwrites only that sheet's part.
 */
import { quoteSheetName, type DigestPlan, type PlannedSheet } from '../../engine';
import { readRelationships, relsPartOf } from '../read/relationships';
import { readWorkbookPart } from '../read/workbookPart';
import { addCharts, removeCharts } from './addCharts';
import { appendStyles, EMPTY_STYLES } from './appendStyles';
import { CONTENT_TYPE, namespacesOf, type Namespaces } from './namespaces';
import type { PackageEditor } from './packageEditor';
import { plannedCells } from './plannedCells';
import { sheetXml } from './sheetXml';
import { addSheetEntry, setPrintTitles } from './workbookEdits';

export class NotAWorkbookPackageError extends Error {
  constructor() {
    super('the package has no workbook part');
    this.name = 'NotAWorkbookPackageError';
  }
}

function workbookPartOf(editor: PackageEditor): string {
  const part = readRelationships('', editor.text('_rels/.rels') ?? '<Relationships/>').find(
    (r) => r.kind === 'officeDocument',
  )?.part;
  if (!part || !editor.has(part)) throw new NotAWorkbookPackageError();
  return part;
}

/** The workbook's styles part, added (empty) when it has none. */
function stylesPartOf(editor: PackageEditor, workbookPart: string, ns: Namespaces): string {
  const rels = readRelationships(workbookPart, editor.text(relsPartOf(workbookPart)) ?? '<Relationships/>');
  const existing = rels.find((r) => r.kind === 'styles')?.part;
  if (existing && editor.has(existing)) return existing;
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const part = editor.unusedPartName((n) => `${folder}styles${n === 1 ? '' : n}.xml`);
  editor.addPart(part, CONTENT_TYPE.styles, EMPTY_STYLES(ns.main));
  editor.addRelationship(workbookPart, ns.relationshipType('styles'), part);
  return part;
}

/** Writes every planned sheet; returns the names of the sheets written, in plan order (the digest first). */
export function addDigestSheets(editor: PackageEditor, plan: DigestPlan): string[] {
  const workbookPart = workbookPartOf(editor);
  let workbook = editor.text(workbookPart)!;
  const ns = namespacesOf(workbook);
  const stylesPart = stylesPartOf(editor, workbookPart, ns);
  const sheets = plan.sheets;
  const cells = sheets.map(plannedCells);
  const styles = appendStyles(
    editor.text(stylesPart)!,
    cells.flatMap((c) => c.looks),
    sheets.flatMap((sheet) => sheet.textRules),
  );
  editor.setText(stylesPart, styles.xml);

  let looksBefore = 0;
  let rulesBefore = 0;
  for (const [i, sheet] of sheets.entries()) {
    const { looks } = cells[i]!;
    const sheetStyles = {
      xfIds: styles.xfIds.slice(looksBefore, looksBefore + looks.length),
      dxfIds: styles.dxfIds.slice(rulesBefore, rulesBefore + sheet.textRules.length),
      fontSize: styles.fontSize,
    };
    const xml = (drawing: string | null) => sheetXml(sheet, cells[i]!, sheetStyles, ns, drawing);
    looksBefore += looks.length;
    rulesBefore += sheet.textRules.length;
    const placed = placeSheet(editor, workbookPart, workbook, sheet, xml, ns);
    workbook = placed.workbook;
    const titles = sheet.print.repeatRows;
    if (titles)
      workbook = setPrintTitles(
        workbook,
        placed.index,
        `${quoteSheetName(sheet.name)}!$${titles.first + 1}:$${titles.last + 1}`,
      );
  }
  editor.setText(workbookPart, workbook);
  return sheets.map((sheet) => sheet.name);
}

/**
 * Our earlier sheet's part gets the new XML (its old charts removed); otherwise a new part, related and listed last in
 * tab order. `xml` is given the sheet's relationship id for its drawing, when it has charts (issue 12).
 */
function placeSheet(
  editor: PackageEditor,
  workbookPart: string,
  workbook: string,
  sheet: PlannedSheet,
  xml: (drawing: string | null) => Uint8Array,
  ns: Namespaces,
): { workbook: string; index: number } {
  if (sheet.replaces !== null) {
    const sheets = readWorkbookPart(workbook).sheets;
    const index = sheets.findIndex((s) => s.name === sheet.replaces);
    const rels = readRelationships(workbookPart, editor.text(relsPartOf(workbookPart)) ?? '<Relationships/>');
    const part = rels.find((r) => r.id === sheets[index]?.relationshipId)?.part;
    if (part && editor.has(part)) {
      removeCharts(editor, part);
      editor.setText(part, xml(addCharts(editor, part, sheet, ns)));
      return { workbook, index };
    }
  }
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const part = editor.unusedPartName((n) => `${folder}worksheets/sheet${n}.xml`);
  editor.addPart(part, CONTENT_TYPE.worksheet, xml(addCharts(editor, part, sheet, ns)));
  const relationshipId = editor.addRelationship(workbookPart, ns.relationshipType('worksheet'), part);
  const added = addSheetEntry(workbook, { name: sheet.name, relationshipId }, ns);
  return { workbook: added.xml, index: added.index };
}
