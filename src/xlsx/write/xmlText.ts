/** Text and attribute values for the XML we write, including characters XML 1.0 cannot hold. */

const SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Control characters XML cannot hold are written `_xHHHH_`, and so is the `_` of text that already looks like such
 * an escape, so that Excel reads back exactly the text we wrote (ECMA-376 Part 1, 22.9.2.19).
 */
function escapeCharacters(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-F]{4}_)/g,
    (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /[\u0000-\u001f&<>"_\ufffe\uffff]/;

export function xmlEscape(text: string): string {
  // Most text has nothing to escape: one test instead of two replacements.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return escapeCharacters(text).replace(/[&<>"]/g, (ch) => SPECIAL[ch]!);
}
