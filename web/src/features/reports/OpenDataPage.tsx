// Dữ liệu mở: the released indicators of a unit and period, for anyone, with their vintage and
// source, to read or download as CSV or JSON. No login.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';

import { ResponsiveTable } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import { formatNumber, formatPercent, formatPeriod } from '../../format';
import { useI18n } from '../../i18n';
import { brand } from '../../theme';
import { openDataHref, reportQueries, type OpenDataRow } from './api';

export default function OpenDataPage() {
  const { t, lang, name, toggle } = useI18n();
  const releases = useQuery(reportQueries.releases());
  const [chosen, setChosen] = useState<string | null>(null);
  const first = releases.data?.items[0];
  const key = chosen ?? (first ? `${first.unit}|${first.period}` : null);
  const [unit, period] = key ? key.split('|') : ['', ''];
  const rows = useQuery({ ...reportQueries.released(unit, period), enabled: !!key });
  return (
    <main style={{ maxWidth: 1100, margin: '0 auto', padding: 16 }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ color: brand, fontSize: 26 }}>{t('openData')}</Typography.Title>
        <Button size="small" onClick={toggle}>{t('language')}</Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('openDataPublicHelp')}</Typography.Paragraph>
      <QueryState isPending={releases.isPending} error={releases.error} refetch={releases.refetch} empty={releases.data?.items.length === 0} />
      {key && (
        <Card size="small">
          <Space wrap style={{ marginBottom: 12 }}>
            <label className="picker">
              <span>{t('period')}</span>
              <Select id="open-data-release" value={key} onChange={setChosen} style={{ minWidth: 280 }} data-testid="open-data-release"
                options={(releases.data?.items ?? []).map((r) => ({ value: `${r.unit}|${r.period}`, label: `${r.unit_name} — ${formatPeriod(r.period, lang)}` }))} />
            </label>
            <Button href={openDataHref(unit, period, 'csv')}>CSV</Button>
            <Button href={openDataHref(unit, period, 'json')} target="_blank">JSON</Button>
          </Space>
          <QueryState isPending={rows.isPending} error={rows.error} refetch={rows.refetch} />
          {rows.data && (
            <ResponsiveTable<OpenDataRow> rowKey="indicator" size="small" pagination={false} dataSource={rows.data.items} scroll={{ x: true }}
              columns={[
                { title: t('indicator'), dataIndex: 'name' },
                { title: t('target'), dataIndex: 'target', render: (v: string, r: OpenDataRow) => `${v} ${r.measure}` },
                { title: t('actual'), dataIndex: 'actual', align: 'right' as const, render: (v: number | null, r: OpenDataRow) => (v === null ? '—' : formatNumber(v, r.decimals, lang)) },
                { title: t('achievement'), dataIndex: 'target_pct', align: 'right' as const, render: (v: number | null) => (v === null ? '—' : formatPercent(v, lang)) },
                { title: t('vintage'), dataIndex: 'vintage', render: (v: string | null) => (v ? name('vintage', v) : '—') },
                { title: t('source'), dataIndex: 'source' },
              ]} />
          )}
        </Card>
      )}
    </main>
  );
}
