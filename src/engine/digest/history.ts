/**
 * Issue 11 (docs/rules.md §11 "History is never re-coloured", Pentana's known flaw): each digest records in its marker
 * the settings it was made with (basis, tolerance, change threshold, forecast, report date, due-soon days, and the
 * polarity read for each indicator). Making an older period's digest again uses those recorded settings for
 * everything the person did not change on purpose, and says which were used.
 */
import type { SheetGrid } from '../core/grid';
import type { Polarity } from '../core/model';
import { RECORDED_SETTINGS, type DigestSettings, type RecordedSetting } from '../core/settings';
import { matchKey } from '../core/text';
import { BASIS_TEXT } from './digestWords';
import { checkThreshold, describeThreshold, thresholdText } from '../rate/thresholds';
import type { MarkerFields } from '../read/digestMarker';
import type { SourceIndicator } from '../read/sourceIndicator';
import { isKeptDigest } from './digestHead';
import { readDigestSheet, type EarlierDigest } from './earlierDigest';

const LETTER: Record<Polarity, string> = { higher: 'H', lower: 'L', neutral: 'N', target: 'T' };
const POLARITY_OF = new Map(Object.entries(LETTER).map(([p, l]) => [l, p as Polarity]));

const POLARITY_WORDS: Record<Polarity, string> = {
  higher: 'higher is better',
  lower: 'lower is better',
  neutral: 'neutral',
  target: 'target is best',
};

/** The marker fields of a digest made with these settings, for these indicators in the digest's table order. */
export function recordedFields(
  settings: DigestSettings,
  polarities: Polarity[],
  actions: { asOf: string | null; dueSoonDays: number } | null,
): MarkerFields {
  return [
    ['basis', settings.basis],
    ['tolerance', thresholdText(settings.tolerance)],
    ['change threshold', thresholdText(settings.changeThreshold)],
    ['forecast', settings.forecast ?? 'none'],
    ...(actions?.asOf
      ? ([
          ['as of', actions.asOf],
          ['due soon', String(actions.dueSoonDays)],
        ] as MarkerFields)
      : []),
    ['polarity', polarities.map((p) => LETTER[p]).join('')],
  ];
}

type Recorded = Partial<Pick<DigestSettings, RecordedSetting>>;

/** The settings an earlier digest recorded (those it could not have recorded stay unset). */
function recordedSettings(fields: Map<string, string>): Recorded {
  const recorded: Recorded = {};
  const basis = fields.get('basis');
  if (basis === 'previous' || basis === 'year') recorded.basis = basis;
  const tolerance = checkThreshold(fields.get('tolerance') ?? '', 'tolerance');
  if (tolerance.ok) recorded.tolerance = tolerance.threshold;
  const change = checkThreshold(fields.get('change threshold') ?? '', 'change threshold');
  if (change.ok) recorded.changeThreshold = change.threshold;
  const forecast = fields.get('forecast');
  if (forecast === 'none' || forecast === 'linear') recorded.forecast = forecast;
  const asOf = fields.get('as of');
  if (asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) recorded.asOf = asOf;
  const days = Number(fields.get('due soon'));
  if (Number.isInteger(days) && days >= 0) recorded.dueSoonDays = days;
  return recorded;
}

const keysOf = (ref: string | null, name: string) => [
  ...(ref ? [`ref:${matchKey(ref)}`] : []),
  `name:${matchKey(name)}`,
];

/** Each recorded indicator's polarity by ref and by name. */
function recordedPolarity(earlier: EarlierDigest): Map<string, Polarity> {
  const letters = earlier.marker.fields.get('polarity') ?? '';
  const byKey = new Map<string, Polarity>();
  // The letters follow the rows of Indicators by outcome, in order.
  const rows = earlier.rows.filter((r) => r.table === 'sections');
  rows.forEach(({ ref, name }, i) => {
    const polarity = POLARITY_OF.get(letters.charAt(i));
    if (polarity) for (const key of keysOf(ref, name)) if (!byKey.has(key)) byKey.set(key, polarity);
  });
  return byKey;
}

const SETTING_TEXT: Record<RecordedSetting, (s: DigestSettings) => string> = {
  basis: (s) => `compared with the ${BASIS_TEXT[s.basis]}`,
  tolerance: (s) => `tolerance ${describeThreshold(s.tolerance)}`,
  changeThreshold: (s) => `change threshold ${thresholdText(s.changeThreshold)}`,
  forecast: (s) =>
    s.forecast === 'linear' ? 'cumulative counts projected in a straight line' : 'no projections',
  asOf: (s) => `report date ${s.asOf ?? ''}`,
  dueSoonDays: (s) => `actions due within ${s.dueSoonDays ?? ''} days are Amber`,
};

export interface History {
  settings: DigestSettings;
  indicators: SourceIndicator[];
  /** What was taken from the earlier digest, in words; null when nothing was. */
  note: string | null;
}

/**
 * The settings and indicators to make `period`'s digest with: as given, unless the period is older than the latest
 * and an earlier digest of it recorded its settings; then the recorded ones, except those changed on purpose.
 */
export function applyHistory(
  sheets: SheetGrid[],
  periodLabel: string,
  older: boolean,
  settings: DigestSettings,
  indicators: SourceIndicator[],
): History {
  const unchanged: History = { settings, indicators, note: null };
  if (!older) return unchanged;
  const earlier = sheets
    .filter((s) => !isKeptDigest(s.name))
    .map(readDigestSheet)
    .find((d) => d?.period === periodLabel && d.marker.fields.size > 0);
  if (!earlier) return unchanged;
  const recorded = recordedSettings(earlier.marker.fields);
  const onPurpose = new Set(settings.onPurpose ?? []);
  const reused = RECORDED_SETTINGS.filter((k) => recorded[k] !== undefined && !onPurpose.has(k));
  const used: DigestSettings = { ...settings, ...Object.fromEntries(reused.map((k) => [k, recorded[k]])) };
  const polarity = recordedPolarity(earlier);
  const kept: string[] = [];
  const rated = indicators.map((ind) => {
    const then = keysOf(ind.ref, ind.name)
      .map((k) => polarity.get(k))
      .find((p) => p !== undefined);
    if (!then || then === ind.polarity) return ind;
    kept.push(`${ind.ref ?? ind.name} ${POLARITY_WORDS[then]} (now ${POLARITY_WORDS[ind.polarity]})`);
    return { ...ind, polarity: then };
  });
  const words = reused.map((k) => SETTING_TEXT[k](used));
  if (kept.length > 0) words.push(`polarity as then read for ${kept.join(', ')}`);
  const note =
    words.length > 0
      ? `${periodLabel} was made again with the settings its earlier digest recorded, so its colours stay as they were: ${words.join('; ')}. Give a setting on purpose to change it.`
      : null;
  return { settings: used, indicators: rated, note };
}
