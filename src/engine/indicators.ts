/** Rules §1–2, §5: reading the indicators of one table (wide or long), with a data issue for every problem. */
import { cellAt, formatAt, isEmpty, type CellValue, type SheetGrid } from './grid';
import { addresser, issue, type Addresser } from './issues';
import type { DataIssue, Period, PeriodType, Polarity } from './model';
import { isGeneralFormat, isPercentFormat } from './numberFormats';
import { readHigherIsBetter, readPolarity } from './polarity';
import { parsePeriod, PERIOD_PLURAL, samePeriod } from './periods';
import type { IndicatorTable } from './tables';
import { cellText, matchKey } from './text';
import { parseValue } from './values';

export type OverrideRag = 'green' | 'amber' | 'red';

/** A setting that applies to one period, or to every period (`period: null`). */
export interface Scoped<T> {
  period: Period | null;
  value: T;
  cell: string;
}

export interface SourceIndicator {
  ref: string | null;
  name: string;
  outcome: string | null;
  polarity: Polarity;
  /** Values by period start, with the cell each came from. */
  values: Map<number, { value: number | null; cell: string }>;
  targets: Scoped<number>[];
  ambers: Scoped<number>[];
  overrides: Scoped<OverrideRag>[];
  commentary: Scoped<string>[];
  numberFormat: string;
  /** The address of the indicator's name cell, per period for long tables (first row otherwise). */
  cell: string;
  cellByPeriod: Map<number, string>;
  issues: DataIssue[];
}

export interface TableReading {
  table: IndicatorTable;
  periodType: PeriodType;
  /** The table's periods of its own type, oldest first. */
  periods: Period[];
  indicators: SourceIndicator[];
  /** Section headings (rules §1), by grid row. */
  headings: { row: number; text: string }[];
  /** Every data issue found reading the table, including each indicator's. */
  issues: DataIssue[];
}

const PERCENT_UNITS = new Set([
  '%',
  'percent',
  'percentage',
  'percentages',
  'pct',
  'perc',
  '%age',
  'per cent',
]);
const OVERRIDES: Record<string, OverrideRag> = {
  r: 'red',
  red: 'red',
  a: 'amber',
  amber: 'amber',
  g: 'green',
  green: 'green',
};

/** Rules §2: the table's period type is the finest found; for years, the kind (financial, calendar) in more columns. */
function choosePeriodKind(periods: Period[]): { type: PeriodType; fiscal: boolean } | null {
  if (periods.length === 0) return null;
  const type =
    (['month', 'quarter', 'year'] as const).find((t) => periods.some((p) => p.type === t)) ?? 'year';
  if (type !== 'year') return { type, fiscal: true };
  const fiscal = periods.filter((p) => p.type === 'year' && p.fiscal).length;
  const calendar = periods.filter((p) => p.type === 'year' && !p.fiscal).length;
  return { type, fiscal: fiscal >= calendar };
}

const ofKind = (kind: { type: PeriodType; fiscal: boolean }) => (p: Period) =>
  p.type === kind.type && (p.type !== 'year' || p.fiscal === kind.fiscal);

class Reader {
  readonly at: Addresser;
  readonly issues: DataIssue[] = [];
  readonly headings: { row: number; text: string }[] = [];
  constructor(
    readonly grid: SheetGrid,
    readonly table: IndicatorTable,
  ) {
    this.at = addresser(grid);
  }

  cell(r: number, c: number): CellValue {
    return cellAt(this.grid, r, c);
  }

  /** A number from a value, target or amber-threshold cell; unreadable text is no value plus a warning. */
  number(r: number, c: number, what: string, into: DataIssue[]): number | null {
    const parsed = parseValue(this.cell(r, c));
    if (parsed.kind === 'number') return parsed.value;
    if (parsed.kind === 'unreadable') {
      const ref = this.at.ref(r, c);
      into.push(
        issue(
          'warning',
          this.at.address(r, c),
          `${what} "${parsed.text}" in ${ref} is not a number; treated as no value.`,
        ),
      );
    }
    return null;
  }

  /** Row-level fields shared by both table shapes; `period` scopes them (long tables) or not (wide). */
  rowFields(r: number, period: Period | null, ind: SourceIndicator): void {
    const m = this.table.mapping;
    const scoped = <T>(value: T, c: number): Scoped<T> => ({ period, value, cell: this.at.address(r, c) });
    for (const t of m.targets) {
      const value = this.number(r, t.col, 'Target', ind.issues);
      // A `Target 2006/07` column applies to its own period; a plain one to the row's (long) or every period (wide).
      if (value !== null) ind.targets.push({ ...scoped(value, t.col), period: t.period ?? period });
    }
    if (m.amber !== null) {
      const value = this.number(r, m.amber, 'Amber threshold', ind.issues);
      if (value !== null) ind.ambers.push(scoped(value, m.amber));
    }
    if (m.override !== null) {
      const text = cellText(this.cell(r, m.override));
      const rag = OVERRIDES[text.toLowerCase()];
      if (rag) ind.overrides.push(scoped(rag, m.override));
      else if (text !== '')
        ind.issues.push(
          issue(
            'warning',
            this.at.address(r, m.override),
            `RAG override "${text}" in ${this.at.ref(r, m.override)} is not Red, Amber or Green (or R, A, G); it is ignored.`,
          ),
        );
    }
    if (m.commentary !== null) {
      const text = cellText(this.cell(r, m.commentary));
      if (text !== '') ind.commentary.push(scoped(text, m.commentary));
    }
  }

