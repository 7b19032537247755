/**
 * The content of a worksheet's `<sheetData>` (its rows and cells: nearly all of a large sheet's XML), read by a
 * scanner of its own: saxes reads every other part, and the rest of the sheet (sheetStream.ts), but costs several
 * times more per cell. It reads the XML of elements, not the schema: any element, by local name (`c` and `x:c`
 * alike), attributes quoted with `'` or `"` in any order with whitespace around `=`, self-closing tags, comments,
 * processing instructions, CDATA, entities and character references; end tags must match their start tags. Text
 * outside the sink's interest is skipped unread. Only the `r`, `s` and `t` attributes are handed over.
 */
import { decodeAttribute, decodeCData, decodeText } from './xmlCharacters';
import { XmlSyntaxError } from './xmlEvents';

export interface CellSink {
  /** An element starts (`local` is its name without prefix), with its `r`, `s` and `t` attributes if it has them. */
  open(local: string, r: string | undefined, s: string | undefined, t: string | undefined): void;
  close(local: string): void;
  /** Whether character data here is wanted: only then is it decoded and handed over. */
  wantsText: boolean;
  text(text: string): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const AMP = 0x26;
const R = 0x72;
const S = 0x73;
const T = 0x74;
/** `<![CDATA[` is the longest start of a markup declaration that may be cut off at a chunk's end. */
const LONGEST_OPENER = 9;
/** Letters, `_` and `:` start an XML name; then also digits, `-`, `.` and the middle dot (XML 1.0 §2.3). */
const XML_NAME = /^[A-Za-z_:\u00C0-\uFFFF][\w.:\u00B7\u00C0-\uFFFF-]*$/;

interface ElementName {
  /** As written: `c`, `x:c`. */
  name: string;
  local: string;
}

/**
 * Text with nothing to decode: tabs, line feeds and characters from the space on, but not `&`, `<`, `]` (which might
 * begin `]]>`), `\r` (read as a line end) or U+FFFE and U+FFFF (not XML).
 */
const PLAIN_TEXT = String.raw`[\t\n -%'-;=-\\^-\ufffd]*`;
/**
 * A cell as Excel and most writers write it, `<c r="B2" s="1" t="s"><v>7</v></c>`, and a shared string item
 * `<si><t>Ref</t></si>`, with nothing to decode: each read by one native match instead of character by character
 * (most of a sheet, and of its shared strings, is such elements). Anything else, or an element cut off by the chunk's
 * end, goes the general way.
 */
const PLAIN_CELL = new RegExp(
  String.raw`<c r="([A-Z]{1,3}[1-9][0-9]{0,6})"(?: s="([0-9]{1,5})")?(?: t="([a-z]{1,9})")?>(?:<v>(${PLAIN_TEXT})</v>)?</c>`,
  'y',
);
const PLAIN_ITEM = new RegExp(String.raw`<si><t>(${PLAIN_TEXT})</t></si>`, 'y');
/**
 * A row's start tag, `<row r="4" spans="1:14" x14ac:dyDescent="0.25">`: its other attributes have names of two
 * characters or more (never `r`, `s` or `t`, which are handed over) and are not read, so need no decoding.
 */
const PLAIN_ROW = /<row r="([1-9][0-9]{0,6})"(?: [A-Za-z_:][\w.:-]+="[^<&"]*")*>/y;
const C = 0x63;

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

export class SheetCellsScanner {
  /** The elements open inside `<sheetData>`, innermost last. */
  private readonly open: ElementName[] = [];
  /**
   * Every element name seen, checked once: a sheet's cells use a handful, so each tag is matched against them in
   * place instead of being cut out as a string of its own.
   */
  private readonly names: ElementName[] = [];
  private r: string | undefined;
  private s: string | undefined;
  private t: string | undefined;
  /** Set when the `</sheetData>` end tag has been read. */
  done = false;

  constructor(
    private readonly sink: CellSink,
    /** `sheetData`, or `x:sheetData`: as its start tag named it. */
    private readonly sheetData: string,
  ) {}

