// Drill-down: the same indicator in each child unit.
import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';

import { api, type Actual, type Items, type ScorecardItem } from '../../api';
import { IllustrativeTag, VintageTag } from '../../components/Tags';
import { QueryState } from '../../components/States';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';

interface Row {
  unit: string;
  unit_name: string;
  illustrative: boolean;
  actual: Actual | null;
}

export function Breakdown({ item, unit, period }: { item: ScorecardItem; unit: string; period: string }) {
  const { t, lang } = useI18n();
  const rows = useQuery({
    queryKey: ['breakdown', item.indicator, unit, period],
    queryFn: () => api<Items<Row>>('GET', `/api/v1/breakdown?indicator=${item.indicator}&unit=${encodeURIComponent(unit)}&period=${period}`),
  });
  if (rows.isPending || rows.error) return <QueryState isPending={rows.isPending} error={rows.error} />;
  return (
    <Table
      size="small"
      rowKey="unit"
      pagination={false}
      title={() => t('breakdown')}
      dataSource={rows.data.items}
      locale={{ emptyText: t('noData') }}
      columns={[
        { title: t('unit'), render: (_, r: Row) => <>{r.unit_name} {r.illustrative && <IllustrativeTag />}</> },
        { title: t('actual'), align: 'right', render: (_, r: Row) => (r.actual ? `${formatNumber(r.actual.value, item.decimals, lang)}` : '—') },
        { title: t('vintage'), render: (_, r: Row) => <VintageTag vintage={r.actual?.vintage ?? null} derivation={r.actual?.derivation} /> },
      ]}
    />
  );
}
