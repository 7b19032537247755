/**
 * Character data as an XML parser hands it over (XML 1.0 §2.11, §3.3.3, §4.6): line ends read as `\n`, the five
 * predefined entities and character references decoded, tabs and line ends in attribute values read as spaces.
 * What saxes does for the rest of a part, for the cells the sheet scanner reads (sheetCells.ts).
 */
import { XmlSyntaxError } from './xmlEvents';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Whether the text holds a character XML 1.0 does not allow at all (decoded UTF-8 has no lone surrogates). */
function hasNonXmlChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 ? code !== 0x9 && code !== 0xa && code !== 0xd : code === 0xfffe || code === 0xffff)
      return true;
  }
  return false;
}

function reference(name: string): string {
  const named = ENTITIES[name];
  if (named !== undefined) return named;
  const code = /^#x[0-9a-fA-F]+$/.test(name)
    ? parseInt(name.slice(2), 16)
    : /^#[0-9]+$/.test(name)
      ? parseInt(name.slice(1), 10)
      : NaN;
  if (!isXmlChar(code)) throw new XmlSyntaxError(`"&${name};" is not a character XML knows`);
  return String.fromCodePoint(code);
}

function decodeReferences(text: string): string {
  return text.replace(/&([^&;]*)(;?)/g, (_, name: string, semicolon: string) => {
    if (!semicolon) throw new XmlSyntaxError(`"&${name}" is not closed by ";"`);
    return reference(name);
  });
}

/** Text between tags, as written, to the text it holds. */
export function decodeText(raw: string): string {
  if (hasNonXmlChar(raw)) throw new XmlSyntaxError('the text holds a character XML does not allow');
  if (raw.includes(']]>')) throw new XmlSyntaxError('"]]>" stands in text');
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return text.includes('&') ? decodeReferences(text) : text;
}

/** A CDATA section's content: nothing is decoded but line ends. */
export function decodeCData(raw: string): string {
  if (hasNonXmlChar(raw)) throw new XmlSyntaxError('the text holds a character XML does not allow');
  return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
}

/** An attribute's value, as written between its quotes, to its value. */
export function decodeAttribute(raw: string): string {
  if (hasNonXmlChar(raw)) throw new XmlSyntaxError('an attribute holds a character XML does not allow');
  const spaced = raw.replace(/\r\n|[\t\n\r]/g, ' ');
  return spaced.includes('&') ? decodeReferences(spaced) : spaced;
}
