/** The pane's DigestHost in Excel: each call goes to one function of the Office.js adapter (src/excel). */
import { readAllSheets } from '../excel/readAllSheets';
import { readSelection } from '../excel/readSelection';
import { selectCell } from '../excel/selectCell';
import { loadSettings, saveRun } from '../excel/settingsStore';
import type { DigestHost } from './digestHost';

export const excelHost: DigestHost = {
  readWorkbook: readAllSheets,
  readSelection,
  // The writer loads with the first write (the pane's own script stays small: scripts/checkBundle.ts).
  writeDigest: async (plan, onStep) => {
    const { writePlan } = await import(/* webpackChunkName: "write" */ '../excel/writePlan');
    return writePlan(plan, onStep);
  },
  restoreDigest: async () =>
    (await import(/* webpackChunkName: "write" */ '../excel/restoreDigest')).restoreDigest(),
  selectCell,
  loadSettings: async () => ({ ok: true, value: loadSettings() }),
  // The source is remembered by name (the pane reads every sheet); the new digest by id, for its commentary.
  saveSettings: (settings, written) =>
    saveRun(settings, { sourceSheetId: null, digestSheetIds: written.sheets.map((s) => s.id) }),
};
