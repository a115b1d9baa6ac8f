// Kế thừa: who a unit was formed from and who took it over, with the dates and the shares recorded
// on each basis (docs/targets.md, "Across a reorganisation").
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Tag, Tooltip, Typography } from 'antd';

import { api } from '../../api';
import { QueryState } from '../../components/States';
import { formatDate, formatPercent } from '../../format';
import { useI18n } from '../../i18n';

interface Share {
  basis: string;
  share: number;
  legal_source: string;
  illustrative: boolean;
}
interface LineageLink {
  predecessor: string;
  successor: string;
  effective: string;
  name: string;
  shares: Share[];
}
export interface Lineage {
  code: string;
  predecessors: LineageLink[];
  successors: LineageLink[];
}

const words = {
  vi: { title: 'Kế thừa', from: 'Hình thành từ', to: 'Kế thừa bởi', none: 'Không có', whole: 'toàn bộ', illustrative: 'minh họa', population: 'theo dân số', area: 'theo diện tích', basis: 'theo chỉ tiêu' },
  en: { title: 'Lineage', from: 'Formed from', to: 'Succeeded by', none: 'None', whole: 'whole', illustrative: 'illustrative', population: 'by population', area: 'by area', basis: 'for indicator' },
};

export default function LineageCard({ code }: { code: string }) {
  const { lang } = useI18n();
  const w = words[lang === 'en' ? 'en' : 'vi'];
  const lineage = useQuery({ queryKey: ['lineage', code], queryFn: () => api<Lineage>('GET', `/api/v1/units/${encodeURIComponent(code)}/lineage`) });
  const basis = (b: string) => (b === 'population' ? w.population : b === 'area' ? w.area : `${w.basis} ${b}`);
  const link = (l: LineageLink, other: string) => (
    <Space key={other} wrap data-testid={`lineage-${other}`}>
      <span>{l.name} ({other})</span>
      <Typography.Text type="secondary">{formatDate(l.effective)}</Typography.Text>
      {l.shares.length === 0 && <Tag>{w.whole}</Tag>}
      {l.shares.map((s) => (
        <Tooltip key={s.basis} title={s.legal_source}>
          <Tag color={s.illustrative ? 'gold' : 'blue'}>
            {formatPercent(s.share * 100, lang)} {basis(s.basis)}{s.illustrative ? ` (${w.illustrative})` : ''}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
  return (
    <Card title={`${w.title} — ${code}`} data-testid="lineage">
      <QueryState isPending={lineage.isPending} error={lineage.error} refetch={lineage.refetch} />
      {lineage.data && (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={w.from}>
            <Space direction="vertical">{lineage.data.predecessors.map((l) => link(l, l.predecessor))}{lineage.data.predecessors.length === 0 && w.none}</Space>
          </Descriptions.Item>
          <Descriptions.Item label={w.to}>
            <Space direction="vertical">{lineage.data.successors.map((l) => link(l, l.successor))}{lineage.data.successors.length === 0 && w.none}</Space>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
