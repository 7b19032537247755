/** How the fake describes Excel's object model: each wire type's properties, navigations and methods. */
import type { Area } from './a1';
import { invalidArgument } from './hostError';
import type { ChartModel, ChartSeriesModel, FakeWorkbook, Sheet, TextRuleFormat } from './workbook';

/** A resolved object path: what the client's proxy stands for in the fake workbook. */
export interface Handle {
  t: string;
  sheet?: Sheet;
  area?: Area;
  rule?: TextRuleFormat;
  chart?: ChartModel;
  series?: ChartSeriesModel;
  /** Set by `_KeepReference`: the id the client uses for this object in later syncs. */
  refId?: string;
}

export interface Property {
  get?: (h: Handle) => unknown;
  set?: (h: Handle, value: unknown) => void;
}

export interface TypeDef {
  /** The object's `_Id`, which lets the client address it by id in later syncs. */
  id?: (h: Handle) => string;
  /** Collections are queried as `{_Items: [...]}` and indexed with `getItem`. */
  items?: (h: Handle) => Handle[];
  item?: (h: Handle, key: unknown) => Handle | null;
  props?: Record<string, Property>;
  nav?: Record<string, (h: Handle) => Handle>;
  /** A method returns a Handle (an object path), `null` (a null object) or a plain value. */
  methods?: Record<string, (h: Handle, args: unknown[]) => unknown>;
}

export type TypeTable = Record<string, TypeDef>;

export interface ModelContext {
  workbook: FakeWorkbook;
  /** The sheet Worksheet.activate() last made active. */
  active: { sheetId: string | null };
}

export function sheetOf(h: Handle): Sheet {
  if (!h.sheet) throw new Error(`fake: ${h.t} has no sheet`);
  return h.sheet;
}

export function areaOf(h: Handle): Area {
  if (!h.area) throw new Error(`fake: ${h.t} has no area`);
  return h.area;
}

export function chartOf(h: Handle): ChartModel {
  if (!h.chart) throw new Error(`fake: ${h.t} has no chart`);
  return h.chart;
}

export function seriesOf(h: Handle): ChartSeriesModel {
  if (!h.series) throw new Error(`fake: ${h.t} has no series`);
  return h.series;
}

export function ruleOf(h: Handle): TextRuleFormat {
  if (!h.rule) throw new Error(`fake: ${h.t} has no rule`);
  return h.rule;
}

/** Colours as Excel takes them: `#RRGGBB` (any case); read back in upper case. */
export function color(v: unknown): string {
  if (typeof v !== 'string' || !/^#[0-9a-f]{6}$/i.test(v))
    throw invalidArgument(`colour ${JSON.stringify(v)}`);
  return v.toUpperCase();
}

export function oneOf<T extends string>(allowed: readonly T[], v: unknown): T {
  const hit = allowed.find((a) => typeof v === 'string' && a.toLowerCase() === v.toLowerCase());
  if (!hit) throw invalidArgument(`${JSON.stringify(v)} is not one of ${allowed.join(', ')}`);
  return hit;
}

export function num(v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
    throw invalidArgument(`number ${String(v)}`);
  return v;
}

/** A value shared by all items, or null when they differ (how Office.js reports a mixed range format). */
export function same<T>(xs: T[]): T | null {
  const first = xs[0];
  return first !== undefined && xs.every((x) => x === first) ? first : null;
}
