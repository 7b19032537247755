/** The ribbon's function file (manifest: FunctionFile → commands.html): *Refresh digest*, *Restore previous digest*. */
import { registerCommand } from '../excel/officeShell';
import { runRefreshCommand } from './refreshCommand';
import { runRestoreCommand } from './restoreCommand';
import { renderMessage } from './showMessage';

// Opened as the message dialog, the page only shows its message.
if (!renderMessage(document, window.location.search)) {
  registerCommand('refreshDigest', () => runRefreshCommand(window.location.href));
  registerCommand('restoreDigest', () => runRestoreCommand(window.location.href));
}
