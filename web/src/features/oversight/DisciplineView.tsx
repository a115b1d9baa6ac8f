// The register of discipline decisions of a period: subject, form, violation, the 5-day notice
// and the limitation warning; a decision is recorded through DisciplineModal.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';

import { ResponsiveTable } from '../../components/ResponsiveTable';
import { errorText, QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { formatDate, todayInVietnam } from '../../format';
import { useI18n } from '../../i18n';
import { ComplaintModal } from './ComplaintModal';
import { DisciplineModal } from './DisciplineModal';
import { oversightKeys, oversightQueries, recordNotice, type Discipline } from './api';
import { periodEnd } from '../../selection';
import { useUnits } from '../units/useUnits';


const formColor: Record<string, string> = { khien_trach: 'gold', canh_cao: 'orange', cach_chuc: 'volcano', khai_tru: 'red', giai_tan: 'red' };

export function DisciplineView({ unit, period, canWrite }: { unit: string; period: string; canWrite: boolean }) {
  const { t, name } = useI18n();
  
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [complaining, setComplaining] = useState<Discipline | null>(null);
  const units = useUnits(periodEnd(period));
  const list = useQuery(oversightQueries.discipline(unit, period));
  const notify = useMutation({
    mutationFn: (d: Discipline) => recordNotice(d, todayInVietnam()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: oversightKeys.all }),
  });
  const error = notify.error;
  const notice = (d: Discipline) => {
    if (d.notified_on) return formatDate(d.notified_on);
    if (!d.notice_due) return null;
    const late = d.notice_due < todayInVietnam();
    return (
      <Space size={4}>
        <Typography.Text type={late ? 'danger' : undefined}>{t('remedyDue')} {formatDate(d.notice_due)}</Typography.Text>
        {canWrite && <Button size="small" onClick={() => notify.mutate(d)}>{t('recordNotice')}</Button>}
      </Space>
    );
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {canWrite && <Button type="primary" onClick={() => setCreating(true)} data-testid="new-discipline">{t('newDiscipline')}</Button>}
      {error && <Alert type="error" showIcon message={errorText(error, t)} />}
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch} />
      {list.data && (
        <ResponsiveTable rowKey="id" size="small" dataSource={list.data.items} scroll={{ x: true }} locale={{ emptyText: t('noData') }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('decision'), dataIndex: 'decision', render: (v: string, d: Discipline) => <>{v}<br /><Typography.Text type="secondary">{formatDate(d.decided_on)}</Typography.Text></> },
            { title: t('subject'), dataIndex: 'subject', render: (s: Discipline['subject'], d: Discipline) => (
              <>{s.kind === 'organisation' ? units.name(s.code) : s.code} {d.member_status && <Tag>{name('memberStatus', d.member_status)}</Tag>}</>) },
            { title: t('form'), dataIndex: 'form', render: (f: string) => <Tag color={formColor[f]}>{name('disciplineForm', f)}</Tag> },
            { title: t('violationOn'), dataIndex: 'violation_on', responsive: ['md' as const], render: formatDate },
            { title: t('body'), dataIndex: 'body', responsive: ['lg' as const], render: (b: string) => units.name(b) },
            { title: t('notifiedOn'), key: 'notice', render: (_: unknown, d: Discipline) => notice(d) },
            { title: '', key: 'flags', render: (_: unknown, d: Discipline) => (
              <>{d.limitation_warning && <Tooltip title={d.limitation_warning}><Tag color="orange">{t('warning')}</Tag></Tooltip>}{d.illustrative && <IllustrativeTag />}
                {canWrite && <Button size="small" onClick={() => setComplaining(d)}>{t('complaint')}</Button>}</>) },
          ]} />
      )}
      {creating && <DisciplineModal onClose={() => setCreating(false)} />}
      {complaining && <ComplaintModal decision={complaining} onClose={() => setComplaining(null)} />}
    </Space>
  );
}
