/**
 * Before Generate replaces a digest that holds typed text, it says how much it carries over and asks (rules §6).
 * A Fluent alert dialog: the focus moves into it, Tab stays inside, Escape or Cancel writes nothing. Loaded only
 * when first needed (ConfirmCarryOver.tsx): the dialog and its motion are a sixth of the pane's script.
 */
import { Button } from '@fluentui/react-components';
// From its own package, not the react-components barrel: through the barrel, which the pane's script holds, the
// dialog's parts would be bundled into that script instead of this chunk.
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-dialog';
import type { CarriedOver } from '../../engine';
import { carriedWords } from '../carriedWords';

export interface CarryOverDialogProps {
  carried: CarriedOver;
  open: boolean;
  onAnswer: (carryOver: boolean) => void;
}

export default function CarryOverDialog({ carried, open, onAnswer }: CarryOverDialogProps) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onAnswer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{`Replace the digest of ${carried.period}?`}</DialogTitle>
          <DialogContent>
            {`The sheet "${carried.sheet}" holds text typed into it: ${carriedWords(carried)}. The new digest carries all of it over, and the digest it replaces is kept hidden: Restore previous digest puts it back.`}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              Generate and carry over
            </Button>
            <Button onClick={() => onAnswer(false)}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
