/**
 * The add-in's cost per refresh, measured in the fake Excel host behind the real Office.js client: syncs, queued
 * operations, request bytes and host time, at 100, 1,000 and 10,000 indicators; the refresh keeps the digest it
 * replaces (hidden) in the same syncs, and Restore previous digest is measured after it. The floor for request bytes is the
 * JSON of the values written; bytes per indicator are compared with it. Run: `npx tsx bench/adapter.ts`.
 */
import { DEFAULT_SETTINGS } from '../src/engine';
import { refreshDigest } from '../src/excel/refreshDigest';
import { restoreDigest } from '../src/excel/restoreDigest';
import { openInExcel } from '../test/support/excelSession';
import { indicatorWorkbook } from '../test/support/indicatorWorkbook';

export interface AdapterFigures {
  indicators: number;
  /** Syncs of a refresh from saved settings (read, write, swap). */
  syncs: number;
  operations: number;
  requestBytes: number;
  responseBytes: number;
  hostMs: number;
  wallMs: number;
  /** JSON bytes of the digest's values: what any writer must send at least. */
  valueBytes: number;
  requestBytesPerIndicator: number;
  valueBytesPerIndicator: number;
  requestToValues: number;
  /** Restore previous digest after that refresh: its syncs and wall time. */
  restoreSyncs: number;
  restoreMs: number;
}

async function measure(indicators: number): Promise<AdapterFigures> {
  const session = await openInExcel(indicatorWorkbook({ indicators, outcomes: 8 }));
  try {
    const first = await refreshDigest({ settings: DEFAULT_SETTINGS }); // first use: finds the table, saves settings
    if (!first.ok) throw new Error(first.error.message);
    const mark = session.host.recorder.trips.length;
    const started = performance.now();
    const again = await refreshDigest();
    const wallMs = performance.now() - started;
    if (!again.ok) throw new Error(again.error.message);
    const totals = session.host.recorder.since(mark);
    const restoreMark = session.host.recorder.trips.length;
    const restoreStarted = performance.now();
    const restored = await restoreDigest();
    const restoreMs = Math.round(performance.now() - restoreStarted);
    if (!restored.ok) throw new Error(restored.error.message);
    const restoreSyncs = session.host.recorder.since(restoreMark).syncs;
    const digest = session.host.workbook.sheet(again.value.sheets[0]?.name ?? '');
    const values = digest ? [...digest.cells.values()].filter((c) => c.value !== '').map((c) => c.value) : [];
    const valueBytes = Buffer.byteLength(JSON.stringify(values));
    return {
      indicators,
      ...totals,
      wallMs: Math.round(wallMs),
      hostMs: Math.round(totals.hostMs),
      valueBytes,
      requestBytesPerIndicator: Math.round(totals.requestBytes / indicators),
      valueBytesPerIndicator: Math.round(valueBytes / indicators),
      requestToValues: Math.round((totals.requestBytes / valueBytes) * 100) / 100,
      restoreSyncs,
      restoreMs,
    };
  } finally {
    session.close();
  }
}

export async function benchAdapter(sizes = [100, 1_000, 10_000]): Promise<{ adapter: AdapterFigures[] }> {
  const adapter: AdapterFigures[] = [];
  for (const n of sizes) adapter.push(await measure(n));
  return { adapter };
}

if (require.main === module) {
  benchAdapter()
    .then((r) => console.table(r.adapter))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
