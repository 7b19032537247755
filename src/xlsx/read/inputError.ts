/** Why a workbook could not be read: one line a user can act on, never a stack trace. */

export type InputErrorKind =
  | 'missing-file'
  | 'not-a-file'
  | 'not-xlsx'
  | 'encrypted'
  | 'legacy-xls'
  | 'corrupt'
  | 'no-sheets'
  | 'too-large';

export class WorkbookInputError extends Error {
  constructor(
    readonly kind: InputErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookInputError';
  }
}
