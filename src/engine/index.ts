/**
 * The engine's public API (pure: no Office, no DOM, no I/O). Everything the CLI and the add-in need comes from here.
 *
 * Flow: a host reads every sheet into a SheetGrid → runDigest(grids, settings) → toContractJson(run) for --json,
 * planDigest(run, { existingSheets, generatedAt }) → a DigestPlan that a writer executes as it is.
 */
export * from './core/grid';
export * from './core/model';
export * from './plan/planTypes';
export { cellAddress, columnLetters, columnIndex, quoteSheetName } from './core/address';
export { parsePeriod, comparisonPeriodOf } from './periods/periods';
export { parseValue } from './read/values';
export { parseThreshold, describeThreshold } from './rate/thresholds';
export { classifyHeader, type ColumnRole, type RoleName } from './read/columns';
export { findTables, type IndicatorTable, type ColumnMapping, type TableShape } from './read/tables';
export { runDigest, type DigestRun, type DigestFailure, type DigestOutcome } from './digest/runDigest';
export { readSheet, type SheetReading } from './read/readSheet';
export { toContractJson, type ContractJson, type ContractIndicator } from './contract/contractJson';
export { planDigest, type ExistingSheet, type PlanContext } from './plan/planDigest';
export { directionText, RAG_COLOURS, RAG_TEXT } from './digest/digestWords';
export { readDigestSheet, isDigestSheet, markerText, type EarlierDigest } from './read/digestSheet';
export { legalSheetName, unusedSheetName } from './plan/sheetNames';
export { formatValue } from './core/formatValue';
export { trendText } from './digest/trend';
export {
  ROLE_CHOICES,
  isRoleChoice,
  rolesOf,
  correctHeaders,
  applyCorrections,
  correctionsOf,
  type RoleChoice,
  type CorrectedGrid,
} from './read/columnCorrections';
