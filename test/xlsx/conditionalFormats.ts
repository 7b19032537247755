/** ExcelJS keeps a sheet's conditional formats on `conditionalFormattings`, which its typings leave out. */
import type { ConditionalFormattingOptions, Worksheet } from 'exceljs';

export function conditionalFormats(ws: Worksheet): ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings: ConditionalFormattingOptions[] }).conditionalFormattings;
}
