/**
 * Appending entries to a collection element of a part we did not write (`<fonts>`, `<cellXfs>`, `<sheets>`…) by
 * inserting text: everything the user's writer put there stays as it was, byte for byte, first.
 */

/** `x:` when the document's root element is `<x:styleSheet …>`, '' when unprefixed. */
export function rootPrefix(xml: string, root: string): string {
  return new RegExp(`<(\\w+:)?${root}[\\s>/]`).exec(xml)?.[1] ?? '';
}

interface Found {
  /** Index of `<`, end of the opening tag (after `>`), and of the closing tag (its `<`; -1 when self-closing). */
  start: number;
  openEnd: number;
  close: number;
  selfClosing: boolean;
}

/** The first element of that exact qualified name (`<x:fonts` does not find `<x14:fonts`). */
export function findElement(xml: string, qualified: string, from = 0): Found | null {
  const open = new RegExp(`<${qualified}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m) return null;
  const openEnd = m.index + m[0].length;
  if (m[1] === '/') return { start: m.index, openEnd, close: -1, selfClosing: true };
  const close = xml.indexOf(`</${qualified}>`, openEnd);
  return close < 0 ? null : { start: m.index, openEnd, close, selfClosing: false };
}

/** How many `child` elements the collection holds (collections do not nest in themselves). */
export function countChildren(xml: string, found: Found, child: string): number {
  if (found.selfClosing) return 0;
  const inner = xml.slice(found.openEnd, found.close);
  return inner.match(new RegExp(`<${child}(?=[\\s/>])`, 'g'))?.length ?? 0;
}

/** The opening tag with `count` set (or added). */
function withCount(tag: string, count: number): string {
  const counted = /\scount="\d*"/.test(tag)
    ? tag.replace(/\scount="\d*"/, ` count="${count}"`)
    : tag.replace(/\s*(\/?>)$/, ` count="${count}"$1`);
  return counted;
}

export interface Appended {
  xml: string;
  /** The index, in the collection, of the first entry added. */
  first: number;
}

/**
 * Adds `entries` at the end of the collection `qualified` (holding `child` elements), updating its `count`.
 * When the collection is missing it is created with `seed` entries first, placed before the first of `before`
 * that is there (else before the root's closing tag `rootClose`).
 */
export function appendToCollection(
  xml: string,
  spec: { qualified: string; child: string; seed: string[]; before: string[]; rootClose: string },
  entries: string[],
): Appended {
  const found = findElement(xml, spec.qualified);
  if (!found) {
    const all = [...spec.seed, ...entries];
    const element = `<${spec.qualified} count="${all.length}">${all.join('')}</${spec.qualified}>`;
    const at = insertionPoint(xml, spec.before, spec.rootClose);
    return { xml: xml.slice(0, at) + element + xml.slice(at), first: spec.seed.length };
  }
  const existing = countChildren(xml, found, spec.child);
  const total = existing + entries.length;
  const openTag = xml.slice(found.start, found.openEnd);
  if (found.selfClosing) {
    const opened = withCount(openTag.replace(/\s*\/>$/, '>'), total);
    return {
      xml: `${xml.slice(0, found.start)}${opened}${entries.join('')}</${spec.qualified}>${xml.slice(found.openEnd)}`,
      first: existing,
    };
  }
  return {
    xml:
      xml.slice(0, found.start) +
      withCount(openTag, total) +
      xml.slice(found.openEnd, found.close) +
      entries.join('') +
      xml.slice(found.close),
    first: existing,
  };
}

/** Where a missing element goes: before the first of the elements that must follow it, else before the root's end. */
export function insertionPoint(xml: string, before: string[], rootClose: string): number {
  const starts = before.map((q) => findElement(xml, q)?.start ?? -1).filter((i) => i >= 0);
  return starts.length > 0 ? Math.min(...starts) : xml.lastIndexOf(rootClose);
}
