/**
 * Our styles appended to the workbook's styles.xml (or a new one): number formats with unused ids from 164, then
 * fonts, fills, borders, cellXfs and dxfs after the user's, so every existing `s=` index means what it meant.
 */
import { appendToCollection, findElement, rootPrefix } from './collections';
import {
  borderXml,
  dxfXml,
  fillXml,
  fontXml,
  numFmtXml,
  xfXml,
  type BaseFont,
  type CellLook,
} from './styleParts';

/** The stylesheet's collections in schema order (CT_Stylesheet). */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

/** Formats Excel knows by id whatever the locale; every other code is written as a numFmt of ours. */
const BUILTIN_IDS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};
const FIRST_CUSTOM_FORMAT = 164;

export const EMPTY_STYLES = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${main}"></styleSheet>`;

export interface AppendedStyles {
  xml: string;
  /** The cellXfs index of each look, in the order given. */
  xfIds: number[];
  /** The dxfs index of each text rule, in the order given. */
  dxfIds: number[];
  /** The default font's size, which looks without a size of their own keep. */
  fontSize: number;
}

/** The default font's face (name, family, charset, scheme) and size, which our fonts keep. */
function baseFont(xml: string, p: string): BaseFont {
  const fonts = findElement(xml, `${p}fonts`);
  const first = fonts && !fonts.selfClosing ? findElement(xml, `${p}font`, fonts.openEnd) : null;
  const font = first && !first.selfClosing ? xml.slice(first.openEnd, first.close) : '';
  const face = ['name', 'family', 'charset', 'scheme']
    .map((tag) => new RegExp(`<${p}${tag}\\s[^>]*/>`).exec(font)?.[0] ?? '')
    .join('');
  const size = Number(/<\w*:?sz\s+val="([\d.]+)"/.exec(font)?.[1]);
  return {
    face: face || `<${p}name val="Calibri"/><${p}family val="2"/><${p}scheme val="minor"/>`,
    size: Number.isFinite(size) && size > 0 ? size : 11,
  };
}

function usedFormatIds(xml: string, p: string): number[] {
  const numFmts = findElement(xml, `${p}numFmts`);
  if (!numFmts || numFmts.selfClosing) return [];
  return [...xml.slice(numFmts.openEnd, numFmts.close).matchAll(/numFmtId="(\d+)"/g)].map((m) =>
    Number(m[1]),
  );
}

/** Adds entries, returning the index of the first; distinct entries only, by their XML. */
class Collection {
  readonly entries: string[] = [];
  private readonly index = new Map<string, number>();
  add(entry: string): number {
    let i = this.index.get(entry);
    if (i === undefined) this.index.set(entry, (i = this.entries.push(entry) - 1));
    return i;
  }
}

export function appendStyles(
  stylesXml: string,
  looks: CellLook[],
  rules: { fill?: string; fontColor?: string }[],
): AppendedStyles {
  const p = rootPrefix(stylesXml, 'styleSheet');
  const rootClose = `</${p}styleSheet>`;
  let xml = stylesXml.includes(rootClose) ? stylesXml : stylesXml.replace(/\s*\/>\s*$/, `>${rootClose}`);
  const font = baseFont(xml, p);
  const append = (name: string, child: string, seed: string[], entries: string[]): number => {
    if (entries.length === 0 && findElement(xml, `${p}${name}`)) return 0;
    const before = ORDER.slice(ORDER.indexOf(name) + 1).map((n) => `${p}${n}`);
    const done = appendToCollection(
      xml,
      { qualified: `${p}${name}`, child: `${p}${child}`, seed, before, rootClose },
      entries,
    );
    xml = done.xml;
    return done.first;
  };

  let nextFormat = Math.max(FIRST_CUSTOM_FORMAT - 1, ...usedFormatIds(xml, p)) + 1;
  const formatIds = new Map<string, number>();
  const numFmts: string[] = [];
  const fonts = new Collection();
  const fills = new Collection();
  const borders = new Collection();
  const ids = looks.map((look) => {
    let numFmtId = BUILTIN_IDS[look.numberFormat] ?? formatIds.get(look.numberFormat);
    if (numFmtId === undefined) {
      numFmtId = nextFormat++;
      formatIds.set(look.numberFormat, numFmtId);
      numFmts.push(numFmtXml(numFmtId, look.numberFormat, p));
    }
    return {
      numFmtId,
      fontId: fonts.add(fontXml(look, font, p)),
      fillId: look.fill ? fills.add(fillXml(look.fill, p)) : -1,
      borderId: look.borderBottom ? borders.add(borderXml(look.borderBottom, p)) : -1,
    };
  });

  // Missing collections start with the defaults Excel requires: a font, the none and gray125 fills, an empty border.
  const emptyFont = fontXml({ numberFormat: 'General' }, font, p);
  if (numFmts.length > 0) append('numFmts', 'numFmt', [], numFmts);
  const fontBase = append('fonts', 'font', [emptyFont], fonts.entries);
  const fillBase = append(
    'fills',
    'fill',
    [
      `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
      `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
    ],
    fills.entries,
  );
  const borderBase = append(
    'borders',
    'border',
    [`<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`],
    borders.entries,
  );
  const defaultXf = `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`;
  append('cellStyleXfs', 'xf', [defaultXf], []);
  const xfs = looks.map((look, i) => {
    const id = ids[i]!;
    return xfXml(
      look,
      {
        numFmtId: id.numFmtId,
        fontId: fontBase + id.fontId,
        fillId: id.fillId < 0 ? 0 : fillBase + id.fillId,
        borderId: id.borderId < 0 ? 0 : borderBase + id.borderId,
      },
      p,
    );
  });
  const xfBase = append('cellXfs', 'xf', [defaultXf.replace('/>', ' xfId="0"/>')], xfs);
  const dxfBase =
    rules.length > 0
      ? append(
          'dxfs',
          'dxf',
          [],
          rules.map((r) => dxfXml(r, p)),
        )
      : 0;
  return {
    xml,
    xfIds: looks.map((_, i) => xfBase + i),
    dxfIds: rules.map((_, i) => dxfBase + i),
    fontSize: font.size,
  };
}
