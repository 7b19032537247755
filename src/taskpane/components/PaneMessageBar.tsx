/**
 * What an action did, in words: it takes the focus when it appears (so a screen reader reads it and the keyboard goes
 * on from it) and can be dismissed. Errors also say that nothing was lost.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { PaneMessage } from '../paneState';

export interface PaneMessageBarProps {
  message: PaneMessage;
  /** Changes each time a message is shown, so a new message takes the focus even when it reads the same. */
  shown: number;
  onDismiss: () => void;
}

export function PaneMessageBar({ message, shown, onDismiss }: PaneMessageBarProps) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    bar.current?.focus();
  }, [shown]);
  return (
    <MessageBar ref={bar} tabIndex={-1} intent={message.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        {message.text}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