  /** Rules §1: polarity from its column; missing is higher with a warning, unreadable is neutral with a warning. */
  polarity(r: number, ind: SourceIndicator): Polarity {
    const col = this.table.mapping.polarity;
    if (col === null) return 'higher';
    const reading = (col.yesNo ? readHigherIsBetter : readPolarity)(this.cell(r, col.col));
    const where = this.at.address(r, col.col);
    if (reading.kind === 'polarity') return reading.polarity;
    if (reading.kind === 'missing') {
      ind.issues.push(
        issue(
          'warning',
          where,
          reading.error
            ? `The polarity cell ${this.at.ref(r, col.col)} holds the Excel error ${reading.error}; treated as higher is better.`
            : `No polarity for "${ind.name}" in ${this.at.ref(r, col.col)}; treated as higher is better.`,
        ),
      );
      return 'higher';
    }
    ind.issues.push(
      issue(
        'warning',
        where,
        `Polarity "${reading.text}" in ${this.at.ref(r, col.col)} is not one I recognise (use Higher, Lower or Neutral); treated as neutral, so "${ind.name}" is not rated.`,
      ),
    );
    return 'neutral';
  }

  newIndicator(r: number, outcome: string | null): SourceIndicator {
    const m = this.table.mapping;
    const ref = m.ref !== null ? cellText(this.cell(r, m.ref)) || null : null;
    const ownOutcome = m.outcome !== null ? cellText(this.cell(r, m.outcome)) : '';
    const ind: SourceIndicator = {
      ref,
      name: cellText(this.cell(r, m.name)),
      outcome: ownOutcome || outcome,
      polarity: 'higher',
      values: new Map(),
      targets: [],
      ambers: [],
      overrides: [],
      commentary: [],
      numberFormat: 'General',
      cell: this.at.address(r, m.name),
      cellByPeriod: new Map(),
      issues: [],
    };
    ind.polarity = this.polarity(r, ind);
    return ind;
  }

  /** What a row is: blank, a section heading (text in one cell only, rules §1), or a row of figures. */
  kindOfRow(r: number, figureCols: Set<number>): 'blank' | 'heading' | 'row' {
    const filled: number[] = [];
    for (let c = this.table.firstCol; c <= this.table.lastCol; c++)
      if (!isEmpty(this.cell(r, c))) filled.push(c);
    if (filled.length === 0) return 'blank';
    const only = filled.length === 1 ? filled[0]! : -1;
    return only >= 0 && typeof this.cell(r, only) === 'string' && !figureCols.has(only) ? 'heading' : 'row';
  }

  /** The rows of figures, each with its outcome: blank rows are skipped and headings set the outcome (rules §1). */
  *rowsOfFigures(inherited: string | null): Generator<{ r: number; outcome: string | null }> {
    const m = this.table.mapping;
    const figureCols = new Set(
      [
        ...m.periods.map((p) => p.col),
        ...m.targets.map((t) => t.col),
        m.periodCol,
        m.valueCol,
        m.amber,
      ].filter((c): c is number => c !== null),
    );
    let outcome = inherited;
    for (let r = this.table.firstRow; r <= this.table.lastRow; r++) {
      const kind = this.kindOfRow(r, figureCols);
      if (kind === 'heading') outcome = this.heading(r);
      if (kind === 'row') yield { r, outcome };
    }
  }

  /** A section heading's text (from the table's own columns), remembered as a heading. */
  heading(r: number): string {
    let text = '';
    for (let c = this.table.firstCol; c <= this.table.lastCol && !text; c++) text = cellText(this.cell(r, c));
    this.headings.push({ row: r, text });
    return text;
  }

  namelessRow(r: number): void {
    const m = this.table.mapping;
    this.issues.push(
      issue(
        'error',
        this.at.address(r, m.name),
        `Row ${this.at.rowNumber(r)} has figures but no indicator name in ${this.at.ref(r, m.name)}, so it cannot be rated. Add the indicator's name.`,
      ),
    );
  }
}

