// The register of party members (needs the oversight.members grant; reading it is logged).
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';

import { api, type Items } from '../../api';
import { QueryState } from '../../components/States';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { MemberModal } from './MemberModal';
import type { Member } from './types';
import { useUnitsAt } from './units';
import { useWords } from './words';

export function MembersView({ at }: { at: string }) {
  const { t } = useI18n();
  const { w, name } = useWords();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const units = useUnitsAt(at);
  const list = useQuery({ queryKey: ['oversight', 'members'], queryFn: () => api<Items<Member>>('GET', '/api/v1/party-members') });
  const needle = search.trim().toLowerCase();
  const shown = (list.data?.items ?? []).filter((m) => !needle || `${m.code} ${m.full_name} ${units.name(m.organisation)}`.toLowerCase().includes(needle));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert type="warning" showIcon message={w.sensitive} />
      <Button type="primary" onClick={() => setEditing('new')} style={{ alignSelf: 'flex-start' }} data-testid="new-member">{w.newMember}</Button>
      <Input.Search allowClear value={search} onChange={(e) => setSearch(e.target.value)} style={{ maxWidth: 320 }} placeholder={w.memberCode} />
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch} />
      {list.data && (
        <Table rowKey="code" size="small" dataSource={shown} scroll={{ x: true }} locale={{ emptyText: t('noData') }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: w.memberCode, dataIndex: 'code' },
            { title: t('name'), dataIndex: 'full_name' },
            { title: w.birthYear, dataIndex: 'birth_year', responsive: ['md' as const] },
            { title: w.organisation, dataIndex: 'organisation', render: (o: string) => units.name(o) },
            { title: w.admittedOn, dataIndex: 'admitted_on', responsive: ['md' as const], render: formatDate },
            { title: w.status, dataIndex: 'status', render: (s: string) => <Tag color={s === 'left' ? 'default' : s === 'full' ? 'green' : 'gold'}>{name(s)}</Tag> },
            { title: w.posts, dataIndex: 'posts', responsive: ['lg' as const] },
            { title: '', key: 'edit', render: (_: unknown, m: Member) => <Button size="small" onClick={() => setEditing(m)}>{w.edit}</Button> },
          ]} />
      )}
      {editing && <MemberModal member={editing === 'new' ? undefined : editing} at={at} onClose={() => setEditing(null)} />}
    </Space>
  );
}
