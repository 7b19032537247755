/**
 * The namespaces and relationship types of the parts we add, in the conformance class of the workbook they go in:
 * transitional (what Excel saves by default) or Strict OOXML ("Strict Open XML Spreadsheet").
 */
export interface Namespaces {
  main: string;
  relationships: string;
  /** A relationship type by its last segment: `worksheet`, `styles`, `drawing`, `chart`… */
  relationshipType: (kind: string) => string;
}

const TRANSITIONAL = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
const STRICT = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};

export function namespacesOf(workbookXml: string): Namespaces {
  const ns = workbookXml.includes(STRICT.main) ? STRICT : TRANSITIONAL;
  return { ...ns, relationshipType: (kind) => `${ns.relationships}/${kind}` };
}

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
};
