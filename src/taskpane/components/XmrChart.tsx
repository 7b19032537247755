/**
 * Issue 12: an exception's XmR chart in the preview, as the Charts sheet draws it but small. The chart says what it
 * shows in its accessible name, and its figures are a table away for anyone who cannot see it.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
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
  // A plain data table (no control in it): Fluent's Table would add its weight to the pane's script budget.
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      textAlign: 'left',
      paddingBlock: tokens.spacingVerticalXXS,
      paddingInline: tokens.spacingHorizontalXS,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
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
        <table className={styles.table} aria-label={`Figures of the chart of ${indicator.name}`}>
          <thead>
            <tr>
              {['Period', 'Value', 'Mean', 'Process limits', 'Point'].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures(indicator, spc).map((row) => (
              <tr key={row.period}>
                <td>{row.period}</td>
                <td>{row.value}</td>
                <td>{row.mean}</td>
                <td>{row.limits}</td>
                <td>{row.point}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
