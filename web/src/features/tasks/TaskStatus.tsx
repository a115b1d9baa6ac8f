// A task's status as a tag, with how its deadline stands ("Quá hạn 1.066 ngày", "còn 5 ngày").
import { Typography } from 'antd';

import { ToneTag } from '../../components/ToneTag';
import { useI18n } from '../../i18n';
import type { Tone } from '../../theme';
import type { TaskStatus } from './api';
import { deadlineNote } from './logic';

export const taskStatusTone: Record<TaskStatus, Tone> = {
  in_progress: 'info', overdue: 'danger', done_on_time: 'success', done_late: 'warning', cancelled: 'neutral',
};
export const taskStatuses = Object.keys(taskStatusTone) as TaskStatus[];

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { name } = useI18n();
  return <ToneTag tone={taskStatusTone[status]} data-status={status}>{name('taskStatus', status)}</ToneTag>;
}

export function TaskStatusText({ status, daysLeft }: { status: TaskStatus; daysLeft: number }) {
  const i18n = useI18n();
  const note = deadlineNote(status, daysLeft, i18n);
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <TaskStatusTag status={status} />
      {note && <Typography.Text type={status === 'overdue' ? 'danger' : daysLeft <= 7 ? 'warning' : 'secondary'}>{note}</Typography.Text>}
    </span>
  );
}
