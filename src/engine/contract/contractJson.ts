/** The CLI's `--json` object: the contract other tools rely on (its examples, with their answers: test/fixtures/contract/). */
import type { DataIssue, Direction } from '../core/model';
import type { RatedIndicator } from '../rate/rateIndicator';
import type { DigestRun } from '../digest/runDigest';

/** An indicator as the contract spells it: the rated indicator's fields, with its direction of travel as `dot`. */
export type ContractIndicator = Pick<
  RatedIndicator,
  | 'ref'
  | 'name'
  | 'outcome'
  | 'polarity'
  | 'current'
  | 'comparison'
  | 'target'
  | 'rag'
  | 'ragOverridden'
  | 'cell'
> & { dot: Direction };

export interface ContractJson {
  sheet: string;
  period: string;
  comparisonPeriod: string | null;
  indicators: ContractIndicator[];
  issues: DataIssue[];
}

export function toContractJson(run: DigestRun): ContractJson {
  return {
    sheet: run.sheet,
    period: run.period.label,
    comparisonPeriod: run.comparisonPeriod.label,
    indicators: run.indicators.map((i) => ({
      ref: i.ref,
      name: i.name,
      outcome: i.outcome,
      polarity: i.polarity,
      current: i.current,
      comparison: i.comparison,
      target: i.target,
      rag: i.rag,
      ragOverridden: i.ragOverridden,
      dot: i.direction,
      cell: i.cell,
    })),
    issues: run.issues.map(({ severity, cell, message }) => ({ severity, cell, message })),
  };
}
