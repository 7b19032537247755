/** Everything that stops the CLI becomes one line on stderr: a user error says what to do, anything else says what failed. */
import { WorkbookInputError } from '../xlsx/read/inputError';

/** A problem with what the user asked for (arguments, the output path, the digest's choices). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function singleLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

export function errorLine(err: unknown): string {
  if (err instanceof UsageError || err instanceof WorkbookInputError)
    return `perf-digest: ${singleLine(err.message)}`;
  const what = err instanceof Error ? err.message : String(err);
  return `perf-digest: unexpected problem: ${singleLine(what)}. Please report it with the workbook if you can share it.`;
}
