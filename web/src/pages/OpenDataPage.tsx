// Dữ liệu mở: the released indicators of a unit and period, for anyone, with their vintage and
// source, to read or download as CSV or JSON. No login.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';

import { api } from '../api';
import { QueryState } from '../components/States';
import { formatNumber, formatPercent, formatPeriod } from '../format';
import { useI18n } from '../i18n';

interface Release { unit: string; unit_name: string; period: string; released_at: string }
interface Row {
  indicator: string; name: string; measure: string; target: string; actual: number | null; achievement_pct: number | null;
  status: string; vintage: string | null; source: string | null; decimals: number; illustrative: boolean;
}

export function OpenDataPage() {
  const { t, lang, toggle } = useI18n();
  const releases = useQuery({ queryKey: ['open-data'], queryFn: () => api<{ items: Release[] }>('GET', '/api/v1/open-data') });
  const [chosen, setChosen] = useState<string | null>(null);
  const key = chosen ?? (releases.data?.items[0] ? `${releases.data.items[0].unit}|${releases.data.items[0].period}` : null);
  const [unit, period] = key ? key.split('|') : ['', ''];
  const query = `unit=${encodeURIComponent(unit)}&period=${period}`;
  const rows = useQuery({ queryKey: ['open-data', key], enabled: !!key,
    queryFn: () => api<{ items: Row[] }>('GET', `/api/v1/open-data/indicators?${query}`) });
  return (
    <div style={{ maxWidth: 1100, margin: '0 auto', padding: 16 }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ color: '#b0245d' }}>{t('openData')}</Typography.Title>
        <Button size="small" onClick={toggle}>{t('language')}</Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('openDataPublicHelp')}</Typography.Paragraph>
      <QueryState isPending={releases.isPending} error={releases.error} empty={releases.data?.items.length === 0} />
      {key && (
        <Card size="small">
          <Space wrap style={{ marginBottom: 12 }}>
            <Select value={key} onChange={setChosen} style={{ minWidth: 280 }} data-testid="open-data-release"
              options={(releases.data?.items ?? []).map((r) => ({ value: `${r.unit}|${r.period}`, label: `${r.unit_name} — ${formatPeriod(r.period, lang)}` }))} />
            <Button href={`/api/v1/open-data/indicators?${query}&format=csv`}>CSV</Button>
            <Button href={`/api/v1/open-data/indicators?${query}&format=json`} target="_blank">JSON</Button>
          </Space>
          <QueryState isPending={rows.isPending} error={rows.error} />
          {rows.data && (
            <Table rowKey="indicator" size="small" pagination={false} dataSource={rows.data.items} scroll={{ x: true }}
              columns={[
                { title: t('indicator'), dataIndex: 'name', render: (n: string, r: Row) => <>{n} {r.illustrative && <Tag>{t('illustrative')}</Tag>}</> },
                { title: t('target'), dataIndex: 'target', render: (v: string, r: Row) => `${v} ${r.measure}` },
                { title: t('actual'), dataIndex: 'actual', align: 'right' as const, render: (v: number | null, r: Row) => (v === null ? '—' : formatNumber(v, r.decimals, lang)) },
                { title: '% KH', dataIndex: 'achievement_pct', align: 'right' as const, render: (v: number | null) => (v === null ? '—' : formatPercent(v, lang)) },
                { title: t('vintage'), dataIndex: 'vintage', render: (v: string | null) => (v === 'estimate' || v === 'preliminary' || v === 'official' ? t(v) : '—') },
                { title: t('source'), dataIndex: 'source', responsive: ['lg' as const] },
              ]} />
          )}
        </Card>
      )}
    </div>
  );
}
