/** Reading Excel number format codes: is it a percentage, is it a date? */

/** The format's code with quoted text, escapes and [colour/locale] sections taken out. */
function codeOnly(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '');
}

/** A sheet uses a handful of formats over many cells: each is read once. */
function memo(read: (format: string) => boolean): (format: string | undefined) => boolean {
  const known = new Map<string, boolean>();
  return (format) => {
    if (!format) return false;
    let answer = known.get(format);
    if (answer === undefined) known.set(format, (answer = read(format)));
    return answer;
  };
}

export const isPercentFormat = memo((format) => codeOnly(format).includes('%'));

export const isDateFormat = memo((format) => {
  if (/^general$/i.test(format.trim())) return false;
  const code = codeOnly(format.split(';')[0] ?? '');
  return /[dmyhs]/i.test(code.replace(/[eE][+-]/g, ''));
});

export function isGeneralFormat(format: string | undefined): boolean {
  // Most cells say 'General' as written: no pattern test for them.
  return !format || format === 'General' || /^general$/i.test(format.trim());
}
