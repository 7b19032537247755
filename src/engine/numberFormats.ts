/** Reading Excel number format codes: is it a percentage, is it a date? */

/** The format's code with quoted text, escapes and [colour/locale] sections taken out. */
function codeOnly(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '');
}

export function isPercentFormat(format: string | undefined): boolean {
  return !!format && codeOnly(format).includes('%');
}

export function isDateFormat(format: string | undefined): boolean {
  if (!format || /^general$/i.test(format.trim())) return false;
  const code = codeOnly(format.split(';')[0] ?? '');
  return /[dmyhs]/i.test(code.replace(/[eE][+-]/g, ''));
}

export function isGeneralFormat(format: string | undefined): boolean {
  return !format || /^general$/i.test(format.trim());
}
