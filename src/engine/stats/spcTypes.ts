/** The words of the statistics stage: statistical process control (XmR charts) and proportions' intervals. */

/** Which side of the centre line, or which way a trend runs: high (above / rising) or low (below / falling). */
export type Side = 'high' | 'low';

/** MDC's reading of one point; also the variation icon. */
export type PointClass = 'common' | 'improvement' | 'concern' | 'neither';

/** MDC's assurance icon: will the process meet the target? */
export type Assurance = 'pass' | 'fail' | 'hit-or-miss';
