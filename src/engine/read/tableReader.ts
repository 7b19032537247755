/** Reading the cells of one table: numbers, row kinds, headings and the fields every row shape shares (rules §1, §5). */
import { cellAt, formatAt, isEmpty, type CellValue, type SheetGrid } from '../core/grid';
import { NO_SPC_SETTINGS, type OverrideRag, type Scoped, type SourceIndicator } from './sourceIndicator';
import { addresser, issue, type Addresser } from '../core/issues';
import type { DataIssue, Period, Polarity } from '../core/model';
import { readHigherIsBetter, readPolarity } from './polarity';
import type { IndicatorTable } from './tables';
import { cellText } from '../core/text';
import { samePeriod, yearOf } from '../periods/period';
import { addValue, emptyPeriodValues, gridCell, gridNaming, type CellNaming } from './periodValues';
import { settleProportion, type CountCells, type Figure } from './proportions';
import { readSpcCells, type SpcCell } from './spcSettings';
import { parseValue } from './values';

/** Rules §3: the words of a valid RAG override, lower case. */
export const OVERRIDES: Readonly<Record<string, OverrideRag>> = {
  r: 'red',
  red: 'red',
  a: 'amber',
  amber: 'amber',
  g: 'green',
  green: 'green',
};

/** A wide table's indicator is one row: it needs no cell per period (an empty Map is ~200 bytes, per indicator). */
const ONE_ROW: ReadonlyMap<number, string> = new Map();
/** A row of a table without count columns: no counts for any period. */
const NONE: Map<number, CountCells> = new Map();
export const NO_COUNTS: CountCells = Object.freeze({ numerator: null, denominator: null });
/**
 * A table without Annual target or Forecast columns: one empty list shared by its indicators, which nothing adds to
 * (a list per indicator is memory a table of 280,000 rows does not have).
 */
const NO_ENTRIES: Scoped<number>[] = [];
/** Likewise for a table without RAG override or Commentary columns. */
const NO_OVERRIDES: Scoped<OverrideRag>[] = [];
const NO_COMMENTARY: Scoped<string>[] = [];
/** Issue 11: a unit, name or header that says its figures are year to date. */
const CUMULATIVE = /\b(?:cumulative|year[\s-]*to[\s-]*date|ytd)\b/i;

/** The year of a wide table's latest period column: what a plain Forecast column forecasts. */
function latestYear(table: IndicatorTable): Period | null {
  const latest = table.mapping.periods.reduce<Period | null>(
    (a, { period }) => (a && a.start >= period.start ? a : period),
    null,
  );
  return latest && yearOf(latest);
}

