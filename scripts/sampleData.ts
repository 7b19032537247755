/**
 * The sample workbook's figures (and, in sampleActions.ts, its action plan): children's services indicators by Every Child Matters outcome, Q1 2005/06 to
 * Q4 2006/07. Built from the seeds (Herefordshire Council's 2006/07 Quarterly Digest and exception reports:
 * initial assessments 65% against 75%, core assessments near 70% against 80%, referrals up from 175 to 229
 * against 220) and extended with plausible indicators of the same kind. Forecasts of the 2006/07 outturn carry the
 * exception reports' "likely to be 65% … nearer to 70%"; placement spend is rated by its closeness to the budget
 * (Target is best). Illustrative, not published figures.
 */

/** A value as typed: a number, text (`n/a`, `TBC`, `1,020`), blank, or a formula such as `=178/254`. */
export type Typed = number | string | null | { num: number; den: number };

export interface SampleIndicator {
  ref: string;
  name: string;
  /** The "Good is" cell, in the words officers use (blank: not filled in). */
  good: string | null;
  target: number | string | null;
  values: Typed[];
  format: string;
  commentary?: string;
  /** The officer's forecast of the 2006/07 outturn (issue 11), where one was made. */
  forecast?: number;
}

export interface SampleSection {
  outcome: string;
  indicators: SampleIndicator[];
}

export const QUARTERS = [
  'Q1 2005/06',
  'Q2 2005/06',
  'Q3 2005/06',
  'Q4 2005/06',
  'Q1 2006/07',
  'Q2 2006/07',
  'Q3 2006/07',
  'Q4 2006/07',
];

const NA = 'n/a';
const PCT = '0%';
const PCT1 = '0.0%';
const COUNT = '#,##0';
const POUNDS = '"£"#,##0;[Red]-"£"#,##0';

