/**
 * The *Refresh digest* ribbon command: runs the settings saved with the workbook through the adapter, with no pane
 * open. Without saved settings it opens the pane where the host allows it, else it tells the user, in a small
 * dialog, to open the digest pane.
 */
import { openTaskPane } from '../excel/officeShell';
import { refreshDigest } from '../excel/refreshDigest';
import { showMessage } from './showMessage';

export const OPEN_PANE_MESSAGE =
  'No digest settings are saved with this workbook yet. Choose Home > Open digest to pick the indicator table, then use Refresh digest.';

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
  if (await openTaskPane()) return 'opened-pane';
  await showMessage(OPEN_PANE_MESSAGE, pageUrl);
  return 'asked-to-open-pane';
}
