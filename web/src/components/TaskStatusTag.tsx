import { Tag } from 'antd';

import type { TaskStatus } from '../api';
import { useI18n } from '../i18n';

export const taskStatusColors: Record<TaskStatus, string> = {
  in_progress: 'blue', overdue: 'red', done_on_time: 'green', done_late: 'orange', cancelled: 'default',
};
export const taskStatuses = Object.keys(taskStatusColors) as TaskStatus[];

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useI18n();
  return <Tag color={taskStatusColors[status]} data-status={status}>{t(status)}</Tag>;
}

// "còn 5 ngày" / "quá hạn 12 ngày", only for open tasks.
export function DaysLeft({ status, days }: { status: TaskStatus; days: number }) {
  const { t } = useI18n();
  if (status !== 'in_progress' && status !== 'overdue') return null;
  if (days < 0) return <span style={{ color: '#cf1322' }}>{t('overdueBy')} {-days} {t('days')}</span>;
  return <span style={{ color: days <= 7 ? '#d46b08' : undefined }}>{t('daysLeft')} {days} {t('days')}</span>;
}
