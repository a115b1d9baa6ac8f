// Nhiệm vụ: the tasks of a unit (the user's, else the city) with their computed statuses — the
// overdue first — as a list or a board by status, statistics per unit for a year, assignment from a
// directive, and each task's follow-up in a drawer (?open=id).
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Select, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';

import { PageHeader } from '../../components/PageHeader';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { RowLink } from '../../components/RowLink';
import { QueryState } from '../../components/States';
import { UnitPicker } from '../../components/UnitPicker';
import { useOpened } from '../../components/useOpened';
import { yearsBack, YearPicker } from '../../components/YearPicker';
import { formatDate, formatNumber, formatPercent, todayInVietnam } from '../../format';
import { useI18n } from '../../i18n';
import { withOpen } from '../../paths';
import { useDefaultUnit } from '../../selection';
import { can, useMe } from '../auth/session';
import { taskQueries, type StatsScope, type Task, type TaskStats, type TaskStatus } from './api';
import { byUrgency } from './logic';
import { NewTaskModal } from './NewTaskModal';
import { TaskDrawer } from './TaskDrawer';
import { taskStatuses, TaskStatusTag, TaskStatusText } from './TaskStatus';

type StatsRow = TaskStats['items'][number];

function StatsView() {
  const { t, lang, name } = useI18n();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? thisYear);
  const scope: StatsScope = params.get('scope') === 'due_within' ? 'due_within' : 'record';
  const stats = useQuery(taskQueries.stats(String(year), scope));
  const choose = (key: string, value: string) => { const next = new URLSearchParams(params); next.set(key, value); setParams(next); };
  const rows = [...(stats.data?.items ?? [])].sort((a, b) => b.overdue - a.overdue || a.unit_name.localeCompare(b.unit_name, 'vi'));
  const n = (v: number) => formatNumber(v, 0, lang);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <YearPicker value={year} years={yearsBack(thisYear)} onChange={(y) => choose('year', String(y))} />
        <Segmented value={scope} onChange={(v) => choose('scope', String(v))} data-testid="task-stats-scope"
          options={[{ value: 'record', label: t('statsScopeRecord') }, { value: 'due_within', label: t('statsScopeDue') }]} />
      </Space>
      <Typography.Text type="secondary">{t(scope === 'record' ? 'statsScopeRecordNote' : 'statsScopeDueNote')}</Typography.Text>
      <QueryState isPending={stats.isPending} error={stats.error} refetch={stats.refetch} />
      {stats.data && (
        <ResponsiveTable<StatsRow> size="small" rowKey="unit" pagination={false} dataSource={rows} scroll={{ x: true }} locale={{ emptyText: t('noData') }}
          data-testid="task-stats"
          columns={[
            { title: t('unit'), dataIndex: 'unit_name' },
            ...taskStatuses.map((s) => ({ title: name('taskStatus', s), dataIndex: s, align: 'right' as const, render: n })),
            { title: t('onTimeRate'), dataIndex: 'on_time_pct', align: 'right', render: (v: number | null) => (v === null ? '' : formatPercent(v, lang)) },
          ]} />
      )}
    </Space>
  );
}

function Board({ tasks }: { tasks: Task[] }) {
  const { lang } = useI18n();
  const { search } = useLocation();
  return (
    <div className="task-board">
      {taskStatuses.map((s) => {
        const mine = tasks.filter((x) => x.status === s);
        return (
          <Card key={s} size="small" title={<TaskStatusTag status={s} />} extra={formatNumber(mine.length, 0, lang)}>
            <ul className="board-cards">
              {mine.map((task) => (
                <li key={task.id}>
                  <Link to={withOpen(search, task.id)} className="board-card" data-testid={`board-task-${task.id}`}>
                    <Typography.Text strong>{task.title}</Typography.Text>
                    <Typography.Text type="secondary">{task.lead_unit_name} · {formatDate(task.due)}</Typography.Text>
                    <TaskStatusText status={task.status} daysLeft={task.days_left} />
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        );
      })}
    </div>
  );
}

export default function TasksPage() {
  const { t, lang, name } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [opened, close] = useOpened();
  const defaultUnit = useDefaultUnit();
  const view = params.get('view') ?? 'list';
  const status = (params.get('status') ?? '') as TaskStatus | '';
  const unit = params.has('unit') ? params.get('unit') || undefined : defaultUnit ?? undefined;
  const dueSoon = params.get('due') === '7';
  const [creating, setCreating] = useState(false);
  const tasks = useQuery({ ...taskQueries.list({ unit, status, due_within: dueSoon ? 7 : undefined }), enabled: view !== 'stats' && (params.has('unit') || defaultUnit !== null) });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value !== null) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const sorted = tasks.data ? byUrgency(tasks.data.items) : [];

  const columns = [
    { title: t('title'), dataIndex: 'title', render: (v: string, task: Task) => <RowLink id={task.id} testId={`task-${task.id}`}>{v}</RowLink> },
    { title: t('leadUnit'), dataIndex: 'lead_unit_name' },
    { title: t('deadline'), dataIndex: 'due', render: (d: string) => formatDate(d) },
    { title: t('status'), dataIndex: 'status', render: (s: TaskStatus, task: Task) => <TaskStatusText status={s} daysLeft={task.days_left} /> },
    { title: t('progress'), dataIndex: 'percent', align: 'right' as const, render: (p: number | null) => (p === null ? '' : formatPercent(p, lang)) },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('tasks')} extra={can(me.data, 'tasks.assign') && <Button type="primary" onClick={() => setCreating(true)} data-testid="new-task">{t('newTask')}</Button>} />
      <Segmented value={view} onChange={(v) => set('view', String(v))} aria-label={t('tasks')}
        options={[{ value: 'list', label: t('taskList') }, { value: 'board', label: t('taskBoard') }, { value: 'stats', label: t('taskStats') }]} />
      {view !== 'stats' && (
        <Space wrap>
          <UnitPicker value={unit} at={todayInVietnam()} onChange={(u) => set('unit', u ?? '')} allowClear placeholder={t('allUnits')} />
          <label className="picker">
            <span>{t('status')}</span>
            <Select id="status-filter" value={status} onChange={(v) => set('status', v || null)} style={{ width: 220 }}
              options={[{ value: '', label: t('allStatuses') }, ...taskStatuses.map((s) => ({ value: s, label: name('taskStatus', s) }))]} />
          </label>
          <Checkbox checked={dueSoon} onChange={(e) => set('due', e.target.checked ? '7' : null)}>{t('dueSoon')}</Checkbox>
        </Space>
      )}
      {view === 'stats' && <StatsView />}
      {view !== 'stats' && <QueryState isPending={tasks.isPending} error={tasks.error} refetch={tasks.refetch} />}
      {view === 'list' && tasks.data && (
        <ResponsiveTable<Task> rowKey="id" size="small" dataSource={sorted} columns={columns} scroll={{ x: true }} data-testid="task-list"
          pagination={{ pageSize: 50, hideOnSinglePage: true }} locale={{ emptyText: t('noData') }} />
      )}
      {view === 'board' && tasks.data && <Board tasks={sorted} />}
      {opened !== null && <TaskDrawer id={opened} onClose={close} />}
      {creating && <NewTaskModal onClose={() => setCreating(false)} onCreated={(id) => { setCreating(false); set('open', String(id)); }} />}
    </Space>
  );
}
