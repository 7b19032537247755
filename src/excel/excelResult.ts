/**
 * Results the adapter returns instead of throwing: a failure carries Excel's error code (for tests and logs) and a
 * message in the user's words saying what to do. Never a stack trace.
 */
export interface ExcelFailure {
  code: string;
  message: string;
}

export type ExcelResult<T> = { ok: true; value: T } | { ok: false; error: ExcelFailure };

export const success = <T>(value: T): ExcelResult<T> => ({ ok: true, value });
export const failure = <T>(code: string, message: string): ExcelResult<T> => ({
  ok: false,
  error: { code, message },
});

const PAYLOAD_CODES = ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'];

export const errorCode = (e: unknown): string =>
  typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string'
    ? (e as { code: string }).code
    : 'Unexpected';

export const isPayloadTooLarge = (e: unknown): boolean => PAYLOAD_CODES.includes(errorCode(e));

const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode:
    'Excel is busy editing a cell. Press Enter or Esc in the sheet, then try again.',
  ItemNotFound:
    'A sheet the digest needs is no longer in this workbook. Choose the source sheet again and retry.',
  InvalidOperation:
    'Excel did not allow a change to the workbook. Check that it is not protected, then try again.',
  AccessDenied: 'This workbook is read-only or protected. Unprotect it (Review > Unprotect) and try again.',
  ApiNotFound:
    'This version of Excel lacks a feature the digest needs. Update Excel, or use Excel on the web.',
  InvalidArgument: 'Excel rejected a value the digest tried to write. Please report this with the workbook.',
  RequestPayloadSizeLimitExceeded:
    'The workbook is too large to read or write in one go. Try a smaller source table.',
  ResponsePayloadSizeLimitExceeded:
    'The workbook is too large to read or write in one go. Try a smaller source table.',
};

/** The user's message for an Excel failure during `doing` (e.g. "writing the digest"). */
export function fromExcelError<T>(e: unknown, doing: string): ExcelResult<T> {
  const code = errorCode(e);
  const what =
    MESSAGES[code] ?? 'Excel could not finish; nothing was changed that cannot be undone. Try again.';
  return failure(code, `While ${doing}: ${what}`);
}