/** The outcome a table's first rows take from a section heading just above its header (a repeated header per section). */
function headingAbove(reader: Reader, above: number): string | null {
  for (let r = reader.table.headerRow - 1; r > above; r--) {
    const row = (reader.grid.values[r] ?? []).filter((v) => !isEmpty(v));
    if (row.length === 0) continue;
    return row.length === 1 && typeof row[0] === 'string' ? row[0].trim() : null;
  }
  return null;
}

function finish(
  ind: SourceIndicator,
  grid: SheetGrid,
  cells: { r: number; c: number }[],
  unitText: string,
): void {
  const formats = cells.map(({ r, c }) => formatAt(grid, r, c));
  // Text such as "65%" is a percentage too (stored as 0.65, as Excel reads it).
  const typedPercent = cells.some(({ r, c }) => {
    const v = cellAt(grid, r, c);
    return typeof v === 'string' && /\d\s*%\s*$/.test(v);
  });
  const percent = PERCENT_UNITS.has(unitText.toLowerCase()) || typedPercent || formats.some(isPercentFormat);
  const values = [...ind.values.values()].flatMap((v) =>
    v.value === null ? [] : [{ ...v, value: v.value }],
  );
  ind.numberFormat =
    formats.find((f) => !isGeneralFormat(f)) ??
    (percent ? (values.every((v) => Math.abs(v.value) <= 1.5) ? '0.0%' : '0.0"%"') : 'General');
  // Rules §1: values are never rescaled; a percentage row mixing fractions and whole numbers gets a warning.
  const fractions = values.filter((v) => v.value !== 0 && Math.abs(v.value) <= 1);
  if (percent && fractions.length > 0) {
    for (const v of values.filter((x) => Math.abs(x.value) > 1.5))
      ind.issues.push(
        issue(
          'warning',
          v.cell,
          `Value ${v.value} in ${v.cell.split('!').pop()} looks like a whole percentage, but other values of "${ind.name}" are fractions (0.65 = 65%); check it. Values are not rescaled.`,
        ),
      );
  }
}

function checkDuplicates(indicators: SourceIndicator[], issues: DataIssue[]): void {
  const seen = new Map<string, SourceIndicator>();
  for (const ind of indicators) {
    const key = ind.ref ? `ref:${matchKey(ind.ref)}` : `name:${matchKey(ind.name)}`;
    const first = seen.get(key);
    if (first)
      issues.push(
        issue(
          'warning',
          ind.cell,
          `"${ind.name}" appears twice (${first.cell} and ${ind.cell}); both are in the digest. Check which is right.`,
        ),
      );
    else seen.set(key, ind);
  }
}

function readWide(reader: Reader, inherited: string | null): TableReading | null {
  const { table, at } = reader;
  const m = table.mapping;
  const kind = choosePeriodKind(m.periods.map((p) => p.period));
  if (!kind) return null;
  const columns: { col: number; period: Period }[] = [];
  for (const p of m.periods) {
    const header = at.address(table.headerRow, p.col);
    if (!ofKind(kind)(p.period))
      reader.issues.push(
        issue(
          'warning',
          header,
          `Column "${p.period.label}" (${at.ref(table.headerRow, p.col)}) is not one of this table's ${PERIOD_PLURAL[kind.type]}; it is left out of RAG and direction of travel.`,
        ),
      );
    else if (columns.some((c) => samePeriod(c.period, p.period)))
      reader.issues.push(
        issue(
          'warning',
          header,
          `There are two columns for ${p.period.label}; the second (${at.ref(table.headerRow, p.col)}) is ignored.`,
        ),
      );
    else columns.push(p);
  }
  for (const { col, text } of m.unreadablePeriods) {
    let hasFigures = false;
    for (let r = table.firstRow; r <= table.lastRow && !hasFigures; r++)
      hasFigures = parseValue(reader.cell(r, col)).kind === 'number';
    if (hasFigures)
      reader.issues.push(
        issue(
          'warning',
          at.address(table.headerRow, col),
          `The heading "${text}" (${at.ref(table.headerRow, col)}) looks like a period but does not say which one; its figures are not used. Write it as, for example, Q3 2006/07 or Jun 2006.`,
        ),
      );
  }
  const indicators: SourceIndicator[] = [];
  for (const { r, outcome } of reader.rowsOfFigures(inherited)) {
    if (cellText(reader.cell(r, m.name)) === '') {
      reader.namelessRow(r);
      continue;
    }
    const ind = reader.newIndicator(r, outcome);
    for (const { col, period } of columns)
      ind.values.set(period.start, {
        value: reader.number(r, col, 'Value', ind.issues),
        cell: at.address(r, col),
      });
    reader.rowFields(r, null, ind);
    const cells = [...columns.map((c) => ({ r, c: c.col })), ...m.targets.map((t) => ({ r, c: t.col }))];
    finish(ind, reader.grid, cells, m.unit !== null ? cellText(reader.cell(r, m.unit)) : '');
    indicators.push(ind);
  }
  const periods = columns.map((c) => c.period).sort((a, b) => a.start - b.start);
  return { table, periodType: kind.type, periods, indicators, headings: reader.headings, issues: [] };
}