// One indicator per line, as in the table it becomes.
// prettier-ignore
export const SECTIONS: SampleSection[] = [
  {
    outcome: 'Be Healthy',
    indicators: [
      { ref: 'BH1', name: 'Under-18 conception rate (per 1,000 girls aged 15-17)', good: 'Lower', target: 38, values: [41.2, 40.8, 40.1, 39.5, 38.9, 38.2, 37.6, 37.1], format: '0.0', commentary: 'Rolling annual rate. In a small authority a few young women make a visible difference, so this stays a focus.' },
      { ref: 'BH2', name: 'Schools with Healthy Schools status', good: 'Higher', target: 0.55, values: [0.31, 0.34, 0.38, 0.41, 0.44, 0.47, 0.5, 0.53], format: PCT },
      { ref: 'BH3', name: 'Looked after children with an annual health assessment', good: 'Higher is better', target: 0.85, values: [0.78, 0.81, 0.83, 0.86, 0.84, 0.88, 0.87, 0.89], format: PCT },
      { ref: 'BH4', name: 'CAMHS referrals seen within 13 weeks', good: 'Higher', target: 0.9, values: [0.88, 0.9, 0.91, 0.89, 0.9, 0.88, 0.86, 0.84], format: PCT, forecast: 0.86 },
      { ref: 'BH5', name: 'Reception-year children who are obese', good: 'Lower', target: 'TBC', values: [NA, NA, NA, 0.098, NA, NA, NA, 0.094], format: PCT1 },
    ],
  },
  {
    outcome: 'Staying Safe',
    indicators: [
      { ref: 'SS1', name: "Referrals to children's social care", good: 'Higher', target: 220, values: [150, 158, 166, 175, 201, 229, 236, 241], format: COUNT, forecast: 241, commentary: 'Revised thresholds and the Child Concern Model have raised referrals from 175 to 229 by August 2006: a positive sign of confidence in referring.' },
      { ref: 'SS2', name: 'Initial assessments completed within 7 working days', good: 'Higher', target: 0.75, values: [0.58, 0.61, 0.66, 0.71, 0.72, 0.7, 0.67, 0.65], format: PCT, forecast: 0.65 },
      { ref: 'SS3', name: 'Core assessments completed within 35 working days', good: 'Higher', target: 0.8, values: [ { num: 118, den: 214 }, { num: 127, den: 219 }, { num: 136, den: 223 }, { num: 143, den: 227 }, { num: 150, den: 234 }, { num: 158, den: 240 }, { num: 171, den: 247 }, { num: 178, den: 254 }, ], format: PCT, forecast: 0.7, commentary: 'More assessments than ever, but not yet enough to reach the target: social worker recruitment continues.' },
      { ref: 'SS4', name: 'Child protection cases reviewed within timescale', good: 'Higher', target: 1, values: [0.96, 0.97, 1, 1, 0.98, 1, 1, 1], format: PCT },
      { ref: 'SS5', name: 'Children on the child protection register', good: 'Context', target: null, values: [98, 104, 111, 117, 123, 119, 126, 131], format: COUNT },
      { ref: 'SS6', name: 'Re-registrations on the child protection register', good: 'Lower', target: 0.1, values: [0.12, 0.11, 0.13, 0.1, 0.09, 0.11, 0.12, 0.104], format: PCT1 },
      { ref: 'SS7', name: 'Looked after children with three or more placements in the year', good: 'Smaller is better', target: 0.12, values: [0.14, 0.13, 0.13, 0.12, 0.12, 0.11, 0.11, 0.11], format: PCT },
      { ref: 'SS8', name: 'Unallocated cases held by the duty team', good: 'Down', target: 0, values: [4, 2, 0, 0, 0, 0, 0, 0], format: COUNT, commentary: 'No unallocated cases since Q3 2005/06.' },
    ],
  },
  {
    outcome: 'Enjoy and Achieve',
    indicators: [
      { ref: 'EA1', name: 'Pupils achieving level 4 or above in KS2 English', good: 'Higher', target: 0.82, values: [NA, 0.79, NA, NA, NA, 0.8, NA, NA], format: PCT },
      { ref: 'EA2', name: 'Pupils achieving level 4 or above in KS2 Maths', good: 'Higher', target: 0.78, values: [NA, 0.74, NA, NA, NA, 0.75, NA, NA], format: PCT, commentary: 'Annual results, published in Q2. Improvement is slower than in comparable authorities: maths consultants are working with 12 schools.' },
      { ref: 'EA3', name: 'Half days missed through absence: primary schools', good: 'Lower', target: 0.051, values: [0.056, 0.054, 0.055, 0.053, 0.055, 0.053, 0.054, 0.0532], format: PCT1 },
      { ref: 'EA4', name: 'Half days missed through absence: secondary schools', good: 'Aim to minimise', target: 0.075, values: [0.084, 0.08, 0.082, 0.079, 0.081, 0.077, 0.078, 0.081], format: PCT1, forecast: 0.078, commentary: 'Absence is often condoned by parents; attendance campaign with schools from January 2007.' },
      { ref: 'EA5', name: 'Schools in special measures', good: 'Lower', target: 0, values: [1, 1, 2, 1, 1, 1, 0, 0], format: COUNT },
      { ref: 'EA6', name: 'Early years settings judged good or better', good: 'Higher', target: 0.7, values: [0.62, 0.63, 0.65, 0.66, 0.68, 0.69, 0.71, 0.73], format: PCT },
      { ref: 'EA7', name: 'Three-year-olds taking up free early education', good: 'Higher', target: 0.95, values: [0.91, 0.92, 0.93, 0.93, 0.94, 0.95, 0.94, 0.93], format: PCT },
    ],
  },
  {
    outcome: 'Making a Positive Contribution',
    indicators: [
      { ref: 'PC1', name: 'Young people aged 13-19 reached by youth services', good: 'Higher', target: null, values: [0.17, 0.18, 0.18, 0.19, 0.2, 0.21, 0.21, 0.22], format: PCT },
      { ref: 'PC2', name: 'First-time entrants to the youth justice system', good: 'Lower', target: 'TBC', values: [46, 51, 44, 49, 41, 45, 43, 47], format: COUNT },
      { ref: 'PC3', name: 'Looked after children taking part in their reviews', good: 'Higher', target: 0.9, values: [0.84, 0.85, 0.87, 0.88, 0.89, 0.9, 0.91, 0.92], format: PCT },
      { ref: 'PC4', name: 'Young offenders re-offending within 12 months', good: 'Down', target: 0.3, values: [0.34, 0.33, 0.31, 0.3, 0.29, 0.28, 0.29, 0.31], format: PCT },
      { ref: 'PC5', name: 'Responses to the teenage lifestyle survey', good: 'Data only', target: null, values: [NA, NA, 1840, NA, NA, NA, 2115, NA], format: COUNT, commentary: 'The survey runs each autumn. Targets are to be set from its results.' },
    ],
  },
  {
    outcome: 'Achieve Economic Wellbeing',
    indicators: [
      { ref: 'EW1', name: '16-18 year olds not in education, employment or training (NEET)', good: 'Lower', target: 0.055, values: [0.061, 0.063, 0.06, 0.058, 0.056, 0.057, 0.052, 0.049], format: PCT1 },
      { ref: 'EW2', name: 'Care leavers in education, employment or training at 19', good: 'Higher', target: 0.75, values: [0.68, 0.7, 0.72, 0.74, 0.76, 0.79, 0.8, 0.78], format: PCT },
      { ref: 'EW3', name: 'Care leavers in suitable accommodation at 19', good: 'Aim to maximise', target: 0.9, values: [0.86, 0.88, 0.88, 0.9, 0.91, 0.92, 0.92, 0.94], format: PCT },
      { ref: 'EW4', name: '16-18 year olds in jobs without training', good: 'Lower', target: null, values: [0.071, 0.069, 0.072, 0.07, 0.068, 0.07, 0.072, 0.075], format: PCT1, commentary: 'Further consideration needed for young people in poorly paid work without prospects of training.' },
    ],
  },
  {
    outcome: 'Service Management',
    indicators: [
      { ref: 'SM1', name: 'Social worker vacancy rate', good: 'Lower', target: 0.1, values: [0.21, 0.19, 0.18, 0.17, 0.15, 0.14, 0.12, 0.11], format: PCT, forecast: 0.11, commentary: 'Recruitment and retention strategy: two more qualified social workers appointed in September 2006.' },
      { ref: 'SM2', name: 'Qualified social workers in post (FTE)', good: 'Higher', target: 62, values: [48, 49, 51, 52, 54, 55, 57, 59], format: '0.0' },
      { ref: 'SM3', name: 'Spend on looked after children placements (£000)', good: 'Target is best', target: 1250, values: ['1,020', 1045, 1080, 1110, 1150, 1190, 1235, 1270], format: POUNDS },
      { ref: 'SM4', name: "Staff turnover in children's social care", good: 'Lower', target: 0.12, values: [0.16, 0.15, 0.14, 0.13, 0.13, 0.12, 0.13, 0.15], format: PCT },
      { ref: 'SM5', name: 'Days lost to sickness per member of staff in the quarter', good: 'Lower', target: 2.5, values: [2.9, 2.8, 3.1, 2.7, 2.6, 2.5, 2.4, 2.4], format: '0.0' },
      { ref: 'SM6', name: 'Common Assessments (CAF) started', good: 'Higher', target: 40, values: [NA, NA, NA, NA, NA, NA, NA, 'TBC'], format: COUNT, commentary: 'CAF pilot launched January 2007; first figures with the pilot evaluation in July 2007.' },
      { ref: 'SM7', name: 'Complaints answered within 20 working days', good: null, target: 0.9, values: [0.82, 0.85, 0.86, 0.88, 0.9, 0.91, 0.89, 0.9], format: PCT },
      { ref: 'SM8', name: "Children's services budget variance (£000)", good: 'Information', target: null, values: [12, -35, 48, 60, -20, 15, 5, -10], format: POUNDS },
    ],
  },
];
