/** Restore previous digest, from the pane: swap the kept digest back in, then read the workbook again to show it. */
import type { DigestHost } from './digestHost';
import type { ActionResult } from './digestReducer';

export async function restorePrevious(host: DigestHost): Promise<ActionResult> {
  const restored = await host.restoreDigest();
  if (!restored.ok)
    return {
      sheets: null,
      message: {
        place: 'top',
        intent: 'error',
        title: 'The previous digest was not restored',
        text: `${restored.error.message} Nothing was changed.`,
      },
    };
  const { name, period, generated, current } = restored.value;
  const read = await host.readWorkbook();
  const made = generated ? ` made on ${generated}` : '';
  const swapped = current
    ? ' The digest it replaced is kept hidden in its place: Restore previous digest again puts it back.'
    : '';
  return {
    sheets: read.ok ? read.value : null,
    message: {
      place: 'top',
      intent: 'success',
      title: 'Previous digest restored',
      text: `The sheet "${name}" again holds the digest of ${period}${made}.${swapped}`,
    },
  };
}
