/**
 * Office.js beyond the workbook: starting up, the Office theme, the task pane, dialogs and ribbon commands. With the
 * workbook modules beside it, this is the only code that calls Office.js.
 */

export async function whenOfficeReady(): Promise<void> {
  await Office.onReady();
}

/** Relative luminance of a `#RRGGBB` colour, 0 (black) to 1 (white). */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** True when Office shows a dark theme (Black, Dark Gray); null where the host does not say (the pane then follows the system). */
export function officeThemeIsDark(): boolean | null {
  try {
    const background = Office.context.officeTheme?.bodyBackgroundColor;
    return background && /^#[0-9a-f]{6}$/i.test(background) ? luminance(background) < 0.5 : null;
  } catch {
    return null; // a host without theme information (some throw instead of leaving it undefined)
  }
}

/** Opens the add-in's task pane; false where the host cannot (Office.addin needs SharedRuntime 1.1) or refuses. */
export async function openTaskPane(): Promise<boolean> {
  if (!Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) return false;
  try {
    await Office.addin.showAsTaskpane();
    return true;
  } catch {
    return false;
  }
}

/** Opens `url` in a small dialog. Dialogs are DialogApi 1.1; where that is missing, nothing is shown. */
export function showDialog(url: string): Promise<void> {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) return Promise.resolve();
  return new Promise((resolve) =>
    Office.context.ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, () =>
      resolve(),
    ),
  );
}

/**
 * Registers a ribbon command (ExecuteFunction): Office waits until the command says it has completed, whatever
 * happened. Office.actions.associate where the host has it; older hosts call the global function named in the manifest.
 */
export function registerCommand(name: string, run: () => Promise<unknown>): void {
  const command = (event: Office.AddinCommands.Event) => {
    run()
      .catch(() => undefined)
      .finally(() => event.completed());
  };
  (globalThis as Record<string, unknown>)[name] = command;
  void Office.onReady(() => Office.actions?.associate(name, command));
}
