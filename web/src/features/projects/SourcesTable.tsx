// Capital and disbursement by funding source, amounts in one unit per column.
import { Table } from 'antd';

import { formatPercent } from '../../format';
import { useI18n } from '../../i18n';
import type { SourceFigure } from './api';
import { moneyColumn } from './money';

export function SourcesTable({ sources }: { sources: SourceFigure[] }) {
  const { t, lang, name } = useI18n();
  return (
    <Table<SourceFigure> size="small" rowKey="source" pagination={false} dataSource={sources} locale={{ emptyText: t('noData') }} scroll={{ x: true }}
      columns={[
        { title: t('fundingSource'), dataIndex: 'source', render: (v: string) => name('fundingSource', v) },
        moneyColumn<SourceFigure>('plan', t('planAllocated'), sources, (s) => s.plan_allocated, lang),
        moneyColumn<SourceFigure>('paid', t('paid'), sources, (s) => s.paid, lang),
        { title: '%', dataIndex: 'rate_allocated', align: 'right', render: (v: number | null) => (v === null ? '—' : formatPercent(v, lang)) },
      ]} />
  );
}
