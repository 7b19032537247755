/** The workbook part: its sheets in tab order (name, visibility, relationship id) and its date system. */
import { attribute, readXml } from './xmlEvents';

export interface SheetEntry {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  relationshipId: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  /** Dates are days since 1 Jan 1904 (old Mac workbooks) rather than since 1900. */
  date1904: boolean;
}

const TRUE = new Set(['1', 'true', 'on']);

export function readWorkbookPart(xml: string): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  readXml(xml, {
    open: (name, attributes) => {
      if (name === 'workbookPr') info.date1904 = TRUE.has(attributes.date1904 ?? '');
      else if (name === 'sheet')
        info.sheets.push({
          name: attributes.name ?? '',
          state:
            attributes.state === 'hidden' || attributes.state === 'veryHidden' ? attributes.state : 'visible',
          relationshipId: attribute(attributes, 'id') ?? '',
        });
    },
  });
  return info;
}
