/**
 * Step 5: write the digest. The bar stays at the bottom of the pane, so the page keeps room below the focused control
 * for it (scroll-padding): the keyboard never takes the focus under it. While a run works, it shows each step.
 */
import { Button, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { RunStep } from '../digestHost';
import type { Progress } from '../paneState';

const STEPS: Record<RunStep, { text: string; done: number }> = {
  reading: { text: 'Reading the workbook…', done: 0.1 },
  writing: { text: 'Writing the digest sheet…', done: 0.4 },
  replacing: { text: 'Replacing the earlier digest of this period, keeping it hidden…', done: 0.75 },
  saving: { text: 'Saving these settings with the workbook…', done: 0.9 },
  restoring: { text: 'Restoring the previous digest…', done: 0.5 },
};

export interface GenerateBarProps {
  progress: Progress;
  /** Why the digest cannot be written yet, if it cannot. */
  blockedBy: string | null;
  onGenerate: () => void;
}

const useStyles = makeStyles({
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

/** Keeps the page's scroll-padding at the bar's height, whatever it shows, so focus scrolls clear of it. */
function useRoomBelow(bar: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    const page = element?.ownerDocument.documentElement;
    if (!element || !page) return;
    const fit = () => page.style.setProperty('scroll-padding-bottom', `${element.offsetHeight + 8}px`);
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [bar]);
}

export function GenerateBar({ progress, blockedBy, onGenerate }: GenerateBarProps) {
  const styles = useStyles();
  const bar = useRef<HTMLDivElement>(null);
  useRoomBelow(bar);
  const running = progress.kind === 'running' ? STEPS[progress.step] : null;
  return (
    <div ref={bar} className={styles.root}>
      {/* Focusable while disabled: pressing it keeps the focus here until the result takes it. */}
      <Button
        id="generate"
        appearance="primary"
        disabledFocusable={running !== null || blockedBy !== null}
        onClick={onGenerate}
      >
        Generate digest
      </Button>
      {blockedBy && <Text size={200}>{blockedBy}</Text>}
      <div role="status">
        {running && (
          <>
            <ProgressBar value={running.done} aria-label="Progress" />
            <Text>{running.text}</Text>
          </>
        )}
      </div>
    </div>
  );
}
