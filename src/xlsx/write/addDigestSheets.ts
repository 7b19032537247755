/**
 * Digest plans written into a package by adding, never by re-serialising: a worksheet part per planned sheet, our
 * styles appended to styles.xml, and the entries that name the new parts (content types, workbook relationships,
 * `<sheet>`, print titles). A plan that `replaces` our earlier digest overwrites only that sheet's part.
 */
import { quoteSheetName, type DigestPlan } from '../../engine';
import { readRelationships, relsPartOf } from '../read/relationships';
import { readWorkbookPart } from '../read/workbookPart';
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

/** Writes every plan; returns the names of the sheets written, in plan order. */
export function addDigestSheets(editor: PackageEditor, plans: DigestPlan[]): string[] {
  const workbookPart = workbookPartOf(editor);
  let workbook = editor.text(workbookPart)!;
  const ns = namespacesOf(workbook);
  const stylesPart = stylesPartOf(editor, workbookPart, ns);
  const cells = plans.map((plan) => plannedCells(plan.sheet));
  const styles = appendStyles(
    editor.text(stylesPart)!,
    cells.flatMap((c) => c.looks),
    plans.flatMap((plan) => plan.sheet.textRules),
  );
  editor.setText(stylesPart, styles.xml);

  let looksBefore = 0;
  let rulesBefore = 0;
  for (const [i, plan] of plans.entries()) {
    const { looks } = cells[i]!;
    const xml = sheetXml(
      plan.sheet,
      cells[i]!,
      {
        xfIds: styles.xfIds.slice(looksBefore, looksBefore + looks.length),
        dxfIds: styles.dxfIds.slice(rulesBefore, rulesBefore + plan.sheet.textRules.length),
        fontSize: styles.fontSize,
      },
      ns.main,
    );
    looksBefore += looks.length;
    rulesBefore += plan.sheet.textRules.length;
    const placed = placeSheet(editor, workbookPart, workbook, plan, xml, ns);
    workbook = placed.workbook;
    const titles = plan.sheet.print.repeatRows;
    if (titles)
      workbook = setPrintTitles(
        workbook,
        placed.index,
        `${quoteSheetName(plan.sheet.name)}!$${titles.first + 1}:$${titles.last + 1}`,
      );
  }
  editor.setText(workbookPart, workbook);
  return plans.map((plan) => plan.sheet.name);
}

/** Our earlier digest's part gets the new XML; otherwise a new part, related and listed last in tab order. */
function placeSheet(
  editor: PackageEditor,
  workbookPart: string,
  workbook: string,
  plan: DigestPlan,
  xml: string,
  ns: Namespaces,
): { workbook: string; index: number } {
  if (plan.replaces !== null) {
    const sheets = readWorkbookPart(workbook).sheets;
    const index = sheets.findIndex((s) => s.name === plan.replaces);
    const rels = readRelationships(workbookPart, editor.text(relsPartOf(workbookPart)) ?? '<Relationships/>');
    const part = rels.find((r) => r.id === sheets[index]?.relationshipId)?.part;
    if (part && editor.has(part)) {
      editor.setText(part, xml);
      return { workbook, index };
    }
  }
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const part = editor.unusedPartName((n) => `${folder}worksheets/sheet${n}.xml`);
  editor.addPart(part, CONTENT_TYPE.worksheet, xml);
  const relationshipId = editor.addRelationship(workbookPart, ns.relationshipType('worksheet'), part);
  const added = addSheetEntry(workbook, { name: plan.sheet.name, relationshipId }, ns);
  return { workbook: added.xml, index: added.index };
}
