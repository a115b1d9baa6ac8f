// Kế thừa: who a unit was formed from and who took it over, with the dates and the shares recorded
// on each basis (docs/targets.md, "Across a reorganisation").
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Tooltip, Typography } from 'antd';

import { QueryState } from '../../components/States';
import { ToneTag } from '../../components/ToneTag';
import { formatDate, formatPercent } from '../../format';
import { useI18n } from '../../i18n';
import { lineageQuery, type LineageLink } from './api';

export default function LineageCard({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const lineage = useQuery(lineageQuery(code));
  const basis = (b: string) => (b === 'population' ? t('lineageByPopulation') : b === 'area' ? t('lineageByArea') : t('lineageByIndicator', { code: b }));
  const link = (l: LineageLink, other: string) => (
    <Space key={other} wrap size={[8, 4]} data-testid={`lineage-${other}`}>
      <span>{l.name} ({other})</span>
      <Typography.Text type="secondary">{formatDate(l.effective)}</Typography.Text>
      {l.shares.length === 0 && <ToneTag tone="neutral">{t('lineageWhole')}</ToneTag>}
      {l.shares.map((s) => (
        <Tooltip key={s.basis} title={s.legal_source}>
          <ToneTag tone={s.illustrative ? 'warning' : 'info'} tabIndex={0}>
            {formatPercent(s.share * 100, lang)} {basis(s.basis)}{s.illustrative ? ` (${t('lineageIllustrative')})` : ''}
          </ToneTag>
        </Tooltip>
      ))}
    </Space>
  );
  return (
    <Card title={<h2 className="card-heading">{t('lineage')} — {code}</h2>} data-testid="lineage">
      <QueryState isPending={lineage.isPending} error={lineage.error} refetch={lineage.refetch} />
      {lineage.data && (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('lineageFrom')}>
            <Space direction="vertical">{lineage.data.predecessors.map((l) => link(l, l.predecessor))}{lineage.data.predecessors.length === 0 && t('lineageNone')}</Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('mergedInto')}>
            <Space direction="vertical">{lineage.data.successors.map((l) => link(l, l.successor))}{lineage.data.successors.length === 0 && t('lineageNone')}</Space>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
