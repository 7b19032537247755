/**
 * One step of the pane: a heading whose button shows or hides the step (aria-expanded). Lighter than Fluent's
 * Accordion, whose motion library alone costs about 23 KB gzipped of the 160 KB budget.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  heading: { margin: 0 },
  toggle: {
    width: '100%',
    justifyContent: 'flex-start',
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    paddingInline: 0,
  },
  panel: { paddingBlock: tokens.spacingVerticalS },
  chevron: { display: 'inline-block', width: '1.25em' },
});

export function PaneSection({
  id,
  title,
  defaultOpen,
  children,
}: {
  /** The heading button's id: where the focus goes back to when a message in the step is dismissed. */
  id?: string;
  title: string;
  defaultOpen: boolean;
  children: ReactNode;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(defaultOpen);
  const panel = useId();
  return (
    <section>
      <h2 className={styles.heading}>
        <Button
          id={id}
          appearance="transparent"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true" className={styles.chevron}>
            {open ? '▾' : '▸'}
          </span>
          {title}
        </Button>
      </h2>
      <div id={panel} className={styles.panel} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
