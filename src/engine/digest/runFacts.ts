/**
 * Facts of a digest run, apart from running one: the task pane's preview section asks them in the pane's first
 * script, which loads the engine's reading and digesting as their own chunk.
 */
import type { DigestRun } from './runDigest';

/** Whether the run read an indicator table (a workbook may hold only an action plan, issue 11). */
export const hasIndicatorTable = (run: DigestRun): boolean => run.tables.length > 0;
