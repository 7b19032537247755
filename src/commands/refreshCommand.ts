/**
 * The *Refresh digest* ribbon command: runs the settings saved with the workbook through the adapter, with no pane
 * open. Without saved settings it opens the pane where the host allows it (Office.addin.showAsTaskpane needs
 * SharedRuntime 1.1), else it tells the user, in a small dialog, to open the digest pane.
 */
import { refreshDigest } from '../excel/refreshDigest';
import { showMessage } from './showMessage';

export const OPEN_PANE_MESSAGE =
  'No digest settings are saved with this workbook yet. Choose Home > Open digest to pick the indicator table, then use Refresh digest.';

async function openPane(): Promise<boolean> {
  if (!Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) return false;
  try {
    await Office.addin.showAsTaskpane();
    return true;
  } catch {
    return false;
  }
}

/** What the command did, for tests and logs. */
export type RefreshCommandResult = 'refreshed' | 'opened-pane' | 'asked-to-open-pane' | 'failed';

/** `pageUrl`: commands.html's address, which the message dialog opens. */
export async function runRefreshCommand(pageUrl: string): Promise<RefreshCommandResult> {
  const result = await refreshDigest();
  if (result.ok) return 'refreshed';
  if (result.error.code !== 'NoSettings') {
    await showMessage(result.error.message, pageUrl);
    return 'failed';
  }
  if (await openPane()) return 'opened-pane';
  await showMessage(OPEN_PANE_MESSAGE, pageUrl);
  return 'asked-to-open-pane';
}

/** The ExecuteFunction entry point: Office waits until `event.completed()`. */
export function refreshDigestCommand(event: Office.AddinCommands.Event): void {
  runRefreshCommand(window.location.href)
    .catch(() => 'failed')
    .finally(() => event.completed());
}
