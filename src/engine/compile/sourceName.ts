/**
 * How a person names a source (rules §1, docs/rules.md "Compiling"), apart from reading any sheet: the task pane's
 * state uses it on every change, and loads the engine's reading only with its preview.
 */
/** A source as a person names it: a sheet (`PIs Q3`), or a sheet of one workbook (`children.xlsx:PIs Q3`). */
export interface SourceName {
  file: string | null;
  sheet: string;
}

/** Excel forbids `:` in sheet names, so the last one separates the workbook from the sheet. */
export function parseSourceName(text: string): SourceName {
  const at = text.lastIndexOf(':');
  // `C:\data\a.xlsx` alone is a path, not a workbook and a sheet: a sheet part never starts with a backslash.
  if (at <= 0 || /^[\\/]/.test(text.slice(at + 1))) return { file: null, sheet: text.trim() };
  return { file: text.slice(0, at).trim(), sheet: text.slice(at + 1).trim() };
}

/** The file's name without its folder; matched without case and with or without `.xlsx`. */
export const fileKey = (file: string) =>
  (file.split(/[\\/]/).pop() ?? file)
    .trim()
    .toLowerCase()
    .replace(/\.xlsx$/, '');
