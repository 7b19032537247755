/**
 * One workbook open in "Excel": a fake host seeded from an ExcelJS workbook (or empty), the real office.js booted
 * against it, and its `Excel`/`Office` made the globals add-in code uses. `reopen` boots again on the same workbook
 * and settings store, as closing and opening the file would.
 */
import type { Workbook } from 'exceljs';
import { bootOffice, type BootedOffice, useOfficeGlobals } from './bootOffice';
import { FakeExcelHost } from './fakeExcel/fakeExcelHost';
import { FakeWorkbook } from './fakeExcel/workbook';
import { seedFromExcelJS } from './workbookSeed';

export interface SessionOptions {
  excelApi?: string;
  payloadLimitBytes?: number;
  settings?: Record<string, string>;
  requirementSets?: Record<string, string>;
}

export interface ExcelSession {
  host: FakeExcelHost;
  booted: BootedOffice;
  settings: Record<string, string>;
  close: () => void;
}

export async function openInExcel(
  source: Workbook | FakeWorkbook,
  options: SessionOptions = {},
): Promise<ExcelSession> {
  const workbook = source instanceof FakeWorkbook ? source : seedFromExcelJS(source);
  const host = new FakeExcelHost({
    workbook,
    excelApi: options.excelApi ?? '1.7',
    payloadLimitBytes: options.payloadLimitBytes,
  });
  const settings = options.settings ?? {};
  const booted = await bootOffice({ host, settings, requirementSets: options.requirementSets });
  const restore = useOfficeGlobals(booted);
  return {
    host,
    booted,
    settings,
    close: () => {
      restore();
      booted.close();
    },
  };
}
