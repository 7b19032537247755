/** Step 5: what the digest (and the reports chosen, issue 11) will say, before anything is written (rules §6). */
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { hasIndicatorTable, type DigestRun } from '../../engine';
import type { RulesForm } from '../rulesForm';
import { ActionPreview } from './ActionPreview';
import { ExceptionList } from './ExceptionList';
import { IssueList } from './IssueList';
import { OutcomeStatusList } from './OutcomeStatusList';
import { SummaryCounts } from './SummaryCounts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, marginTop: tokens.spacingVerticalM, fontSize: tokens.fontSizeBase400 },
  outcome: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

function DigestPreview({ run, onGoTo }: { run: DigestRun; onGoTo: (cell: string) => void }) {
  const styles = useStyles();
  const { digest } = run;
  const comparison = digest.comparisonPeriod ? ` compared with ${digest.comparisonPeriod.label}` : '';
  const count = digest.sections.reduce((n, s) => n + s.indicators.length, 0);
  return (
    <>
      <Text>{`${count} indicators, ${digest.period.label}${comparison}, from ${digest.source}.`}</Text>
      <h3 className={styles.heading}>Summary</h3>
      <SummaryCounts counts={digest.summary.overall} label="All indicators" />
      {digest.summary.byOutcome.map(({ outcome, counts }) => (
        <div key={outcome} className={styles.outcome}>
          <Text weight="semibold">{outcome}</Text>
          <SummaryCounts counts={counts} label={outcome} />
        </div>
      ))}
      <h3 className={styles.heading}>{`Exceptions (${digest.exceptions.length})`}</h3>
      <ExceptionList exceptions={digest.exceptions} onGoTo={onGoTo} />
    </>
  );
}

export function PreviewSection({
  run,
  reports,
  onGoTo,
}: {
  run: DigestRun;
  reports: RulesForm['reports'];
  onGoTo: (cell: string) => void;
}) {
  const styles = useStyles();
  const indicators = hasIndicatorTable(run);
  return (
    <div className={styles.root}>
      {run.historyNote && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{run.historyNote}</MessageBarBody>
        </MessageBar>
      )}
      {indicators && <DigestPreview run={run} onGoTo={onGoTo} />}
      {indicators && reports.exceptions && (
        <>
          <h3 className={styles.heading}>Exceptions report: status by outcome</h3>
          <OutcomeStatusList digest={run.digest} />
        </>
      )}
      {run.actions && (reports.actions || !indicators) && (
        <>
          <h3 className={styles.heading}>Action plan</h3>
          <ActionPreview plan={run.actions} onGoTo={onGoTo} />
        </>
      )}
      <h3 className={styles.heading}>{`Data issues (${run.issues.length})`}</h3>
      <IssueList issues={run.issues} onGoTo={onGoTo} />
    </div>
  );
}
