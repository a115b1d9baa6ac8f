// Đơn thư: the queue of letters, the overdue and soonest deadline first, with who sent each and
// what it says; intake with duplicate suggestions and a receipt; each letter's timeline and steps
// in a drawer (?open=id); statistics of a year.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Col, Input, Row, Segmented, Select, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import { PageHeader } from '../../components/PageHeader';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { RowLink } from '../../components/RowLink';
import { QueryState } from '../../components/States';
import { ToneTag } from '../../components/ToneTag';
import { useOpened } from '../../components/useOpened';
import { yearsBack, YearPicker } from '../../components/YearPicker';
import { formatDate, formatNumber, formatPercent, todayInVietnam } from '../../format';
import { useI18n, type WordKey } from '../../i18n';
import { can, useMe } from '../auth/session';
import { petitionQueries, type Petition, type PetitionFilter } from './api';
import { IntakeModal } from './IntakeModal';
import { summarise } from './logic';
import { PetitionDrawer } from './PetitionDrawer';
import { DueNote, PetitionStatusTag } from './PetitionStatus';
import { petitionEnums } from './words';

function StatsView() {
  const { t, lang } = useI18n();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const stats = useQuery(petitionQueries.stats(String(year)));
  const s = stats.data;
  const n = (v: number) => formatNumber(v, 0, lang);
  const cells: [WordKey, string][] = s ? [
    ['statReceived', n(s.received)], ['statCarried', n(s.carried_over)], ['statAccepted', n(s.accepted - s.accepted_requests)],
    ['statRequests', n(s.accepted_requests)], ['statResolved', n(s.resolved)],
    ['statOnTime', s.on_time_pct === null ? '—' : formatPercent(s.on_time_pct, lang)], ['statOverdue', n(s.overdue)],
    ['statWithdrawn', n(s.withdrawn)], ['longUnresolved', n(s.long_unresolved)], ['statRouted', n(s.forwarded + s.guided + s.filed)],
    ['statDuplicates', n(s.duplicates)],
  ] : [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <YearPicker value={year} years={yearsBack(thisYear)} onChange={setYear} />
      {s && <Typography.Text type="secondary">{t('receivedInYear', { date: formatDate(s.as_of) })}</Typography.Text>}
      <QueryState isPending={stats.isPending} error={stats.error} refetch={stats.refetch} />
      <Row gutter={[16, 16]}>
        {cells.map(([label, value]) => (
          <Col key={label} xs={12} md={8} lg={6}><Card size="small"><Statistic title={t(label)} value={value} /></Card></Col>
        ))}
      </Row>
    </Space>
  );
}

export default function PetitionsPage() {
  const { t, name } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [opened, close] = useOpened();
  const view = params.get('view') ?? 'queue';
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const filter: PetitionFilter = {
    status: params.get('status') ?? undefined,
    type: params.get('type') ?? undefined,
    q: params.get('q') ?? undefined,
    long_unresolved: params.get('long_unresolved') === 'true' || undefined,
  };
  const letters = useQuery({ ...petitionQueries.list(filter), enabled: view === 'queue' });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('petitions')}
        extra={can(me.data, 'petitions.process') && <Button type="primary" onClick={() => setCreating(true)} data-testid="new-petition">{t('receive')}</Button>} />
      <Segmented value={view} onChange={(v) => set('view', String(v))} aria-label={t('petitions')}
        options={[{ value: 'queue', label: t('queue') }, { value: 'stats', label: t('statsView') }]} />
      {view === 'queue' && (
        <Space wrap>
          <label className="picker">
            <span>{t('letterTypes')}</span>
            <Select id="type-filter" allowClear placeholder={t('allKinds')} style={{ width: 180 }} value={filter.type}
              onChange={(v) => set('type', v ?? null)} options={Object.keys(petitionEnums.letterType).map((v) => ({ value: v, label: name('letterType', v) }))} />
          </label>
          <Checkbox checked={!!filter.long_unresolved} onChange={(e) => set('long_unresolved', e.target.checked ? 'true' : null)}>
            {t('longUnresolved')}
          </Checkbox>
          <Input.Search allowClear placeholder={t('searchLetters')} aria-label={t('searchLetters')} value={search} onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => set('q', v || null)} style={{ width: 280 }} />
        </Space>
      )}
      {view === 'stats' && <StatsView />}
      {view === 'queue' && <QueryState isPending={letters.isPending} error={letters.error} refetch={letters.refetch} />}
      {view === 'queue' && letters.data && (
        <ResponsiveTable<Petition> rowKey="id" size="small" dataSource={letters.data.items} scroll={{ x: true }} pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('noData') }} data-testid="petition-queue"
          columns={[
            { title: t('trackingCode'), dataIndex: 'tracking_code', render: (c: string, p: Petition) => <RowLink id={p.id} testId={`petition-${p.id}`}>{c}</RowLink> },
            { title: t('petitioner'), key: 'petitioner', render: (_: unknown, p: Petition) => (p.anonymous ? t('anonymous') : p.petitioner ?? '—') },
            { title: t('summaryOfLetter'), dataIndex: 'content', render: (c: string) => <span title={c}>{summarise(c)}</span> },
            { title: t('letterTypes'), dataIndex: 'types', render: (types: string[]) => types.map((x) => <ToneTag key={x} tone="neutral">{name('letterType', x)}</ToneTag>) },
            { title: t('receivedOn'), dataIndex: 'received_on', render: formatDate },
            { title: t('deadline'), dataIndex: 'due', render: (d: string | null, p: Petition) => d && <>{formatDate(d)} <DueNote daysLeft={p.days_left} /></> },
            { title: t('status'), dataIndex: 'status', render: (_: unknown, p: Petition) => (
              <><PetitionStatusTag status={p.status} daysLeft={p.days_left} />{p.long_unresolved && <ToneTag tone="danger">{t('longUnresolved')}</ToneTag>}</>) },
            { title: t('handlingUnit'), dataIndex: 'handling_unit_name', responsive: ['xl'] },
          ]} />
      )}
      {opened !== null && <PetitionDrawer id={opened} onClose={close} />}
      {creating && <IntakeModal onClose={() => setCreating(false)} onCreated={(id) => { setCreating(false); set('open', String(id)); }} />}
    </Space>
  );
}
