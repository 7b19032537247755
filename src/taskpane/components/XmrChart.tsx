/**
 * Issue 12: an exception's XmR chart in the preview, as the Charts sheet draws it but small. The chart says what it
 * shows in its accessible name, and its figures are a table away for anyone who cannot see it.
 */
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import {
  formatValue,
  sectionOf,
  variationWords,
  xmrDescription,
  type RatedIndicator,
  type SpcSeries,
} from '../../engine';
import { xmrGeometry } from '../xmrGeometry';

const WIDTH = 280;
const HEIGHT = 110;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width: '100%' },
  svg: { width: '100%', maxWidth: `${WIDTH}px`, height: 'auto', overflow: 'visible' },
  values: { fill: 'none', stroke: tokens.colorNeutralForeground2, strokeWidth: '1.5px' },
  mean: { stroke: tokens.colorNeutralForeground1, strokeWidth: '1px' },
  limit: { stroke: tokens.colorNeutralForeground3, strokeWidth: '1px', strokeDasharray: '4 3' },
  target: { stroke: tokens.colorPaletteRedForeground1, strokeWidth: '1px', strokeDasharray: '2 2' },
  dot: { stroke: tokens.colorNeutralBackground1, strokeWidth: '1px' },
  table: { fontSize: tokens.fontSizeBase200 },
});

function figures(ind: RatedIndicator, spc: SpcSeries) {
  const f = (v: number | null) => (v === null ? '' : formatValue(v, ind.numberFormat));
  return spc.points.map((p) => {
    const s = sectionOf(spc, p);
    const limits =
      s.lowerLimit === null || s.upperLimit === null ? 'none' : `${f(s.lowerLimit)} to ${f(s.upperLimit)}`;
    return {
      period: p.period.label,
      value: f(p.value),
      mean: f(s.mean),
      limits,
      point: variationWords(p.class, p.side),
    };
  });
}

export function XmrChart({ indicator }: { indicator: RatedIndicator }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const spc = indicator.stats.spc;
  if (!spc) return null;
  const geometry = xmrGeometry(spc, indicator.target, WIDTH, HEIGHT);
  const description = xmrDescription(indicator, spc);
  return (
    <div className={styles.root}>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description}>
        {geometry.lines.map((line, i) => (
          <path key={i} d={line.d} className={styles[line.kind]} />
        ))}
        <path d={geometry.values} className={styles.values} />
        {geometry.dots.map((dot, i) => (
          <circle key={i} cx={dot.x} cy={dot.y} r={3} fill={dot.colour} className={styles.dot} />
        ))}
      </svg>
      <Button size="small" appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide the chart’s figures' : 'Show the chart’s figures'}
      </Button>
      {open && (
        <Table
          size="extra-small"
          className={styles.table}
          aria-label={`Figures of the chart of ${indicator.name}`}
        >
          <TableHeader>
            <TableRow>
              {['Period', 'Value', 'Mean', 'Process limits', 'Point'].map((h) => (
                <TableHeaderCell key={h}>{h}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {figures(indicator, spc).map((row) => (
              <TableRow key={row.period}>
                <TableCell>{row.period}</TableCell>
                <TableCell>{row.value}</TableCell>
                <TableCell>{row.mean}</TableCell>
                <TableCell>{row.limits}</TableCell>
                <TableCell>{row.point}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
