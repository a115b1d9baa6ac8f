// The year's inspection and supervision programmes: each planned item, when, and whether a case
// has carried it out.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Space, Tag } from 'antd';
import { useState } from 'react';

import { useI18n } from '../../i18n';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { ProgrammeModal } from './ProgrammeModal';
import { oversightQueries, type ProgrammeItem } from './api';
import { useUnits } from '../units/useUnits';


export function ProgrammeView({ year, canWrite }: { year: number; canWrite: boolean }) {
  const { t, name } = useI18n();
  
  const [creating, setCreating] = useState(false);
  const units = useUnits(`${year}-12-31`);
  const list = useQuery(oversightQueries.programmes(year));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {canWrite && <Button type="primary" onClick={() => setCreating(true)} style={{ alignSelf: 'flex-start' }}>{t('newProgramme')}</Button>}
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch} />
      {list.data?.items.length === 0 && <Empty description={t('noProgramme')} />}
      {list.data?.items.map((p) => (
        <Card key={p.id} size="small" title={<>{p.title} {p.illustrative && <IllustrativeTag />}</>}
          extra={`${units.name(p.committee)}${p.document ? ` · ${p.document}` : ''}`}>
          <ResponsiveTable rowKey="id" size="small" pagination={false} dataSource={p.items} scroll={{ x: true }}
            columns={[
              { title: t('caseKindLabel'), dataIndex: 'kind', render: (k: string) => <Tag color={k === 'inspection' ? 'blue' : 'purple'}>{name('caseKind', k)}</Tag> },
              { title: t('subject'), dataIndex: 'subject' },
              { title: t('planned'), dataIndex: 'content', responsive: ['md' as const] },
              { title: t('timing'), dataIndex: 'timing' },
              { title: t('status'), key: 'done', render: (_: unknown, i: ProgrammeItem) => (
                i.done ? <Tag color="green">{t('carriedOut')} ({i.cases.length})</Tag> : <Tag>{t('notYet')}</Tag>) },
            ]} />
        </Card>
      ))}
      {creating && <ProgrammeModal year={year} onClose={() => setCreating(false)} />}
    </Space>
  );
}
