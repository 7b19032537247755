/**
 * Writes assets/sample-quarterly-digest.xlsx (`npm run make:sample`): the sample figures (sampleData.ts) laid out
 * as a performance officer keeps them: title and notes above the header, outcome section rows, percentage cells,
 * a Ref, a forecast and a commentary column; and seed 003's JAR action plan on a sheet of its own (sampleActions.ts).
 * The file is byte-for-byte reproducible: fixed dates in it and in its zip.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { Workbook, type CellValue, type Worksheet } from 'exceljs';
import { JAR_PLAN, PLAN_DATE, type SampleAction } from './sampleActions';
import { QUARTERS, SECTIONS, type SampleIndicator, type Typed } from './sampleData';

export const SAMPLE_PATH = join(__dirname, '..', 'assets', 'sample-quarterly-digest.xlsx');
const FIXED = new Date(Date.UTC(2007, 3, 20, 9, 0, 0));
const HEADER = [
  'Ref',
  'Indicator',
  'Good is',
  'Target 2006/07',
  ...QUARTERS,
  'Forecast 2006/07',
  'Commentary',
];
const LAST_COL = HEADER.length;
const HEADER_ROW = 5;
const BLUE = 'FF1F3864';

function typed(v: Typed): CellValue {
  return v !== null && typeof v === 'object' ? { formula: `${v.num}/${v.den}`, result: v.num / v.den } : v;
}

function titleRows(ws: Worksheet): void {
  ws.getCell('A1').value = "Children and Young People's Services: quarterly performance indicators";
  ws.getCell('A1').font = { bold: true, size: 14, color: { argb: BLUE } };
  ws.mergeCells(1, 1, 1, 8);
  ws.getCell('A2').value =
    'Figures to 31 March 2007 (Q4 2006/07). Targets are for 2006/07; 2005/06 figures are shown for comparison.';
  ws.getCell('A3').value =
    'n/a = not collected that quarter (annual measures); TBC = to be confirmed. Percentages are of cases in the quarter.';
  for (const cell of ['A2', 'A3']) ws.getCell(cell).font = { italic: true };
}

function headerRow(ws: Worksheet): void {
  const row = ws.getRow(HEADER_ROW);
  row.values = HEADER;
  row.height = 30;
  row.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BLUE } };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
}

function sectionRow(ws: Worksheet, r: number, outcome: string): void {
  ws.getCell(r, 1).value = outcome;
  ws.mergeCells(r, 1, r, LAST_COL);
  ws.getCell(r, 1).font = { bold: true, color: { argb: BLUE } };
  ws.getCell(r, 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
}

function indicatorRow(ws: Worksheet, r: number, ind: SampleIndicator): void {
  const cells: CellValue[] = [
    ind.ref,
    ind.name,
    ind.good,
    ind.target,
    ...ind.values.map(typed),
    ind.forecast ?? null,
    ind.commentary ?? null,
  ];
  cells.forEach((value, i) => {
    const cell = ws.getCell(r, i + 1);
    cell.value = value;
    if (i >= 3 && i < LAST_COL - 1) {
      cell.numFmt = ind.format;
      cell.alignment = { horizontal: 'right' };
    }
  });
  ws.getCell(r, 2).alignment = { wrapText: true };
  ws.getCell(r, LAST_COL).alignment = { wrapText: true, vertical: 'top' };
}

function indicatorsSheet(wb: Workbook): void {
  const ws = wb.addWorksheet('Quarterly PIs', {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }],
  });
  titleRows(ws);
  headerRow(ws);
  let r = HEADER_ROW + 1;
  for (const section of SECTIONS) {
    sectionRow(ws, r++, section.outcome);
    for (const ind of section.indicators) indicatorRow(ws, r++, ind);
  }
  ws.columns.forEach((col, i) => {
    col.width = [7, 50, 15, 10][i] ?? (i === LAST_COL - 1 ? 60 : i === LAST_COL - 2 ? 11 : 10.5);
  });
  ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function definitionsSheet(wb: Workbook): void {
  const ws = wb.addWorksheet('Definitions');
  ws.addRow(['Ref', 'Definition', 'Source']).font = { bold: true };
  ws.addRows([
    [
      'SS2',
      'Initial assessments completed within 7 working days of referral, of all initial assessments',
      'ICS',
    ],
    ['SS3', 'Core assessments completed within 35 working days of starting, of all core assessments', 'ICS'],
    ['SS1', 'Referrals accepted by the Referral and Assessment Team in the quarter', 'ICS'],
    ['SM1', 'Vacant qualified social worker posts, of all established posts, at the quarter end', 'HR'],
  ]);
  ws.getColumn(2).width = 90;
}

const PLAN_HEADER = ['No.', 'Recommendation', 'Lead', 'Timescale', 'Status', 'Summary progress to date'];

function actionRows(ws: Worksheet, action: SampleAction): void {
  const [first = null, ...more] = action.progress;
  const row = ws.addRow([
    action.no,
    action.recommendation,
    action.lead,
    action.timescale,
    action.status,
    first,
  ]);
  row.alignment = { wrapText: true, vertical: 'top' };
  // Later paragraphs of progress on rows of their own, as the seed's table has them.
  for (const paragraph of more)
    ws.addRow([null, null, null, null, null, paragraph]).alignment = { wrapText: true, vertical: 'top' };
}

/** Seed 003's JAR action plan: title, the report date above the table, recommendations in their timescale bands. */
function actionPlanSheet(wb: Workbook): void {
  const ws = wb.addWorksheet('JAR action plan');
  ws.addRow(['Herefordshire Council: JAR Performance Improvement Action Plan']).font = {
    bold: true,
    size: 14,
    color: { argb: BLUE },
  };
  ws.addRow(['Summary Progress Report']).font = { bold: true };
  ws.addRow([PLAN_DATE]);
  ws.addRow([
    'The recommendations are grouped according to the urgency with which their delivery is required. The red / amber / green (RAG rating) flags are a measure of whether recommendations are completed or on track.',
  ]).font = { italic: true };
  ws.addRow([]);
  const header = ws.addRow(PLAN_HEADER);
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BLUE } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  for (const band of JAR_PLAN) {
    const row = ws.addRow([band.heading]);
    ws.mergeCells(row.number, 1, row.number, PLAN_HEADER.length);
    row.font = { bold: true, color: { argb: BLUE } };
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    band.actions.forEach((action) => actionRows(ws, action));
  }
  ws.columns.forEach((col, i) => {
    col.width = [5, 50, 22, 12, 12, 80][i] ?? 10;
  });
  ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

