/** The words the pane shows for each column role (rules §7); the roles themselves and corrections are the engine's. */
import type { RoleChoice } from '../engine';

export { ROLE_CHOICES, isRoleChoice, type RoleChoice } from '../engine';

/** Words from rules §7. */
export const ROLE_LABELS: Record<RoleChoice, string> = {
  none: 'Not used',
  name: 'Indicator name',
  ref: 'Ref',
  outcome: 'Outcome',
  polarity: 'Polarity',
  higherIsBetter: 'Higher is better (yes/no)',
  unit: 'Unit',
  target: 'Target',
  amber: 'Amber threshold',
  override: 'RAG override',
  commentary: 'Commentary',
  period: 'Values for a period',
  periodLabel: 'Period (one row per period)',
  value: 'Value (one row per period)',
  numerator: 'Numerator (count)',
  denominator: 'Denominator (base)',
  spcRecalculateFrom: 'SPC recalculate from',
  spcBaselineTo: 'SPC baseline to',
  forecast: 'Forecast (year end)',
  annualTarget: 'Annual target',
};
