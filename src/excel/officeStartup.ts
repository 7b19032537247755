/** Starting the task pane inside Office: wait for Office.js, and read whether the Office theme is dark. */

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