export function sampleWorkbook(): Workbook {
  const wb = new Workbook();
  wb.creator = 'Performance Digest sample';
  wb.lastModifiedBy = 'Performance Digest sample';
  wb.created = FIXED;
  wb.modified = FIXED;
  indicatorsSheet(wb);
  definitionsSheet(wb);
  actionPlanSheet(wb);
  return wb;
}

/** MS-DOS date and time, as zip headers store them. */
function dosDateTime(d: Date): { date: number; time: number } {
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

/** ExcelJS stamps each zip entry with the time of writing: set them all to FIXED, in the directory and each entry. */
export function fixZipTimes(zip: Buffer, when: Date): Buffer {
  const out = Buffer.from(zip);
  const { date, time } = dosDateTime(when);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    const local = out.readUInt32LE(at + 42);
    for (const offset of [at + 12, local + 10]) {
      out.writeUInt16LE(time, offset);
      out.writeUInt16LE(date, offset + 2);
    }
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

export async function sampleBytes(): Promise<Buffer> {
  return fixZipTimes(Buffer.from(await sampleWorkbook().xlsx.writeBuffer()), FIXED);
}

if (require.main === module) {
  void sampleBytes().then((bytes) => {
    writeFileSync(SAMPLE_PATH, bytes);
    console.log(`Wrote ${SAMPLE_PATH} (${bytes.length} bytes)`);
  });
}
