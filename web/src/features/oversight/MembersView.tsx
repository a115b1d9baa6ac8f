// The register of party members (needs the oversight.members grant; reading it is logged).
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Input, Space, Tag } from 'antd';
import { useState } from 'react';

import { ResponsiveTable } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { MemberModal } from './MemberModal';
import { oversightQueries, type Member } from './api';
import { useUnits } from '../units/useUnits';


export function MembersView({ at }: { at: string }) {
  const { t, name } = useI18n();
  
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const units = useUnits(at);
  const list = useQuery(oversightQueries.members());
  const needle = search.trim().toLowerCase();
  const shown = (list.data?.items ?? []).filter((m) => !needle || `${m.code} ${m.full_name} ${units.name(m.organisation)}`.toLowerCase().includes(needle));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert type="warning" showIcon message={t('sensitive')} />
      <Button type="primary" onClick={() => setEditing('new')} style={{ alignSelf: 'flex-start' }} data-testid="new-member">{t('newMember')}</Button>
      <Input.Search allowClear value={search} onChange={(e) => setSearch(e.target.value)} style={{ maxWidth: 320 }} placeholder={t('memberCode')} />
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch} />
      {list.data && (
        <ResponsiveTable rowKey="code" size="small" dataSource={shown} scroll={{ x: true }} locale={{ emptyText: t('noData') }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('memberCode'), dataIndex: 'code' },
            { title: t('name'), dataIndex: 'full_name' },
            { title: t('birthYear'), dataIndex: 'birth_year', responsive: ['md' as const] },
            { title: t('organisation'), dataIndex: 'organisation', render: (o: string) => units.name(o) },
            { title: t('admittedOn'), dataIndex: 'admitted_on', responsive: ['md' as const], render: formatDate },
            { title: t('status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'left' ? 'default' : s === 'full' ? 'green' : 'gold'}>{name('memberStatus', s)}</Tag> },
            { title: t('posts'), dataIndex: 'posts', responsive: ['lg' as const] },
            { title: '', key: 'edit', render: (_: unknown, m: Member) => <Button size="small" onClick={() => setEditing(m)}>{t('edit')}</Button> },
          ]} />
      )}
      {editing && <MemberModal member={editing === 'new' ? undefined : editing} at={at} onClose={() => setEditing(null)} />}
    </Space>
  );
}
