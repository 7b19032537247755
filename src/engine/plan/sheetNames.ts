/** Excel's sheet-name rules: at most 31 characters, none of [ ] : * ? / \, not starting or ending with ', unique ignoring case. */
const ILLEGAL = /[[\]:*?/\\]/g;
const MAX = 31;

export function legalSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(ILLEGAL, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (cleaned || 'Digest').slice(0, MAX).trim();
}

/** `wanted` made legal, and numbered `(2)`, `(3)`… until no sheet in `taken` has it. */
export function unusedSheetName(wanted: string, taken: string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const base = legalSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX - suffix.length).trim() + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
