// Dự thảo báo cáo on the Báo cáo page: the drafts of the unit and period, a new draft for a
// Party committee or a People's Committee, and the draft open for writing.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';

import { api, ApiError } from '../../api';
import { formatDate, formatDateTime } from '../../format';
import { can, useMe } from '../../session';
import { DraftEditor } from './DraftEditor';
import type { Draft } from './types';
import { useWords } from './words';

export function DraftsCard({ unit, period, ready }: { unit: string; period: string; ready: boolean }) {
  const w = useWords();
  const me = useMe();
  const queryClient = useQueryClient();
  const [issuer, setIssuer] = useState<'party' | 'state'>('party');
  const [open, setOpen] = useState<number | null>(null);
  const drafts = useQuery({
    queryKey: ['report-drafts', unit],
    queryFn: () => api<{ items: Draft[] }>('GET', `/api/v1/report-drafts?unit=${encodeURIComponent(unit)}`),
    enabled: ready && !!unit,
  });
  const create = useMutation({
    mutationFn: () => api<Draft>('POST', '/api/v1/report-drafts', { unit, kind: /^\d{4}$/.test(period) ? 'annual' : 'periodic', period, issuer }),
    onSuccess: async (d) => {
      await queryClient.invalidateQueries({ queryKey: ['report-drafts', unit] });
      setOpen(d.id);
    },
  });
  const error = create.error as ApiError | null;
  const items = (drafts.data?.items ?? []).filter((d) => d.period === period);
  if (open !== null) {
    return <Card size="small" title={w.drafts}><DraftEditor id={open} onBack={() => setOpen(null)} /></Card>;
  }
  return (
    <Card size="small" title={w.drafts}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{w.draftsHelp}</Typography.Text>
        {can(me.data, 'reports.write') && (
          <Space wrap>
            <Select value={issuer} onChange={setIssuer} style={{ width: 330 }} data-testid="draft-issuer"
              options={[{ value: 'party', label: w.issuerParty }, { value: 'state', label: w.issuerState }]} />
            <Button onClick={() => create.mutate()} loading={create.isPending} disabled={!ready} data-testid="new-draft">{w.newDraft}</Button>
          </Space>
        )}
        {error && <Alert type="error" showIcon message={error.detail} />}
        <Table<Draft> size="small" rowKey="id" dataSource={items} pagination={false} loading={drafts.isLoading}
          locale={{ emptyText: w.noDrafts }}
          columns={[
            { title: '#', dataIndex: 'id', width: 60 },
            { title: w.issuer, dataIndex: 'issuer', render: (v: string) => (v === 'party' ? w.issuerParty : w.issuerState) },
            { title: '', dataIndex: 'status', render: (_: string, d) => (d.status === 'issued'
              ? <Tag color="green">{`${w.issued}: số ${d.number}, ${formatDate(d.issued_on)}`}</Tag> : <Tag color="blue">{w.draft}</Tag>) },
            { title: w.createdBy, dataIndex: 'created_by', render: (v: string, d) => `${v}, ${formatDateTime(d.created_at)}` },
            { title: '', key: 'open', render: (_, d) => <Button size="small" onClick={() => setOpen(d.id)} data-testid={`open-draft-${d.id}`}>{w.open}</Button> },
          ]} />
      </Space>
    </Card>
  );
}
