/** Step 5: write the digest, showing each step while it runs and what was written when it is done. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { RunStep } from '../digestHost';
import type { Progress } from '../paneState';

const STEPS: Record<RunStep, { text: string; done: number }> = {
  reading: { text: 'Reading the workbook…', done: 0.1 },
  writing: { text: 'Writing the digest sheet…', done: 0.4 },
  replacing: { text: 'Replacing the earlier digest of this period…', done: 0.75 },
  saving: { text: 'Saving these settings with the workbook…', done: 0.9 },
};

export interface GenerateBarProps {
  progress: Progress;
  /** Why the digest cannot be written yet, if it cannot. */
  blockedBy: string | null;
  /** What was written, in a sentence, once it is. */
  writtenText: string | null;
  onGenerate: () => void;
}

const useStyles = makeStyles({
  // Stays in view at the bottom of the pane, however long the preview above it.
  root: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function GenerateBar({ progress, blockedBy, writtenText, onGenerate }: GenerateBarProps) {
  const styles = useStyles();
  const running = progress.kind === 'running' ? STEPS[progress.step] : null;
  return (
    <div className={styles.root}>
      <Button appearance="primary" disabled={running !== null || blockedBy !== null} onClick={onGenerate}>
        Generate digest
      </Button>
      {blockedBy && <Text size={200}>{blockedBy}</Text>}
      <div role="status">
        {running && (
          <>
            <ProgressBar value={running.done} aria-label="Progress writing the digest" />
            <Text>{running.text}</Text>
          </>
        )}
        {writtenText && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Digest written</MessageBarTitle>
              {writtenText}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
