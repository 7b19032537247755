/**
 * Step 5: what the digest (and the reports chosen, issue 11) will say, before anything is written (rules §6). While a
 * rule has an error, the preview of the last rules that could be read stays, greyed, with the reason above it: it
 * never shows something Generate would not write without saying so.
 */
import {
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { hasIndicatorTable, type DigestRun } from '../../engine';
import type { RulesForm } from '../rulesForm';
import { ActionPreview } from './ActionPreview';
import { ExceptionList } from './ExceptionList';
import { IssueList } from './IssueList';
import { OutcomeStatusList } from './OutcomeStatusList';
import { SummaryCounts } from './SummaryCounts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Greyed without losing contrast: colours drained (badges too), text in the secondary foreground.
  stale: { filter: 'grayscale(1)', color: tokens.colorNeutralForeground3 },
  heading: { margin: 0, marginTop: tokens.spacingVerticalM, fontSize: tokens.fontSizeBase400 },
  outcome: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

interface DigestPreviewProps {
  run: DigestRun;
  /** The rules in force that are not the defaults, in words. */
  rulesChanged: string[];
  onGoTo: (cell: string) => void;
}

function DigestPreview({ run, rulesChanged, onGoTo }: DigestPreviewProps) {
  const styles = useStyles();
  const { digest } = run;
  const comparison = digest.comparisonPeriod ? ` compared with ${digest.comparisonPeriod.label}` : '';
  const count = digest.sections.reduce((n, s) => n + s.indicators.length, 0);
  const rules = rulesChanged.length ? ` Rules not the defaults: ${rulesChanged.join('; ')}.` : '';
  return (
    <>
      <Text>{`${count} indicators, ${digest.period.label}${comparison}, from ${digest.source}.${rules}`}</Text>
      <h3 className={styles.heading}>Summary</h3>
      <SummaryCounts counts={digest.summary.overall} label="All indicators" />
      {digest.summary.byOutcome.map(({ outcome, counts }) => (
        <div key={outcome} className={styles.outcome}>
          <Text weight="semibold">{outcome}</Text>
          <SummaryCounts counts={counts} label={outcome} />
        </div>
      ))}
      <h3 className={styles.heading}>{`Exceptions (${digest.exceptions.length})`}</h3>
      <ExceptionList exceptions={digest.exceptions} period={digest.period.label} onGoTo={onGoTo} />
    </>
  );
}

export interface PreviewSectionProps extends DigestPreviewProps {
  reports: RulesForm['reports'];
  /** Why this is not what Generate would write, if it is not. */
  stale: string | null;
}

export function PreviewSection({ run, reports, rulesChanged, stale, onGoTo }: PreviewSectionProps) {
  const styles = useStyles();
  const indicators = hasIndicatorTable(run);
  return (
    <div className={styles.root}>
      {stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{stale}</MessageBarBody>
        </MessageBar>
      )}
      {run.historyNote && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{run.historyNote}</MessageBarBody>
        </MessageBar>
      )}
      <div className={mergeClasses(styles.root, stale !== null && styles.stale)}>
        {indicators && <DigestPreview run={run} rulesChanged={rulesChanged} onGoTo={onGoTo} />}
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
    </div>
  );
}
