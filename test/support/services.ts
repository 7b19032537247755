/**
 * Three services' workbooks for the compile tests (issue 10's acceptance): children's services and health share two
 * indicators (NI 112 agrees, NI 53 differs in Q3), health spells "Be Healthy" as "be healthy", and the youth service's
 * sheet stops at Q2 2006/07 while the others reach Q3.
 */
import { Workbook } from 'exceljs';
import type { CellValue, WorkbookInput } from '../../src/engine';
import { sheet } from './grids';

const HEADER = [
  'Ref',
  'Indicator',
  'Outcome',
  'Polarity',
  'Target',
  'Q1 2006/07',
  'Q2 2006/07',
  'Q3 2006/07',
];

export const SERVICES: { file: string; sheet: string; rows: CellValue[][] }[] = [
  {
    file: 'children.xlsx',
    sheet: 'PIs Q3',
    rows: [
      HEADER,
      ['CS1', 'Initial assessments within 7 working days', 'Staying Safe', 'Higher', 0.75, 0.7, 0.72, 0.65],
      ['CS2', 'Child protection reviews on time', 'Staying Safe', 'Higher', 1, 1, 1, 1],
      ['NI 112', 'Under-18 conception rate', 'Be Healthy', 'Lower', 40, 45, 44, 41],
      ['NI 53', 'Breastfeeding at 6-8 weeks', 'Be Healthy', 'Higher', 0.5, 0.45, 0.47, 0.52],
    ],
  },
  {
    file: 'health.xlsx',
    sheet: 'Health',
    rows: [
      HEADER,
      ['NI 112', 'Under-18 conception rate', 'be healthy', 'Lower', 40, 45, 44, 41],
      ['NI 53', 'Breastfeeding at 6-8 weeks', 'be  healthy', 'Higher', 0.5, 0.45, 0.47, 0.48],
      ['HL1', "Children's dental checks", 'be healthy', 'Higher', 0.9, 0.85, 0.88, 0.91],
    ],
  },
  {
    file: 'Youth service.xlsx',
    sheet: 'PIs',
    rows: [
      HEADER.slice(0, 7),
      [
        'YS1',
        'Young people in education, employment or training',
        'Enjoy and Achieve',
        'Higher',
        0.9,
        0.88,
        0.89,
      ],
      ['YS2', 'First-time entrants to youth justice', 'Staying Safe', 'Lower', 100, 110, 95],
    ],
  },
];

/** The three services as the engine's input. */
export const serviceWorkbooks = (): WorkbookInput[] =>
  SERVICES.map((s) => ({ file: s.file, sheets: [sheet(s.sheet, s.rows)] }));

/** Some of the services as sheets of one ExcelJS workbook (the open workbook of the pane tests), named by `sheets`. */
export function servicesWorkbook(which: { service: number; sheet: string }[]): Workbook {
  const wb = new Workbook();
  for (const { service, sheet } of which) {
    const ws = wb.addWorksheet(sheet);
    for (const row of SERVICES[service]!.rows) ws.addRow(row);
  }
  return wb;
}

/** One service's workbook as the bytes of an .xlsx file. */
export async function serviceFileBytes(service: number): Promise<Uint8Array> {
  const wb = servicesWorkbook([{ service, sheet: SERVICES[service]!.sheet }]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The three services as .xlsx files in `folder`; returns their paths, in order. */
export async function writeServiceFiles(folder: string): Promise<string[]> {
  const paths: string[] = [];
  for (const s of SERVICES) {
    const wb = new Workbook();
    const ws = wb.addWorksheet(s.sheet);
    for (const row of s.rows) ws.addRow(row);
    const path = `${folder}/${s.file}`;
    await wb.xlsx.writeFile(path);
    paths.push(path);
  }
  return paths;
}
