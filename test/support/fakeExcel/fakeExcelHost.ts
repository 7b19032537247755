/**
 * The fake Excel host behind the real Office.js client: an in-memory workbook answering the client's ProcessQuery
 * batches, with Excel's 5 MB payload limit, the claimed ExcelApi set, fault injection and a trip recorder.
 * Plain TypeScript with no Node APIs, so a browser preview can bundle it too.
 */
import { chartTypes } from './chartModel';
import { conditionalFormatTypes } from './conditionalFormatModel';
import { HostError, payloadTooLarge } from './hostError';
import type { Handle, ModelContext } from './objectTypes';
import { processQuery, type RequestBody, type ResponseBody } from './processQuery';
import { rangeTypes } from './rangeModel';
import { withSelection } from './selectionModel';
import { sheetTypes } from './sheetModel';
import { TripRecorder } from './tripRecorder';
import { FakeWorkbook } from './workbook';

/** Excel on the web limits each request and each response to 5 MB (docs/excel-host-behaviour.md, "Limits"). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface FaultPlan {
  /** The sync (1-based, counting only the add-in's own syncs) that fails. */
  atSync: number;
  /** Actions of that batch to apply before it fails (Excel does not roll back a batch); 0 = none. */
  afterActions?: number;
  code?: string;
}

export interface FakeHostOptions {
  /** The ExcelApi set this host claims, e.g. `'1.7'`. */
  excelApi?: string;
  workbook?: FakeWorkbook;
  /** Smaller than Excel's 5 MB only to test the adapter's fallbacks on small workbooks. */
  payloadLimitBytes?: number;
}

/** UTF-8 length without TextEncoder (absent from some DOMs tests run in). */
function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (pair) i++;
  }
  return n;
}

export class FakeExcelHost {
  readonly workbook: FakeWorkbook;
  readonly excelApi: string;
  readonly payloadLimitBytes: number;
  readonly recorder = new TripRecorder();
  readonly active: ModelContext['active'] = { sheetId: null };
  /** Bugs in the fake itself (not Excel errors): answered as GeneralException, kept here for tests to assert none. */
  readonly internalErrors: string[] = [];
  private fault: FaultPlan | null = null;
  private readonly refs = new Map<string, Handle>();
  private nextRef = 1;

  constructor(options: FakeHostOptions = {}) {
    this.workbook = options.workbook ?? new FakeWorkbook();
    this.excelApi = options.excelApi ?? '1.7';
    this.payloadLimitBytes = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
  }

  /** The next time the add-in reaches sync `atSync` (counted from now), that batch fails. */
  failAt(plan: FaultPlan): void {
    this.fault = { ...plan, atSync: this.recorder.syncCount + plan.atSync };
  }

  /** Answers one batch, as the body text the client sent; returns the response text. */
  handle(requestText: string): string {
    const started = performance.now();
    const body = JSON.parse(requestText) as RequestBody;
    const trip = this.recorder.begin(body, utf8Bytes(requestText));
    let response: ResponseBody;
    if (trip.requestBytes > this.payloadLimitBytes)
      response = this.errorResponse(payloadTooLarge('request', trip.requestBytes));
    else if (this.fault && trip.sync === this.fault.atSync) response = this.failing(body, this.fault);
    else response = this.runSafely(body);
    let text = JSON.stringify(response);
    const responseBytes = utf8Bytes(text);
    if (responseBytes > this.payloadLimitBytes)
      text = JSON.stringify(this.errorResponse(payloadTooLarge('response', responseBytes)));
    this.recorder.end(trip, utf8Bytes(text), performance.now() - started, response.Error?.Code ?? null);
    return text;
  }

  private run(body: RequestBody): ResponseBody {
    const ctx: ModelContext = { workbook: this.workbook, active: this.active };
    const types = withSelection(
      { ...sheetTypes(ctx), ...rangeTypes(ctx), ...conditionalFormatTypes(ctx), ...chartTypes(ctx) },
      ctx,
    );
    const protocol = {
      types,
      excelApi: this.excelApi,
      refs: this.refs,
      newRefId: () => `fake!ref${this.nextRef++}`,
    };
    return processQuery(protocol, body);
  }

  private runSafely(body: RequestBody): ResponseBody {
    try {
      return this.run(body);
    } catch (e) {
      this.internalErrors.push(String(e instanceof Error ? e.stack : e));
      return this.errorResponse(new HostError('GeneralException', `Fake host bug: ${String(e)}`, 500));
    }
  }

  private failing(body: RequestBody, plan: FaultPlan): ResponseBody {
    this.fault = null;
    const applied = (body.Actions ?? []).slice(0, plan.afterActions ?? 0);
    const partial = applied.length ? this.run({ ...body, Actions: applied }) : { Results: [] };
    if (partial.Error) return partial;
    const error = new HostError(
      plan.code ?? 'GeneralException',
      'Injected fault: the host failed this batch.',
      500,
    );
    return { ...this.errorResponse(error), Results: partial.Results };
  }

  private errorResponse(e: HostError): ResponseBody {
    return {
      Results: [],
      Error: { Code: e.code, Message: e.message, HttpStatusCode: e.httpStatus, ActionIndex: 0, Location: '' },
    };
  }
}
