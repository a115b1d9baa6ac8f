// Nhiệm vụ: tasks with their computed statuses as a list or a board by status, per-unit
// statistics, assignment from a directive, and each task's follow-up.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Col, Empty, Row, Segmented, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import { api, type Items, type Task, type TaskStatus } from '../api';
import { QueryState } from '../components/States';
import { DaysLeft, TaskStatusTag, taskStatuses } from '../components/TaskStatusTag';
import { formatDate, formatPercent } from '../format';
import { useI18n } from '../i18n';
import { can, useMe } from '../session';
import { NewTaskModal } from './tasks/NewTaskModal';
import { TaskDrawer } from './tasks/TaskDrawer';

interface Stats {
  items: { unit: string; unit_name: string; in_progress: number; overdue: number; done_on_time: number; done_late: number; cancelled: number; on_time_pct: number | null }[];
}

function StatsView() {
  const { t, lang } = useI18n();
  const [year, setYear] = useState(String(new Date().getFullYear() - 3));
  const stats = useQuery({ queryKey: ['tasks', 'stats', year], queryFn: () => api<Stats>('GET', `/api/v1/tasks/stats?period=${year}`) });
  const years = Array.from({ length: 8 }, (_, i) => String(new Date().getFullYear() + 1 - i));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: y }))} style={{ width: 120 }} aria-label={t('period')} />
      <QueryState isPending={stats.isPending} error={stats.error} />
      {stats.data && (
        <Table size="small" rowKey="unit" pagination={false} dataSource={stats.data.items} scroll={{ x: true }} locale={{ emptyText: t('noData') }}
          columns={[
            { title: t('unit'), dataIndex: 'unit_name' },
            ...taskStatuses.map((s) => ({ title: t(s), dataIndex: s, align: 'right' as const })),
            { title: t('onTimeRate'), dataIndex: 'on_time_pct', align: 'right', render: (v: number | null) => (v === null ? '' : formatPercent(v, lang)) },
          ]} />
      )}
    </Space>
  );
}

export default function TasksPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') ?? 'list';
  const status = params.get('status') ?? '';
  const dueSoon = params.get('due') === '7';
  const [opened, setOpened] = useState<number | null>(params.get('task') ? Number(params.get('task')) : null);
  const [creating, setCreating] = useState(false);
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (dueSoon) query.set('due_within', '7');
  const tasks = useQuery({ queryKey: ['tasks', 'list', query.toString()], queryFn: () => api<Items<Task>>('GET', `/api/v1/tasks?${query}`), enabled: view !== 'stats' });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  const columns = [
    { title: t('title'), dataIndex: 'title', render: (v: string, task: Task) => <a onClick={() => setOpened(task.id)} data-testid={`task-${task.id}`}>{v}</a> },
    { title: t('leadUnit'), dataIndex: 'lead_unit_name', responsive: ['md' as const] },
    { title: t('deadline'), dataIndex: 'due', render: (d: string) => formatDate(d) },
    { title: t('daysLeft'), key: 'left', render: (_: unknown, task: Task) => <DaysLeft status={task.status} days={task.days_left} /> },
    { title: t('progress'), dataIndex: 'percent', align: 'right' as const, responsive: ['lg' as const], render: (p: number | null) => (p === null ? '' : `${p}%`) },
    { title: t('status'), dataIndex: 'status', render: (s: TaskStatus) => <TaskStatusTag status={s} /> },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('tasks')}</Typography.Title>
        {can(me.data, 'tasks.assign') && <Button type="primary" onClick={() => setCreating(true)} data-testid="new-task">{t('newTask')}</Button>}
      </Space>
      <Space wrap>
        <Segmented value={view} onChange={(v) => set('view', String(v))}
          options={[{ value: 'list', label: t('taskList') }, { value: 'board', label: t('taskBoard') }, { value: 'stats', label: t('taskStats') }]} />
        {view !== 'stats' && (
          <>
            <Select value={status} onChange={(v) => set('status', v)} style={{ minWidth: 200 }} aria-label={t('status')}
              options={[{ value: '', label: t('allStatuses') }, ...taskStatuses.map((s) => ({ value: s, label: t(s) }))]} />
            <Checkbox checked={dueSoon} onChange={(e) => set('due', e.target.checked ? '7' : null)}>{t('dueSoon')}</Checkbox>
          </>
        )}
      </Space>
      {view === 'stats' && <StatsView />}
      {view !== 'stats' && <QueryState isPending={tasks.isPending} error={tasks.error} refetch={tasks.refetch} />}
      {view === 'list' && tasks.data && (
        <Table rowKey="id" size="small" dataSource={tasks.data.items} columns={columns} scroll={{ x: true }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }} locale={{ emptyText: <Empty description={t('noData')} /> }} />
      )}
      {view === 'board' && tasks.data && (
        <Row gutter={[12, 12]}>
          {taskStatuses.map((s) => (
            <Col key={s} xs={24} md={12} xl={Math.floor(24 / 5) + (s === 'in_progress' ? 4 : 0)}>
              <Card size="small" title={<TaskStatusTag status={s} />} extra={tasks.data.items.filter((x) => x.status === s).length}>
                <Space direction="vertical" style={{ width: '100%' }}>
                  {tasks.data.items.filter((x) => x.status === s).map((task) => (
                    <Card key={task.id} size="small" hoverable onClick={() => setOpened(task.id)}>
                      <Typography.Text strong>{task.title}</Typography.Text>
                      <div><Typography.Text type="secondary">{task.lead_unit_name} · {formatDate(task.due)}</Typography.Text></div>
                      <DaysLeft status={task.status} days={task.days_left} />
                    </Card>
                  ))}
                </Space>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {opened !== null && <TaskDrawer id={opened} onClose={() => setOpened(null)} />}
      {creating && <NewTaskModal onClose={() => setCreating(false)} onCreated={(id) => { setCreating(false); setOpened(id); }} />}
    </Space>
  );
}
