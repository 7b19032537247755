/** Whatever stops the CLI becomes one line for the user, never a stack trace (issue 3, CLI: bad input). */
import { errorLine, UsageError } from '../../src/cli/errors';
import { WorkbookInputError } from '../../src/xlsx/read/inputError';

describe('errorLine', () => {
  it('gives a user error as it is, on one line', () => {
    expect(errorLine(new UsageError('--out "a.xlsx" is the input workbook.\nChoose another.'))).toBe(
      'perf-digest: --out "a.xlsx" is the input workbook. Choose another.',
    );
    expect(errorLine(new WorkbookInputError('missing-file', 'x.xlsx does not exist.'))).toBe(
      'perf-digest: x.xlsx does not exist.',
    );
  });

  it('gives anything unexpected as one line that says so, without the stack', () => {
    const err = new TypeError('Cannot read properties of undefined (reading "x")');
    const line = errorLine(err);
    expect(line).toBe(
      'perf-digest: unexpected problem: Cannot read properties of undefined (reading "x"). Please report it with the workbook if you can share it.',
    );
    expect(line).not.toContain('\n');
    expect(errorLine('a thrown string')).toMatch(/^perf-digest: unexpected problem: a thrown string\./);
  });
});
