/**
 * The engine's public API (pure: no Office, no DOM, no I/O). Everything the CLI and the add-in need comes from here.
 *
 * Flow: host reads every sheet into a SheetGrid → runDigest(grids, settings) → toContractJson(run) for --json,
 * planDigest(run, { existingSheets, generatedAt }) → a DigestPlan that a writer executes.
 */
export * from './grid';
export * from './model';
export * from './planTypes';
