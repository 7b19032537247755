/** Step 4: what the digest will say, before anything is written (rules §6). */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Digest } from '../../engine';
import { ExceptionList } from './ExceptionList';
import { IssueList } from './IssueList';
import { SummaryCounts } from './SummaryCounts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, marginTop: tokens.spacingVerticalM, fontSize: tokens.fontSizeBase400 },
  outcome: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

export function PreviewSection({ digest, onGoTo }: { digest: Digest; onGoTo: (cell: string) => void }) {
  const styles = useStyles();
  const comparison = digest.comparisonPeriod ? ` compared with ${digest.comparisonPeriod.label}` : '';
  const count = digest.sections.reduce((n, s) => n + s.indicators.length, 0);
  return (
    <div className={styles.root}>
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
      <h3 className={styles.heading}>{`Data issues (${digest.issues.length})`}</h3>
      <IssueList issues={digest.issues} onGoTo={onGoTo} />
    </div>
  );
}
