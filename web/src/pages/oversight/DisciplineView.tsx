// The register of discipline decisions of a period: subject, form, violation, the 5-day notice
// and the limitation warning; a decision is recorded through DisciplineModal.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';

import { api, ApiError, type Items } from '../../api';
import { QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { ComplaintModal } from './ComplaintModal';
import { DisciplineModal } from './DisciplineModal';
import type { Discipline } from './types';
import { periodEnd } from '../../selection';
import { useUnitsAt } from './units';
import { useWords } from './words';

const formColor: Record<string, string> = { khien_trach: 'gold', canh_cao: 'orange', cach_chuc: 'volcano', khai_tru: 'red', giai_tan: 'red' };

export function DisciplineView({ unit, period, canWrite }: { unit: string; period: string; canWrite: boolean }) {
  const { t } = useI18n();
  const { w, name } = useWords();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [complaining, setComplaining] = useState<Discipline | null>(null);
  const units = useUnitsAt(periodEnd(period));
  const list = useQuery({ queryKey: ['oversight', 'discipline', unit, period],
    queryFn: () => api<Items<Discipline>>('GET', `/api/v1/oversight/discipline?period=${period}&unit=${encodeURIComponent(unit)}`) });
  const notify = useMutation({
    mutationFn: (d: Discipline) => api('POST', `/api/v1/oversight/discipline/${d.id}/notice`, { notified_on: dayjs().format('YYYY-MM-DD'), version: d.version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['oversight'] }),
  });
  const error = notify.error as ApiError | null;
  const notice = (d: Discipline) => {
    if (d.notified_on) return formatDate(d.notified_on);
    if (!d.notice_due) return null;
    const late = d.notice_due < dayjs().format('YYYY-MM-DD');
    return (
      <Space size={4}>
        <Typography.Text type={late ? 'danger' : undefined}>{w.due} {formatDate(d.notice_due)}</Typography.Text>
        {canWrite && <Button size="small" onClick={() => notify.mutate(d)}>{w.recordNotice}</Button>}
      </Space>
    );
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {canWrite && <Button type="primary" onClick={() => setCreating(true)} data-testid="new-discipline">{w.newDiscipline}</Button>}
      {error && <Alert type="error" showIcon message={error.detail} />}
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch} />
      {list.data && (
        <Table rowKey="id" size="small" dataSource={list.data.items} scroll={{ x: true }} locale={{ emptyText: t('noData') }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: w.decision, dataIndex: 'decision', render: (v: string, d: Discipline) => <>{v}<br /><Typography.Text type="secondary">{formatDate(d.decided_on)}</Typography.Text></> },
            { title: w.subject, dataIndex: 'subject', render: (s: Discipline['subject'], d: Discipline) => (
              <>{s.kind === 'organisation' ? units.name(s.code) : s.code} {d.member_status && <Tag>{name(d.member_status)}</Tag>}</>) },
            { title: w.form, dataIndex: 'form', render: (f: string) => <Tag color={formColor[f]}>{name(f)}</Tag> },
            { title: w.violationOn, dataIndex: 'violation_on', responsive: ['md' as const], render: formatDate },
            { title: w.body, dataIndex: 'body', responsive: ['lg' as const], render: (b: string) => units.name(b) },
            { title: w.notifiedOn, key: 'notice', render: (_: unknown, d: Discipline) => notice(d) },
            { title: '', key: 'flags', render: (_: unknown, d: Discipline) => (
              <>{d.limitation_warning && <Tooltip title={d.limitation_warning}><Tag color="orange">{w.warning}</Tag></Tooltip>}{d.illustrative && <IllustrativeTag />}
                {canWrite && <Button size="small" onClick={() => setComplaining(d)}>{w.complaint}</Button>}</>) },
          ]} />
      )}
      {creating && <DisciplineModal onClose={() => setCreating(false)} />}
      {complaining && <ComplaintModal decision={complaining} onClose={() => setComplaining(null)} />}
    </Space>
  );
}
