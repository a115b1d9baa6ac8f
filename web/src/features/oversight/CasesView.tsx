// The register of inspection and supervision cases of a period: decision, subjects, conclusion
// and how far the remedies are done; a case opens in a drawer.
import { useQuery } from '@tanstack/react-query';
import { Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

import { ResponsiveTable } from '../../components/ResponsiveTable';
import { RowLink } from '../../components/RowLink';
import { QueryState } from '../../components/States';
import { useOpened } from '../../components/useOpened';
import { withOpen } from '../../paths';
import { IllustrativeTag } from '../../components/Tags';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { CaseDrawer } from './CaseDrawer';
import { CaseModal } from './CaseModal';
import { oversightQueries, type Case } from './api';


export function CasesView({ unit, period, canWrite }: { unit: string; period: string; canWrite: boolean }) {
  const { t, name } = useI18n();
  
  const [opened, close] = useOpened();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const { search } = useLocation();
  const cases = useQuery(oversightQueries.cases(unit, period));
  const count = (k: Case, kind: string) => k.subjects.filter((s) => s.kind === kind).length;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {canWrite && <Button type="primary" onClick={() => setCreating(true)} data-testid="new-case">{t('openCase')}</Button>}
      <QueryState isPending={cases.isPending} error={cases.error} refetch={cases.refetch} />
      {cases.data && (
        <ResponsiveTable rowKey="id" size="small" dataSource={cases.data.items} scroll={{ x: true }} locale={{ emptyText: t('noData') }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('decision'), dataIndex: 'decision', render: (d: string, k: Case) => (
              <RowLink id={k.id} testId={`case-${k.id}`}>{d}</RowLink>) },
            { title: t('decidedOn'), dataIndex: 'decided_on', render: formatDate },
            { title: t('caseKindLabel'), dataIndex: 'kind', render: (v: string, k: Case) => <><Tag color={v === 'inspection' ? 'blue' : 'purple'}>{name('caseKind', v)}</Tag>{name('caseType', k.type)}</> },
            { title: t('subjects'), key: 'subjects', render: (_: unknown, k: Case) =>
              `${count(k, 'organisation')} ${name('subjectKind', 'organisation').toLowerCase()}, ${count(k, 'member')} ${name('subjectKind', 'member').toLowerCase()}` },
            { title: t('conclusion'), dataIndex: 'concluded_on', responsive: ['md' as const], render: (d: string | null) => (d ? formatDate(d) : <Tag>{t('notYet')}</Tag>) },
            { title: t('remedies'), key: 'remedies', responsive: ['lg' as const], render: (_: unknown, k: Case) =>
              k.remedies.length > 0 && `${k.remedies.filter((r) => r.done_on).length}/${k.remedies.length}` },
            { title: '', dataIndex: 'illustrative', render: (v: boolean) => v && <IllustrativeTag /> },
          ]} />
      )}
      {opened !== null && <CaseDrawer id={opened} canWrite={canWrite} onClose={close} />}
      {creating && <CaseModal onClose={() => setCreating(false)} onCreated={(id) => { setCreating(false); navigate(withOpen(search, id)); }} />}
    </Space>
  );
}
