/** Office.js errors in a performance officer's words: what happened and what to do (never a stack trace). */

export interface OfficeFailure {
  code: string;
  message: string;
}

const WORDS: Record<string, string> = {
  InvalidOperationInCellEditMode:
    'Excel is busy editing a cell. Press Enter or Esc in the sheet, then try again.',
  AccessDenied:
    'Excel did not allow the change: the sheet or the workbook may be protected. Unprotect it, then try again.',
  ItemNotFound:
    'A sheet or cell the digest needs is no longer in the workbook. Open the pane again to read it afresh.',
  ItemAlreadyExists: 'A sheet with that name already exists. Try again: the digest will pick another name.',
  RequestPayloadSizeLimitExceeded:
    'The table is too large for Excel to send in one go. Select a smaller range, then try again.',
  PayloadTooLarge:
    'The table is too large for Excel to send in one go. Select a smaller range, then try again.',
  Conflict: 'Someone else changed the workbook at the same time. Try again.',
  ApiNotFound:
    'This version of Excel lacks a feature the add-in needs. Excel 2019, Microsoft 365, Mac or the web is required.',
};

const GENERAL =
  'Excel reported a problem it did not explain. Try again; if it happens again, close and reopen the pane.';

/** The failure's code (Office.js `OfficeExtension.Error.code`, or `Unknown`) and its message in words. */
export function describeOfficeError(error: unknown): OfficeFailure {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'Unknown';
  return { code, message: WORDS[code] ?? GENERAL };
}
