/**
 * Workbook packages written part by part in memory, so each test states exactly the XML another program writes:
 * `workbookPackage({ sheets })` gives the minimal parts around the sheets, and any part can be added or replaced.
 */
import { zipSync, strToU8 } from 'fflate';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export interface PackageSpec {
  /** Sheet name → its `<sheetData>` (and anything after it) inside `<worksheet>`. */
  sheets: Record<string, string>;
  /** Extra attributes on `<workbookPr>`, e.g. `date1904="1"`. */
  workbookPr?: string;
  sharedStrings?: string[];
  /** The `<styleSheet>`'s content. */
  styles?: string;
  /** Parts to add or replace, by name. */
  parts?: Record<string, string>;
}

export function sheetPart(body: string): string {
  return `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${body}</worksheet>`;
}

export function workbookPackage(spec: PackageSpec): Uint8Array {
  const names = Object.keys(spec.sheets);
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join('')}${spec.styles !== undefined ? `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` : ''}${spec.sharedStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` : ''}</Types>`,
    '_rels/.rels': `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr ${spec.workbookPr ?? ''}/><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${DECL}<Relationships xmlns="${PKG_REL}">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}${spec.styles !== undefined ? `<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>` : ''}${spec.sharedStrings ? `<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
  };
  names.forEach((n, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetPart(spec.sheets[n]!)));
  if (spec.styles !== undefined)
    parts['xl/styles.xml'] = `${DECL}<styleSheet xmlns="${MAIN}">${spec.styles}</styleSheet>`;
  if (spec.sharedStrings)
    parts['xl/sharedStrings.xml'] =
      `${DECL}<sst xmlns="${MAIN}" count="${spec.sharedStrings.length}" uniqueCount="${spec.sharedStrings.length}">${spec.sharedStrings.join('')}</sst>`;
  return zipParts({ ...parts, ...spec.parts });
}

export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])),
  );
}
