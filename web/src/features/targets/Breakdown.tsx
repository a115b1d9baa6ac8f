// Drill-down: the same indicator in each child unit that has a figure for it.
import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';

import { QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { targetQueries, type BreakdownRow, type ScorecardItem } from './api';
import { VintageTag } from './Tags';

export function Breakdown({ item, unit, period }: { item: ScorecardItem; unit: string; period: string }) {
  const { t, lang } = useI18n();
  const rows = useQuery(targetQueries.breakdown(item.indicator, unit, period));
  if (rows.isPending || rows.error) return <QueryState isPending={rows.isPending} error={rows.error} refetch={rows.refetch} />;
  return (
    <Table<BreakdownRow>
      size="small"
      rowKey="unit"
      pagination={false}
      title={() => t('breakdown')}
      dataSource={rows.data.items.filter((r) => r.actual !== null)}
      locale={{ emptyText: t('noData') }}
      data-testid={`breakdown-${item.indicator}`}
      columns={[
        { title: t('unit'), key: 'unit', render: (_, r) => <>{r.unit_name} {r.illustrative && <IllustrativeTag />}</> },
        { title: t('actual'), key: 'actual', align: 'right', render: (_, r) => formatNumber(r.actual!.value, item.decimals, lang) },
        { title: t('vintage'), key: 'vintage', render: (_, r) => <VintageTag vintage={r.actual!.vintage} derivation={r.actual!.derivation} /> },
      ]}
    />
  );
}