  /**
   * Reads what it can of `xml` (the previous call's unread rest, then the next chunk): returns where it stopped,
   * at a tag or text cut off by the chunk's end, or just after `</sheetData>`.
   */
  scan(xml: string): number {
    const n = xml.length;
    let at = 0;
    while (at < n && !this.done) {
      const lt = xml.indexOf('<', at);
      if (lt < 0) return at;
      if (lt > at && this.sink.wantsText) this.sink.text(decodeText(xml.slice(at, lt)));
      at = lt;
      if (at + 1 >= n) return at;
      const next = xml.charCodeAt(at + 1);
      let end: number;
      if (next === SLASH) end = this.endTag(xml, at);
      else if (next === BANG) end = this.declaration(xml, at);
      else if (next === QUESTION) end = skipPast(xml, at + 2, '?>');
      else {
        end =
          next === C
            ? this.plainCell(xml, at)
            : next === S
              ? this.plainItem(xml, at)
              : next === R
                ? this.plainRow(xml, at)
                : -1;
        if (end < 0) end = this.startTag(xml, at);
      }
      if (end < 0) return at;
      at = end;
    }
    return at;
  }

  /** A plain cell at `at`, its events handed over as the general way would: returns where it ends, or -1. */
  private plainCell(xml: string, at: number): number {
    PLAIN_CELL.lastIndex = at;
    // test(), not exec(): no match array per cell; the attributes are then found by their known places.
    if (!PLAIN_CELL.test(xml)) return -1;
    const end = PLAIN_CELL.lastIndex;
    let p = at + 6; // after `<c r="`
    let q = xml.indexOf('"', p);
    const r = xml.slice(p, q);
    let s: string | undefined;
    let t: string | undefined;
    if (xml.charCodeAt(q + 2) === S) {
      p = q + 5; // after `" s="`
      q = xml.indexOf('"', p);
      s = xml.slice(p, q);
    }
    if (xml.charCodeAt(q + 2) === T) {
      p = q + 5;
      q = xml.indexOf('"', p);
      t = xml.slice(p, q);
    }
    const sink = this.sink;
    sink.open('c', r, s, t);
    // After the start tag's `>`: `</c>`, or `<v>…</v></c>`.
    const valueStart = q + 5;
    if (valueStart <= end - 8) {
      sink.open('v', undefined, undefined, undefined);
      if (valueStart < end - 8 && sink.wantsText) sink.text(xml.slice(valueStart, end - 8));
      sink.close('v');
    }
    sink.close('c');
    return end;
  }

  /** A plain shared string item at `at`, as plainCell. */
  private plainItem(xml: string, at: number): number {
    PLAIN_ITEM.lastIndex = at;
    const item = PLAIN_ITEM.exec(xml);
    if (!item) return -1;
    const sink = this.sink;
    sink.open('si', undefined, undefined, undefined);
    sink.open('t', undefined, undefined, undefined);
    if (item[1] !== '' && sink.wantsText) sink.text(item[1]!);
    sink.close('t');
    sink.close('si');
    return PLAIN_ITEM.lastIndex;
  }

  /** A plain row's start tag at `at`, as plainCell. */
  private plainRow(xml: string, at: number): number {
    PLAIN_ROW.lastIndex = at;
    const row = PLAIN_ROW.exec(xml);
    if (!row) return -1;
    this.sink.open('row', row[1], undefined, undefined);
    this.open.push(this.nameAt('row', 0, 3)); // the name 'row', known as any tag's, so that </row> closes it
    return PLAIN_ROW.lastIndex;
  }

  /** The name of the tag from `start` to `end`. */
  private nameAt(xml: string, start: number, end: number): ElementName {
    for (const known of this.names)
      if (known.name.length === end - start && xml.startsWith(known.name, start)) return known;
    const name = xml.slice(start, end);
    if (!XML_NAME.test(name)) throw new XmlSyntaxError(`"${name}" is not an element name`);
    const added = { name, local: name.slice(name.indexOf(':') + 1) };
    this.names.push(added);
    return added;
  }

  /** `<![CDATA[…]]>` and `<!--…-->`; any other `<!` has no place in a sheet's cells. */
  private declaration(xml: string, at: number): number {
    if (xml.startsWith('<!--', at)) return skipPast(xml, at + 4, '-->');
    if (xml.startsWith('<![CDATA[', at)) {
      const close = xml.indexOf(']]>', at + 9);
      if (close < 0) return -1;
      if (this.sink.wantsText) this.sink.text(decodeCData(xml.slice(at + 9, close)));
      return close + 3;
    }
    if (xml.length - at < LONGEST_OPENER) return -1;
    throw new XmlSyntaxError(`"${xml.slice(at, at + LONGEST_OPENER)}" stands among the cells`);
  }

