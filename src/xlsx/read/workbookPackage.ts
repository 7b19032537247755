/**
 * An .xlsx as the package it is (Open Packaging Conventions): its zip entries, and the few parts that say where
 * everything is. The package relationships name the workbook part (never assumed to be xl/workbook.xml); the
 * workbook's relationships name its sheets, styles and shared strings. Part names are case-insensitive.
 */
import { entryText, type InflateRaw } from '../zip/entryText';
import type { ZipEntry } from '../zip/zipIndex';
import { readRelationships, relsPartOf, type Relationship } from './relationships';
import { readWorkbookPart, type SheetEntry } from './workbookPart';

export interface PackageSheet extends SheetEntry {
  /** The sheet's part; null when its relationship is missing. */
  part: string | null;
  /** `worksheet`, `chartsheet`, `dialogsheet`, `xlMacrosheet`: only worksheets have cells. */
  kind: string;
}

export interface WorkbookPackage {
  entries: ZipEntry[];
  workbookPart: string;
  /** Every sheet in tab order, chart sheets included (they count in `localSheetId`). */
  sheets: PackageSheet[];
  date1904: boolean;
  /** The workbook's relationships, and the parts they name. */
  relationships: Relationship[];
}

/** A zip, but not of a workbook (a .docx renamed, say). */
export class NotAWorkbookError extends Error {
  constructor() {
    super('the package holds no workbook');
    this.name = 'NotAWorkbookError';
  }
}

export function entryOf(entries: ZipEntry[], part: string): ZipEntry | undefined {
  const wanted = part.toLowerCase();
  return entries.find((e) => e.name.toLowerCase() === wanted);
}

export function partText(entries: ZipEntry[], part: string, inflate?: InflateRaw): string | null {
  const entry = entryOf(entries, part);
  return entry ? entryText(entry, inflate) : null;
}

function relationshipsOf(entries: ZipEntry[], part: string, inflate?: InflateRaw): Relationship[] {
  const xml = partText(entries, relsPartOf(part), inflate);
  return xml === null ? [] : readRelationships(part, xml);
}

export function readWorkbookPackage(entries: ZipEntry[], inflate?: InflateRaw): WorkbookPackage {
  const office = relationshipsOf(entries, '', inflate).find((r) => r.kind === 'officeDocument');
  const xml = office && partText(entries, office.part, inflate);
  if (!office || xml === null || xml === undefined || !/<(\w+:)?workbook[\s>]/.test(xml))
    throw new NotAWorkbookError();
  const info = readWorkbookPart(xml);
  const relationships = relationshipsOf(entries, office.part, inflate);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  return {
    entries,
    workbookPart: office.part,
    date1904: info.date1904,
    relationships,
    sheets: info.sheets.map((s) => {
      const rel = byId.get(s.relationshipId);
      return { ...s, part: rel?.part ?? null, kind: rel?.kind ?? 'worksheet' };
    }),
  };
}

/** The part the workbook relates to by this kind (`styles`, `sharedStrings`), if there is one. */
export function workbookPartOf(pkg: WorkbookPackage, kind: string): string | null {
  return pkg.relationships.find((r) => r.kind === kind)?.part ?? null;
}
