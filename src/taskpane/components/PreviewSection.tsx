/**
 * Step 4: what the digest will say, before anything is written (rules §6). While a rule has an error, the preview of
 * the last rules that could be read stays, greyed, with the reason above it: it never shows something Generate
 * would not write without saying so.
 */
import {
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Digest } from '../../engine';
import { ExceptionList } from './ExceptionList';
import { IssueList } from './IssueList';
import { SummaryCounts } from './SummaryCounts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Greyed without losing contrast: colours drained (badges too), text in the secondary foreground.
  stale: { filter: 'grayscale(1)', color: tokens.colorNeutralForeground3 },
  heading: { margin: 0, marginTop: tokens.spacingVerticalM, fontSize: tokens.fontSizeBase400 },
  outcome: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

export interface PreviewSectionProps {
  digest: Digest;
  /** The rules in force that are not the defaults, in words. */
  rulesChanged: string[];
  /** Why this is not what Generate would write, if it is not. */
  stale: string | null;
  onGoTo: (cell: string) => void;
}

export function PreviewSection({ digest, rulesChanged, stale, onGoTo }: PreviewSectionProps) {
  const styles = useStyles();
  const comparison = digest.comparisonPeriod ? ` compared with ${digest.comparisonPeriod.label}` : '';
  const count = digest.sections.reduce((n, s) => n + s.indicators.length, 0);
  const rules = rulesChanged.length ? ` Rules not the defaults: ${rulesChanged.join('; ')}.` : '';
  return (
    <div className={styles.root}>
      {stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{stale}</MessageBarBody>
        </MessageBar>
      )}
      <div className={mergeClasses(styles.root, stale !== null && styles.stale)}>
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
        <h3 className={styles.heading}>{`Data issues (${digest.issues.length})`}</h3>
        <IssueList issues={digest.issues} onGoTo={onGoTo} />
      </div>
    </div>
  );
}
