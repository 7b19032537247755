/** Text that Excel would turn into a formula, number, date or boolean gets a leading apostrophe; nothing else does. */
import { literalValue, needsTextGuard } from '../../src/excel/literalValue';

it.each([
  '=SUM(A1:A2)',
  '+44 1432',
  '-',
  '-5',
  '@risk',
  "'tis",
  'TRUE',
  'false',
  '1,234',
  '65%',
  '£1,200',
  '(12)',
  '1e3',
  '2006/07',
  '12/03/2006',
  '2006-03-12',
  'Jun-06',
  'June 2006',
  '1 Jun 2006',
  '3:30',
  '3:30 pm',
  ' 65 ',
])('guards %j', (text) => {
  expect(needsTextGuard(text)).toBe(true);
  expect(literalValue(text)).toBe(`'${text}`);
});

it.each([
  'Initial assessments within 7 days',
  'Q3 2006/07',
  'Red',
  'Improving ▲',
  'Be Healthy',
  'CYP 12',
  'No data',
])('leaves %j as it is', (text) => expect(literalValue(text)).toBe(text));

it.each([[0.65], [1234], [true], [null]])('leaves non-text %j as it is', (v) =>
  expect(literalValue(v)).toBe(v),
);
