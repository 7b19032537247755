/**
 * The engine's public API (pure: no Office, no DOM, no I/O). Hosts import the engine only from here.
 *
 * Flow: a host reads every sheet into a SheetGrid → runDigest(grids, settings) → toContractJson(run) for --json,
 * planDigest(run, { existingSheets, generatedAt }) → a DigestPlan that a writer executes as it is.
 * compileDigest(workbooks, settings) does the same for several sources (sheets, perhaps of other workbooks).
 * Stages, each importing only the ones before it: core ← periods ← read ← stats, compile ← rate ← digest ← plan,
 * contract.
 */
export * from './core/grid';
export * from './core/model';
export * from './core/settings';
export * from './plan/planTypes';
export {
  cellAddress,
  cellRef,
  columnLetters,
  columnIndex,
  quoteSheetName,
  rangeRef,
  workbookAddress,
} from './core/address';
export { formatValue } from './core/formatValue';
export { isDateFormat } from './core/numberFormats';
export { comparisonPeriodOf } from './periods/period';
export { dayOfIso, dayText, isoDateOf, isoOf } from './periods/calendarDate';
export { parsePeriod } from './periods/parsePeriod';
export { parseValue } from './read/values';
export { classifyHeader, type ColumnRole, type RoleName } from './read/columns';
export { findTables, type IndicatorTable, type ColumnMapping, type TableShape } from './read/tables';
export { readSheet, type SheetReading } from './read/readSheet';
export { tableAround } from './read/tableAround';
export { rankSources } from './read/chooseSource';
export { isDigestSheet, markerText } from './read/digestMarker';
export {
  rolesOf,
  correctHeaders,
  applyCorrections,
  correctionsOf,
  type CorrectedGrid,
} from './read/columnCorrections';
export type { Assurance, PointClass, Side } from './stats/spcTypes';
export {
  SMALL_DENOMINATOR,
  SMALL_NUMERATOR,
  Z_95,
  intervalsOverlap,
  smallNumbers,
  wilsonInterval,
} from './stats/wilson';
export type { Interval } from './stats/wilson';
export { LIMIT_FACTOR, MIN_POINTS_FOR_LIMITS, TWO_SIGMA_FACTOR, xmrSections } from './stats/xmr';
export type { SectionOptions, XmrSection } from './stats/xmr';
export { RUN_LENGTH, findSpecialCauses } from './stats/specialCause';
export type { SpecialCause, SpecialCauseRule } from './stats/specialCause';
export { classifyPoint } from './stats/classify';
export type { PointReading } from './stats/classify';
export { MDC_COLOURS, assuranceIcon, assuranceWords, variationIcon, variationWords } from './stats/icons';
export type { SpcOptions } from './stats/spc';
export {
  checkBasis,
  checkThreshold,
  describeThreshold,
  thresholdText,
  type BasisCheck,
  type ThresholdCheck,
  type ThresholdRule,
} from './rate/thresholds';
export type { RatedIndicator } from './rate/rateIndicator';
export type { Digest, Exception, StatusCounts } from './digest/buildDigest';
export { hasIndicatorTable } from './digest/runFacts';
export {
  compileDigest,
  runDigest,
  runDigestWith,
  type DigestRun,
  type DigestFailure,
  type DigestOutcome,
  type DigestSource,
  type UnreadableWorkbook,
  type WorkbookInput,
  type WorkbookSource,
} from './digest/runDigest';
export { parseSourceName, type SourceName } from './compile/sourceName';
export type { ActionPlan, ActionBand, RatedAction, AsOfSource } from './actions/actionPlan';
export type { ActionRag, StatusKind } from './actions/statusWords';
export {
  BASIS_TEXT,
  conflictNote,
  COUNTED_DIRECTIONS,
  DIRECTION_TEXT,
  directionText,
  NO_SIGNIFICANT_CHANGE,
  withinChance,
  RAG_COLOURS,
  RAG_ORDER,
  RAG_TEXT,
  sourceLine,
} from './digest/digestWords';
export { readDigestSheet, type EarlierDigest, type EarlierRow, type TypedCell } from './digest/earlierDigest';
export { SPC_CELL_COLOURS, spcText, statisticalNote, xmrDescription } from './digest/statsWords';
export { sectionOf } from './stats/indicatorStats';
export type { IndicatorStats, SpcChartPoint, SpcChartSection, SpcSeries } from './stats/indicatorStats';
export {
  ACTION_RAG_COLOURS,
  ACTION_RAG_MEANING,
  ACTION_RAG_ORDER,
  ACTION_RAG_TEXT,
} from './digest/actionWords';
export { forecastText, worstRag } from './digest/reportWords';
export { trendText } from './digest/trend';
export { planDigest } from './plan/planDigest';
export { isKeptDigest, keptDigestName, planRestore, type RestorePlan } from './plan/previousDigest';
export { legalSheetName, unusedSheetName } from './plan/sheetNames';
export {
  contractJsonText,
  toContractJson,
  type ContractJson,
  type ContractIndicator,
  type ContractSource,
  type ContractSpc,
  type ContractAction,
} from './contract/contractJson';
