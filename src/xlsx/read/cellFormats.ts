/** The number format code of every cell style (`s=` index) in styles.xml: numFmts and cellXfs, nothing else. */
import { BUILTIN_FORMATS } from './builtinFormats';
import { readXml } from './xmlEvents';

/** Format codes by cellXfs index; a style without a known format is General. */
export function readCellFormats(xml: string): string[] {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  // numFmt and xf also appear inside dxfs and cellStyleXfs: only these two collections count.
  let within: 'numFmts' | 'cellXfs' | null = null;
  readXml(xml, {
    open: (name, attributes) => {
      if (name === 'numFmts' || name === 'cellXfs') within = name;
      else if (name === 'numFmt' && within === 'numFmts')
        custom.set(Number(attributes.numFmtId), attributes.formatCode ?? 'General');
      else if (name === 'xf' && within === 'cellXfs') xfIds.push(Number(attributes.numFmtId ?? 0));
    },
    close: (name) => {
      if (name === within) within = null;
    },
  });
  return xfIds.map((id) => custom.get(id) ?? BUILTIN_FORMATS[id] ?? 'General');
}
