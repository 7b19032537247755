/**
 * The task pane's write: a plan the pane made (with the user's corrections) written safely on its own; a failure
 * is recovered (failedWrite) so the earlier digest or the complete new one stays, never a half-written sheet.
 */
import type { DigestPlan } from '../engine';
import { fromExcelError, success, type ExcelResult } from './excelResult';
import {
  DigestWriteError,
  failedWrite,
  writeDigest,
  type WriteStep,
  type WrittenDigest,
} from './writeDigest';

export async function writePlan(
  plan: DigestPlan,
  onStep: (step: WriteStep) => void,
): Promise<ExcelResult<WrittenDigest>> {
  try {
    return success(await Excel.run((ctx) => writeDigest(ctx, plan, onStep)));
  } catch (e) {
    return e instanceof DigestWriteError ? failedWrite(e, plan) : fromExcelError(e, 'writing the digest');
  }
}
