/** What the CLI says about a run beyond the digest itself (issue 11): what it read, the action plan, the sheets written. */
import { dayText, hasIndicatorTable, type DigestRun } from '../engine';
import { renderActions } from './renderActions';
import { renderDigest } from './render';

/** Lines for stderr after the table read: the action plan, and the settings an older period was made again with. */
export function planLines(run: DigestRun): string {
  const lines: string[] = [];
  const plan = run.actions;
  if (plan) {
    const date = plan.asOf === null ? 'with no report date' : `as of ${dayText(plan.asOf)}`;
    const from = plan.asOfFrom === 'today' ? ' (today; give another with --as-of YYYY-MM-DD)' : '';
    lines.push(
      `Read the action plan at ${plan.source}: ${plan.actions.length} actions, rated ${date}${from}.`,
    );
  }
  if (run.historyNote) lines.push(run.historyNote);
  return lines.map((l) => `${l}\n`).join('');
}

/** The terminal's report: the digest where there is an indicator table, then the action plan's tracker. */
export function renderRun(run: DigestRun): string {
  const parts = [
    ...(hasIndicatorTable(run) ? [renderDigest(run.digest)] : []),
    ...(run.actions ? [renderActions(run.actions)] : []),
  ];
  return parts.join('\n');
}
