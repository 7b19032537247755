/** What planning needs from the workbook besides the run: the sheets already there, and when the plan is made. */
import { longDate } from '../periods/calendarDate';
import type { ExistingSheet } from './planTypes';

export type { ExistingSheet } from './planTypes';

export interface PlanContext {
  existingSheets: ExistingSheet[];
  generatedAt: Date;
  /** Keep the digest this run replaces, hidden, for restoring (the add-in); the CLI writes a new file instead. */
  keepReplaced?: boolean;
}

/** `15 January 2007`: the date a sheet says it was generated. */
export function generatedOn(d: Date): string {
  return longDate(d);
}
