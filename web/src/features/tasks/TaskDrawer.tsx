// One task: what, who, until when; its progress timeline, deadline history and extension
// requests; and the forms of the lead unit (progress, completion, more time) and of leaders.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Descriptions, Drawer, Form, Input, InputNumber, Select, Space, Table, Tabs, Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';

import { errorText, QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { FilesPanel } from '../files/FilesPanel';
import { fileRecord } from '../files/api';
import { formatDate, formatDateTime, formatPercent } from '../../format';
import { officeToday } from '../../today';
import { useI18n } from '../../i18n';
import { can, useMe } from '../auth/session';
import { completeTask, decideExtension, reportProgress, requestExtension, taskKeys, taskQueries, type TaskDetail } from './api';
import { TaskStatusTag, TaskStatusText } from './TaskStatus';

type Action = 'progress' | 'complete' | 'extension' | null;
type Request = TaskDetail['extension_requests'][number];

interface Draft { percent?: number; text?: string; date?: Dayjs; result?: string; deadline?: Dayjs; reason?: string; occurrence?: string }

const iso = (v?: Dayjs) => v?.format('YYYY-MM-DD');

// The call each form makes.
function send(action: Exclude<Action, null>, d: TaskDetail, v: Draft) {
  if (action === 'progress') return reportProgress(d.id, { percent: v.percent!, text: v.text!, date: iso(v.date) });
  if (action === 'complete') return completeTask(d.id, { version: d.version, date: iso(v.date), result: v.result || undefined, occurrence: v.occurrence });
  return requestExtension(d.id, { deadline: iso(v.deadline), reason: v.reason });
}

export function TaskDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const { t, lang, name } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<Action>(null);
  const [form] = Form.useForm<Draft>();
  const task = useQuery(taskQueries.detail(id));
  const done = async () => {
    message.success(t('saved'));
    setAction(null);
    form.resetFields();
    await queryClient.invalidateQueries({ queryKey: taskKeys.all });
  };
  const save = useMutation({ mutationFn: (v: Draft) => send(action!, task.data!, v), onSuccess: done });
  const decide = useMutation({ mutationFn: ({ r, approve }: { r: Request; approve: boolean }) => decideExtension(id, r.id, approve), onSuccess: done });
  const d = task.data;
  const open = d && (d.status === 'in_progress' || d.status === 'overdue');
  const mayReport = can(me.data, 'tasks.report');
  const mayAssign = can(me.data, 'tasks.assign');
  const required = [{ required: true, message: t('valueRequired') }];
  const problem = save.error ?? decide.error;

  return (
    <Drawer open onClose={onClose} width={Math.min(640, window.innerWidth)} title={d ? <span data-testid="task-drawer-title">{d.title}</span> : t('loading')}>
      <QueryState isPending={task.isPending} error={task.error} refetch={task.refetch} />
      {d && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('status')}>
              <span data-testid="task-status"><TaskStatusText status={d.status} daysLeft={d.days_left} /></span>
              {d.illustrative && <IllustrativeTag source={d.source} />}
            </Descriptions.Item>
            {d.document && <Descriptions.Item label={t('document')}>{d.document.number} ({formatDate(d.document.issued_on)}) — {d.document.issuer}</Descriptions.Item>}
            <Descriptions.Item label={t('leadUnit')}>{d.lead_unit_name}</Descriptions.Item>
            {d.coordinator_names.length > 0 && <Descriptions.Item label={t('coordinators')}>{d.coordinator_names.join(', ')}</Descriptions.Item>}
            <Descriptions.Item label={t('deadline')}>{formatDate(d.due)}</Descriptions.Item>
            <Descriptions.Item label={t('priority')}>{name('priority', d.priority)}{d.recurrence !== 'none' && ` · ${name('recurrence', d.recurrence)}`}</Descriptions.Item>
            {d.percent !== null && <Descriptions.Item label={t('progress')}>{formatPercent(d.percent, lang)}</Descriptions.Item>}
            {d.completed_on && <Descriptions.Item label={t('completedOn')}>{formatDate(d.completed_on)} {d.result && `— ${d.result}`}</Descriptions.Item>}
            {d.cancel_reason && <Descriptions.Item label={t('reason')}>{d.cancel_reason}</Descriptions.Item>}
          </Descriptions>
          {open && mayReport && (
            <Space wrap>
              <Button onClick={() => setAction('progress')} data-testid="task-progress">{t('reportProgress')}</Button>
              <Button type="primary" onClick={() => setAction('complete')} data-testid="task-complete">{t('complete')}</Button>
              {d.recurrence === 'none' && <Button onClick={() => setAction('extension')}>{t('requestExtension')}</Button>}
            </Space>
          )}
          {problem && <Alert type="error" showIcon message={errorText(problem, t)} />}
          {action && (
            <Form form={form} layout="vertical" onFinish={save.mutate} initialValues={{ date: officeToday() }} style={{ background: '#fafafa', padding: 12, borderRadius: 6 }}
              aria-label={t(action === 'progress' ? 'reportProgress' : action === 'complete' ? 'complete' : 'requestExtension')}>
              {action === 'progress' && (
                <>
                  <Form.Item label={t('percent')} name="percent" rules={required}><InputNumber min={0} max={100} autoFocus data-testid="progress-percent" /></Form.Item>
                  <Form.Item label={t('content')} name="text" rules={required}><Input.TextArea rows={2} data-testid="progress-text" /></Form.Item>
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
                  <Form.Item label={t('newDeadline')} name="deadline" rules={[{ required: true, message: t('dateRequired') }]}><DatePicker format="DD/MM/YYYY" /></Form.Item>
                  <Form.Item label={t('reason')} name="reason" rules={required}><Input.TextArea rows={2} /></Form.Item>
                </>
              )}
              <Space>
                <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="task-action-save">{t('save')}</Button>
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
                    children: <>{formatDate(p.date)} — <b>{formatPercent(p.percent, lang)}</b> {p.text} <Typography.Text type="secondary">({p.reported_by})</Typography.Text></>,
                  }))} data-testid="progress-timeline" />
                ),
              },
              {
                key: 'deadlines',
                label: t('deadlineHistory'),
                children: (
                  <Timeline items={d.deadlines.map((x, i) => ({
                    key: i,
                    color: i === d.deadlines.length - 1 ? 'blue' : 'gray',
                    children: <>{formatDate(x.deadline)} — {x.reason} <Typography.Text type="secondary">({x.decided_by}, {formatDateTime(x.decided_at)})</Typography.Text></>,
                  }))} />
                ),
              },
              {
                key: 'extensions',
                label: t('requestExtension'),
                children: (
                  <Table<Request> size="small" rowKey="id" pagination={false} dataSource={d.extension_requests} locale={{ emptyText: t('noData') }}
                    columns={[
                      { title: t('newDeadline'), dataIndex: 'requested_deadline', render: formatDate },
                      { title: t('reason'), dataIndex: 'reason' },
                      {
                        title: t('status'),
                        key: 'decision',
                        render: (_, r) => r.decision ? name('extensionDecision', r.decision) : mayAssign ? (
                          <Space>
                            <Button size="small" type="primary" onClick={() => decide.mutate({ r, approve: true })}>{t('approve')}</Button>
                            <Button size="small" onClick={() => decide.mutate({ r, approve: false })}>{t('reject')}</Button>
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
          <FilesPanel record={fileRecord.task(id)} canWrite={mayReport} />
        </Space>
      )}
    </Drawer>
  );
}
