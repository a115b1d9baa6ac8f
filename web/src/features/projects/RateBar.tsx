// A disbursement rate as a bar, named for screen readers by what it measures (`label`): red when
// the project is behind the expected curve.
import { Progress, Tooltip } from 'antd';

import type { Lag } from './api';
import { formatPercent } from '../../format';
import { useI18n } from '../../i18n';

export function RateBar({ rate, label, lag, testId }: { rate: number | null; label: string; lag?: Lag | null; testId?: string }) {
  const { t, lang } = useI18n();
  if (rate === null) return <span data-testid={testId}>—</span>;
  const bar = (
    <Progress aria-label={`${label}: ${formatPercent(rate, lang)}`} percent={Math.min(100, rate)} size="small" status={lag ? 'exception' : rate >= 100 ? 'success' : 'normal'}
      format={() => <span data-testid={testId}>{formatPercent(rate, lang)}</span>} style={{ minWidth: 140, margin: 0 }} />
  );
  if (!lag) return bar;
  return (
    <Tooltip title={`${t('laggingAt')} ${lag.month}: ${formatPercent(lag.actual_percent, lang)} < ${formatPercent(lag.expected_percent, lang)}`}>
      {bar}
    </Tooltip>
  );
}
