/**
 * The *Restore previous digest* ribbon command: puts back the digest the last run replaced (kept hidden), keeping the
 * one it replaces hidden in its place. With nothing to restore, or on a failure, it says so in a small dialog.
 */
import { restoreDigest } from '../excel/restoreDigest';
import { showMessage } from './showMessage';

/** What the command did, for tests and logs. */
export type RestoreCommandResult = 'restored' | 'failed';

/** `pageUrl`: commands.html's address, which the message dialog opens. */
export async function runRestoreCommand(pageUrl: string): Promise<RestoreCommandResult> {
  const result = await restoreDigest();
  if (result.ok) return 'restored';
  await showMessage(result.error.message, pageUrl);
  return 'failed';
}
