// The rules of the task pages that are not the server's: the order of a list and how a deadline
// reads next to a status.
import { formatNumber } from '../../format';
import type { I18n } from '../../i18n';
import type { Task, TaskStatus } from './api';

const rank: Record<TaskStatus, number> = { overdue: 0, in_progress: 1, done_late: 2, done_on_time: 3, cancelled: 4 };

// Overdue first (the longest overdue at the top), then open by nearest deadline, then the done,
// latest deadline first, and the cancelled last.
export function byUrgency<T extends Pick<Task, 'status' | 'due' | 'id'>>(tasks: T[]): T[] {
  return [...tasks].sort((a, b) => {
    if (rank[a.status] !== rank[b.status]) return rank[a.status] - rank[b.status];
    const open = a.status === 'overdue' || a.status === 'in_progress';
    if (a.due !== b.due) return open === (a.due < b.due) ? -1 : 1;
    return a.id - b.id;
  });
}

// What follows the status tag: "còn 5 ngày", "đến hạn hôm nay", or for an overdue task the days
// past ("Quá hạn" + "1.066 ngày"); nothing once done or cancelled.
export function deadlineNote(status: TaskStatus, daysLeft: number, { t, lang }: Pick<I18n, 't' | 'lang'>): string {
  const n = formatNumber(Math.abs(daysLeft), 0, lang);
  if (status === 'overdue') return t('daysOverText', { n });
  if (status !== 'in_progress') return '';
  return daysLeft === 0 ? t('dueToday') : t('daysLeftText', { n });
}
