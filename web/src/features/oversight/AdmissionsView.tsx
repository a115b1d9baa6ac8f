// Admission files (needs the oversight.members grant; reading them is logged): the candidate's
// steps by form, the decision, the 12-month probation and its confirmation.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';

import { ResponsiveTable } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { AdmissionActions, type AdmissionAction } from './AdmissionActions';
import { oversightQueries, type Admission } from './api';
import { useUnits } from '../units/useUnits';


const statusColor: Record<string, string> = { candidate: 'default', probation: 'gold', confirmed: 'green', not_admitted: 'red' };

export function AdmissionsView({ at }: { at: string }) {
  const { t, name } = useI18n();
  
  const units = useUnits(at);
  const [action, setAction] = useState<AdmissionAction | null>(null);
  const list = useQuery(oversightQueries.admissions());
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert type="warning" showIcon message={t('sensitive')} />
      <Button type="primary" onClick={() => setAction({ kind: 'open' })} style={{ alignSelf: 'flex-start' }}>{t('openAdmission')}</Button>
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch} />
      {list.data && (
        <ResponsiveTable rowKey="id" size="small" dataSource={list.data.items} scroll={{ x: true }} locale={{ emptyText: t('noData') }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('candidate'), dataIndex: 'candidate', render: (c: string, a: Admission) => <>{c} <Typography.Text type="secondary">({a.birth_year})</Typography.Text></> },
            { title: t('organisation'), dataIndex: 'organisation', render: (o: string) => units.name(o) },
            { title: t('steps'), dataIndex: 'steps', responsive: ['lg' as const], render: (s: Admission['steps']) => s.map((x) => x.form).join(', ') },
            { title: t('decision'), dataIndex: 'decision', render: (d: string | null, a: Admission) => d && <>{d} · {formatDate(a.admitted_on)}</> },
            { title: t('probationDue'), dataIndex: 'probation_due', render: formatDate },
            { title: t('status'), dataIndex: 'status', render: (s: string, a: Admission) => <><Tag color={statusColor[s]}>{name('admissionStatus', s)}</Tag>{a.illustrative && <IllustrativeTag />}</> },
            { title: '', key: 'next', render: (_: unknown, a: Admission) => (
              <Space size={4} wrap>
                {a.status !== 'confirmed' && <Button size="small" onClick={() => setAction({ kind: 'step', admission: a })}>{t('recordStep')}</Button>}
                {a.status === 'candidate' && <Button size="small" onClick={() => setAction({ kind: 'decision', admission: a })}>{t('admit')}</Button>}
                {a.status === 'probation' && <Button size="small" onClick={() => setAction({ kind: 'confirmation', admission: a })}>{t('confirm')}</Button>}
              </Space>) },
          ]} />
      )}
      {action && <AdmissionActions action={action} onClose={() => setAction(null)} />}
    </Space>
  );
}
