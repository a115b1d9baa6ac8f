// Đơn thư: the queue of letters, soonest deadline first, with colours; intake with duplicate
// suggestions; each letter's timeline and steps; statistics.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Col, Input, Row, Segmented, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import { api, type Items, type Petition } from '../api';
import { QueryState } from '../components/States';
import { formatDate, formatPercent } from '../format';
import { useI18n } from '../i18n';
import { can, useMe } from '../session';
import { IntakeModal } from './petitions/IntakeModal';
import { fieldNames, typeNames, urgency } from './petitions/labels';
import { PetitionDrawer } from './petitions/PetitionDrawer';

interface Stats {
  received: number; accepted: number; resolved: number; on_time_pct: number | null; overdue: number; withdrawn: number;
  long_unresolved: number; forwarded: number; guided: number; filed: number; duplicates: number; open: number;
}

function StatsView() {
  const { t, lang } = useI18n();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const stats = useQuery({ queryKey: ['petitions', 'stats', year], queryFn: () => api<Stats>('GET', `/api/v1/petitions/stats?period=${year}`) });
  const s = stats.data;
  const cells: [string, number | string][] = s ? [
    [lang === 'vi' ? 'Tiếp nhận' : 'Received', s.received], [lang === 'vi' ? 'Thụ lý (thuộc thẩm quyền)' : 'Accepted', s.accepted],
    [lang === 'vi' ? 'Đã giải quyết' : 'Resolved', s.resolved],
    [lang === 'vi' ? 'Giải quyết đúng hạn' : 'Resolved on time', s.on_time_pct === null ? '—' : formatPercent(s.on_time_pct, lang)],
    [t('overdue'), s.overdue], [lang === 'vi' ? 'Rút đơn' : 'Withdrawn', s.withdrawn], [t('longUnresolved'), s.long_unresolved],
    [lang === 'vi' ? 'Chuyển, hướng dẫn, lưu' : 'Forwarded, guided, filed', s.forwarded + s.guided + s.filed],
    [lang === 'vi' ? 'Đơn trùng' : 'Duplicates', s.duplicates],
  ] : [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select value={year} onChange={setYear} style={{ width: 120 }} aria-label={t('year')}
        options={Array.from({ length: 6 }, (_, i) => String(new Date().getFullYear() - i)).map((y) => ({ value: y, label: y }))} />
      <QueryState isPending={stats.isPending} error={stats.error} />
      <Row gutter={[16, 16]}>
        {cells.map(([label, value]) => (
          <Col key={label} xs={12} md={8} lg={6}><Card size="small"><Statistic title={label} value={value} /></Card></Col>
        ))}
      </Row>
    </Space>
  );
}

export default function PetitionsPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') ?? 'queue';
  const [opened, setOpened] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const query = new URLSearchParams();
  for (const key of ['status', 'type', 'q', 'long_unresolved']) {
    const v = params.get(key);
    if (v) query.set(key, v);
  }
  const letters = useQuery({ queryKey: ['petitions', 'list', query.toString()], queryFn: () => api<Items<Petition>>('GET', `/api/v1/petitions?${query}`), enabled: view === 'queue' });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('petitions')}</Typography.Title>
        {can(me.data, 'petitions.process') && <Button type="primary" onClick={() => setCreating(true)} data-testid="new-petition">{t('receive')}</Button>}
      </Space>
      <Space wrap>
        <Segmented value={view} onChange={(v) => set('view', String(v))}
          options={[{ value: 'queue', label: t('taskList') }, { value: 'stats', label: t('taskStats') }]} />
        {view === 'queue' && (
          <>
            <Select allowClear placeholder={t('letterTypes')} style={{ width: 160 }} value={params.get('type') ?? undefined}
              onChange={(v) => set('type', v ?? null)} options={Object.entries(typeNames).map(([value, label]) => ({ value, label }))} />
            <Checkbox checked={params.get('long_unresolved') === 'true'} onChange={(e) => set('long_unresolved', e.target.checked ? 'true' : null)}>
              {t('longUnresolved')}
            </Checkbox>
            <Input.Search allowClear placeholder={t('letterContent')} value={search} onChange={(e) => setSearch(e.target.value)}
              onSearch={(v) => set('q', v || null)} style={{ width: 240 }} />
          </>
        )}
      </Space>
      {view === 'stats' && <StatsView />}
      {view === 'queue' && <QueryState isPending={letters.isPending} error={letters.error} refetch={letters.refetch} />}
      {view === 'queue' && letters.data && (
        <Table rowKey="id" size="small" dataSource={letters.data.items} scroll={{ x: true }} pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('noData') }}
          columns={[
            { title: t('trackingCode'), dataIndex: 'tracking_code', render: (c: string, p: Petition) => <a onClick={() => setOpened(p.id)} data-testid={`petition-${p.id}`}>{c}</a> },
            { title: t('receivedOn'), dataIndex: 'received_on', render: formatDate },
            { title: t('letterTypes'), dataIndex: 'types', render: (types: string[]) => types.map((x) => <Tag key={x}>{typeNames[x]}</Tag>) },
            { title: t('field'), dataIndex: 'field', responsive: ['md'], render: (f: string) => fieldNames[f] ?? f },
            { title: t('handlingUnit'), dataIndex: 'handling_unit_name', responsive: ['lg'] },
            { title: t('deadline'), dataIndex: 'due', render: (d: string | null, p: Petition) => d && <>{formatDate(d)} <Typography.Text type={p.days_left !== null && p.days_left < 0 ? 'danger' : 'secondary'}>({p.days_left})</Typography.Text></> },
            { title: t('status'), dataIndex: 'status_text', render: (s: string, p: Petition) => <><Tag color={urgency(p.status, p.days_left)}>{s}</Tag>{p.long_unresolved && <Tag color="volcano">{t('longUnresolved')}</Tag>}</> },
          ]} />
      )}
      {opened !== null && <PetitionDrawer id={opened} onClose={() => setOpened(null)} />}
      {creating && <IntakeModal onClose={() => setCreating(false)} onCreated={(id) => { setCreating(false); setOpened(id); }} />}
    </Space>
  );
}
