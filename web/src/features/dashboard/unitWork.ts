// The tasks and letters of a unit (and the units below it) in a period, counted for the dashboard.
import type { Petition } from '../petitions/api';
import type { Task, TaskStats } from '../tasks/api';

export type TaskCounts = Omit<TaskStats['items'][number], 'unit' | 'unit_name' | 'on_time_pct'>;

export function taskCounts(rows: TaskStats['items'], units: Set<string>): TaskCounts {
  const sum: TaskCounts = { in_progress: 0, overdue: 0, done_on_time: 0, done_late: 0, cancelled: 0 };
  for (const r of rows) {
    if (!units.has(r.unit)) continue;
    for (const k of Object.keys(sum) as (keyof TaskCounts)[]) sum[k] += r[k];
  }
  return sum;
}

// The overdue tasks that belong to a period's count: due by its last day (those due later are the
// business of a later period, however long they have been overdue since).
export function overdueOfPeriod<T extends Pick<Task, 'due'>>(tasks: T[], last: string): T[] {
  return tasks.filter((t) => t.due <= last);
}

export interface LetterCounts { received: number; open: number; overdue: number; resolved: number }

// Letters received within [first, last] and handled by one of `units`.
export function letterCounts(letters: Petition[], units: Set<string>, first: string, last: string): LetterCounts {
  const mine = letters.filter((p) => units.has(p.handling_unit) && first <= p.received_on && p.received_on <= last);
  return {
    received: mine.length,
    open: mine.filter((p) => p.open).length,
    overdue: mine.filter((p) => p.open && p.status.endsWith('_overdue')).length,
    resolved: mine.filter((p) => p.status === 'resolved').length,
  };
}
