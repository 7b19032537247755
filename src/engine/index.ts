/**
 * The engine's public API (pure: no Office, no DOM, no I/O). Everything the CLI and the add-in need comes from here.
 *
 * Flow: a host reads every sheet into a SheetGrid → runDigest(grids, settings) → toContractJson(run) for --json,
 * planDigest(run, { existingSheets, generatedAt }) → a DigestPlan that a writer executes as it is.
 */
export * from './grid';
export * from './model';
export * from './planTypes';
export { cellAddress, columnLetters, columnIndex, quoteSheetName } from './address';
export { parsePeriod, comparisonPeriodOf } from './periods';
export { parseValue } from './values';
export { parseThreshold, describeThreshold } from './thresholds';
export { classifyHeader, type ColumnRole, type RoleName } from './columns';
export { findTables, type IndicatorTable, type ColumnMapping, type TableShape } from './tables';
export { runDigest, type DigestRun, type DigestFailure, type DigestOutcome } from './runDigest';
export { readSheet, type SheetReading } from './readSheet';
export { toContractJson, type ContractJson, type ContractIndicator } from './contractJson';
export { planDigest, type ExistingSheet, type PlanContext } from './planDigest';
export { directionText, RAG_COLOURS, RAG_TEXT } from './digestWords';
export { readDigestSheet, isDigestSheet, markerText, type EarlierDigest } from './digestSheet';
export { legalSheetName, unusedSheetName } from './sheetNames';
export { formatValue } from './formatValue';
export { trendText } from './trend';
export {
  ROLE_CHOICES,
  isRoleChoice,
  rolesOf,
  correctHeaders,
  applyCorrections,
  correctionsOf,
  type RoleChoice,
  type CorrectedGrid,
} from './columnCorrections';
