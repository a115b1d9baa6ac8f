// Colour-coded status and vintage, the same everywhere.
import { Tag, Tooltip } from 'antd';

import { useI18n } from '../i18n';

const statusColors = { exceeded: 'green', met: 'cyan', not_met: 'red', no_data: 'default' } as const;
export const statusChartColors = { exceeded: '#389e0d', met: '#13c2c2', not_met: '#cf1322', no_data: '#bfbfbf' };

export function StatusTag({ status }: { status: keyof typeof statusColors }) {
  const { t } = useI18n();
  return <Tag color={statusColors[status]} data-status={status}>{t(status)}</Tag>;
}

const vintageColors: Record<string, string> = { estimate: 'orange', preliminary: 'blue', official: 'green', plan: 'purple' };

export function VintageTag({ vintage, derivation }: { vintage: string | null; derivation?: string | null }) {
  const { t } = useI18n();
  if (!vintage) return null;
  return (
    <>
      <Tag color={vintageColors[vintage]}>{t(vintage as 'estimate')}</Tag>
      {derivation && derivation !== 'entered' && <Tag>{t('derived')}</Tag>}
    </>
  );
}

export function IllustrativeTag({ source }: { source?: string | null }) {
  const { t } = useI18n();
  return (
    <Tooltip title={source}>
      <Tag color="gold" style={{ fontSize: 11 }}>{t('illustrative')}</Tag>
    </Tooltip>
  );
}
