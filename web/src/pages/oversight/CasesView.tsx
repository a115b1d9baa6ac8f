// The register of inspection and supervision cases of a period: decision, subjects, conclusion
// and how far the remedies are done; a case opens in a drawer.
import { useQuery } from '@tanstack/react-query';
import { Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';

import { api, type Items } from '../../api';
import { QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { CaseDrawer } from './CaseDrawer';
import { CaseModal } from './CaseModal';
import type { Case } from './types';
import { useWords } from './words';

export function CasesView({ unit, period, canWrite }: { unit: string; period: string; canWrite: boolean }) {
  const { t } = useI18n();
  const { w, name } = useWords();
  const [opened, setOpened] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const cases = useQuery({ queryKey: ['oversight', 'cases', unit, period],
    queryFn: () => api<Items<Case>>('GET', `/api/v1/oversight/cases?period=${period}&unit=${encodeURIComponent(unit)}`) });
  const count = (k: Case, kind: string) => k.subjects.filter((s) => s.kind === kind).length;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {canWrite && <Button type="primary" onClick={() => setCreating(true)} data-testid="new-case">{w.openCase}</Button>}
      <QueryState isPending={cases.isPending} error={cases.error} refetch={cases.refetch} />
      {cases.data && (
        <Table rowKey="id" size="small" dataSource={cases.data.items} scroll={{ x: true }} locale={{ emptyText: t('noData') }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: w.decision, dataIndex: 'decision', render: (d: string, k: Case) => (
              <a onClick={() => setOpened(k.id)} data-testid={`case-${k.id}`}>{d}</a>) },
            { title: w.decidedOn, dataIndex: 'decided_on', render: formatDate },
            { title: w.kind, dataIndex: 'kind', render: (v: string, k: Case) => <><Tag color={v === 'inspection' ? 'blue' : 'purple'}>{name(v)}</Tag>{name(k.type)}</> },
            { title: w.subjects, key: 'subjects', render: (_: unknown, k: Case) =>
              `${count(k, 'organisation')} ${name('organisation').toLowerCase()}, ${count(k, 'member')} ${name('member').toLowerCase()}` },
            { title: w.conclusion, dataIndex: 'concluded_on', responsive: ['md' as const], render: (d: string | null) => (d ? formatDate(d) : <Tag>{w.notYet}</Tag>) },
            { title: w.remedies, key: 'remedies', responsive: ['lg' as const], render: (_: unknown, k: Case) =>
              k.remedies.length > 0 && `${k.remedies.filter((r) => r.done_on).length}/${k.remedies.length}` },
            { title: '', dataIndex: 'illustrative', render: (v: boolean) => v && <IllustrativeTag /> },
          ]} />
      )}
      {opened !== null && <CaseDrawer id={opened} canWrite={canWrite} onClose={() => setOpened(null)} />}
      {creating && <CaseModal onClose={() => setCreating(false)} onCreated={(id) => { setCreating(false); setOpened(id); }} />}
    </Space>
  );
}