  /** An end tag closes the innermost open element; with none open, it must be `</sheetData>`, which ends the scan. */
  private endTag(xml: string, at: number): number {
    const gt = xml.indexOf('>', at + 2);
    if (gt < 0) return -1;
    let nameEnd = gt;
    while (nameEnd > at + 2 && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
    const inner = this.open.length > 0;
    const name = inner ? this.open[this.open.length - 1]!.name : this.sheetData;
    if (nameEnd - (at + 2) !== name.length || !xml.startsWith(name, at + 2))
      throw new XmlSyntaxError(`"${xml.slice(at, gt + 1)}" does not close <${name}>`);
    if (!inner) {
      this.done = true;
      return gt + 1;
    }
    this.sink.close(this.open.pop()!.local);
    return gt + 1;
  }

  private startTag(xml: string, at: number): number {
    const n = xml.length;
    let p = at + 1;
    while (p < n) {
      const c = xml.charCodeAt(p);
      if (isSpace(c) || c === SLASH || c === GT) break;
      p++;
    }
    if (p >= n) return -1;
    const element = this.nameAt(xml, at + 1, p);
    const name = element.name;
    this.r = this.s = this.t = undefined;
    let selfClosing = false;
    for (;;) {
      const beforeSpace = p;
      while (p < n && isSpace(xml.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const c = xml.charCodeAt(p);
      if (c === GT) {
        p++;
        break;
      }
      if (c === SLASH) {
        if (p + 1 >= n) return -1;
        if (xml.charCodeAt(p + 1) !== GT) throw new XmlSyntaxError(`<${name}> has a stray "/"`);
        p += 2;
        selfClosing = true;
        break;
      }
      if (p === beforeSpace) throw new XmlSyntaxError(`<${name}> needs a space before each attribute`);
      p = this.attribute(xml, p, name);
      if (p < 0) return -1;
    }
    this.sink.open(element.local, this.r, this.s, this.t);
    if (selfClosing) this.sink.close(element.local);
    else this.open.push(element);
    return p;
  }

  /** One `name="value"` from `at`: returns where it ends, or -1 when the chunk ends first. */
  private attribute(xml: string, at: number, element: string): number {
    const n = xml.length;
    let p = at;
    while (p < n) {
      const c = xml.charCodeAt(p);
      if (c === EQUALS || isSpace(c) || c === GT || c === SLASH) break;
      p++;
    }
    const nameEnd = p;
    while (p < n && isSpace(xml.charCodeAt(p))) p++;
    if (p >= n) return -1;
    if (xml.charCodeAt(p) !== EQUALS || nameEnd === at)
      throw new XmlSyntaxError(`<${element}> has an attribute without "="`);
    p++;
    while (p < n && isSpace(xml.charCodeAt(p))) p++;
    if (p >= n) return -1;
    const quote = xml.charCodeAt(p);
    if (quote !== QUOTE && quote !== APOSTROPHE)
      throw new XmlSyntaxError(`<${element}> has an attribute value without quotes`);
    const valueStart = ++p;
    let plain = true;
    while (p < n) {
      const c = xml.charCodeAt(p);
      if (c === quote) break;
      if (c === LT) throw new XmlSyntaxError(`<${element}> has "<" in an attribute value`);
      if (c === AMP || c < 0x20) plain = false;
      p++;
    }
    if (p >= n) return -1;
    if (nameEnd - at === 1) {
      const which = xml.charCodeAt(at);
      if (which === R || which === S || which === T) {
        const raw = xml.slice(valueStart, p);
        const value = plain ? raw : decodeAttribute(raw);
        if ((which === R ? this.r : which === S ? this.s : this.t) !== undefined)
          throw new XmlSyntaxError(`<${element}> has the attribute "${xml[at]}" twice`);
        if (which === R) this.r = value;
        else if (which === S) this.s = value;
        else this.t = value;
      }
    }
    return p + 1;
  }
}

/** Just past the next `close` from `from`; -1 when the chunk ends first. */
function skipPast(xml: string, from: number, close: string): number {
  const end = xml.indexOf(close, from);
  return end < 0 ? -1 : end + close.length;
}
