/**
 * A package being added to: the input's parts, of which only the few we edit are ever unpacked, plus new parts.
 * Besides our sheets, any part can be added with its content type and a relationship from another part (charts and
 * drawings later); the output copies every untouched part exactly as it was stored.
 */
import { nodeInflateRaw } from '../nodeInflate';
import { entryText } from '../zip/entryText';
import { writeZip, type ZipContent } from '../zip/writeZip';
import type { ZipEntry } from '../zip/zipIndex';
import { relsPartOf } from '../read/relationships';
import { rootPrefix } from './collections';
import { xmlEscape } from './xmlText';

const CONTENT_TYPES = '[Content_Types].xml';
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The relative reference from one part's folder to another part: `xl/workbook.xml` → `worksheets/sheet2.xml`. */
export function relativeTarget(from: string, to: string): string {
  const base = from.split('/').slice(0, -1);
  const target = to.split('/');
  let shared = 0;
  while (shared < base.length && shared < target.length - 1 && base[shared] === target[shared]) shared++;
  return [...Array(base.length - shared).fill('..'), ...target.slice(shared)].join('/');
}

export class PackageEditor {
  private readonly originals = new Map<string, ZipEntry>();
  /** Edited or added parts: as text when we may edit them again, as bytes when they are written once (sheets). */
  private readonly edited = new Map<string, { name: string; content: string | Uint8Array }>();
  private readonly order: string[] = [];

  constructor(entries: ZipEntry[] = []) {
    for (const entry of entries) {
      this.originals.set(entry.name.toLowerCase(), entry);
      this.order.push(entry.name);
    }
  }

  /** Part names are case-insensitive (OPC). */
  has(part: string): boolean {
    const key = part.toLowerCase();
    return this.edited.has(key) || this.originals.has(key);
  }

  text(part: string): string | null {
    const key = part.toLowerCase();
    const edited = this.edited.get(key);
    if (edited)
      return typeof edited.content === 'string' ? edited.content : new TextDecoder().decode(edited.content);
    const original = this.originals.get(key);
    // Node's inflate: the writer runs only in the CLI, and fflate's JavaScript inflate, run cold on styles.xml, was
    // a small write's longest step.
    return original ? entryText(original, nodeInflateRaw) : null;
  }

  /** Replaces a part's content (text, or its UTF-8 bytes), or adds the part (without a content type: see addPart). */
  setText(part: string, content: string | Uint8Array): void {
    const key = part.toLowerCase();
    const name = this.originals.get(key)?.name ?? this.edited.get(key)?.name ?? part;
    if (!this.order.includes(name)) this.order.push(name);
    this.edited.set(key, { name, content });
  }

  /** The first `pattern(n)`, n = 1, 2, …, that names no part. */
  unusedPartName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(pattern(n))) return pattern(n);
  }

  /** Adds a part with its content type ([Content_Types].xml gets an Override for it). */
  addPart(part: string, contentType: string, content: string | Uint8Array): void {
    this.setText(part, content);
    const types = this.text(CONTENT_TYPES) ?? `${XML_DECLARATION}<Types xmlns="${CONTENT_TYPES_NS}"></Types>`;
    const p = rootPrefix(types, 'Types');
    const override = `<${p}Override PartName="/${encodeURI(part)}" ContentType="${xmlEscape(contentType)}"/>`;
    this.setText(CONTENT_TYPES, insertBeforeRootEnd(types, `${p}Types`, override));
  }

  /**
   * Removes a part, its content type and its own relationships part (issue 12: an earlier Charts sheet's drawing and
   * charts). Relationships to it are the caller's to remove.
   */
  removePart(part: string): void {
    const key = part.toLowerCase();
    const name = this.originals.get(key)?.name ?? this.edited.get(key)?.name;
    if (name === undefined) return;
    this.originals.delete(key);
    this.edited.delete(key);
    this.order.splice(this.order.indexOf(name), 1);
    const types = this.text(CONTENT_TYPES);
    const override = new RegExp(
      `<(\\w+:)?Override\\b[^>]*\\sPartName="/${escapeRegExp(encodeURI(name))}"[^>]*/>`,
      'i',
    );
    if (types && override.test(types)) this.setText(CONTENT_TYPES, types.replace(override, ''));
    this.removePart(relsPartOf(name));
  }

  /** Adds a relationship from `source` ('' for the package) to the part `target`; returns its id. */
  addRelationship(source: string, type: string, target: string): string {
    const relsPart = relsPartOf(source);
    const rels =
      this.text(relsPart) ?? `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}"></Relationships>`;
    const taken = new Set(readRelationshipIds(rels));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const p = rootPrefix(rels, 'Relationships');
    const relationship = `<${p}Relationship Id="${id}" Type="${xmlEscape(type)}" Target="${xmlEscape(encodeURI(relativeTarget(source, target)))}"/>`;
    this.setText(relsPart, insertBeforeRootEnd(rels, `${p}Relationships`, relationship));
    return id;
  }

  /** The package as a zip: every part in its original order, then the new ones. */
  toZip(): Uint8Array {
    return writeZip(
      this.order.map((name) => {
        const key = name.toLowerCase();
        const edited = this.edited.get(key);
        const content: ZipContent = edited
          ? { bytes: typeof edited.content === 'string' ? Buffer.from(edited.content) : edited.content }
          : { copy: this.originals.get(key)! };
        return { name, content };
      }),
    );
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function readRelationshipIds(rels: string): string[] {
  return [...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]!);
}

/** Adds `entry` as the last child of the root element `qualified` (opening it if it is self-closing). */
function insertBeforeRootEnd(xml: string, qualified: string, entry: string): string {
  const close = `</${qualified}>`;
  const at = xml.lastIndexOf(close);
  if (at >= 0) return xml.slice(0, at) + entry + xml.slice(at);
  return xml.replace(new RegExp(`(<${qualified}\\b[^>]*?)\\s*/>`), `$1>${entry}${close}`);
}
