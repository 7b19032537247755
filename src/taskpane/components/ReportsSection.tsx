/** Step 4 (issue 11): the report sheets written after the digest, and the action plan's report date and due-soon days. */
import { Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { RulesErrors, RulesForm } from '../rulesForm';

export interface ReportsSectionProps {
  rules: RulesForm;
  errors: RulesErrors;
  /** Whether the workbook holds an action plan, and the report date written above it (`19 May 2006`), if any. */
  plan: { found: boolean; dateAbove: string | null };
  onChange: (rules: Partial<RulesForm>) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function ReportsSection({ rules, errors, plan, onChange }: ReportsSectionProps) {
  const styles = useStyles();
  const report = (kind: keyof RulesForm['reports'], checked: boolean) =>
    onChange({ reports: { ...rules.reports, [kind]: checked } });
  const dateHint = plan.dateAbove
    ? `Default: ${plan.dateAbove}, the date written above the action plan.`
    : 'Default: the date written above the action plan, else today.';
  return (
    <div className={styles.root}>
      <Field hint="For a committee: each outcome's status, then a paragraph on each exception. A4 portrait.">
        <Checkbox
          checked={rules.reports.exceptions}
          label="Exceptions report"
          onChange={(_, data) => report('exceptions', data.checked === true)}
        />
      </Field>
      <Field
        hint={
          plan.found
            ? 'The actions by timescale, with their RAG on the report date and a question for each owner of a Red or Amber one.'
            : 'No action plan in this workbook (a table with Recommendation or Action, and Owner, Due, Status or Progress).'
        }
      >
        <Checkbox
          checked={plan.found && rules.reports.actions}
          disabled={!plan.found}
          label="Action-plan tracker"
          onChange={(_, data) => report('actions', data.checked === true)}
        />
      </Field>
      <Field
        label="Report date"
        hint={dateHint}
        validationState={errors.asOf ? 'error' : 'none'}
        validationMessage={errors.asOf}
      >
        <Input type="date" value={rules.asOf} onChange={(_, data) => onChange({ asOf: data.value })} />
      </Field>
      <Field
        label="Due soon (days)"
        hint="Default 30: an action not complete and due within this many days of the report date is Amber, unless it is on track."
        validationState={errors.dueSoon ? 'error' : 'none'}
        validationMessage={errors.dueSoon}
      >
        <Input value={rules.dueSoon} onChange={(_, data) => onChange({ dueSoon: data.value })} />
      </Field>
    </div>
  );
}
