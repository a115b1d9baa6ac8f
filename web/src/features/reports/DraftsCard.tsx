// Dự thảo báo cáo on the Báo cáo page: the drafts of the unit and period, a new draft for a
// Party committee or a People's Committee, and the draft open for writing.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import { ResponsiveTable } from '../../components/ResponsiveTable';
import { errorText } from '../../components/States';
import { ToneTag } from '../../components/ToneTag';
import { formatDate, formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { can, useMe } from '../auth/session';
import { createDraft, draftKeys, draftQueries, type Draft } from './api';
import { DraftEditor } from './DraftEditor';

export function DraftsCard({ unit, period, ready }: { unit: string; period: string; ready: boolean }) {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const [issuer, setIssuer] = useState<'party' | 'state'>('party');
  // ?draft=id (a search hit, a link) opens that draft.
  const [params] = useSearchParams();
  const [open, setOpen] = useState<number | null>(() => {
    const asked = params.get('draft');
    return asked && /^\d+$/.test(asked) ? Number(asked) : null;
  });
  const drafts = useQuery({ ...draftQueries.list(unit), enabled: ready && !!unit });
  const create = useMutation({
    mutationFn: () => createDraft({ unit, kind: /^\d{4}$/.test(period) ? 'annual' : 'periodic', period, issuer }),
    onSuccess: async (d) => {
      await queryClient.invalidateQueries({ queryKey: draftKeys.all });
      setOpen(d.id);
    },
  });
  const items = (drafts.data?.items ?? []).filter((d) => d.period === period);
  const title = <h2 className="card-heading">{t('draftsTitle')}</h2>;
  if (open !== null) {
    return <Card size="small" title={title}><DraftEditor id={open} onBack={() => setOpen(null)} /></Card>;
  }
  return (
    <Card size="small" title={title}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('draftsHelp')}</Typography.Text>
        {can(me.data, 'reports.write') && (
          <Space wrap>
            <label className="picker">
              <span>{t('draftIssuer')}</span>
              <Select id="draft-issuer" value={issuer} onChange={setIssuer} style={{ width: 330, maxWidth: '100%' }} data-testid="draft-issuer"
                options={[{ value: 'party', label: t('issuerParty') }, { value: 'state', label: t('issuerState') }]} />
            </label>
            <Button onClick={() => create.mutate()} loading={create.isPending} disabled={!ready} data-testid="new-draft">{t('draftNew')}</Button>
          </Space>
        )}
        {create.error && <Alert type="error" showIcon message={errorText(create.error, t)} />}
        <ResponsiveTable<Draft> size="small" rowKey={(d) => String(d.id)} dataSource={items} pagination={false} loading={drafts.isLoading}
          locale={{ emptyText: t('draftsNone') }}
          columns={[
            { title: '#', dataIndex: 'id', width: 60 },
            { title: t('draftIssuer'), dataIndex: 'issuer', render: (v: string) => (v === 'party' ? t('issuerParty') : t('issuerState')) },
            { title: t('status'), dataIndex: 'status', render: (_: string, d) => (d.status === 'issued'
              ? <ToneTag tone="success">{t('draftIssuedTag', { number: d.number ?? '', date: formatDate(d.issued_on) })}</ToneTag>
              : <ToneTag tone="info">{t('draftStatusDraft')}</ToneTag>) },
            { title: t('draftCreatedBy'), dataIndex: 'created_by', render: (v: string, d) => `${v}, ${formatDateTime(d.created_at)}` },
            { title: t('actions'), key: 'open', render: (_, d) => <Button size="small" onClick={() => setOpen(d.id)} data-testid={`open-draft-${d.id}`}>{t('draftOpen')}</Button> },
          ]} />
      </Space>
    </Card>
  );
}
