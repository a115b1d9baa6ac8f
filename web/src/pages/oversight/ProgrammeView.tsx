// The year's inspection and supervision programmes: each planned item, when, and whether a case
// has carried it out.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Space, Table, Tag } from 'antd';
import { useState } from 'react';

import { api } from '../../api';
import { QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { ProgrammeModal } from './ProgrammeModal';
import type { Programme, ProgrammeItem } from './types';
import { useUnitsAt } from './units';
import { useWords } from './words';

export function ProgrammeView({ year, canWrite }: { year: number; canWrite: boolean }) {
  const { w, name } = useWords();
  const [creating, setCreating] = useState(false);
  const units = useUnitsAt(`${year}-12-31`);
  const list = useQuery({ queryKey: ['oversight', 'programmes', year],
    queryFn: () => api<{ items: Programme[] }>('GET', `/api/v1/oversight/programmes?year=${year}`) });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {canWrite && <Button type="primary" onClick={() => setCreating(true)} style={{ alignSelf: 'flex-start' }}>{w.newProgramme}</Button>}
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch} />
      {list.data?.items.length === 0 && <Empty description={w.noProgramme} />}
      {list.data?.items.map((p) => (
        <Card key={p.id} size="small" title={<>{p.title} {p.illustrative && <IllustrativeTag />}</>}
          extra={`${units.name(p.committee)}${p.document ? ` · ${p.document}` : ''}`}>
          <Table rowKey="id" size="small" pagination={false} dataSource={p.items} scroll={{ x: true }}
            columns={[
              { title: w.kind, dataIndex: 'kind', render: (k: string) => <Tag color={k === 'inspection' ? 'blue' : 'purple'}>{name(k)}</Tag> },
              { title: w.subject, dataIndex: 'subject' },
              { title: w.planned, dataIndex: 'content', responsive: ['md' as const] },
              { title: w.timing, dataIndex: 'timing' },
              { title: w.status, key: 'done', render: (_: unknown, i: ProgrammeItem) => (
                i.done ? <Tag color="green">{w.carriedOut} ({i.cases.length})</Tag> : <Tag>{w.notYet}</Tag>) },
            ]} />
        </Card>
      ))}
      {creating && <ProgrammeModal year={year} onClose={() => setCreating(false)} />}
    </Space>
  );
}
