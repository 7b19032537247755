/** Step 3: the rules of this digest (rules §2–4), each default explained in one line. */
import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ComparisonBasis } from '../../engine';
import type { RulesErrors, RulesForm } from '../rulesForm';

export interface RulesSectionProps {
  rules: RulesForm;
  /** The table's periods, latest first; the first is what "latest" means today. */
  periods: string[];
  /** One message per rule that cannot be read (the engine's words, as the CLI says them). */
  errors: RulesErrors;
  /** One message per rule accepted as it stands but probably not meant. */
  warnings: RulesErrors;
  /** Some rule is not its default: Reset to defaults is offered. */
  changed: boolean;
  onChange: (rules: Partial<RulesForm>) => void;
  onReset: () => void;
}

const LATEST = '';

/** The two thresholds typed as text (rules §3 tolerance, §4 change threshold), each default explained. */
const THRESHOLDS = [
  {
    key: 'tolerance',
    label: 'Tolerance',
    hint: "Default 5% of the target: a miss within it is Amber, beyond it Red. A plain number is in the indicator's units.",
  },
  {
    key: 'changeThreshold',
    label: 'Change threshold',
    hint: 'Default 0: any change counts as improving or worsening. 2% ignores changes smaller than 2%.',
  },
] as const;

const basisOf = (value: string): ComparisonBasis => (value === 'year' ? 'year' : 'previous');

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  reset: { alignSelf: 'flex-start' },
});

const stateOf = (error?: string, warning?: string) => (error ? 'error' : warning ? 'warning' : 'none');

export function RulesSection({
  rules,
  periods,
  errors,
  warnings,
  changed,
  onChange,
  onReset,
}: RulesSectionProps) {
  const styles = useStyles();
  const latest = periods[0];
  return (
    <div className={styles.root}>
      <Field label="Current period" hint="Default: the latest period with at least one value.">
        <Select
          value={rules.period ?? LATEST}
          onChange={(_, data) => onChange({ period: data.value === LATEST ? null : data.value })}
        >
          <option value={LATEST}>{latest ? `Latest with data (${latest})` : 'Latest with data'}</option>
          {periods.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Compare with" hint="Default: the period just before the current one.">
        <RadioGroup value={rules.basis} onChange={(_, data) => onChange({ basis: basisOf(data.value) })}>
          <Radio value="previous" label="Previous period" />
          <Radio value="year" label="Same period last year" />
        </RadioGroup>
      </Field>
      {THRESHOLDS.map(({ key, label, hint }) => (
        <Field
          key={key}
          label={label}
          hint={hint}
          validationState={stateOf(errors[key], warnings[key])}
          validationMessage={errors[key] ?? warnings[key]}
        >
          <Input value={rules[key]} onChange={(_, data) => onChange({ [key]: data.value })} />
        </Field>
      ))}
      <Field hint="Where a count is year to date (a Cumulative or YTD unit or header) and no forecast is given, extend it in a straight line to the year end, labelled projected.">
        <Checkbox
          checked={rules.project}
          label="Project cumulative counts to the year end"
          onChange={(_, data) => onChange({ project: data.checked === true })}
        />
      </Field>
      {changed && (
        <Button className={styles.reset} onClick={onReset}>
          Reset to defaults
        </Button>
      )}
    </div>
  );
}
