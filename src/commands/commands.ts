/** The ribbon's function file (manifest: FunctionFile → commands.html): registers *Refresh digest*. */
import { refreshDigestCommand } from './refreshCommand';
import { renderMessage } from './showMessage';

void Office.onReady(() => {
  if (renderMessage(document, window.location.search)) return; // opened as the message dialog
  // Office.actions.associate where the host has it; older hosts call the global function named in the manifest.
  Office.actions?.associate('refreshDigest', refreshDigestCommand);
});
(globalThis as Record<string, unknown>).refreshDigest = refreshDigestCommand;
