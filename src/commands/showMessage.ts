/**
 * One message to the user from a ribbon command, which has no page of its own: commands.html opened as a small
 * dialog (`?message=`) shows it. Dialogs are DialogApi 1.1; where that is missing, the message is dropped.
 */
export function showMessage(text: string, pageUrl: string): Promise<void> {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) return Promise.resolve();
  const url = `${pageUrl.split(/[?#]/)[0]}?message=${encodeURIComponent(text)}`;
  return new Promise((resolve) =>
    Office.context.ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, () =>
      resolve(),
    ),
  );
}

/** In the dialog: the message from the page's address, as text (never as HTML). */
export function renderMessage(doc: Document, search: string): boolean {
  const text = new URLSearchParams(search).get('message');
  const target = doc.getElementById('message');
  if (!text || !target) return false;
  target.textContent = text;
  return true;
}