export class Reader {
  readonly at: Addresser;
  /** How the gridCells of this grid are addressed: one naming for every value the table holds. */
  readonly naming: CellNaming;
  readonly issues: DataIssue[] = [];
  readonly headings: { row: number; text: string }[] = [];
  private readonly forecastYear: Period | null;
  constructor(
    readonly grid: SheetGrid,
    readonly table: IndicatorTable,
  ) {
    this.at = addresser(grid);
    this.naming = gridNaming(grid);
    this.forecastYear = latestYear(table);
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
    const scoped = <T>(value: T, c: number, scope = period): Scoped<T> => ({
      period: scope,
      value,
      cell: this.at.address(r, c),
    });
    for (const t of m.targets) {
      const value = this.number(r, t.col, 'Target', ind.issues);
      // A `Target 2006/07` column applies to its own period; a plain one to the row's (long) or every period (wide).
      if (value === null) continue;
      ind.targets.push(scoped(value, t.col, t.period ?? period));
      if (t.annual) ind.annualTargets.push(scoped(value, t.col, t.period ?? period));
    }
    for (const f of m.forecasts) {
      const value = this.number(r, f.col, 'Forecast', ind.issues);
      // A plain Forecast column forecasts the year of the row's period (long) or of the table's latest period (wide).
      const forecasts = f.period ? yearOf(f.period) : (period ?? this.forecastYear);
      if (value !== null) ind.forecasts.push(scoped(value, f.col, forecasts));
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
    readSpcCells(ind, this.spcCell(r, m.spcRecalculateFrom), this.spcCell(r, m.spcBaselineTo), period);
  }

  private spcCell(r: number, c: number | null): SpcCell | null {
    if (c === null) return null;
    const { grid } = this;
    return {
      value: this.cell(r, c),
      format: formatAt(grid, r, c),
      address: this.at.address(r, c),
      ref: this.at.ref(r, c),
    };
  }

  /**
   * Issue 12: sets the period's value (read from `cell`, a gridCell, null where the table has no value cell), worked
   * out from the counts where the value cell is empty, and keeps the counts that back it. Returns whether the value
   * was worked out.
   */
  putValue(
    ind: SourceIndicator,
    period: Period,
    value: number | null,
    cell: number | null,
    counts: CountCells,
  ): boolean {
    if (counts.numerator === null && counts.denominator === null) {
      // Most rows give no counts: the value stands as read (settleProportion would say the same, at a cost per cell).
      if (cell !== null) addValue(ind.values, period.start, value, cell);
      return false;
    }
    const settled = settleProportion({
      name: ind.name,
      period,
      value: value === null || cell === null ? null : { value, cell },
      valueCell: cell,
      counts,
      bothRoles: this.hasCounts,
      naming: this.naming,
    });
    if (settled.cell !== null) addValue(ind.values, period.start, settled.value, settled.cell);
    if (settled.counts) (ind.counts ??= new Map()).set(period.start, settled.counts);
    if (settled.issue) ind.issues.push(settled.issue);
    return settled.derived;
  }

  /** Whether the table has both numerator and denominator columns (issue 12). */
  get hasCounts(): boolean {
    return this.table.mapping.numerators.length > 0 && this.table.mapping.denominators.length > 0;
  }

  /**
   * Issue 12: the numerator and denominator the row gives each period: its own column (`Numerator Q3 2006/07`),
   * else a plain one. Each cell is read once, so an unreadable one gives one warning.
   */
  rowCounts(r: number, periods: readonly Period[], ind: SourceIndicator): Map<number, CountCells> {
    const m = this.table.mapping;
    if (m.numerators.length === 0 && m.denominators.length === 0) return NONE;
    const read = (cols: { col: number; period: Period | null }[], what: string) =>
      cols.map(({ col, period }) => {
        const value = this.number(r, col, what, ind.issues);
        return { period, figure: value === null ? null : { value, cell: gridCell(r, col) } };
      });
    const numerators = read(m.numerators, 'Numerator');
    const denominators = read(m.denominators, 'Denominator');
    const pick = (cols: { period: Period | null; figure: Figure | null }[], p: Period) =>
      (cols.find((c) => c.period !== null && samePeriod(c.period, p)) ?? cols.find((c) => c.period === null))
        ?.figure ?? null;
    return new Map(
      periods.map((p) => [p.start, { numerator: pick(numerators, p), denominator: pick(denominators, p) }]),
    );
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
        `Polarity "${reading.text}" in ${this.at.ref(r, col.col)} is not one I recognise (use Higher, Lower, Neutral or Target is best); treated as neutral, so "${ind.name}" is not rated.`,
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
      values: emptyPeriodValues(this.naming),
      targets: m.targets.length > 0 ? [] : NO_ENTRIES,
      annualTargets: m.targets.some((t) => t.annual) ? [] : NO_ENTRIES,
      forecasts: m.forecasts.length > 0 ? [] : NO_ENTRIES,
      cumulative: false,
      ambers: m.amber !== null ? [] : NO_ENTRIES,
      overrides: m.override !== null ? [] : NO_OVERRIDES,
      commentary: m.commentary !== null ? [] : NO_COMMENTARY,
      numberFormat: 'General',
      cell: this.at.address(r, m.name),
      cellByPeriod: ONE_ROW,
      counts: null,
      spc: NO_SPC_SETTINGS,
      issues: [],
    };
    ind.polarity = this.polarity(r, ind);
    const unit = m.unit !== null ? cellText(this.cell(r, m.unit)) : '';
    const flag = m.cumulativeCol !== null ? cellText(this.cell(r, m.cumulativeCol)) : '';
    ind.cumulative =
      m.cumulative ||
      CUMULATIVE.test(unit) ||
      CUMULATIVE.test(ind.name) ||
      /^(?:yes|y|true|1)$/i.test(flag) ||
      CUMULATIVE.test(flag);
    return ind;
  }

  /** What a row is: blank, a section heading (text in one cell only, rules §1), or a row of figures. */
  kindOfRow(r: number, figureCols: Set<number>): 'blank' | 'heading' | 'row' {
    // Counted, not listed: every row of the table is asked.
    let filled = 0;
    let last = -1;
    for (let c = this.table.firstCol; c <= this.table.lastCol; c++)
      if (!isEmpty(this.cell(r, c))) {
        filled += 1;
        last = c;
      }
    if (filled === 0) return 'blank';
    return filled === 1 && typeof this.cell(r, last) === 'string' && !figureCols.has(last)
      ? 'heading'
      : 'row';
  }

  /** The rows of figures, each with its outcome: blank rows are skipped and headings set the outcome (rules §1). */
  *rowsOfFigures(inherited: string | null): Generator<{ r: number; outcome: string | null }> {
    const m = this.table.mapping;
    const figureCols = new Set(
      [
        ...m.periods.map((p) => p.col),
        ...m.targets.map((t) => t.col),
        ...m.numerators.map((t) => t.col),
        ...m.denominators.map((t) => t.col),
        ...m.forecasts.map((f) => f.col),
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
export function headingAbove(reader: Reader, above: number): string | null {
  for (let r = reader.table.headerRow - 1; r > above; r--) {
    const row = (reader.grid.values[r] ?? []).filter((v) => !isEmpty(v));
    if (row.length === 0) continue;
    return row.length === 1 && typeof row[0] === 'string' ? row[0].trim() : null;
  }
  return null;
}