function readLong(reader: Reader, inherited: string | null): TableReading | null {
  const { table, at, grid } = reader;
  const m = table.mapping;
  const periodCol = m.periodCol!;
  const valueCol = m.valueCol!;
  const rowPeriods = new Map<number, Period>();
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const p = parsePeriod(reader.cell(r, periodCol), formatAt(grid, r, periodCol));
    if (p) rowPeriods.set(r, p);
  }
  const kind = choosePeriodKind([...rowPeriods.values()]);
  if (!kind) return null;
  const byKey = new Map<string, SourceIndicator>();
  const cellsOf = new Map<SourceIndicator, { r: number; c: number }[]>();
  const periods = new Map<number, Period>();
  for (const { r, outcome } of reader.rowsOfFigures(inherited)) {
    const name = cellText(reader.cell(r, m.name));
    const ref = m.ref !== null ? cellText(reader.cell(r, m.ref)) : '';
    if (name === '' && ref === '') {
      reader.namelessRow(r);
      continue;
    }
    const key = ref ? `ref:${matchKey(ref)}` : `name:${matchKey(name)}`;
    let ind = byKey.get(key);
    if (!ind) {
      if (name === '') {
        reader.namelessRow(r);
        continue;
      }
      ind = reader.newIndicator(r, outcome);
      byKey.set(key, ind);
      cellsOf.set(ind, []);
    }
    const period = rowPeriods.get(r);
    const periodText = cellText(reader.cell(r, periodCol));
    if (!period) {
      const what = periodText
        ? `"${periodText}" in ${at.ref(r, periodCol)} is not a period I recognise`
        : `${at.ref(r, periodCol)} has no period`;
      ind.issues.push(
        issue(
          'error',
          at.address(r, periodCol),
          `${what}, so row ${at.rowNumber(r)} is left out. Use a label such as Q3 2006/07 or Jun 2006.`,
        ),
      );
      continue;
    }
    if (!ofKind(kind)(period)) {
      ind.issues.push(
        issue(
          'warning',
          at.address(r, periodCol),
          `${period.label} in ${at.ref(r, periodCol)} is not one of this table's ${PERIOD_PLURAL[kind.type]}; row ${at.rowNumber(r)} is left out of RAG and direction of travel.`,
        ),
      );
      continue;
    }
    if (ind.values.has(period.start)) {
      ind.issues.push(
        issue(
          'warning',
          at.address(r, valueCol),
          `"${ind.name}" has a second row for ${period.label} (row ${at.rowNumber(r)}); the first is used and this one ignored.`,
        ),
      );
      continue;
    }
    periods.set(period.start, period);
    ind.values.set(period.start, {
      value: reader.number(r, valueCol, 'Value', ind.issues),
      cell: at.address(r, valueCol),
    });
    ind.cellByPeriod.set(period.start, at.address(r, m.name));
    reader.rowFields(r, period, ind);
    cellsOf.get(ind)!.push({ r, c: valueCol }, ...m.targets.map((t) => ({ r, c: t.col })));
  }
  const indicators = [...byKey.values()];
  for (const ind of indicators) finish(ind, grid, cellsOf.get(ind) ?? [], '');
  return {
    table,
    periodType: kind.type,
    periods: [...periods.values()].sort((a, b) => a.start - b.start),
    indicators,
    headings: reader.headings,
    issues: [],
  };
}

/**
 * Reads one table. `previousHeader` is the header row of the table above on the same sheet (null for the first),
 * so a section heading between two tables gives the lower table's first rows their outcome.
 */
export function readTable(
  grid: SheetGrid,
  table: IndicatorTable,
  previousHeader: number | null,
): TableReading | null {
  const reader = new Reader(grid, table);
  const inherited = previousHeader === null ? null : headingAbove(reader, previousHeader);
  const reading = table.shape === 'wide' ? readWide(reader, inherited) : readLong(reader, inherited);
  if (!reading) return null;
  checkDuplicates(reading.indicators, reader.issues);
  if (table.mapping.polarity === null && reading.indicators.length > 0)
    reader.issues.push(
      issue(
        'warning',
        at0(reader),
        `The table has no polarity column, so every indicator is treated as higher is better. Add a Polarity column (Higher, Lower or Neutral) to be sure.`,
      ),
    );
  reading.issues = [...reader.issues, ...reading.indicators.flatMap((i) => i.issues)];
  return reading;
}

function at0(reader: Reader): string {
  return reader.at.address(reader.table.headerRow, reader.table.mapping.name);
}
