/** Issue 11: the action-plan tracker in a terminal: report date, counts, then each band's actions, Red and Amber with their questions. */
import {
  ACTION_RAG_MEANING,
  ACTION_RAG_ORDER,
  ACTION_RAG_TEXT,
  dayText,
  type ActionPlan,
  type RatedAction,
} from '../engine';
import { wrap } from './render';

const INDENT = '            ';

function actionLines(a: RatedAction): string[] {
  const due = a.due === null ? (a.dueText ?? 'no due date') : `due ${dayText(a.due)}`;
  const who = a.owner ? ` · ${a.owner}` : '';
  const status = a.status ? ` · ${a.status}` : '';
  const [first = '', ...rest] = wrap(a.ref ? `${a.ref} ${a.text}` : a.text, INDENT);
  return [
    `  ${ACTION_RAG_TEXT[a.rag].padEnd(9)} ${first.trimStart()}`,
    ...rest,
    ...wrap(`${due}${who}${status}`, INDENT),
    ...(a.prompt ? wrap(a.prompt, INDENT) : []),
  ];
}

export function renderActions(plan: ActionPlan): string {
  const date = plan.asOf === null ? 'no report date' : `report date ${dayText(plan.asOf)}`;
  const counts = ACTION_RAG_ORDER.map((rag) => `${ACTION_RAG_MEANING[rag]} ${plan.counts[rag]}`).join(' · ');
  const lines = [
    `Action plan: ${plan.actions.length} actions from ${plan.source}, ${date}`,
    `  ${counts}`,
    '',
    ...plan.bands.flatMap((band) => [band.label, ...band.actions.flatMap(actionLines)]),
  ];
  return `${lines.join('\n')}\n`;
}
