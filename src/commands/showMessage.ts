/**
 * One message to the user from a ribbon command, which has no page of its own: commands.html opened as a small
 * dialog (`?message=`) shows it.
 */
import { showDialog } from '../excel/officeShell';

export function showMessage(text: string, pageUrl: string): Promise<void> {
  return showDialog(`${pageUrl.split(/[?#]/)[0]}?message=${encodeURIComponent(text)}`);
}

/** In the dialog: the message from the page's address, as text (never as HTML). */
export function renderMessage(doc: Document, search: string): boolean {
  const text = new URLSearchParams(search).get('message');
  const target = doc.getElementById('message');
  if (!text || !target) return false;
  target.textContent = text;
  return true;
}
