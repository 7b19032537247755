/**
 * The officer's quarter in the pane, timed (issue 13): test/browser/quarterWalkthrough.ts run five times in Debian's
 * Chromium against the preview (open, check columns, set a rule, generate, answer two prompts, regenerate, restore),
 * each on a fresh copy of the sample; the median of each step. Run: `npx tsx bench/walkthrough.ts`.
 */
import { buildOnce, launchChromium } from '../test/browser/browserSession';
import {
  WALKTHROUGH_STEPS,
  walkThroughQuarter,
  type WalkthroughStep,
} from '../test/browser/quarterWalkthrough';
import { median } from './stats';

export interface WalkthroughFigures {
  runs: number;
  /** Median milliseconds of each step, and of the whole quarter. */
  medianMs: Record<WalkthroughStep | 'total', number>;
  /** Every run's total, in order. */
  totalsMs: number[];
}

export async function benchWalkthrough(runs = 5): Promise<WalkthroughFigures> {
  await buildOnce();
  const browser = await launchChromium();
  const all: Record<WalkthroughStep, number>[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const walk = await walkThroughQuarter(browser);
      await walk.session.close();
      all.push(walk.ms);
    }
  } finally {
    await browser.close();
  }
  const totals = all.map((ms) => WALKTHROUGH_STEPS.reduce((sum, step) => sum + ms[step], 0));
  const medianMs = Object.fromEntries([
    ...WALKTHROUGH_STEPS.map((step) => [step, median(all.map((ms) => ms[step]))]),
    ['total', median(totals)],
  ]) as WalkthroughFigures['medianMs'];
  return { runs, medianMs, totalsMs: totals };
}

if (require.main === module) {
  benchWalkthrough()
    .then((r) => console.table(r.medianMs))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
