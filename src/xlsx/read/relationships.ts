/**
 * Relationship parts (OPC): which part a part points to, and by what kind of link. Types are matched by their last
 * segment, so transitional (`http://schemas.openxmlformats.org/...`) and Strict (`http://purl.oclc.org/ooxml/...`)
 * packages read alike; targets may be relative to the source part or absolute from the package root.
 */
import { attribute, readXml } from './xmlEvents';

export interface Relationship {
  id: string;
  /** The type's last segment: `officeDocument`, `worksheet`, `styles`, `sharedStrings`… */
  kind: string;
  /** The target part's name in the zip (no leading slash); external targets are left out. */
  part: string;
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target as a part name, resolved against the folder of the part it is from. */
export function resolveTarget(source: string, target: string): string {
  const decoded = safeDecode(target.split('#')[0] ?? '');
  const segments = decoded.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

function safeDecode(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** The relationships in a relationships part's XML, from the part `source`. */
export function readRelationships(source: string, xml: string): Relationship[] {
  const found: Relationship[] = [];
  readXml(xml, {
    open: (name, attributes) => {
      if (name !== 'Relationship' || attribute(attributes, 'TargetMode') === 'External') return;
      const type = attributes.Type ?? '';
      found.push({
        id: attributes.Id ?? '',
        kind: type.slice(type.lastIndexOf('/') + 1),
        part: resolveTarget(source, attributes.Target ?? ''),
      });
    },
  });
  return found;
}
