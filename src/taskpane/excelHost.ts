/** The pane's DigestHost in Excel: each call goes to one function of the Office.js adapter (src/excel). */
import { readAllSheets } from '../excel/readAllSheets';
import { readSelection } from '../excel/readSelection';
import { restoreDigest } from '../excel/restoreDigest';
import { selectCell } from '../excel/selectCell';
import { loadSettings, saveRun } from '../excel/settingsStore';
import { writePlan } from '../excel/writePlan';
import type { DigestHost } from './digestHost';

export const excelHost: DigestHost = {
  readWorkbook: readAllSheets,
  readSelection,
  writeDigest: writePlan,
  restoreDigest,
  selectCell,
  loadSettings: async () => ({ ok: true, value: loadSettings() }),
  // The source is remembered by name (the pane reads every sheet); the new digest by id, for its commentary.
  saveSettings: (settings, written) =>
    saveRun(settings, { sourceSheetId: null, digestSheetIds: written.sheets.map((s) => s.id) }),
};
