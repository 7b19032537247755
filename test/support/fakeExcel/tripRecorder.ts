/**
 * Counts every round trip the client makes to the host. A *sync* is a batch the add-in sent with context.sync()
 * (or Excel.run's final sync); the runtime's own housekeeping and Excel.run's reference clean-up are counted apart.
 */
import type { RequestBody } from './processQuery';

export type TripKind = 'sync' | 'cleanup' | 'runtime';

export interface Trip {
  kind: TripKind;
  /** 1-based number among syncs; 0 for other trips. */
  sync: number;
  /** Every action in the batch, including the client's own instantiate and reference bookkeeping. */
  actions: number;
  /** Queued operations: queries, method calls and property sets the add-in asked for. */
  operations: number;
  /**
   * Operations the client adds by itself: it splits a 2D array of more than 1,500 cells into row chunks of about
   * 1,500 cells (`_ValidateArraySize`, then one set per `getRow(i).getBoundingRect(getRow(j))`).
   */
  clientChunkOps: number;
  requestBytes: number;
  responseBytes: number;
  hostMs: number;
  errorCode: string | null;
}

function kindOf(body: RequestBody): TripKind {
  const actions = body.Actions ?? [];
  const paths = Object.values(body.ObjectPaths ?? {});
  if (paths.some((p) => p.ObjectPathType === 2)) return 'runtime';
  const bookkeeping = actions.every((a) => a.ActionType === 1 || a.Name === '_RemoveReference');
  return actions.length > 0 && bookkeeping && actions.some((a) => a.Name === '_RemoveReference')
    ? 'cleanup'
    : 'sync';
}

export class TripRecorder {
  readonly trips: Trip[] = [];
  syncCount = 0;

  begin(body: RequestBody, requestBytes: number): Trip {
    const kind = kindOf(body);
    const actions = body.Actions ?? [];
    const paths = Object.values(body.ObjectPaths ?? {});
    const chunkPaths = new Set(paths.filter((p) => p.Name === 'GetBoundingRect').map((p) => p.Id));
    const queued = actions.filter((a) => a.ActionType !== 1 && !a.Name.startsWith('_'));
    const clientChunkOps = queued.filter((a) => chunkPaths.has(a.ObjectPathId)).length;
    const operations = queued.length - clientChunkOps;
    const sync = kind === 'sync' ? ++this.syncCount : 0;
    const trip: Trip = {
      kind,
      sync,
      actions: actions.length,
      operations,
      clientChunkOps,
      requestBytes,
      responseBytes: 0,
      hostMs: 0,
      errorCode: null,
    };
    this.trips.push(trip);
    return trip;
  }

  end(trip: Trip, responseBytes: number, hostMs: number, errorCode: string | null): void {
    Object.assign(trip, { responseBytes, hostMs, errorCode });
  }

  /** Totals over the syncs since trip number `tripIndex` (`trips.length` taken earlier). */
  since(tripIndex: number): {
    syncs: number;
    operations: number;
    clientChunkOps: number;
    requestBytes: number;
    responseBytes: number;
    hostMs: number;
  } {
    const syncs = this.trips.slice(tripIndex).filter((t) => t.kind === 'sync');
    const sum = (f: (t: Trip) => number): number => syncs.reduce((n, t) => n + f(t), 0);
    return {
      syncs: syncs.length,
      operations: sum((t) => t.operations),
      clientChunkOps: sum((t) => t.clientChunkOps),
      requestBytes: sum((t) => t.requestBytes),
      responseBytes: sum((t) => t.responseBytes),
      hostMs: sum((t) => t.hostMs),
    };
  }
}
