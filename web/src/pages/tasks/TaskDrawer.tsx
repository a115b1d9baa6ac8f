// One task: what, who, until when; its progress timeline, deadline history and extension
// requests; and the forms of the lead unit (progress, completion, more time) and of leaders.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Descriptions, Drawer, Form, Input, InputNumber, Select, Space, Table, Tabs, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';

import { api, ApiError, type TaskDetail } from '../../api';
import { FilesPanel } from '../../components/FilesPanel';
import { DaysLeft, TaskStatusTag } from '../../components/TaskStatusTag';
import { IllustrativeTag } from '../../components/Tags';
import { QueryState } from '../../components/States';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { can, useMe } from '../../session';

type Action = 'progress' | 'complete' | 'extension' | null;

export function TaskDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<Action>(null);
  const [form] = Form.useForm();
  const task = useQuery({ queryKey: ['tasks', id], queryFn: () => api<TaskDetail>('GET', `/api/v1/tasks/${id}`) });
  const send = useMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }) => api('POST', `/api/v1/tasks/${id}/${path}`, body),
    onSuccess: async () => {
      message.success(t('saved'));
      setAction(null);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
  const d = task.data;
  const open = d && (d.status === 'in_progress' || d.status === 'overdue');
  const mayReport = can(me.data, 'tasks.report');
  const mayAssign = can(me.data, 'tasks.assign');
  const date = (v?: Dayjs) => (v ? v.format('YYYY-MM-DD') : undefined);

  function submit(values: { percent?: number; text?: string; date?: Dayjs; result?: string; deadline?: Dayjs; reason?: string; occurrence?: string }) {
    if (!d) return;
    if (action === 'progress') send.mutate({ path: 'progress', body: { percent: values.percent, text: values.text, date: date(values.date) } });
    if (action === 'complete') {
      send.mutate({ path: 'complete', body: { version: d.version, date: date(values.date), result: values.result || undefined, occurrence: values.occurrence } });
    }
    if (action === 'extension') send.mutate({ path: 'extension-requests', body: { deadline: date(values.deadline), reason: values.reason } });
  }

  const error = send.error as ApiError | null;
  return (
    <Drawer open onClose={onClose} width={Math.min(640, window.innerWidth)} title={d ? <span data-testid="task-drawer-title">{d.title}</span> : t('loading')}>
      <QueryState isPending={task.isPending} error={task.error} />
      {d && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('status')}>
              <span data-testid="task-status"><TaskStatusTag status={d.status} /></span> <DaysLeft status={d.status} days={d.days_left} />
              {d.illustrative && <IllustrativeTag />}
            </Descriptions.Item>
            {d.document && <Descriptions.Item label={t('document')}>{d.document.number} ({formatDate(d.document.issued_on)}) — {d.document.issuer}</Descriptions.Item>}
            <Descriptions.Item label={t('leadUnit')}>{d.lead_unit_name}</Descriptions.Item>
            {d.coordinators.length > 0 && <Descriptions.Item label={t('coordinators')}>{d.coordinators.join(', ')}</Descriptions.Item>}
            <Descriptions.Item label={t('deadline')}>{formatDate(d.due)}</Descriptions.Item>
            {d.completed_on && <Descriptions.Item label={t('completedOn')}>{formatDate(d.completed_on)} {d.result && `— ${d.result}`}</Descriptions.Item>}
            {d.cancel_reason && <Descriptions.Item label={t('reason')}>{d.cancel_reason}</Descriptions.Item>}
          </Descriptions>
          {open && mayReport && (
            <Space wrap>
              <Button onClick={() => setAction('progress')}>{t('reportProgress')}</Button>
              <Button type="primary" onClick={() => setAction('complete')} data-testid="task-complete">{t('complete')}</Button>
              {d.recurrence === 'none' && <Button onClick={() => setAction('extension')}>{t('requestExtension')}</Button>}
            </Space>
          )}
          {action && (
            <Form form={form} layout="vertical" onFinish={submit} initialValues={{ date: dayjs() }}
              style={{ background: '#fafafa', padding: 12, borderRadius: 6 }}>
              {error && <Alert type="error" showIcon message={error.detail} style={{ marginBottom: 12 }} />}
              {action === 'progress' && (
                <>
                  <Form.Item label={t('percent')} name="percent" rules={[{ required: true, message: t('valueRequired') }]}>
                    <InputNumber min={0} max={100} />
                  </Form.Item>
                  <Form.Item label={t('content')} name="text" rules={[{ required: true, message: t('valueRequired') }]}><Input.TextArea rows={2} /></Form.Item>
                  <Form.Item label={t('atDate')} name="date"><DatePicker format="DD/MM/YYYY" /></Form.Item>
                </>
              )}
              {action === 'complete' && (
                <>
                  {d.recurrence !== 'none' && (
                    <Form.Item label={t('occurrences')} name="occurrence" rules={[{ required: true, message: t('dateRequired') }]}>
                      <Select options={d.occurrences.filter((o) => !o.completed_on).map((o) => ({ value: o.due, label: formatDate(o.due) }))} />
                    </Form.Item>
                  )}
                  <Form.Item label={t('completedOn')} name="date" rules={[{ required: true, message: t('dateRequired') }]}>
                    <DatePicker format="DD/MM/YYYY" data-testid="task-completed-on" />
                  </Form.Item>
                  <Form.Item label={t('result')} name="result"><Input.TextArea rows={2} /></Form.Item>
                </>
              )}
              {action === 'extension' && (
                <>
                  <Form.Item label={t('newDeadline')} name="deadline" rules={[{ required: true, message: t('dateRequired') }]}>
                    <DatePicker format="DD/MM/YYYY" />
                  </Form.Item>
                  <Form.Item label={t('reason')} name="reason" rules={[{ required: true, message: t('valueRequired') }]}><Input.TextArea rows={2} /></Form.Item>
                </>
              )}
              <Space>
                <Button type="primary" htmlType="submit" loading={send.isPending} data-testid="task-action-save">{t('save')}</Button>
                <Button onClick={() => setAction(null)}>{t('cancel')}</Button>
              </Space>
            </Form>
          )}
          <Tabs
            items={[
              {
                key: 'progress',
                label: t('progress'),
                children: d.progress.length === 0 ? <Typography.Text type="secondary">{t('noData')}</Typography.Text> : (
                  <Timeline items={d.progress.map((p, i) => ({
                    key: i,
                    children: <>{formatDate(p.date)} — <b>{p.percent}%</b> {p.text} <Typography.Text type="secondary">({p.reported_by})</Typography.Text></>,
                  }))} />
                ),
              },
              {
                key: 'deadlines',
                label: t('deadlineHistory'),
                children: (
                  <Timeline items={d.deadlines.map((x, i) => ({
                    key: i,
                    color: i === d.deadlines.length - 1 ? 'blue' : 'gray',
                    children: <>{formatDate(x.deadline)} — {x.reason} <Typography.Text type="secondary">({x.decided_by})</Typography.Text></>,
                  }))} />
                ),
              },
              {
                key: 'extensions',
                label: t('requestExtension'),
                children: (
                  <Table size="small" rowKey="id" pagination={false} dataSource={d.extension_requests} locale={{ emptyText: t('noData') }}
                    columns={[
                      { title: t('newDeadline'), dataIndex: 'requested_deadline', render: formatDate },
                      { title: t('reason'), dataIndex: 'reason' },
                      {
                        title: t('status'),
                        render: (_, r) => r.decision ? t(r.decision === 'approved' ? 'approve' : 'reject') : mayAssign ? (
                          <Space>
                            <Button size="small" type="primary" onClick={() => api('POST', `/api/v1/tasks/${id}/extension-requests/${r.id}/decision`, { approve: true }).then(() => queryClient.invalidateQueries({ queryKey: ['tasks'] }))}>{t('approve')}</Button>
                            <Button size="small" onClick={() => api('POST', `/api/v1/tasks/${id}/extension-requests/${r.id}/decision`, { approve: false }).then(() => queryClient.invalidateQueries({ queryKey: ['tasks'] }))}>{t('reject')}</Button>
                          </Space>
                        ) : t('pending'),
                      },
                    ]} />
                ),
              },
              ...(d.occurrences.length > 0 ? [{
                key: 'occurrences',
                label: t('occurrences'),
                children: (
                  <Table size="small" rowKey="due" pagination={false} dataSource={d.occurrences}
                    columns={[
                      { title: t('deadline'), dataIndex: 'due', render: formatDate },
                      { title: t('completedOn'), dataIndex: 'completed_on', render: formatDate },
                      { title: t('status'), dataIndex: 'status', render: (s) => <TaskStatusTag status={s} /> },
                    ]} />
                ),
              }] : []),
            ]}
          />
          <FilesPanel record={`/api/v1/tasks/${id}`} canWrite={mayReport} />
        </Space>
      )}
    </Drawer>
  );
}
