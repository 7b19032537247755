/**
 * An officer's quarter in the pane, end to end, on the sample: open the pane, check the columns, set a rule, write
 * the digest, answer two commentary prompts in the sheet, write it again (carrying the answers over), and restore
 * the digest it replaced. The browser tests run it once and check what it did; `bench/walkthrough.ts` times it.
 */
import type { Browser } from 'playwright-core';
import { columnLetters } from '../../src/engine';
import { sheetSnapshot } from '../support/sheetSnapshot';
import { openPane, sampleWorkbook, typeInCell, type PaneSession } from './browserSession';

export const WALKTHROUGH_STEPS = [
  'open',
  'check columns',
  'set a rule',
  'generate',
  'answer two prompts',
  'regenerate',
  'restore',
] as const;

export type WalkthroughStep = (typeof WALKTHROUGH_STEPS)[number];

export const DIGEST = 'Digest Q4 2006-07';
export const ANSWERS = [
  'Waiting times rose while the CAMHS team was two posts short; both posts are filled from June.',
  'Agency social workers cover the duty team from May 2007.',
];

export interface Walkthrough {
  session: PaneSession;
  /** Milliseconds each step took, in order. */
  ms: Record<WalkthroughStep, number>;
  /** The digest sheet as it was just before the second Generate (what Restore must bring back). */
  beforeRegenerate: string | null;
  /** The Commentary cells of the first two exceptions, as A1 addresses on the digest sheet. */
  answered: string[];
}

/**
 * The Commentary column of the digest's indicator tables (zero-based; the same in both tables), and the row of the
 * Exceptions table's header, found by their headings: the Commentary column follows the Commentary prompt.
 */
export function commentaryColumn(session: PaneSession): { header: number; col: number } {
  const workbook = session.preview.host.workbook;
  const sheet = workbook.sheet(DIGEST)!;
  for (let r = 0; r < 200; r++)
    for (let c = 0; c < 30; c++)
      if (workbook.peek(sheet, r, c).value === 'Commentary prompt') return { header: r, col: c + 1 };
  throw new Error(`no Exceptions table on ${DIGEST}`);
}

/** The Commentary cells of the first `n` rows of the Exceptions table of the digest. */
function exceptionCommentaryCells(session: PaneSession, n: number): string[] {
  const { header, col } = commentaryColumn(session);
  return Array.from({ length: n }, (_, i) => `${columnLetters(col)}${header + 2 + i}`);
}

export async function walkThroughQuarter(browser: Browser, dark = false): Promise<Walkthrough> {
  const ms = {} as Record<WalkthroughStep, number>;
  const timed = async <T>(step: WalkthroughStep, act: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await act();
    ms[step] = Math.round(performance.now() - started);
    return result;
  };
  const workbook = await sampleWorkbook();
  const session = await timed('open', async () => {
    const opened = await openPane(browser, workbook, { width: 320, dark });
    await opened.pane.getByRole('button', { name: 'Generate digest' }).waitFor();
    return opened;
  });
  // A step that fails closes the session, so no preview server is left listening after a failed test.
  try {
    const { pane } = session;
    await timed('check columns', async () => {
      await pane.getByRole('button', { name: '2. Check the columns' }).click();
      await pane.getByRole('combobox', { name: 'C: Good is' }).waitFor();
    });
    await timed('set a rule', async () => {
      await pane.getByRole('button', { name: '3. Rules' }).click();
      await pane.getByRole('textbox', { name: 'Tolerance' }).fill('10%');
      await pane.getByText(/Rules not the defaults: tolerance 10% \(default 5%\)\./).waitFor();
    });
    await timed('generate', async () => {
      await pane.getByRole('button', { name: 'Generate digest' }).click();
      await pane.getByText('Digest written').waitFor();
    });
    const answered = exceptionCommentaryCells(session, ANSWERS.length);
    await timed('answer two prompts', async () => {
      for (const [i, cell] of answered.entries()) await typeInCell(session, DIGEST, cell, ANSWERS[i]!);
    });
    const beforeRegenerate = sheetSnapshot(session.preview.host.workbook, DIGEST);
    await timed('regenerate', async () => {
      await pane.getByRole('button', { name: 'Generate digest' }).click();
      await pane.getByRole('button', { name: 'Generate and carry over' }).click();
      await pane.getByText('Digest written').waitFor();
    });
    await timed('restore', async () => {
      await pane.getByRole('button', { name: 'Restore previous digest' }).click();
      await pane.getByText('Previous digest restored').waitFor();
    });
    return { session, ms, beforeRegenerate, answered };
  } catch (e) {
    await session.close();
    throw e;
  }
}
